/**
 * Case and space tests over a range of the text, one code unit at a time through the shared
 * unit table (text/char-class.ts): the block reader asks them of most words of a page, and a
 * regex test per word needs the word as its own string first. A surrogate pair (a character
 * outside the BMP) is left to the regex, which reads it whole.
 */
import { DIGIT, LETTER, LOWER, UPPER, WORD, isSurrogate, unitClass } from '../../text/char-class.js';
import { isSpaceCode } from './trim.js';

/**
 * Whether text[start, end) holds a letter of one case: ASCII by range, the rest by the unit
 * table; a surrogate pair hands the whole range to `pattern`.
 */
function hasCaseIn(text: string, start: number, end: number, bit: number, asciiA: number, pattern: RegExp): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= asciiA && c <= asciiA + 25) return true;
      continue;
    }
    if (isSurrogate(c)) return pattern.test(text.slice(start, end));
    if ((unitClass(c) & bit) !== 0) return true;
  }
  return false;
}

const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;

/** `/\p{Ll}/u.test(text.slice(start, end))`. */
export function hasLowerIn(text: string, start: number, end: number): boolean {
  return hasCaseIn(text, start, end, LOWER, 0x61, LOWER_LETTER);
}

/** `/\p{Lu}/u.test(text.slice(start, end))`. */
export function hasUpperIn(text: string, start: number, end: number): boolean {
  return hasCaseIn(text, start, end, UPPER, 0x41, UPPER_LETTER);
}

/** `/^\p{Lu}/u.test(text.slice(start, end))` for a non-empty range. */
export function startsUpperAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (isSurrogate(c)) return /^\p{Lu}/u.test(text.slice(start, end));
  return (unitClass(c) & UPPER) !== 0;
}

/** `/^[\p{Ll}\p{N}]/u.test(s)`: the string opens with a lower-case letter or a number. */
export function opensLowerOrDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  if (isSurrogate(c)) return /^[\p{Ll}\p{N}]/u.test(s);
  return s.length > 0 && (unitClass(c) & (LOWER | DIGIT)) !== 0;
}

/** `/^[\p{L}\p{M}\p{N}]/u.test(s)`: the string opens with a letter, a mark or a number. */
export function opensWordChar(s: string): boolean {
  const c = s.charCodeAt(0);
  if (isSurrogate(c)) return /^[\p{L}\p{M}\p{N}]/u.test(s);
  return s.length > 0 && (unitClass(c) & WORD) !== 0;
}

/** `/[\p{M}'’]/u.test(s)`: a combining mark (a word character that is no letter or number) or an apostrophe. */
export function hasMarkOrApostrophe(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x27) return true;
      continue;
    }
    if (isSurrogate(c)) return /[\p{M}'’]/u.test(s);
    if (c === 0x2019 || (unitClass(c) & (WORD | LETTER | DIGIT)) === WORD) return true;
  }
  return false;
}

/** A word of the text: a run of non-space characters (`/\S+/u`), as offsets. */
export interface WordRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The words (`/\S+/gu` matches) starting in [from, to), each cut at `to`, at most `limit`
 * of them. A scan by code unit: `\s` holds no surrogate, so a pair never splits a word.
 */
export function wordRanges(text: string, from: number, to: number, limit = Number.POSITIVE_INFINITY): WordRange[] {
  const out: WordRange[] = [];
  let i = from;
  while (out.length < limit) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= to || i >= text.length) break;
    const start = i;
    while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
    out.push({ start, end: Math.min(i, to) });
  }
  return out;
}
