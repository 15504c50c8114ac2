/**
 * Legacy Vietnamese font encodings (TCVN3/ABC, VNI) and mojibake (UTF-8 read as
 * windows-1252/Latin-1), detected from the decoded text and converted to Unicode.
 *
 * Detection is statistical and errs on the side of doing nothing, because converting real
 * Unicode text would destroy it: a line is converted only when the conversion turns more
 * of its words into well-formed Vietnamese syllables than it breaks, the document must
 * gain at least three repaired words, and lines holding letters that only Unicode text has
 * (ư, ơ, đ, ạ, combining tone marks …) are kept as they are unless the conversion wins
 * there too. A cheap scan for telltale characters skips all of this for ordinary text.
 */
import { convertLine, type Converted, type LegacyEncoding } from './legacy-convert.js';
import { isVietnameseSyllable } from './vietnamese-syllable.js';
import { isLetterCode, isLetterOrMarkCode } from './letters.js';
import { SPACE, unitClass } from '../text/char-class.js';

export type { LegacyEncoding } from './legacy-convert.js';

export interface LegacyRepair {
  text: string;
  encoding: LegacyEncoding | null;
  message: string;
  /**
   * Offset in the input of each code unit of `text`, plus one entry for `text.length`;
   * null when the repair kept every length (TCVN3, or nothing done).
   */
  origin: Int32Array | null;
  /** Lines converted. */
  lines: number;
}

/**
 * Characters that Vietnamese Unicode text does not use as letters but legacy text shows
 * inside words: Latin-1 symbols and non-Vietnamese Latin-1 letters (TCVN3 and VNI
 * letters, the second byte of mojibake), soft hyphen (TCVN3 ư), and U+2212/U+2219 (TCVN3
 * after PDF extraction). Counted only next to a letter.
 */
const TELLTALE_CLASS = '[\\u00A1-\\u00BF\\u00C4-\\u00C7\\u00CB\\u00CE\\u00CF\\u00D0\\u00D1\\u00D6-\\u00D8\\u00DB\\u00DC\\u00DE\\u00DF\\u00E4-\\u00E7\\u00EB\\u00EE\\u00EF\\u00F0\\u00F1\\u00F6-\\u00F8\\u00FB\\u00FC\\u00FE\\u00FF\\u2212\\u2219]';
/** The bare class: a fast scan that finds nothing in ordinary text. */
const TELLTALE_CHAR = new RegExp(TELLTALE_CLASS, 'gu');
/** Anything one of the converters could change. */
const CANDIDATE = /[\u0001-\u0017\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u2026\u2030\u2039\u203A\u20AC\u2122\u2212\u2219]/u;
/** Letters and marks only Unicode Vietnamese has (never produced by reading bytes as Latin-1). */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u0300\u0301\u0303\u0309\u0323]/u;
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;
const NON_ASCII = /[^\u0000-\u007f]/u;
/** "QĐ", "NĐ", "HĐND": capitals and Đ only, an abbreviation rather than a syllable. */
const ABBREVIATION = /^[A-ZĐ]+$/u;

const ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'mojibake'];
const NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC, .VnTime fonts)',
  vni: 'VNI (VNI-Times fonts)',
  mojibake: 'mojibake (UTF-8 read as windows-1252)',
};
const MIN_TELLTALES = 3;
const MIN_GAIN = 3;
/** Characters of a line that are scored. */
const MAX_SCORED_CHARS = 20_000;

/** The word without the punctuation or symbols around it ("«Việt»" → "Việt"). */
function trimToLetters(raw: string): string {
  let s = 0;
  let e = raw.length;
  // Leading: up to the first letter (a mark cannot start a word); trailing: after the last letter or mark.
  while (s < e && !isLetterCode(raw.charCodeAt(s))) s++;
  while (e > s && !isLetterOrMarkCode(raw.charCodeAt(e - 1))) e--;
  return raw.slice(s, e);
}

