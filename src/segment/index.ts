/**
 * segment(doc) → typed regions, by reading lines the way ND 30/2020 lays a document out:
 * issuer and motto, number and place–date, kind and title, authority, basis, body,
 * recipients and signature, annexes. A page without the formal header is a news page.
 */
import { foldKey, foldedText } from '../text/fold.js';
import { isUpperLine } from '../text/patterns.js';
import { SPACE, unitClass } from '../text/char-class.js';
import type { Line, NormalizedDocument } from '../document.js';
import { chromeFlags } from './chrome.js';
import type { Region, RegionKind, Segments } from './types.js';

const MOTTO = /^(cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc|dang cong san viet nam)/u;
const NUMBER_LINE = /^so\s{0,4}[:.]?\s{0,4}\d/u;
const NUMBER_LINE_EMPTY = /^so\s*:/u;
/** "Số: 435/QĐ-…": the number right after "Số". */
const NUMBER_LEAD = /^so\s{0,4}[:.]?\s{0,4}\d{1,6}[a-z]?\s{0,4}[/-]/u;
const MOTTO_INLINE = 'cong hoa xa hoi chu nghia viet nam';
const PLACE_DATE = /ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}|ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|, ngay\s*\.{2,}/u;
const SEPARATOR = /^[-–—_=*.\s]{3,}$/u;
const KIND_LINE =
  /^(quyet dinh|thong bao|ke hoach|chi thi|cong van|cong dien|nghi quyet|nghi dinh|thong tu|bao cao|to trinh|huong dan|chuong trinh|quy che|quy dinh|thong cao|phuong an|de an|bien ban|giay moi|ket luan|luat|phap lenh|lenh|van ban hop nhat)\b/u;
const BASIS = /^(can cu|theo de nghi|xet de nghi|thuc hien|theo (chi dao|y kien)|xet (to trinh|bao cao))/u;
/** A line whose key opens with this is the recipients line ("Nơi nhận:"). */
const RECIPIENTS_KEY = 'noi nhan';
const RECIPIENT_ITEM = /^[-+•·*]\s*|^(luu|nhu tren|nhu dieu)/u;
const AUTHORITY_PREFIX = /^(tm|kt|tl|tuq|q)\s*[./]\s*\S|^(t\/m|k\/t|t\/l)\s/u;
const ANNEX_HEAD = /^\((ban hanh |kem theo|kem |ban hanh kem)/u;
const DECISION_MARK = /^(quyet dinh|chi thi|nghi quyet)\s*:\s*$/u;

/** Most issuer lines read after the motto (a right-column-first header): the window searched before it. */
const ISSUER_AFTER_MOTTO = 6;

function add(regions: Region[], lines: readonly Line[], kind: RegionKind, first: number, last: number): void {
  if (first < 0 || last < first) return;
  const a = lines[first] as Line;
  const b = lines[last] as Line;
  regions.push({ kind, start: a.start, end: b.end, firstLine: first, lastLine: last });
}

/** A line of white space only (what `text.trim()` empties), found without building the trimmed copy. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if ((unitClass(text.charCodeAt(i)) & SPACE) === 0) return false;
  return true;
}

/** `text.trim().length`, without building the trimmed copy. */
function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && (unitClass(text.charCodeAt(start)) & SPACE) !== 0) start++;
  while (end > start && (unitClass(text.charCodeAt(end - 1)) & SPACE) !== 0) end--;
  return end - start;
}

function nextNonBlank(lines: readonly Line[], from: number, limit = lines.length): number {
  for (let i = from; i < Math.min(limit, lines.length); i++) if (!isBlank((lines[i] as Line).text)) return i;
  return -1;
}

/** A line's matching key (see segment), by index. */
type KeyOf = (line: number) => string;

/**
 * Keys for matching only: the folded line without the cell bars and emphasis marks of
 * flattened Markdown tables ("| Số: 467/TB-VPCP | *Hà Nội, ngày …* |"). Offsets are never
 * taken from keys. Each is made the first time it is asked for: most lines of a long
 * document are never matched against anything.
 */
function lineKeys(lines: readonly Line[], folded: string): KeyOf {
  const keys: (string | undefined)[] = [];
  return (i) => {
    let k = keys[i];
    if (k === undefined) {
      const l = lines[i] as Line;
      const [from, to] = tableDecorBounds(l.text);
      k = folded.slice(l.start + from, l.start + to);
      keys[i] = k;
    }
    return k;
  };
}

