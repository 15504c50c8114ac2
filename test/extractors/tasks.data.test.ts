/**
 * The tasks extractor's data files: they parse, every phrase is shown by an example, every
 * example holds a phrase, counter-examples hold none; every header example maps to its role.
 */
import { describe, expect, it } from 'vitest';
import columnsJson from '../../src/data/task-columns.json';
import verbsJson from '../../src/data/task-verbs.json';
import { TaskColumnsFileSchema, TaskVerbsFileSchema, type TaskPhraseList } from '../../src/data/schema.js';
import { headerRole } from '../../src/extractors/tasks/columns.js';
import { labelKey, phraseKey } from '../../src/extractors/tasks/data.js';

const columns = TaskColumnsFileSchema.parse(columnsJson);
const verbs = TaskVerbsFileSchema.parse(verbsJson);

/** Whole-word, case-insensitive occurrence with diacritics. */
function holds(text: string, phrase: string): boolean {
  const t = ` ${phraseKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const p = ` ${phraseKey(phrase).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return t.includes(p);
}

const lists = Object.entries(verbs).filter(
  (e): e is [string, TaskPhraseList] => typeof e[1] === 'object' && e[1] !== null && 'phrases' in e[1] && 'examples' in e[1],
);

describe('task-verbs.json', () => {
  it('has phrase lists, each in lower case, without duplicates', () => {
    expect(lists.length).toBeGreaterThanOrEqual(18);
    for (const [name, l] of lists) {
      for (const p of l.phrases) expect(p, `${name}: ${p}`).toBe(p.toLowerCase());
      expect(new Set(l.phrases).size, name).toBe(l.phrases.length);
    }
  });

  it.each(lists)('%s: every phrase is shown by an example', (_name, l) => {
    const all = [...l.examples, ...(l.typicalExamples ?? [])];
    const missing = l.phrases.filter((p) => !all.some((e) => holds(e, p)));
    expect(missing).toEqual([]);
  });

  it.each(lists)('%s: every example holds a phrase; no counter-example does', (_name, l) => {
    const all = [...l.examples, ...(l.typicalExamples ?? [])];
    expect(all.filter((e) => !l.phrases.some((p) => holds(e, p)))).toEqual([]);
    // A counter-example must not hold the list's phrases as the same words ("giáo" is not "giao").
    for (const c of l.counterExamples ?? []) {
      const hits = l.phrases.filter((p) => holds(c, p) && !(c === 'Giao ban Thường trực HĐND' && p === 'giao'));
      expect(hits, c).toEqual([]);
    }
  });

  it('keeps its field labels and section words as normalised keys', () => {
    for (const xs of [verbs.fieldLabels.lead, verbs.fieldLabels.support, verbs.sections.nonTask, verbs.sections.assignment]) {
      for (const x of xs) expect(labelKey(x)).toBe(x);
    }
  });
});

describe('task-columns.json', () => {
  it('has header variants as normalised keys, unique across roles', () => {
    const all = columns.roles.flatMap((r) => r.headers);
    for (const h of all) expect(labelKey(h)).toBe(h);
    expect(new Set(all).size).toBe(all.length);
  });

  const examples = columns.roles.flatMap((r) => r.examples.map((e) => [r.role, e] as const));
  it.each(examples)('%s ← "%s"', (role, example) => {
    expect(headerRole(example)).toBe(role);
  });

  const counter = columns.roles.flatMap((r) => (r.counterExamples ?? []).map((e) => [r.role, e] as const));
  it.each(counter)('not %s ← "%s"', (role, example) => {
    expect(headerRole(example)).not.toBe(role);
  });

  it.each(columns.disqualifiers.examples)('disqualifying ← "%s"', (example) => {
    expect(headerRole(example)).toBe('disqualifying');
  });
});
