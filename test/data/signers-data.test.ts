/**
 * The signers' data files: schema, unique ids, provenance against the shared reference,
 * and examples ⇄ matchers (every example is read as what it illustrates, no counter-example
 * is).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import surnamesJson from '../../src/data/surnames.json';
import titlesJson from '../../src/data/titles.json';
import authoritiesJson from '../../src/data/signing-authorities.json';
import { SigningAuthoritiesFileSchema, SurnamesFileSchema, TitlesFileSchema } from '../../src/data/schema.js';
import { signerLexicon } from '../../src/extractors/signers/lexicon.js';
import { AtomReader, type Atom } from '../../src/extractors/signers/atoms.js';
import { parseName } from '../../src/extractors/signers/names.js';
import { foldKey } from '../../src/text/fold.js';

const surnames = SurnamesFileSchema.parse(surnamesJson);
const titles = TitlesFileSchema.parse(titlesJson);
const auth = SigningAuthoritiesFileSchema.parse(authoritiesJson);
const lex = signerLexicon();

/** Atoms of one line read alone. */
function atomsOf(line: string): Atom[] {
  return new AtomReader(line, lex).read({ start: 0, end: line.length, text: line, stream: 'p', line: 0 });
}

const unique = (xs: readonly string[]): boolean => new Set(xs).size === xs.length;