/** Does the key of `line` open with `prefix`? Read in the folded text: no key is made. */
function keyOpensWith(line: Line, folded: string, prefix: string): boolean {
  const [from, to] = tableDecorBounds(line.text);
  return to - from >= prefix.length && folded.startsWith(prefix, line.start + from);
}

/**
 * What the phases of segment() share. Built in one place (scanOf) so every phase sees one
 * object shape.
 */
interface Scan {
  readonly doc: NormalizedDocument;
  readonly lines: readonly Line[];
  readonly n: number;
  readonly folded: string;
  readonly key: KeyOf;
  /** Lines that belong to the site (chromeFlags). */
  readonly chrome: readonly boolean[];
  readonly regions: Region[];
}

/** The formal header's anchors: the motto, number and place–date lines (-1 when absent). */
interface HeaderLines {
  readonly motto: number;
  readonly numberLine: number;
  readonly dateLine: number;
  readonly dateLast: number;
}

/**
 * segment() runs once per document as one pass of phases. It is split into the named
 * phase functions below rather than one long function: V8's optimising compiler compiled
 * the single 255-line function in 140–475 ms on its helper threads, again in every worker.
 */
export function segment(doc: NormalizedDocument): Segments {
  const lines = doc.lines;
  const folded = foldedText(doc);
  const s: Scan = { doc, lines, n: lines.length, folded, key: lineKeys(lines, folded), chrome: chromeFlags(doc), regions: [] };
  const { n, chrome, regions } = s;

  // Chrome: whole lines that belong to the site.
  for (let i = 0; i < n; i++) if (chrome[i]) add(regions, lines, 'chrome', i, i);

  const header = headerLines(s);
  const { motto, numberLine, dateLine } = header;
  const formal = motto >= 0 || (numberLine >= 0 && dateLine >= 0 && Math.abs(numberLine - dateLine) < 8);
  const isNewsPage = !formal;

  const cursor = formal ? formalHeader(s, header) : newsContentStart(s);
  const { bodyEnd, tailStart } = recipientsAndSignature(s, cursor, formal);
  const annexStarts = annexStartLines(s, cursor, tailStart);
  annexStarts.forEach((start, k) => {
    const end = (annexStarts[k + 1] ?? n) - 1;
    add(regions, lines, 'annex', start, end);
  });
  const bodyStop = Math.min(bodyEnd, (annexStarts[0] ?? n) - 1);
  if (bodyStop >= cursor) {
    const from = nextNonBlank(lines, cursor, bodyStop + 1);
    if (from >= 0) add(regions, lines, 'body', from, bodyStop);
  }
  addTables(s);

  regions.sort((a, b) => a.start - b.start || a.end - b.end);
  // A page without chrome (most) hands on its own lines rather than a copy of them.
  const contentLines = chrome.includes(true) ? lines.filter((_, i) => !chrome[i]) : lines;
  return { regions, isNewsPage, contentLines };
}

/** The motto line near the top (-1 when the page has none). */
function mottoLine(s: Scan): number {
  const { lines, n, folded, key, chrome } = s;
  const searchLimit = Math.min(n, 400);
  let motto = -1;
  for (let i = 0; i < searchLimit; i++) {
    if (!chrome[i] && MOTTO.test(key(i))) {
      motto = i;
      break;
    }
  }
  // Flattened headers ("PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM …" on one line):
  // the motto printed in capitals inside one of the first lines. Only looked for line by line
  // when the folded text of those lines holds it at all.
  const inlineLines = Math.min(n, 40);
  const inlineEnd = inlineLines > 0 ? (lines[inlineLines - 1] as Line).end : 0;
  const hasInline = motto < 0 && folded.slice(0, inlineEnd).includes(MOTTO_INLINE);
  for (let i = 0; hasInline && motto < 0 && i < inlineLines; i++) {
    const text = (lines[i] as Line).text.trim();
    const at = foldKey(text).indexOf(MOTTO_INLINE);
    if (!chrome[i] && at > 0 && text.length < 400 && isUpperLine(text.slice(at, at + MOTTO_INLINE.length))) motto = i;
  }
  // A motto wrapped over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM") above "Độc lập …":
  // it starts at the first of them.
  for (let back = 1; motto > 0 && back <= 2; back++) {
    const parts: string[] = [];
    for (let j = Math.max(0, motto - back); j < motto; j++) parts.push(key(j));
    const joined = parts.join(' ');
    if (motto - back >= 0 && joined === MOTTO_INLINE) {
      motto -= back;
      break;
    }
  }
  return motto;
}

