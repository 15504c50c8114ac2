/**
 * The identity data files: each parses against its schema, ids are unique, the conversion
 * kept every TSV row, and every example goes through the code that uses the list (and no
 * counter-example does).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import citationJson from '../../src/data/citation-phrases.json';
import docTypesJson from '../../src/data/doc-types.json';
import headerJson from '../../src/data/issuer-header.json';
import issuerCodesJson from '../../src/data/issuer-codes.json';
import { CitationPhrasesFileSchema, DocTypesFileSchema, IssuerCodesFileSchema, IssuerHeaderFileSchema } from '../../src/data/schema.js';
import { analyze, extractNumber, normalize } from '../../src/index.js';
import { headerBodies } from '../../src/extractors/issuer/header.js';
import { sentenceCaseName } from '../../src/extractors/issuer/naming.js';
import { issuerPhraseAt } from '../../src/extractors/references/details.js';
import { citationPhrases } from '../../src/extractors/references/phrases.js';
import { foldKey } from '../../src/text/fold.js';

const SHARED = new URL('../../../shared/domain/', import.meta.url);
const docTypes = DocTypesFileSchema.parse(docTypesJson);
const issuerCodes = IssuerCodesFileSchema.parse(issuerCodesJson);
const phrases = CitationPhrasesFileSchema.parse(citationJson);
const header = IssuerHeaderFileSchema.parse(headerJson);

function tsvRows(name: string): { sha: string; rows: string[][] } {
  const raw = readFileSync(new URL(name, SHARED), 'utf8');
  const rows = raw.split('\n').filter((l) => l.length > 0).slice(1).map((l) => l.split('\t'));
  return { sha: createHash('sha256').update(raw).digest('hex'), rows };
}

describe('doc-types.json', () => {
  it('has unique ids and one entry per row of doc-types.tsv, whose hash it records', () => {
    const tsv = tsvRows('doc-types.tsv');
    expect(new Set(docTypes.types.map((t) => t.id)).size).toBe(docTypes.types.length);
    expect(docTypes.types).toHaveLength(tsv.rows.length);
    expect(docTypes.source.sha256).toBe(tsv.sha);
    // Same abbreviations in the same order; the code-less Công văn row is CV by decision.
    expect(docTypes.types.map((t) => (t.inSymbol ? t.code : ''))).toEqual(tsv.rows.map((r) => r[0] === '' ? '' : r[0]));
  });

  it('gives Công văn the code CV, never printed in a symbol, and Thư công no code', () => {
    const congVan = docTypes.types.find((t) => t.id === 'cv-administrative');
    expect(congVan).toMatchObject({ code: 'CV', name: 'Công văn', inSymbol: false });
    expect(docTypes.types.find((t) => t.name === 'Thư công')?.code).toBeNull();
  });

  const examples = docTypes.types.flatMap((t) => t.examples.map((e) => [t.id, e, t] as const));
  it.each(examples)('%s: example %s parses to its code', (_id, example, t) => {
    const n = extractNumber(example);
    expect(n?.text).toBe(example);
    if (t.code === 'QH' || t.code === 'UBTVQH') expect(n?.issuerCode?.startsWith(t.code)).toBe(true);
    else if (!t.inSymbol) expect(n?.typeCode).toBeNull();
    else expect(n?.typeCode).toBe(t.code);
  });
});

describe('issuer-codes.json', () => {
  it('has unique ids and one entry per row of issuer-codes.tsv, whose hash it records', () => {
    const tsv = tsvRows('issuer-codes.tsv');
    expect(new Set(issuerCodes.issuers.map((i) => i.id)).size).toBe(issuerCodes.issuers.length);
    expect(issuerCodes.issuers.map((i) => i.code)).toEqual(tsv.rows.map((r) => r[0]));
    expect(issuerCodes.source.sha256).toBe(tsv.sha);
  });

  it('names a body from the code only where the code alone says which (not UBND, CT, units)', () => {
    const named = new Map(issuerCodes.issuers.map((i) => [i.code, i.identifiesBody]));
    expect([named.get('TTg'), named.get('VPCP'), named.get('TCTCCTTHC'), named.get('BVHTTDL')]).toEqual([true, true, true, true]);
    expect([named.get('UBND'), named.get('HĐND'), named.get('CT'), named.get('TTHCC'), named.get('VBHN')]).toEqual([false, false, false, false, false]);
  });

  const examples = issuerCodes.issuers.flatMap((i) => i.examples.map((e) => [i.code, e, i] as const));
  it.each(examples)('%s: example %s carries the code', (_code, example, row) => {
    const n = extractNumber(example);
    expect(n?.text).toBe(example);
    const joint = n?.typeCode === 'TTLT' || n?.typeCode === 'NQLT';
    if (row.kind === 'type_marker') expect(n?.typeCode).toBe(row.code);
    // Units (VP, TTHCC) and the later issuers of a joint symbol stand after the first issuer.
    else if (row.level === 'unit' || row.code === 'TTHCC' || (joint && n?.issuerCode !== row.code)) expect(example.split(/[-/]/u)).toContain(row.code);
    else if (row.termNumbered) expect(n?.issuerCode?.startsWith(row.code)).toBe(true);
    else expect(n?.issuerCode).toBe(row.code);
  });
});

/** A decision that cites in its body; the reference's relation is the cue under test. */
function decisionWith(sentence: string): string {
  return `BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 99/QĐ-BNV\nHà Nội, ngày 05 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVỀ VIỆC THỬ NGHIỆM\nBỘ TRƯỞNG BỘ NỘI VỤ\n\nQUYẾT ĐỊNH:\n\n${sentence}\n`;
}

