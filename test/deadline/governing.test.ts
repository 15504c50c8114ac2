/**
 * findDeadlinePhrases lexes a chunk only when one of GOVERNING_RULES matches in it: a list of
 * lexer rule names kept by hand beside the rules. Every token the finder needs to keep a phrase
 * (a marker, "hoàn thành", a duration, a rule by itself) must come from a rule on that list, or
 * phrases would be lost silently; checked on every phrase the tests and the data know.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '../../src/data/deadline-phrases.json';
import { GOVERNING_RULES, GOVERNING_TOKENS } from '../../src/deadline/finder.js';
import { lex, lexerPatterns, someRuleMatches } from '../../src/deadline/lexer.js';
import { PHRASES } from './phrases.js';

const texts = [
  ...PHRASES.map((p) => p.text),
  ...Object.values(raw.classes).flatMap((c) => c.examples),
  ...readFileSync('fixtures/gold/quyet-dinh/2020-ubnd-kon-tum-435/input.txt', 'utf8').split(/\n|;|\.(?=\s)/u),
];

describe('GOVERNING_RULES', () => {
  it('names lexer rules only', () => {
    const ids = new Set(lexerPatterns().map((p) => p.id));
    expect(GOVERNING_RULES.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('matches wherever the lexer yields a token the finder is governed by', () => {
    let governed = 0;
    for (const t of texts) {
      const text = t.normalize('NFC');
      // A dash read as TO between two other tokens is no marker (the finder drops it as one).
      const tokens = lex(text).tokens.filter((k) => GOVERNING_TOKENS.has(k.type) && !(k.type === 'TO' && !/\p{L}/u.test(text.slice(k.start, k.end))));
      if (tokens.length === 0) continue;
      governed++;
      expect(someRuleMatches(GOVERNING_RULES, text), `${text} (${tokens.map((k) => k.type).join(' ')})`).toBe(true);
    }
    expect(governed).toBeGreaterThan(100);
  });
});
