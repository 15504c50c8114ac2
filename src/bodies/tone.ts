/**
 * Folded keys lose the tone marks, and short Vietnamese words differ only by them: sở/số,
 * bộ/bố, vụ/vũ. A printed word that carries diacritics must therefore carry the same tone as
 * the registry's word when the word is short (three letters or fewer) or opens the name;
 * the tone may sit on either vowel (hoà = hòa, uỷ = ủy). A text printed with no diacritics at
 * all (ASCII) matches any tone.
 */
import { isSurrogate } from '../text/char-class.js';
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ANY_MARK = /[\u0300-\u036f]|[đĐ]/u;

/** "Sở" → "sơ|̉": the letters without the tone, and the tone. */
export function toneKey(word: string): string {
  const d = word.normalize('NFD').toLowerCase();
  const tones = d.match(TONES)?.join('') ?? '';
  return `${d.replace(TONES, '').normalize('NFC')}|${tones}`;
}

/** Per UTF-16 code unit: 0 not yet known, 1 no mark, 2 a mark (or đ) in its NFD form. */
let markTable: Uint8Array | undefined;

/**
 * `ANY_MARK.test(word.normalize('NFD'))`, one code unit at a time through a table (the NFD of
 * a word is its characters' NFD forms, reordered: the same marks). A character outside the
 * BMP sends the word to the regex.
 */
export function hasDiacritics(word: string): boolean {
  markTable ??= new Uint8Array(0x10000);
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x80) continue;
    if (isSurrogate(code)) return ANY_MARK.test(word.normalize('NFD'));
    let mark = markTable[code] as number;
    if (mark === 0) {
      mark = ANY_MARK.test(String.fromCharCode(code).normalize('NFD')) ? 2 : 1;
      markTable[code] = mark;
    }
    if (mark === 2) return true;
  }
  return false;
}

/** Printed word → its toneKey (the same words recur: cached). */
const printedKeys = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/**
 * The toneKey of a printed word, to compare with a stored form's: a word without marks is a
 * word of its own (quy ≠ quỹ), except in a text printed with no diacritics at all.
 */
export function printedToneKey(printed: string): string {
  let k = printedKeys.get(printed);
  if (k === undefined) {
    k = toneKey(printed);
    if (printedKeys.size >= CACHE_LIMIT) printedKeys.clear();
    printedKeys.set(printed, k);
  }
  return k;
}
