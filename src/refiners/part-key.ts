/**
 * The whitespace-, markup- and accent-insensitive key of one part of a task (its
 * description, ordinal, section), from which task ids are hashed: the letters and digits of
 * its folded text, `lettersAndDigits(foldKey(part))`.
 *
 * Every task's description is keyed (for its id and for the id of a document without a
 * number), so the key is built in one pass over the part: each code unit is folded through a
 * table and kept when it is a letter or digit, into a reused buffer. The two-step form made a
 * folded copy of each description and then a filtered copy of that.
 */
import { foldKey } from '../text/fold.js';
import { DIGIT, LETTER, isSurrogate, lettersAndDigits, unitClass } from '../text/char-class.js';

/**
 * Folded unit of each UTF-16 code unit, +1 (0: not yet computed). foldKey keeps one code
 * unit for one, so foldKey of a one-unit string is that unit's fold.
 */
let folds: Uint16Array | undefined;

function foldedUnit(code: number): number {
  folds ??= new Uint16Array(0x10000);
  const known = folds[code] as number;
  if (known !== 0) return known - 1;
  const f = foldKey(String.fromCharCode(code)).charCodeAt(0);
  // A unit that folds to U+FFFF cannot be stored +1; it is folded again each time.
  if (f < 0xffff) folds[code] = f + 1;
  return f;
}

let buffer = new Uint16Array(256);
const MAX_SHARED = 1 << 16;
/**
 * Decodes the buffer's units as they are (the buffer never holds a surrogate, so none is
 * replaced; ignoreBOM keeps a U+FEFF, were one ever kept): several times cheaper than
 * String.fromCharCode.apply over a typed array. The buffer's bytes are in the platform's
 * order, so a big-endian platform takes the slower way.
 */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function stringOf(units: Uint16Array): string {
  if (littleEndian) return utf16.decode(units);
  let out = '';
  for (let j = 0; j < units.length; j += 8192) out += String.fromCharCode.apply(null, units.subarray(j, j + 8192) as unknown as number[]);
  return out;
}

/** `lettersAndDigits(foldKey(part ?? ''))`, in one pass. */
export function partKey(part: string | null): string {
  if (part === null || part.length === 0) return '';
  const n = part.length;
  // The shared buffer grows to the longest usual part; a huge one gets a buffer of its own.
  if (buffer.length < n && n <= MAX_SHARED) buffer = new Uint16Array(Math.max(n, 2 * buffer.length));
  const units = buffer.length >= n ? buffer : new Uint16Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const f = foldedUnit(part.charCodeAt(i));
    // A character outside the BMP: lettersAndDigits reads it whole, by regex.
    if (isSurrogate(f)) return lettersAndDigits(foldKey(part));
    if ((unitClass(f) & (LETTER | DIGIT)) !== 0) units[kept++] = f;
  }
  return stringOf(units.subarray(0, kept));
}