/** The motto, and the number and place–date lines around it (or near the top without one). */
function headerLines(s: Scan): HeaderLines {
  const { lines, n, key, chrome } = s;
  const motto = mottoLine(s);
  let numberLine = -1;
  let dateLine = -1;
  let dateLast = -1;
  const headerFrom = motto >= 0 ? Math.max(0, motto - 12) : 0;
  const headerTo = motto >= 0 ? Math.min(n, motto + 14) : Math.min(n, 30);
  for (let i = headerFrom; i < headerTo; i++) {
    if (chrome[i]) continue;
    const k = key(i);
    // A long line qualifies when it opens with the number or holds the date near its start
    // (flattened headers: "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH …").
    const len = (lines[i] as Line).text.length;
    if (numberLine < 0 && (NUMBER_LINE.test(k) || NUMBER_LINE_EMPTY.test(k)) && (len < 120 || NUMBER_LEAD.test(k))) numberLine = i;
    if (dateLine < 0 && (len < 140 ? PLACE_DATE.test(k) : PLACE_DATE.test(k.slice(0, 120)))) dateLine = dateLast = i;
    // "Thái Nguyên, ngày" / "19 tháng 11 năm 2025": a date wrapped onto the next line.
    if (dateLine < 0 && k.includes(', ngay') && i + 1 < n && len < 80 && PLACE_DATE.test(`${k} ${key(i + 1)}`.slice(0, 140))) {
      dateLine = i;
      dateLast = i + 1;
    }
  }
  return { motto, numberLine, dateLine, dateLast };
}

/** The regions of a formal header (issuer, motto, number, place–date, kind, title, authority, basis); returns the line after them. */
function formalHeader(s: Scan, h: HeaderLines): number {
  const { lines, regions } = s;
  const { motto, numberLine, dateLine, dateLast } = h;
  addIssuer(s, h);
  if (motto >= 0) addMotto(s, motto);
  if (numberLine >= 0) add(regions, lines, 'number', numberLine, numberLine);
  if (dateLine >= 0) add(regions, lines, 'place-date', dateLine, dateLast);
  let cursor = Math.max(motto, numberLine, dateLast) + 1;
  cursor = kindAndTitle(s, numberLine, cursor);
  return basisLines(s, cursor);
}

/** Issuer lines: upper-case lines just before the motto (or before the number line), else right after the motto. */
function addIssuer(s: Scan, h: HeaderLines): void {
  const { lines, n, key, chrome, regions } = s;
  const { motto, numberLine } = h;
  const anchor = motto >= 0 ? motto : numberLine;
  let first = anchor;
  for (let i = anchor - 1; i >= Math.max(0, anchor - 6); i--) {
    const t = (lines[i] as Line).text.trim();
    if (!t) continue;
    // Rules and letterless table debris ("|" of a flattened layout table) sit between header parts.
    if (SEPARATOR.test(t) || !/\p{L}/u.test(t)) continue;
    if (chrome[i] || !isUpperLine(t) || t.length > 120) break;
    first = i;
  }
  if (first < anchor) {
    let last = anchor - 1;
    while (last > first && (!/\p{L}/u.test((lines[last] as Line).text) || SEPARATOR.test((lines[last] as Line).text.trim()))) last--;
    add(regions, lines, 'issuer', first, last);
  } else if (motto >= 0) {
    // Issuer printed after the motto (right column first): upper-case lines after the motto lines.
    let i = nextNonBlank(lines, motto + 1);
    if (i >= 0 && MOTTO.test(key(i))) i = nextNonBlank(lines, i + 1);
    const start = i;
    let last = -1;
    // At most as many lines as the header above the motto is searched over: a page of
    // upper-case lines is no issuer (and the issuer's readers then read it all).
    for (let count = 0; count < ISSUER_AFTER_MOTTO && i >= 0 && i < n && i !== numberLine && isUpperLine((lines[i] as Line).text.trim()) && !SEPARATOR.test((lines[i] as Line).text.trim()); count++) {
      last = i;
      i = nextNonBlank(lines, i + 1);
    }
    if (last >= 0) add(regions, lines, 'issuer', start, last);
  }
}