describe('surnames.json', () => {
  const txt = '/work/shared/domain/surnames.txt';
  it('has unique ids', () => expect(unique(surnames.surnames.map((s) => s.id))).toBe(true));
  it.skipIf(!fs.existsSync(txt))('lists surnames.txt line by line, and its hash is the source file’s', () => {
    const bytes = fs.readFileSync(txt);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(surnames.source.sha256);
    const lines = bytes.toString('utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    expect(surnames.surnames.map((s) => s.name)).toEqual(lines);
  });
  it('groups the 16 most frequent as common and every multi-syllable name as compound', () => {
    expect(surnames.surnames.slice(0, 16).every((s) => s.group === 'common')).toBe(true);
    for (const s of surnames.surnames.slice(16)) expect(s.group === 'compound', s.name).toBe(s.name.includes(' '));
  });
  it('accepts a name for each surname (first syllable or compound)', () => {
    for (const s of surnames.surnames) {
      const name = `${s.name} Văn An`;
      const p = parseName(name, 0, name.length, lex, { allowAllCaps: false });
      expect(p?.surnameKnown, s.name).toBe(true);
    }
  });
});

describe('titles.json', () => {
  it('has unique ids and unique forms', () => {
    expect(unique(titles.titles.map((t) => t.id))).toBe(true);
    expect(unique(titles.titles.flatMap((t) => [t.name, ...t.aliases]))).toBe(true);
  });
  it('folds two titles alike only where the decisions say so (Thủ trưởng / Thứ trưởng)', () => {
    const byKey = new Map<string, string[]>();
    for (const t of titles.titles) for (const f of [t.name, ...t.aliases]) {
      const k = foldKey(f);
      byKey.set(k, [...new Set([...(byKey.get(k) ?? []), t.id])]);
    }
    const shared = [...byKey.entries()].filter(([, ids]) => ids.length > 1).map(([k]) => k);
    expect(shared).toEqual(['thu truong']);
  });
  it.each(titles.titles.flatMap((t) => t.examples.map((e) => [t.id, e] as const)))('%s matches its example "%s"', (id, example) => {
    const entry = titles.titles.find((t) => t.id === id);
    const folded = foldKey(example);
    const forms = [entry?.name ?? '', ...(entry?.aliases ?? [])].map((f) => foldKey(f));
    // Some word start of the example begins with one of the entry's forms, and the title
    // matcher reads at least that much there.
    const hit = [...folded.matchAll(/(?<![\p{L}\p{N}])\p{L}/gu)].some((m) => {
      const at = m.index ?? 0;
      return forms.some((f) => folded.startsWith(f, at) && !/[\p{L}\p{N}]/u.test(folded[at + f.length] ?? '') && lex.titleAt(folded, at) >= f.length);
    });
    expect(hit).toBe(true);
  });
  it('no title is a surname, no body word is a surname', () => {
    const sn = new Set(surnames.surnames.map((s) => s.name.toLocaleLowerCase('vi')));
    for (const t of titles.titles) expect(sn.has(t.name.toLocaleLowerCase('vi')), t.name).toBe(false);
    for (const w of titles.bodyWords.words) expect(sn.has(w), w).toBe(false);
  });
  it.each(titles.honorifics.map((h) => [h.kind, h.text] as const))('%s "%s" is dropped from the name after it', (_k, h) => {
    const line = `${h}${h.endsWith('.') ? '' : ' '}Nguyễn Văn An`;
    expect(parseName(line, 0, line.length, lex, { allowAllCaps: false })?.value).toBe('Nguyễn Văn An');
  });
  it('body words and places make a phrase no name', () => {
    for (const s of ['Văn Phòng Chính Phủ', 'Sở Nội Vụ', 'Phó Chủ Tịch', 'Hà Nội', 'Thừa Thiên Huế', 'Kon Tum']) {
      expect(parseName(s, 0, s.length, lex, { allowAllCaps: false }), s).toBeNull();
    }
  });
});

describe('signing-authorities.json', () => {
  it('has the five prefixes of ND 30/2020, once each', () => {
    expect(auth.authorities.map((a) => a.code).sort()).toEqual(['KT', 'Q', 'TL', 'TM', 'TUQ']);
    expect(unique(auth.authorities.map((a) => a.id))).toBe(true);
    for (const a of auth.authorities) expect(a.aliases[0]).toBe(a.prefix);
  });
  it('quotes the decree for each prefix', () => {
    for (const a of auth.authorities) expect(a.rule, a.id).toContain(`“${a.prefix}”`);
  });
  it.each(auth.authorities.flatMap((a) => a.examples.map((e) => [a.code, e] as const)))('%s: "%s" is read as that prefix', (code, example) => {
    const prefix = atomsOf(example).find((x) => x.kind === 'prefix');
    expect(prefix?.authority).toBe(code);
  });
  it.each(auth.authorities.flatMap((a) => a.counterExamples.map((e) => [a.code, e] as const)))('%s: "%s" is no prefix', (_code, counter) => {
    expect(atomsOf(counter).filter((x) => x.kind === 'prefix')).toEqual([]);
  });
  it.each([...auth.signatureMarks.bracketed, ...auth.signatureMarks.standalone])('"%s" is a signed mark', (m) => {
    expect(atomsOf(m).map((x) => x.kind)).toEqual(['mark']);
  });
  it.each(auth.digitalSignatureLabels.labels)('"%s:" starts a digital-signature line', (label) => {
    expect(atomsOf(`${label}: Văn phòng Chính phủ`).map((x) => x.kind)).toEqual(['digital']);
  });
  it.each(auth.copyMarkers.phrases)('"%s" is a copy heading', (p) => {
    expect(atomsOf(p).map((x) => x.kind)).toEqual(['copy']);
  });
  it.each(auth.recipientList.headings)('"%s:" opens the recipient list', (h) => {
    expect(atomsOf(`${h}:`).map((x) => x.kind)).toEqual(['recipient-head']);
  });
  it.each(auth.recipientList.openings)('"%s" opens a recipient item without a bullet', (o) => {
    expect(atomsOf(`${o} 3;`).map((x) => x.kind)).toEqual(['recipient-item']);
  });
  it('the archive word starts an item only as the archive line', () => {
    expect(atomsOf(`${auth.recipientList.archive}: VT, VP.`).map((x) => x.kind)).toEqual(['recipient-item']);
    expect(atomsOf(`${auth.recipientList.archive} Đức Huy`).map((x) => x.kind)).toEqual(['name']);
  });
  it.each(auth.proseSigning.adverbsBefore.flatMap((a) => ['', ...auth.proseSigning.following].map((f) => `${a} ${auth.proseSigning.verb}${f ? ` ${f}` : ''}`)))('"%s" is a signing statement', (phrase) => {
    const re = lex.phrases.signingVerb;
    re.lastIndex = 0;
    expect(re.test(foldKey(`Phó Chủ tịch Nguyễn Văn A ${phrase} Quyết định số 1/QĐ-UBND.`))).toBe(true);
  });
  it.each(auth.proseSigning.notFollowedBy)('"%s" after the verb is no signing statement', (word) => {
    const re = lex.phrases.signingVerb;
    re.lastIndex = 0;
    expect(re.test(foldKey(`Bộ trưởng Nguyễn Văn A đã ${auth.proseSigning.verb} ${word} biên bản ghi nhớ.`))).toBe(false);
  });
  it('a prose form is given for every prefix', () => {
    for (const a of auth.authorities) expect(a.proseForms.length, a.id).toBeGreaterThan(0);
  });
});
