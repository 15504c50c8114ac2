/**
 * Calendar dates as Vietnamese documents print them: "ngày 07 tháng 02 năm 2024",
 * "ngày 18/9/2023", "ngày 25-01-2024", "ngày 05.3.2020" (day first, always). Matching runs
 * on folded text, so the offsets are the document's.
 */
import type { TextRange } from '../../document.js';
import { foldKey } from '../../text/fold.js';

export interface DateMatch {
  readonly range: TextRange;
  readonly day: number;
  readonly month: number;
  readonly year: number;
  /** YYYY-MM-DD, or null when the day does not exist (31/02). */
  readonly iso: string | null;
}

// Bounded white space keeps the pattern linear (no two unbounded runs of the same class); the
// gaps may hold Markdown emphasis marks ("ngày 02 tháng* *5 năm 2024").
const GAP = '[\\s*_]{1,5}';
const WORDS = `ngay${GAP}(?<d1>\\d{1,2})${GAP}thang${GAP}(?<m1>\\d{1,2}),?${GAP}nam${GAP}(?<y1>\\d{4})`;
const NUMERIC = 'ngay\\s{1,3}(?<d2>\\d{1,2}) ?(?<sep>[/.-]) ?(?<m2>\\d{1,2}) ?\\k<sep> ?(?<y2>\\d{4})';
const DATE = `(?<![\\p{L}\\p{N}])(?:${WORDS}|${NUMERIC})(?![\\p{N}])`;

let anyRe: RegExp | undefined;
let headRe: RegExp | undefined;

/** YYYY-MM-DD for a real calendar day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function read(m: RegExpExecArray): DateMatch {
  const g = m.groups ?? {};
  const day = Number(g.d1 ?? g.d2);
  const month = Number(g.m1 ?? g.m2);
  const year = Number(g.y1 ?? g.y2);
  return { range: { start: m.index, end: m.index + m[0].length }, day, month, year, iso: isoDate(year, month, day) };
}

/** The first "ngày …" date in `text[from, to)`. `folded` is foldKey(text) when the caller has it. */
export function findDate(text: string, from = 0, to = text.length, folded?: string): DateMatch | null {
  anyRe ??= new RegExp(DATE, 'gu');
  const f = (folded ?? foldKey(text)).slice(0, to);
  anyRe.lastIndex = from;
  const m = anyRe.exec(f);
  return m ? read(m) : null;
}

/** A date that starts `text` at `pos`, after optional spaces and one comma ("…/QĐ-TTg ngày 06/8/2023"). */
export function dateAt(text: string, pos: number, folded?: string): DateMatch | null {
  headRe ??= new RegExp(`^ ?,? ?${DATE}`, 'u');
  const whole = folded ?? foldKey(text);
  // Every date opens with "ngay", and at most three units (` ?,? ?`) stand before it: asked
  // after every cited number, most places have none, so no slice and no regex there.
  if (!opensWithin(whole, 'ngay', pos, 3)) return null;
  const f = whole.slice(pos, pos + 60);
  const m = headRe.exec(f);
  if (!m) return null;
  const d = read(m);
  const lead = m[0].indexOf('ngay');
  return { ...d, range: { start: pos + lead, end: pos + m[0].length } };
}

/** Does `word` start at one of `text`'s offsets pos … pos + slack? */
function opensWithin(text: string, word: string, pos: number, slack: number): boolean {
  for (let k = 0; k <= slack; k++) if (text.startsWith(word, pos + k)) return true;
  return false;
}