/** The motto region: its line, the wrapped second line, then "Độc lập - Tự do - Hạnh phúc". */
function addMotto(s: Scan, motto: number): void {
  const { lines, key, regions } = s;
  let last = motto;
  let nx = nextNonBlank(lines, motto + 1);
  if (nx >= 0 && !MOTTO.test(key(motto)) && key(motto).indexOf(MOTTO_INLINE) < 0) {
    last = nx;
    nx = nextNonBlank(lines, nx + 1);
  }
  if (nx >= 0 && MOTTO.test(key(nx))) last = nx;
  add(regions, lines, 'motto', motto, last);
}

/** Kind, title and authority lines from `cursor`; returns the line after them. */
function kindAndTitle(s: Scan, numberLine: number, from: number): number {
  const { lines, n, key, regions } = s;
  let cursor = from;
  let i = nextNonBlank(lines, cursor);
  // Skip debris before the kind line: letterless lines ("|" of a flattened layout table) and
  // a stray character or two (the "Â" a mis-decoded NBSP leaves).
  while (i >= 0 && (!/\p{L}/u.test((lines[i] as Line).text) || (lines[i] as Line).text.trim().length <= 2)) i = nextNonBlank(lines, i + 1);
  // A công văn: "V/v …" near the number line.
  for (let j = Math.max(0, numberLine); numberLine >= 0 && j < Math.min(n, numberLine + 6); j++) {
    // A kind line before it ("NGHỊ QUYẾT" / "VỀ VIỆC …"): a titled document, not a công văn.
    if (KIND_LINE.test(key(j)) && isUpperLine((lines[j] as Line).text)) break;
    if (/^v\/v\b|^ve viec\b/u.test(key(j))) {
      let last = j;
      // The subject may run over several lines and cite a date ("ngày 21/5/2026 của Chính phủ"); a
      // place–date line ("Lào Cai, ngày …") or "Kính gửi" ends it.
      while (last + 1 < n && !isBlank((lines[last + 1] as Line).text) && !NUMBER_LINE.test(key(last + 1)) && !(PLACE_DATE.test(key(last + 1)) && key(last + 1).includes(', ngay')) && last - j < 6 && !BASIS.test(key(last + 1)) && !DECISION_MARK.test(key(last + 1)) && !/^kinh gui/u.test(key(last + 1))) last++;
      add(regions, lines, 'title', j, last);
      cursor = Math.max(cursor, last + 1);
      i = nextNonBlank(lines, cursor);
      break;
    }
  }
  if (i >= 0 && KIND_LINE.test(key(i)) && isUpperLine((lines[i] as Line).text) && (lines[i] as Line).text.length < 60) {
    add(regions, lines, 'kind', i, i);
    const titleEnd = titleLastLine(s, i);
    if (titleEnd >= 0) {
      add(regions, lines, 'title', nextNonBlank(lines, i + 1), titleEnd);
      cursor = titleEnd + 1;
    } else cursor = i + 1;
    cursor = authorityLines(s, cursor);
  }
  return cursor;
}

/** The last title line after the kind line `kind` (-1 when there is none). */
function titleLastLine(s: Scan, kind: number): number {
  const { lines, key } = s;
  let t = nextNonBlank(lines, kind + 1);
  const titleStart = t;
  let titleEnd = -1;
  let count = 0;
  while (t >= 0 && count < 6) {
    const k = key(t);
    const text = (lines[t] as Line).text.trim();
    if (BASIS.test(k) || DECISION_MARK.test(k) || /^kinh gui/u.test(k) || SEPARATOR.test(text)) break;
    if (count > 0 && isUpperLine(text) && titleEnd >= 0 && !isUpperLine((lines[titleEnd] as Line).text)) break;
    // Upper-case title lines, or a sentence-case subject ("Về việc …") right after the kind.
    if (count > 0 && isUpperLine(text) !== isUpperLine((lines[titleStart] as Line).text)) break;
    titleEnd = t;
    count++;
    const nx = nextNonBlank(lines, t + 1);
    // A blank line ends the title unless the next line continues in the same case.
    if (nx !== t + 1 && nx !== t + 2) break;
    // After a blank line, an upper-case block followed by the basis is the authority line
    // ("BỘ TRƯỞNG BỘ VĂN HÓA, …" before "Căn cứ …"), not more title.
    if (nx === t + 2 && isAuthorityBlock(lines, key, nx)) break;
    t = nx;
  }
  return titleEnd;
}

