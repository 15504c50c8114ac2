/**
 * `\p{L}` and `[\p{L}\p{M}]` for one UTF-16 code unit, remembered per code unit: the
 * legacy-encoding judges ask this for every character of every candidate line, and a
 * regular expression test per character was most of their time.
 */
const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Per code unit: 0 not asked yet; bit 1 set once known; bit 2 letter; bit 4 letter or mark. */
let known: Uint8Array | undefined;

function classOf(c: number): number {
  known ??= new Uint8Array(0x10000);
  let k = known[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (LETTER.test(ch) ? 2 : 0) | (LETTER_OR_MARK.test(ch) ? 4 : 0);
    known[c] = k;
  }
  return k;
}

/** `/\p{L}/u.test(String.fromCharCode(c))`. */
export function isLetterCode(c: number): boolean {
  return (classOf(c) & 2) !== 0;
}

/** `/[\p{L}\p{M}]/u.test(String.fromCharCode(c))`. */
export function isLetterOrMarkCode(c: number): boolean {
  return (classOf(c) & 4) !== 0;
}

/** `/\p{L}/u.test(ch)` for a one-character string (a code unit or a surrogate pair). */
export function isLetterChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch.length === 1 ? isLetterCode(ch.charCodeAt(0)) : LETTER.test(ch);
}
