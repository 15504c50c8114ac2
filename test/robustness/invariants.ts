/** The invariants every analysis must satisfy, whatever the input. */
import { expect } from 'vitest';
import { AnalyzedDocumentSchema, type AnalyzedDocument } from '../../src/schema.js';

function* spans(doc: AnalyzedDocument): Generator<{ start: number; end: number; line: number }> {
  if (doc.number) yield doc.number.span;
  if (doc.issuer) yield doc.issuer.span;
  if (doc.issued) yield doc.issued.span;
  for (const r of doc.references) yield r.span;
  for (const s of doc.signers) yield s.span;
  for (const t of doc.tasks) {
    yield t.span;
    for (const b of [...t.lead, ...t.support]) yield b.span;
    if (t.deadline) yield t.deadline.span;
  }
  for (const b of doc.bodies) for (const m of b.mentions) yield m.span;
  for (const d of doc.diagnostics) if (d.span) yield d.span;
}

export function expectValid(doc: AnalyzedDocument): void {
  const parsed = AnalyzedDocumentSchema.safeParse(doc);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  expect(doc.diagnostics.filter((d) => d.code.endsWith(':crashed') || d.code === 'assemble:schema')).toEqual([]);
  const text = doc.text ?? '';
  const lines = text.split('\n').length;
  for (const s of spans(doc)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.line).toBeLessThanOrEqual(lines);
  }
}
