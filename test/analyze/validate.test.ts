/**
 * The result check at the end of analyze(): it runs zod's compiled fast path (z.compile), which
 * must accept and reject exactly what the schema's runtime parser does, with the same issues.
 * Each case breaks one field of a real result through a wrapped extractor and compares the
 * `assemble:schema` diagnostic with what AnalyzedDocumentSchema.safeParse says of that result.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, defaultExtractors, type Extractor } from '../../src/index.js';
import type { ExtractorId } from '../../src/extractors/types.js';
import { AnalyzedDocumentSchema, type AnalyzedDocument } from '../../src/schema.js';

const input = readFileSync(new URL('../../fixtures/quyet-dinh/2024-tctcct-16-ke-hoach/input.txt', import.meta.url), 'utf8');

/** An analyzer whose extractor `id` passes its result through `mutate`. */
function analyzerBreaking(id: ExtractorId, mutate: (value: unknown) => unknown) {
  const extractors = defaultExtractors.map((e) => (e.id === id ? ({ ...e, extract: (ctx) => mutate(e.extract(ctx)) } as Extractor) : e));
  return createAnalyzer({ extractors });
}

/** The runtime parser's message for a result, as analyze() words it (null when valid). */
function runtimeMessage(doc: AnalyzedDocument): string | null {
  const withoutCheck = { ...doc, diagnostics: doc.diagnostics.filter((d) => d.code !== 'assemble:schema') };
  const checked = AnalyzedDocumentSchema.safeParse(withoutCheck);
  if (checked.success) return null;
  const issues = checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
  return `result does not match the schema: ${issues.join('; ')}`;
}

function schemaMessages(doc: AnalyzedDocument): string[] {
  return doc.diagnostics.filter((d) => d.code === 'assemble:schema').map((d) => d.message);
}

const first = (value: unknown): Record<string, unknown> => (value as Record<string, unknown>[])[0] as Record<string, unknown>;

const cases: { name: string; id: ExtractorId; mutate: (value: unknown) => unknown; valid: boolean }[] = [
  { name: 'untouched', id: 'references', mutate: (v) => v, valid: true },
  { name: 'a date that is not YYYY-MM-DD', id: 'references', mutate: (v) => ((first(v).date = '2024-2-7'), v), valid: false },
  { name: 'an unknown relation', id: 'references', mutate: (v) => ((first(v).relation = 'cites'), v), valid: false },
  { name: 'a negative offset', id: 'references', mutate: (v) => ((first(v).span = { start: -1, end: 3, line: 1 }), v), valid: false },
  { name: 'a fractional line', id: 'references', mutate: (v) => ((first(v).span = { start: 1, end: 3, line: 1.5 }), v), valid: false },
  { name: 'line 0', id: 'references', mutate: (v) => ((first(v).span = { start: 1, end: 3, line: 0 }), v), valid: false },
  { name: 'an infinite offset', id: 'references', mutate: (v) => ((first(v).span = { start: 1, end: Infinity, line: 1 }), v), valid: false },
  { name: 'a missing field', id: 'references', mutate: (v) => (delete first(v).issuer, v), valid: false },
  { name: 'undefined for a nullable field', id: 'references', mutate: (v) => ((first(v).number = undefined), v), valid: false },
  { name: 'an extra field (stripped, not an error)', id: 'references', mutate: (v) => ((first(v).extra = 1), v), valid: true },
  { name: 'a number for a string', id: 'recipients', mutate: () => ['Như trên', 42], valid: false },
  { name: 'an object for an array', id: 'bodies', mutate: () => ({}), valid: false },
  { name: 'a null kind', id: 'kind', mutate: () => null, valid: true },
  { name: 'a kind without a name', id: 'kind', mutate: () => ({ code: 'KH' }), valid: false },
  { name: 'a string year', id: 'number', mutate: (v) => ({ ...(v as object), year: '2024' }), valid: false },
  { name: 'a NaN year', id: 'number', mutate: (v) => ({ ...(v as object), year: Number.NaN }), valid: false },
];

describe('analyze() result check (compiled zod schema)', () => {
  it('the fixture has references to break', () => {
    expect(createAnalyzer().analyze(input).references.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${c.valid ? 'accepts' : 'rejects'} ${c.name}, as the runtime parser does`, () => {
      const doc = analyzerBreaking(c.id, c.mutate).analyze(input);
      const expected = runtimeMessage(doc);
      expect(expected === null).toBe(c.valid);
      expect(schemaMessages(doc)).toEqual(expected === null ? [] : [expected]);
    });
  }

  it('skips the check when validate is false', () => {
    const doc = analyzerBreaking('recipients', () => [42]).analyze(input, { validate: false });
    expect(schemaMessages(doc)).toEqual([]);
  });
});
