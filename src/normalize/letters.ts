/**
 * `\p{L}` and `[\p{L}\p{M}]` for one UTF-16 code unit, read from the shared unit table
 * (src/text/char-class.ts): the legacy-encoding judges ask this for every character of
 * every candidate line, and a regular expression test per character was most of their time.
 */
import { DIGIT, LETTER, unitClass, WORD } from '../text/char-class.js';

/** `/\p{L}/u.test(String.fromCharCode(c))`. */
export function isLetterCode(c: number): boolean {
  return (unitClass(c) & LETTER) !== 0;
}

/**
 * `/[\p{L}\p{M}]/u.test(String.fromCharCode(c))`: WORD is L, M or N, and a character has
 * exactly one general category, so the word characters that are not numbers.
 */
export function isLetterOrMarkCode(c: number): boolean {
  return (unitClass(c) & (WORD | DIGIT)) === WORD;
}

/** `/\p{L}/u.test(ch)` for a one-character string (a code unit or a surrogate pair). */
export function isLetterChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch.length === 1 ? isLetterCode(ch.charCodeAt(0)) : /\p{L}/u.test(ch);
}
