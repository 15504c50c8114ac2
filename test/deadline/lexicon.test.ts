/**
 * src/data/deadline-phrases.json: it parses against its schema, no phrase is listed twice
 * or in two classes that mean different things, and every example it gives is understood.
 */
import { describe, expect, it } from 'vitest';
import raw from '../../src/data/deadline-phrases.json';
import { parseDeadline } from '../../src/deadline/index.js';
import { DeadlinePhrasesSchema, foldedSource } from '../../src/deadline/lexicon.js';

const data = DeadlinePhrasesSchema.parse(raw);
const classes = Object.entries(data.classes);

describe('deadline-phrases.json', () => {
  it('has a source and a description for every class', () => {
    expect(data.source.length).toBeGreaterThan(20);
    for (const [, c] of classes) expect(c['#'].length).toBeGreaterThan(5);
  });

  it('lists no phrase twice in a class', () => {
    // Spelling variants that fold alike (hằng / hàng, khóa / khoá) are meant; exact repeats are not.
    for (const [name, c] of classes) {
      const items = 'phrases' in c ? c.phrases : Object.keys(c.map);
      const keys = items.map((p) => p.normalize('NFC').toLowerCase());
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });

  it('does not put one phrase in classes that contradict each other', () => {
    const groups = [
      ['beforeExclusive', 'beforeInclusive', 'within', 'from', 'to', 'continuous', 'adHoc', 'event'],
      ['halfFirst', 'halfSecond', 'vagueEarly', 'vagueLate'],
      ['partEarly', 'partMiddle', 'partLate'],
    ] as const;
    for (const group of groups) {
      const seen = new Map<string, string>();
      for (const name of group) {
        for (const p of data.classes[name].phrases) {
          const key = foldedSource(p);
          expect(seen.get(key), `${p} in ${name} and ${seen.get(key)}`).toBeUndefined();
          seen.set(key, name);
        }
      }
    }
  });

  const examples = classes.flatMap(([name, c]) => c.examples.map((e) => [name, e] as const));
  it.each(examples)('%s: "%s" is understood', (_name, example) => {
    expect(parseDeadline(example, { reference: '2024-02-07' }).kind).not.toBe('unresolved');
  });
});
