/**
 * Lines that belong to the website, not to the document: loading banners, skip links,
 * tickers, visitor counters, comment boxes. Kept as data so a new portal is one entry.
 */
import type { Line, NormalizedDocument } from '../document.js';
import { SPACE, unitClass } from '../text/char-class.js';
import { foldKey, foldedText } from '../text/fold.js';

/** Folded (no marks, lower case) prefixes or whole lines. */
const CHROME_LINES: readonly RegExp[] = [
  /^skip (ribbon commands|to main content)/u,
  /^dang tai noi dung/u,
  /^he thong phap luat$/u,
  /^(thong ke trong ngay|luot truy cap|tong so truy cap|dang truy cap|su kien)\b/u,
  /^(them nhan xet moi|binh luan cua ban|loi: vui long thu lai|gui binh luan|chia se|in trang|luu lai|tai ve|tai file|ban in)/u,
  /^(mac dinh )?co chu\b/u,
  /^(trang chu|dang nhap|dang ky|lien he|so do trang|tim kiem)$/u,
  /^(link goc|nguon|theo) ?:?\s*https?:/u,
];

export function isChromeLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && isChromeTrimmed(t, foldKey(t));
}

/**
 * CHROME_LINES as one pattern: every line of every document is tested, and one anchored
 * alternation that fails on a line's first characters costs a single regex call, not eight.
 */
let anyChromeLine: RegExp | undefined;

/** A trimmed, non-empty line and its folded key. */
function isChromeTrimmed(t: string, k: string): boolean {
  anyChromeLine ??= new RegExp(CHROME_LINES.map((re) => `(?:${re.source})`).join('|'), 'u');
  if (anyChromeLine.test(k)) return true;
  // News tickers: several headlines joined by "|" on one line.
  if (countSpacedBars(t) >= 3) return true;
  return false;
}

/** White space as String.prototype.trim sees it (the same units as `/\s/u`). */
function isTrimmable(code: number): boolean {
  return (unitClass(code) & SPACE) !== 0;
}

/** How many "|" stand between white space (a counted loop: a regex here backtracks). */
function countSpacedBars(t: string): number {
  let n = 0;
  for (let i = t.indexOf('|', 1); i !== -1 && i < t.length - 1; i = t.indexOf('|', i + 1)) {
    if (isTrimmable(t.charCodeAt(i - 1)) && isTrimmable(t.charCodeAt(i + 1))) n++;
  }
  return n;
}

const flagsByLines = new WeakMap<readonly Line[], readonly boolean[]>();

/**
 * isChromeLine of every line of a document, computed once per document (segment and the
 * body index both ask); each line's key is a slice of the folded text, not a fold of its own.
 */
export function chromeFlags(doc: Pick<NormalizedDocument, 'text' | 'lines'>): readonly boolean[] {
  const lines = doc.lines;
  let flags = flagsByLines.get(lines);
  if (!flags) {
    const folded = foldedText(doc);
    // Pushed, not `lines.map(…)`: V8's optimised map makes holey arrays and the builtin
    // packed ones, so readers of the flags saw two array maps and were deoptimised ("wrong map").
    const made: boolean[] = [];
    for (const l of lines) {
      let a = l.start;
      let b = l.end;
      while (a < b && isTrimmable(doc.text.charCodeAt(a))) a++;
      while (b > a && isTrimmable(doc.text.charCodeAt(b - 1))) b--;
      made.push(a < b && isChromeTrimmed(doc.text.slice(a, b), folded.slice(a, b)));
    }
    flags = made;
    flagsByLines.set(lines, flags);
  }
  return flags;
}
