/**
 * List markers at the start of a paragraph and the nesting level they imply, in the order
 * Nghị định 30/2020 uses: Phần/A. > Điều, I. > 1. > 1.1. > a) > (1) > - > +.
 */
import { SPACE, unitClass } from '../../text/char-class.js';

export type MarkerKind = 'upper-letter' | 'dieu' | 'roman' | 'number' | 'letter' | 'paren' | 'bullet' | 'plus';

export interface Marker {
  readonly kind: MarkerKind;
  /** The ordinal as printed, without its punctuation ("2.1", "a", "IV", "Điều 2"); null for bullets. */
  readonly label: string | null;
  /** Characters from the line start to the text after the marker. */
  readonly length: number;
  readonly level: number;
}

/** Level of a paragraph without a marker. */
export const PLAIN_LEVEL = 9;
/** Level of an unmarked upper-case line (a title, an annex heading): it closes every open heading. */
export const TITLE_LEVEL = -1;

const DIEU = /^(Điều\s{1,3}\d{1,3}[a-zđ]?)\s{0,2}[.:]\s*/u;
const UPPER_LETTER = /^([A-ZĐ])\s{0,2}[.)]\s+/u;
/** A lone C, L, D or M is a letter ("A. B. C."); I, V, X alone are Roman numerals. */
const ROMAN = /^([IVX]|[IVXLC]{2,7})\s{0,2}[.)]\s+/u;
/** "1. ", "2.1.", "3)" — and "1.Các sở" printed without the space (a capital follows). */
const NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s{0,2}[.)](?:\s+|$|(?=\p{Lu}))/u;
const LETTER = /^([a-zđ])\s{0,2}\)\s+/u;
const PAREN = /^\((\d{1,2})\)\s+/u;
const BULLET = /^[-–—•·*]\s*/u;
const PLUS = /^\+\s*/u;

const BULLETS = new Set([...'-–—•·*+('].map((c) => c.charCodeAt(0)));

function isRomanLetter(code: number): boolean {
  return code === 0x49 || code === 0x56 || code === 0x58 || code === 0x4c || code === 0x43; // I V X L C
}

/**
 * Whether some marker below may open text[start, end), by its first two characters: most lines
 * have none, and this refuses them without running the seven regexes (or slicing the line).
 * It may say yes wrongly, never no wrongly: a digit, a bracket or a bullet, "Điều", or a letter
 * followed by a space, "." or ")" (or a second Roman numeral letter).
 */
export function mayOpenWithMarker(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  if ((c >= 0x30 && c <= 0x39) || BULLETS.has(c) || c === 0x110) return true; // 0-9, bullets, Đ
  const upper = c >= 0x41 && c <= 0x5a;
  if (!upper && !((c >= 0x61 && c <= 0x7a) || c === 0x111)) return false; // A-Z, a-z, đ
  if (start + 1 >= end) return false;
  const d = text.charCodeAt(start + 1);
  if (d === 0x2e || d === 0x29 || (unitClass(d) & SPACE) !== 0) return true;
  return upper && isRomanLetter(c) && isRomanLetter(d);
}

export function readMarker(text: string): Marker | null {
  if (!mayOpenWithMarker(text, 0, text.length)) return null;
  let m = DIEU.exec(text);
  if (m) return { kind: 'dieu', label: (m[1] as string).replace(/\s+/gu, ' '), length: m[0].length, level: 1 };
  m = ROMAN.exec(text);
  if (m) return { kind: 'roman', label: m[1] as string, length: m[0].length, level: 1 };
  m = UPPER_LETTER.exec(text);
  if (m) return { kind: 'upper-letter', label: m[1] as string, length: m[0].length, level: 0 };
  m = NUMBER.exec(text);
  if (m) {
    const label = m[1] as string;
    return { kind: 'number', label, length: m[0].length, level: 1 + label.split('.').length };
  }
  m = LETTER.exec(text);
  if (m) return { kind: 'letter', label: m[1] as string, length: m[0].length, level: 6 };
  m = PAREN.exec(text);
  if (m) return { kind: 'paren', label: m[1] as string, length: m[0].length, level: 7 };
  m = PLUS.exec(text);
  if (m) return { kind: 'plus', label: null, length: m[0].length, level: 8.5 };
  m = BULLET.exec(text);
  if (m && text.length > m[0].length) return { kind: 'bullet', label: null, length: m[0].length, level: 8 };
  return null;
}

/** An ordinal as printed, without trailing punctuation: "1." → "1", "II.1" stays. */
export function cleanOrdinal(s: string): string | null {
  let t = s.replace(/\s+/gu, ' ').trim();
  let e = t.length;
  while (e > 0 && '.):'.includes(t[e - 1] as string)) e--;
  t = t.slice(0, e).trim();
  return t.length > 0 && t.length <= 12 ? t : null;
}
