/**
 * Keys for per-document memos of the readings of a sentence or a heading: a long page may
 * repeat its lines by the thousand, and a reading depends on nothing but the text around it.
 *
 * A key holds everything a reading looks at — the text and its phrase key from the unit before
 * the range (a phrase must start a word) to AFTER units past its end — so a reading is reused
 * only where it would come out the same. What may look past the end: a phrase that starts
 * inside the range, right at its end, or after "cũng" and the white space that follows the
 * end, running on by its length with up to three spaces for each of its own, and the character
 * after it. A range whose last word runs on past its end (a word is read to its end), or that
 * is followed by more than SPACES_AFTER units of white space, gets no key.
 */
import { SPACE, unitClass } from '../../text/char-class.js';
import type { BodySpan } from './body-phrase.js';
import { skipSpaces } from './body-phrase.js';
import type { CompiledTaskData, PhraseMatcher } from './data.js';

const AFTER = 96;
const SPACES_AFTER = 16;

let spanChecked: { readonly data: CompiledTaskData; readonly fits: boolean } | undefined;

/** Whether every phrase of `data`, spread over its widest spacing, fits in AFTER (checked once). */
function phrasesFitAfter(data: CompiledTaskData): boolean {
  if (spanChecked?.data !== data) {
    let widest = 0;
    for (const v of Object.values(data)) {
      const phrases = (v as Partial<PhraseMatcher> | null)?.phrases;
      if (!Array.isArray(phrases)) continue;
      for (const p of phrases as readonly string[]) widest = Math.max(widest, p.length + 2 * (p.split(' ').length - 1));
    }
    spanChecked = { data, fits: widest + 2 + SPACES_AFTER + 4 <= AFTER };
  }
  return spanChecked.fits;
}

/**
 * The memo key of a reading of text[start, end) (`key` = phraseKey(text)), `tag` telling apart
 * the readings asked of it; null when the range gets none.
 */
export function readingKey(data: CompiledTaskData, text: string, key: string, start: number, end: number, tag: string): string | null {
  const next = text.charCodeAt(end);
  const closed = end >= text.length || next === 0x3b || (unitClass(next) & SPACE) !== 0;
  if (!closed || skipSpaces(text, end, end + SPACES_AFTER) >= end + SPACES_AFTER || !phrasesFitAfter(data)) return null;
  const from = start > 0 ? start - 1 : 0;
  const to = Math.min(text.length, end + AFTER);
  return `${tag} ${start - from} ${end - start} ${text.slice(from, to)}\u0000${key.slice(from, to)}`;
}

/** A body span moved by `by` (readings are kept with offsets from their range's start). */
export function shiftSpan(b: BodySpan | null, by: number): BodySpan | null {
  return b && { start: b.start + by, end: b.end + by, personal: b.personal };
}
