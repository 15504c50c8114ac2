/**
 * firstUnits reads which code units a regex's matches can start with; the lexer leaves out, at a
 * position, every rule whose first units do not hold the character there. A wrong reading
 * would drop a token silently, so every lexer rule is checked against real matches.
 */
import { describe, expect, it } from 'vitest';
import raw from '../../src/data/deadline-phrases.json';
import { firstUnits } from '../../src/deadline/first-units.js';
import { lexerPatterns } from '../../src/deadline/lexer.js';
import { foldKey } from '../../src/text/fold.js';
import { PHRASES } from './phrases.js';

const chars = (source: string): string | null => {
  const f = firstUnits(source);
  return f === null ? null : [...f].map((c) => String.fromCharCode(c)).sort().join('');
};

describe('firstUnits', () => {
  it('reads literals, alternations, optional parts, classes and escapes', () => {
    expect(chars('abc')).toBe('a');
    expect(chars('(?:ab|c)d')).toBe('ac');
    expect(chars('a?b*c')).toBe('abc');
    expect(chars('x{0,3}y')).toBe('xy');
    expect(chars('x{1,3}y')).toBe('x');
    expect(chars('[1-3q]z')).toBe('123q');
    expect(chars('\\d')).toBe('0123456789');
    expect(chars('[\\-\\u2010]')).toBe('-\u2010');
    expect(chars('\\/x')).toBe('/');
  });

  it('adds nothing for lookarounds and anchors', () => {
    expect(chars('(?<![\\d/.])((?:19|20)\\d{2})')).toBe('12');
    expect(chars('^(?=q)(?!r)s')).toBe('s');
  });

  it('says "any unit" for what it does not read', () => {
    expect(chars('[^()]x')).toBeNull();
    expect(chars('\\p{L}x')).toBeNull();
    expect(chars('.x')).toBeNull();
    expect(chars('\\sx')).toBeNull();
    expect(chars('(a')).toBeNull();
  });

  it('gives every lexer rule a reading that holds the first unit of its real matches', () => {
    const texts = [...PHRASES.map((p) => p.text), ...Object.values(raw.classes).flatMap((c) => c.examples)];
    const rules = lexerPatterns();
    let matches = 0;
    for (const r of rules) {
      const first = firstUnits(r.re.source);
      const re = new RegExp(r.re.source, 'gu');
      for (const t of texts) {
        // The lexer's views: folded, and lower-cased for the rules that keep diacritics.
        for (const view of [foldKey(t), t.toLowerCase()]) {
          for (const m of view.matchAll(re)) {
            if (m[0].length === 0) continue;
            matches++;
            if (first !== null) expect(first.has(m[0].charCodeAt(0)), `${r.id}: "${m[0]}"`).toBe(true);
          }
        }
      }
    }
    expect(matches).toBeGreaterThan(500);
  });
});
