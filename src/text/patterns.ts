/**
 * Regex building blocks. JavaScript's \b and \w are ASCII-only, so word boundaries here
 * are Unicode lookarounds on letters and digits. Alternations built from data are fully
 * escaped and ordered longest first, so the longest name wins.
 */

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

/** Upper-case test that works for Vietnamese: has letters and no lower-case letter. */
export function isUpperLine(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}
