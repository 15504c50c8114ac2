/**
 * Unicode classes of single UTF-16 code units, as bits, for scanners that walk a text one
 * unit at a time: a table lookup instead of a regex test per character. Each unit's bits are
 * what `/\s/u`, `/[\p{L}\p{M}\p{N}]/u`, `/\p{L}/u`, `/\p{N}/u`, `/\p{Lu}/u` and `/\p{Ll}/u`
 * say of the unit on its own (a lone surrogate is none of them), computed the first time the
 * unit is met.
 */

export const SPACE = 1;
/** Letter, mark or number: the characters of a word. */
export const WORD = 2;
export const LETTER = 4;
export const DIGIT = 8;
export const UPPER = 16;
export const LOWER = 32;
const KNOWN = 128;

let table: Uint8Array | undefined;

function compute(code: number): number {
  const ch = String.fromCharCode(code);
  let bits = KNOWN;
  if (/\s/u.test(ch)) bits |= SPACE;
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) bits |= WORD;
  if (/\p{L}/u.test(ch)) bits |= LETTER;
  if (/\p{N}/u.test(ch)) bits |= DIGIT;
  if (/\p{Lu}/u.test(ch)) bits |= UPPER;
  if (/\p{Ll}/u.test(ch)) bits |= LOWER;
  return bits;
}

/** The class bits of the code unit `code` (0–0xFFFF). */
export function unitClass(code: number): number {
  table ??= new Uint8Array(0x10000);
  let bits = table[code] as number;
  if (bits === 0) {
    bits = compute(code);
    table[code] = bits;
  }
  return bits;
}

/** A high or low surrogate: half of a character outside the BMP. */
export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** `s.replace(/[^\p{L}\p{N}]+/gu, '')`: only the letters and digits of `s`, by the unit table. */
export function lettersAndDigits(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // A character outside the BMP: the regex reads it whole.
    if (isSurrogate(code)) return s.replace(/[^\p{L}\p{N}]+/gu, '');
    if ((unitClass(code) & (LETTER | DIGIT)) === 0) {
      if (i > from) out += s.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}