/** What one word adds to a line's score: +1 a syllable, -1 a broken word, 0 not judged. */
function wordScore(raw: string): number {
  if (!NON_ASCII.test(raw)) return 0;
  const word = trimToLetters(raw);
  if (!NON_ASCII.test(word) || ABBREVIATION.test(word)) return 0;
  return LETTERS_ONLY.test(word) && isVietnameseSyllable(word) ? 1 : -1;
}

/**
 * Scores of words already seen: a document repeats its words, and every line is scored
 * up to four times (as it is, and after each conversion). Bounded like the syllable cache.
 */
const wordScores = new Map<string, number>();

/** What separates words: `/[\s!-@[-`{-~]/u` (white space, ASCII digits and punctuation). */
export function isWordSplit(c: number): boolean {
  if (c < 0x80) return c <= 0x40 ? c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : true : (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
  return (unitClass(c) & SPACE) !== 0; // `\s` past ASCII, from the shared unit table
}

/** Well-formed syllables minus broken words, over the words that have a non-ASCII letter. */
function lineScore(line: string): number {
  let score = 0;
  // The words between runs of isWordSplit, found by a scan rather than by splitting with a regex.
  const n = line.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWordSplit(line.charCodeAt(i))) i++;
    const start = i;
    let ascii = true;
    for (; i < n; i++) {
      const c = line.charCodeAt(i);
      if (isWordSplit(c)) break;
      if (c >= 0x80) ascii = false;
    }
    if (i === start) break;
    // An ASCII word scores 0 (wordScore judges only words with a non-ASCII letter): no copy, no lookup.
    if (!ascii) score += cachedWordScore(line.slice(start, i));
  }
  return score;
}

function cachedWordScore(raw: string): number {
  let s = wordScores.get(raw);
  if (s === undefined) {
    s = wordScore(raw);
    if (wordScores.size > 50_000) wordScores.clear();
    wordScores.set(raw, s);
  }
  return s;
}

/** How Vietnamese a text reads: well-formed syllables minus broken words. */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const line of text.split('\n')) score += lineScore(line);
  return score;
}

/** The start of a very long line is evidence enough (cut at a space). */
function sampleOf(line: string): string {
  if (line.length <= MAX_SCORED_CHARS) return line;
  return line.slice(0, line.lastIndexOf(' ', MAX_SCORED_CHARS) + 1 || MAX_SCORED_CHARS);
}

/** How much more Vietnamese a line reads after the conversion. */
function gainOf(encoding: LegacyEncoding, line: string): number {
  const sample = sampleOf(line);
  return lineScore(convertLine(encoding, sample).text) - lineScore(sample);
}

/**
 * The gain of each conversion on a line, scoring the line as it is once; the converted
 * lines are kept (when the whole line was scored) so the repair does not convert them again.
 */
function gainsOf(line: string): { gains: Record<LegacyEncoding, number>; converted: Partial<Record<LegacyEncoding, Converted>> } {
  const sample = sampleOf(line);
  const before = lineScore(sample);
  const gains = { tcvn3: 0, vni: 0, mojibake: 0 };
  const converted: Partial<Record<LegacyEncoding, Converted>> = {};
  for (const e of ENCODINGS) {
    const c = convertLine(e, sample);
    gains[e] = lineScore(c.text) - before;
    if (sample === line) converted[e] = c;
  }
  return { gains, converted };
}

/** Telltale characters next to a letter, counted up to `limit`. */
function countTelltales(text: string, limit: number): number {
  TELLTALE_CHAR.lastIndex = 0;
  let n = 0;
  for (let m = TELLTALE_CHAR.exec(text); m && n < limit; m = TELLTALE_CHAR.exec(text)) {
    const i = m.index;
    if (isLetterAt(text, i - 1) || isLetterAt(text, i + 1)) n++;
  }
  return n;
}

function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i));
}

interface LineVerdict {
  index: number;
  gains: Record<LegacyEncoding, number>;
  converted: Partial<Record<LegacyEncoding, Converted>>;
}

/** Which legacy encoding the text is in, if any (no conversion done). */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  return decide(text.split('\n')).encoding;
}