describe('citation-phrases.json', () => {
  it('parses', () => {
    expect(phrases.reportVerbs.phrases.length).toBeGreaterThan(0);
  });

  it.each(phrases.reportVerbs.examples)('report verb: a news page reports on the document in %j', (example) => {
    expect(analyze(`Tin tức\n${example}`).number).not.toBeNull();
  });

  it.each([...(phrases.reportVerbs.counterExamples ?? []), ...(phrases.reportOpeners.counterExamples ?? [])])('no reported document in %j', (example) => {
    expect(analyze(`Tin tức\n${example}`).number).toBeNull();
  });

  it.each(phrases.reportOpeners.examples)('report opener: %j', (example) => {
    expect(analyze(`Tin tức\n${example}`).number).not.toBeNull();
  });

  it.each(phrases.titleCues.examples)('title cue opens %j', (example) => {
    expect(citationPhrases().titleCue.test(foldKey(example))).toBe(true);
  });

  it.each(phrases.basisStarts.examples)('basis: %j', (example) => {
    expect(analyze(decisionWith(example)).references[0]?.relation).toBe('basis');
  });

  it.each([
    ...phrases.amendsCues.examples.map((e) => [e, 'amends'] as const),
    ...phrases.replacesCues.examples.map((e) => [`${e}\n- Quyết định số 18/QĐ-UBND ngày 18 tháng 8 năm 2009 của Ủy ban nhân dân tỉnh.`, 'replaces'] as const),
    ...phrases.implementsCues.examples.map((e) => [e, 'implements'] as const),
  ])('relation of %j is %s', (example, relation) => {
    const doc = analyze(decisionWith(example));
    expect(doc.references[0]?.relation).toBe(relation);
  });

  it.each(phrases.implementsCues.counterExamples ?? [])('no implements in %j', (example) => {
    const doc = analyze(decisionWith(example));
    expect(doc.references.length).toBeGreaterThan(0);
    expect(doc.references.every((r) => r.relation !== 'implements')).toBe(true);
  });

  it.each(phrases.selfReference.examples)('%j names the citing document', (example) => {
    expect(citationPhrases().selfReference.test(foldKey(example))).toBe(true);
  });

  it.each(phrases.lawTypes.examples)('law by name: %j', (example) => {
    const doc = analyze(decisionWith(`Căn cứ ${example};`));
    expect(doc.references).toContainEqual(expect.objectContaining({ number: null, text: example, relation: 'basis' }));
  });

  it.each(phrases.genericDocuments.examples)('generic word: %j', (example) => {
    const doc = analyze(decisionWith(`Điều 1. Thực hiện theo ${example}.`));
    expect(doc.references[0]).toMatchObject({ number: extractNumber(example)?.text, typeCode: null });
  });

  it.each(phrases.issuerStops.examples)('issuer name ends before the stop word in %j', (example) => {
    const range = issuerPhraseAt(example, 'của '.length);
    const name = range ? example.slice(range.start, range.end) : '';
    expect(name.length).toBeGreaterThan(0);
    expect(example.slice(range?.end).trimStart()).toMatch(/^\p{Ll}/u);
  });
});

describe('issuer-header.json', () => {
  it.each(header.examples.map((e) => [e.printed, e.bodies] as const))('%j names %j', (printed, bodies) => {
    const doc = normalize(printed);
    const found = headerBodies(doc, { start: 0, end: doc.text.length }).map((b) => sentenceCaseName(b.text));
    expect(found).toEqual(bodies);
  });
});