/** Authority line(s) before the basis, from `cursor`; returns the line after them. */
function authorityLines(s: Scan, cursor: number): number {
  const { lines, key, regions } = s;
  let a = nextNonBlank(lines, cursor);
  const aStart = a;
  let aEnd = -1;
  while (a >= 0 && a - aStart < 6 && isUpperLine((lines[a] as Line).text.trim()) && !DECISION_MARK.test(key(a))) {
    aEnd = a;
    a = nextNonBlank(lines, a + 1);
  }
  if (aEnd >= 0 && a >= 0 && (BASIS.test(key(a)) || DECISION_MARK.test(key(a)))) {
    add(regions, lines, 'authority', aStart, aEnd);
    return aEnd + 1;
  }
  return cursor;
}

/** Basis lines from `cursor`; returns the line after them. */
function basisLines(s: Scan, cursor: number): number {
  const { lines, key, regions } = s;
  let b = nextNonBlank(lines, cursor);
  let bStart = -1;
  let bEnd = -1;
  while (b >= 0 && BASIS.test(key(b))) {
    if (bStart < 0) bStart = b;
    bEnd = b;
    b = nextNonBlank(lines, b + 1);
  }
  if (bStart >= 0) {
    add(regions, lines, 'basis', bStart, bEnd);
    return bEnd + 1;
  }
  return cursor;
}

/** News page: content starts at the first non-chrome, non-blank line. */
function newsContentStart(s: Scan): number {
  const { lines, n, chrome } = s;
  let cursor = 0;
  while (cursor < n && (chrome[cursor] || isBlank((lines[cursor] as Line).text))) cursor++;
  return cursor;
}

/**
 * Recipients and signature: the first "Nơi nhận" after the header, and the short lines
 * around it. Returns the body's last line and the first line of the tail.
 */
function recipientsAndSignature(s: Scan, cursor: number, formal: boolean): { bodyEnd: number; tailStart: number } {
  const { lines, n, folded, key, regions } = s;
  let recipients = -1;
  for (let i = cursor; i < n; i++) if (keyOpensWith(lines[i] as Line, folded, RECIPIENTS_KEY)) { recipients = i; break; }
  let bodyEnd = n - 1;
  let tailStart = n;
  if (recipients >= 0) {
    let last = recipients;
    for (let i = recipients + 1; i < Math.min(n, recipients + 60); i++) {
      const t = (lines[i] as Line).text.trim();
      if (!t) continue;
      if (RECIPIENT_ITEM.test(key(i)) || (last === recipients && t.length < 200)) last = i;
      else break;
    }
    add(regions, lines, 'recipients', recipients, last);
    tailStart = recipients;
    bodyEnd = recipients - 1;
    // Signature block: short lines right after the recipients (HTML/plain two-column order),
    // or right before them.
    const sig = findSignature(lines, key, last + 1) ?? findSignatureBefore(lines, key, recipients - 1);
    if (sig) {
      add(regions, lines, 'signature', sig[0], sig[1]);
      if (sig[0] < recipients) bodyEnd = Math.min(bodyEnd, sig[0] - 1);
      tailStart = Math.min(tailStart, sig[0]);
    }
  } else if (formal) {
    // No recipients: the signature block is the short upper-case run near the end of the body.
    const sig = findSignatureBefore(lines, key, n - 1, true);
    if (sig) {
      add(regions, lines, 'signature', sig[0], sig[1]);
      bodyEnd = sig[0] - 1;
    }
  }
  return { bodyEnd, tailStart };
}

/** Annexes after the signature: an upper-case heading followed by "(Ban hành kèm theo …)". */
function annexStartLines(s: Scan, cursor: number, tailStart: number): number[] {
  const { lines, n, folded, key } = s;
  const annexStarts: number[] = [];
  // Asked of every short upper-case line of the tail: the keys' first characters are read in
  // the folded text first ("(" for ANNEX_HEAD, "phu luc"), so most lines make no key.
  const annexHead = (j: number): boolean => j >= 0 && keyOpensWith(lines[j] as Line, folded, '(') && ANNEX_HEAD.test(key(j));
  for (let i = Math.max(cursor, tailStart === n ? cursor : tailStart); i < n; i++) {
    // Spaces are no letters: the line's own text answers isUpperLine as its trimmed text would.
    const text = (lines[i] as Line).text;
    const length = trimmedLength(text);
    if (length === 0 || length > 80 || !isUpperLine(text)) continue;
    const nx = nextNonBlank(lines, i + 1);
    const nx2 = nx >= 0 ? nextNonBlank(lines, nx + 1) : -1;
    if (annexHead(nx) || annexHead(nx2) || (keyOpensWith(lines[i] as Line, folded, 'phu luc') && /^phu luc\b/u.test(key(i)))) {
      if (annexStarts.length === 0 || i > (annexStarts[annexStarts.length - 1] as number) + 3) annexStarts.push(i);
    }
  }
  return annexStarts;
}

