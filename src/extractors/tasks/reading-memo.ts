/**
 * Keys for per-document memos of the readings of a sentence or a heading: a long page may
 * repeat its lines by the thousand, and a reading depends on nothing but the text around it.
 *
 * A key holds everything a reading looks at, so that a reading is reused only where it would
 * come out the same: the text from the unit before the range (a phrase must start a word) to
 * the end of its reach past the range. A reading looks past its range only through a phrase
 * (or "cũng", "được", "và") that starts inside it or right after white space that follows it,
 * and such a match stops at the first unit no phrase holds: the reach ends with that unit (read
 * by the word-end test). The phrase key over the same span follows from the text around it.
 * A range whose last word runs on past its end (a word is read to its end), or whose reach is
 * longer than AFTER units, gets no key.
 */
import { SPACE, unitClass } from '../../text/char-class.js';
import type { BodySpan } from './body-phrase.js';
import type { CompiledTaskData, PhraseMatcher } from './data.js';

/** Longest reach past a range that gets a key. */
const AFTER = 72;
/**
 * phraseKey of a unit follows from the text this many units either side of it: lower case is
 * one unit's, and the tone placement of "uỷ", "oà" … reads the pair and one character on.
 */
const MARGIN = 3;

let phraseUnits: { readonly data: CompiledTaskData; readonly units: ReadonlySet<number> } | undefined;

/** Every code unit of every phrase of `data` (phrase keys), and of the words read beside them. */
function unitsOfPhrases(data: CompiledTaskData): ReadonlySet<number> {
  if (phraseUnits?.data !== data) {
    const units = new Set<number>();
    const add = (p: string) => {
      for (let i = 0; i < p.length; i++) units.add(p.charCodeAt(i));
    };
    for (const v of Object.values(data)) {
      const phrases = (v as Partial<PhraseMatcher> | null)?.phrases;
      if (Array.isArray(phrases)) for (const p of phrases as readonly string[]) add(p);
    }
    // Read as literal words by sentence.ts and body-phrase.ts.
    for (const w of ['cũng ', ' được', 'và']) add(w);
    phraseUnits = { data, units };
  }
  return phraseUnits.units;
}

/** Where what a reading of a range ending at `end` may look at ends (exclusive), or -1 past AFTER. */
function reachEnd(data: CompiledTaskData, key: string, end: number): number {
  const units = unitsOfPhrases(data);
  const cap = Math.min(key.length, end + AFTER);
  for (let i = end; i < cap; i++) {
    const c = key.charCodeAt(i);
    if ((unitClass(c) & SPACE) !== 0 || units.has(c)) continue;
    // The unit that stops every match, read whole (a surrogate pair is one character).
    return Math.min(key.length, i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1));
  }
  return cap === key.length ? cap : -1;
}

/**
 * The memo key of a reading of text[start, end) (`key` = phraseKey(text)), `tag` telling apart
 * the readings asked of it; null when the range gets none.
 */
export function readingKey(data: CompiledTaskData, text: string, key: string, start: number, end: number, tag: string): string | null {
  // A key of another length than the text's: NFC composed something; no key then.
  if (key.length !== text.length) return null;
  const next = text.charCodeAt(end);
  const closed = end >= text.length || next === 0x3b || (unitClass(next) & SPACE) !== 0;
  if (!closed) return null;
  const to = reachEnd(data, key, end);
  if (to < 0) return null;
  const from = start > 0 ? start - 1 : 0;
  const a = Math.max(0, from - MARGIN);
  const b = Math.min(text.length, to + MARGIN);
  const window = text.slice(a, b);
  const layout = `${tag} ${start - a} ${end - start} ${from - a} ${to - a} `;
  // Σ: its lower case depends on the word it ends, so the key itself is part of the memo key.
  return window.includes('Σ') ? `${layout}${window}\u0000${key.slice(from, to)}` : layout + window;
}

/** A body span moved by `by` (readings are kept with offsets from their range's start). */
export function shiftSpan(b: BodySpan | null, by: number): BodySpan | null {
  return b && { start: b.start + by, end: b.end + by, personal: b.personal };
}