function decide(lines: readonly string[]): { encoding: LegacyEncoding | null; verdicts: LineVerdict[] } {
  const verdicts: LineVerdict[] = [];
  let telltales = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const found = countTelltales(line, 1000);
    if (found === 0) continue;
    telltales += found;
    verdicts.push({ index: i, ...gainsOf(line) });
  }
  if (telltales < MIN_TELLTALES) return { encoding: null, verdicts: [] };
  let best: LegacyEncoding | null = null;
  let bestGain = 0;
  for (const e of ENCODINGS) {
    let gain = 0;
    let helped = 0;
    let hurt = 0;
    for (const v of verdicts) {
      if (v.gains[e] > 0) {
        gain += v.gains[e];
        helped++;
      } else if (v.gains[e] < 0) hurt++;
    }
    if (gain >= MIN_GAIN && helped > hurt && gain > bestGain) {
      best = e;
      bestGain = gain;
    }
  }
  return { encoding: best, verdicts };
}

/**
 * Repair the text if it is in a legacy encoding; otherwise return it unchanged. (Bytes that
 * are not UTF-8 are repaired once to choose the charset; decode.ts hands that repair on in
 * `Decoded.legacy`, so normalize() does not repeat it.)
 */
export function repairLegacyText(text: string): LegacyRepair {
  const none: LegacyRepair = { text, encoding: null, message: '', origin: null, lines: 0 };
  // Cheap exit for ordinary text: no telltale character next to a letter.
  if (countTelltales(text, MIN_TELLTALES) < MIN_TELLTALES) return none;
  const lines = text.split('\n');
  const { encoding, verdicts } = decide(lines);
  if (!encoding) return none;

  const helped = verdicts.filter((v) => v.gains[encoding] > 0);
  const convert = new Set(helped.map((v) => v.index));
  // A document that is legacy throughout: also convert the lines that gain nothing either
  // way (e.g. "Soá: 16/QÑ-…", "Céng ty"), unless they hold Unicode-only letters or get worse.
  const mostlyLegacy = helped.length * 3 >= verdicts.length * 2;
  if (mostlyLegacy) {
    const gains = new Map(verdicts.map((v) => [v.index, v.gains[encoding]]));
    lines.forEach((line, i) => {
      if (convert.has(i) || !CANDIDATE.test(line) || UNICODE_VIETNAMESE.test(line)) return;
      const gain = gains.get(i) ?? gainOf(encoding, line);
      if (gain >= 0) convert.add(i);
    });
  }

  const convertedLines = new Map<number, Converted>();
  for (const v of verdicts) {
    const c = v.converted[encoding];
    if (c) convertedLines.set(v.index, c);
  }
  const parts: string[] = [];
  let origin: number[] | null = null;
  let inputAt = 0;
  let outputLength = 0;
  lines.forEach((line, i) => {
    if (i > 0) {
      parts.push('\n');
      origin?.push(inputAt - 1);
      outputLength++;
    }
    const c = convert.has(i) ? (convertedLines.get(i) ?? convertLine(encoding, line)) : { text: line, origin: null };
    if (c.origin && !origin) {
      // First change of length: the map so far is the identity.
      origin = Array.from({ length: outputLength }, (_, k) => k);
    }
    if (origin) {
      if (c.origin) for (const o of c.origin) origin.push(inputAt + o);
      else for (let k = 0; k < c.text.length; k++) origin.push(inputAt + k);
    }
    parts.push(c.text);
    outputLength += c.text.length;
    inputAt += line.length + 1;
  });
  const out = parts.join('');
  let originArray: Int32Array | null = null;
  if (origin) {
    (origin as number[]).push(text.length);
    originArray = Int32Array.from(origin as number[]);
  }
  return {
    text: out,
    encoding,
    message: `the text is in the legacy ${NAMES[encoding]} encoding; ${convert.size} line${convert.size === 1 ? '' : 's'} converted to Unicode`,
    origin: originArray,
    lines: convert.size,
  };
}
