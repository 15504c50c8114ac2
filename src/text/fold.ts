/**
 * Diacritic- and case-insensitive keys for matching. `foldKey` keeps the length of NFC
 * text (one code unit in, one out), so offsets found in the folded string are offsets in
 * the original. Old/new tone placement (hoà/hòa, thuỷ/thủy) fold to the same key because
 * all tone marks are removed.
 */

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f !== undefined) return f;
  if (ch === 'đ' || ch === 'Đ' || ch === 'ð' || ch === 'Ð') f = 'd';
  else {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    f = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  cache.set(ch, f);
  return f;
}

/**
 * Folded code unit of every UTF-16 code unit seen so far (-1: not yet computed). foldChar
 * gives one code unit for one code unit, so a table of units is exact; it is filled lazily,
 * a unit the first time it is met.
 */
let units: Int32Array | undefined;

function foldUnit(code: number): number {
  units ??= new Int32Array(0x10000).fill(-1);
  let f = units[code] as number;
  if (f < 0) {
    f = code < 0x80 ? String.fromCharCode(code).toLowerCase().charCodeAt(0) : foldChar(String.fromCharCode(code)).charCodeAt(0);
    units[code] = f;
  }
  return f;
}

/** Strings at least this long are whole texts; the last one folded is remembered. */
const LONG = 4096;
let lastLong: { readonly input: string; readonly output: string } | undefined;
/** Below this length a key is built by appending. */
const SHORT = 16;
/** Scratch buffers up to this many code units are kept for the next call. */
const KEEP_SCRATCH = 1 << 18;
/** The reused buffer, and a Buffer over the same bytes to read it back as UTF-16. */
let scratch: { units: Uint16Array; bytes: Buffer } | undefined;

/** Buffers of at least `n` code units: the kept scratch ones, or new ones for a huge text. */
function buffersFor(n: number): { units: Uint16Array; bytes: Buffer } {
  if (scratch !== undefined && scratch.units.length >= n) return scratch;
  const units = new Uint16Array(Math.max(n, 4096));
  const buffers = { units, bytes: Buffer.from(units.buffer, units.byteOffset, units.byteLength) };
  if (units.length <= KEEP_SCRATCH) scratch = buffers;
  return buffers;
}

/**
 * Same length as the input; every letter lower-cased and stripped of marks (đ → d). Linear:
 * no string is grown one character at a time. Several stages fold the same document text;
 * the last long input is remembered, so that costs one pass.
 */
export function foldKey(s: string): string {
  const n = s.length;
  if (n >= LONG && lastLong !== undefined && lastLong.input === s) return lastLong.output;
  // Most short keys are already folded: no copy then.
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (foldUnit(c) !== c) break;
    i++;
  }
  if (i === n) return s;
  if (n < SHORT) {
    // A word: appending to a short string is cheaper than a buffer.
    let word = s.slice(0, i);
    for (; i < n; i++) word += String.fromCharCode(foldUnit(s.charCodeAt(i)));
    return word;
  }
  // The folded units go into a reused buffer that Buffer reads back as UTF-16 in one copy
  // (3× faster than String.fromCharCode.apply over a fresh array; it keeps lone surrogates,
  // which TextDecoder would replace).
  const { units: out, bytes } = buffersFor(n);
  for (let j = 0; j < i; j++) out[j] = s.charCodeAt(j);
  const table = units as Int32Array; // filled in by the foldUnit calls above
  for (let j = i; j < n; j++) {
    const c = s.charCodeAt(j);
    const f = table[c] as number;
    out[j] = f >= 0 ? f : foldUnit(c);
  }
  const folded = bytes.toString('utf16le', 0, n * 2);
  if (n >= LONG) lastLong = { input: s, output: folded };
  return folded;
}

const foldedDocs = new WeakMap<object, string>();

/**
 * foldKey(doc.text), computed once per document (several extractors and the segmenter read
 * the folded text; a line's key is a slice of it, since folding keeps offsets).
 */
export function foldedText(doc: { readonly text: string }): string {
  let f = foldedDocs.get(doc);
  if (f === undefined) {
    f = foldKey(doc.text);
    foldedDocs.set(doc, f);
  }
  return f;
}

/**
 * A key that keeps the letters' identity (ă≠a, ơ≠o, đ≠d) but ignores tone marks and their
 * placement, and case: "Hoà Bình" and "Hòa Bình" give the same key, "Bộ" and "Bố" too.
 */
export function toneInsensitiveKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