/** A table region per table of the document, over the lines it spans. */
function addTables(s: Scan): void {
  const { doc, lines, n, regions } = s;
  for (const t of doc.tables) {
    const first = firstLineEndingAtOrAfter(lines, t.range.start);
    let last = first;
    while (last + 1 < n && (lines[last + 1] as Line).start < t.range.end) last++;
    if (first >= 0) regions.push({ kind: 'table', start: t.range.start, end: t.range.end, firstLine: first, lastLine: last });
  }
}

/** The first line whose end is at or after `offset`, or -1 (bisection: lines are in text order). */
function firstLineEndingAtOrAfter(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as Line).end >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < lines.length ? lo : -1;
}

/** Where a line is without the bars, emphasis marks and spaces around it: [from, to) in the line. */
function tableDecorBounds(text: string): [number, number] {
  let start = 0;
  let end = text.length;
  while (start < end && isTableDecor(text.charCodeAt(start))) start++;
  while (end > start && isTableDecor(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** "|", "*", "_", space or tab (by code: asked at both ends of most lines). */
function isTableDecor(code: number): boolean {
  return code === 0x7c || code === 0x2a || code === 0x5f || code === 0x20 || code === 0x09;
}

/** Upper-case lines from `from` (no blank between them), then, after blanks, a basis or "QUYẾT ĐỊNH:" line. */
function isAuthorityBlock(lines: readonly Line[], key: KeyOf, from: number): boolean {
  let i = from;
  while (i < lines.length && i - from < 4 && isUpperLine((lines[i] as Line).text.trim()) && !DECISION_MARK.test(key(i))) i++;
  if (i === from || (i < lines.length && !isBlank((lines[i] as Line).text))) return false;
  const next = nextNonBlank(lines, i);
  return next >= 0 && (BASIS.test(key(next)) || DECISION_MARK.test(key(next)));
}

/** Short lines forming a signature block, starting at `from`. */
function findSignature(lines: readonly Line[], key: KeyOf, from: number): [number, number] | null {
  const start = nextNonBlank(lines, from, from + 4);
  if (start < 0) return null;
  const t0 = (lines[start] as Line).text.trim();
  if (!(isUpperLine(t0) || AUTHORITY_PREFIX.test(key(start))) || t0.length > 90) return null;
  let end = start;
  for (let i = start + 1; i < Math.min(lines.length, start + 12); i++) {
    const t = (lines[i] as Line).text.trim();
    if (!t) {
      if (nextNonBlank(lines, i + 1, i + 3) < 0) break;
      continue;
    }
    if (t.length > 90 || ANNEX_HEAD.test(key(i))) break;
    // An annex heading (upper case, followed by "(Ban hành kèm theo …)") ends the block.
    const nx = nextNonBlank(lines, i + 1, i + 4);
    if (nx >= 0 && ANNEX_HEAD.test(key(nx))) break;
    end = i;
    // A name line (not upper case) usually closes the block.
    if (!isUpperLine(t) && /^\p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*){1,5}$/u.test(t)) break;
  }
  return [start, end];
}

/** The signature block that ends at or before `to`, reading upwards. */
function findSignatureBefore(lines: readonly Line[], key: KeyOf, to: number, requirePrefix = false): [number, number] | null {
  let end = to;
  while (end >= 0 && isBlank((lines[end] as Line).text)) end--;
  if (end < 0) return null;
  let start = end;
  let sawUpper = false;
  let sawPrefix = false;
  for (let i = end; i >= Math.max(0, end - 8); i--) {
    const t = (lines[i] as Line).text.trim();
    if (!t) continue;
    if (t.length > 90 || /[.;:]$/u.test(t) && !AUTHORITY_PREFIX.test(key(i))) break;
    if (isUpperLine(t)) sawUpper = true;
    if (AUTHORITY_PREFIX.test(key(i))) sawPrefix = true;
    start = i;
  }
  if (!sawUpper || start === end && !sawPrefix) return null;
  if (requirePrefix && !sawPrefix && end - start > 4) return null;
  return [start, end];
}
