/**
 * Regex building blocks. JavaScript's \b and \w are ASCII-only, so word boundaries here
 * are Unicode lookarounds on letters and digits. Alternations built from data are fully
 * escaped and ordered longest first, so the longest name wins.
 */
import { LOWER, UPPER, isSurrogate, unitClass } from './char-class.js';

/** Not preceded by a letter or digit. */
export const WB_START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const WB_END = '(?![\\p{L}\\p{N}])';

export function escapeRegExp(s: string): string {
  // `\-` is a syntax error outside a class under the `u` flag, so "-" becomes \x2d.
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&').replace(/-/gu, '\\x2d');
}

/** `a|b|c` from literal strings, escaped, longest first, duplicates removed. */
export function alternation(items: Iterable<string>): string {
  const uniq = [...new Set(items)].filter((s) => s.length > 0);
  uniq.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return uniq.map(escapeRegExp).join('|');
}

/** A whole-word pattern from literal strings. */
export function wordsPattern(items: Iterable<string>): string {
  return `${WB_START}(?:${alternation(items)})${WB_END}`;
}

/**
 * Upper-case test that works for Vietnamese: has letters and no lower-case letter, i.e.
 * `/\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s)`. Asked of most lines of a document by several
 * stages, so it is one pass over the code units through the unit table (stopping at the
 * first lower-case letter) instead of two regex runs; a surrogate pair is left to the regexes.
 */
export function isUpperLine(s: string): boolean {
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) return false;
      if (c >= 0x41 && c <= 0x5a) upper = true;
      continue;
    }
    if (isSurrogate(c)) return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
    const bits = unitClass(c);
    if ((bits & LOWER) !== 0) return false;
    if ((bits & UPPER) !== 0) upper = true;
  }
  return upper;
}
