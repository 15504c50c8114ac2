/**
 * The paragraphs the list and prose readers walk: body lines outside the document header,
 * signature, recipients, site chrome and data tables, each with its list marker and level, split
 * into sentences.
 */
import type { Line, NormalizedDocument, TextRange } from '../../document.js';
import type { RegionKind, Segments } from '../../segment/types.js';
import { isUpperLine } from '../../text/patterns.js';
import { labelKindOf, phraseAt, type CompiledTaskData } from './data.js';
import { mayOpenWithMarker, PLAIN_LEVEL, readMarker, TITLE_LEVEL, type Marker } from './markers.js';
import { DIGIT, LETTER, LOWER, SPACE, UPPER, isSurrogate, unitClass } from '../../text/char-class.js';

/** `/\s/u` on the code unit at `i` (false past the end). */
function isSpaceAt(text: string, i: number): boolean {
  return i < text.length && (unitClass(text.charCodeAt(i)) & SPACE) !== 0;
}

export interface Paragraph {
  readonly start: number;
  readonly end: number;
  /** Where the text after the list marker starts. */
  readonly contentStart: number;
  readonly marker: Marker | null;
  readonly level: number;
  /** An unmarked upper-case line: a title or an annex heading. */
  readonly title: boolean;
}

const SKIPPED: ReadonlySet<RegionKind> = new Set<RegionKind>([
  'chrome',
  'issuer',
  'motto',
  'number',
  'place-date',
  'kind',
  'title',
  'authority',
  'basis',
  'signature',
  'recipients',
]);

/** Sorted, merged ranges. */
function merged(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/**
 * Whether ranges asked for in increasing order overlap one of `ranges` (sorted, merged): a
 * cursor that only moves forward, so a page with thousands of tables stays linear.
 */
function overlapCursor(ranges: readonly TextRange[]): (range: TextRange) => boolean {
  let k = 0;
  return (range) => {
    while (k < ranges.length && (ranges[k] as TextRange).end <= range.start) k++;
    const r = ranges[k];
    return r !== undefined && r.start < range.end;
  };
}

/** readMarker of a line, through a memo of the document's short lines. */
type MarkerMemo = (line: string) => Marker | null;

/** Lines up to this long have their marker kept: a list repeats its short item lines. */
const SHORT_LINE = 64;

function markerMemo(): MarkerMemo {
  const memo = new Map<string, Marker | null>();
  return (line) => {
    if (line.length > SHORT_LINE) return readMarker(line);
    let m = memo.get(line);
    if (m === undefined) {
      m = readMarker(line);
      memo.set(line, m);
    }
    return m;
  };
}

/** What the walk reads of a piece of a line. */
interface LineFacts {
  readonly marker: Marker | null;
  /** From the piece's start to the content after the marker and its spaces. */
  readonly contentOffset: number;
  /** Unmarked, short, upper case with a word: a title. */
  readonly title: boolean;
}

/**
 * Trimmed line ranges, each cut where a glued item or label starts inside it, in text order.
 * Read from the text by offsets: a line is sliced only when a first-character test says it
 * may hold a marker, a label or a breadcrumb heading.
 */
function pieces(doc: NormalizedDocument, data: CompiledTaskData, markers: MarkerMemo, labelKey: (s: string) => string): TextRange[] {
  const text = doc.text;
  const out: TextRange[] = [];
  const mayHaveRomanTail = romanTailCursor(text);
  for (const line of doc.lines as readonly Line[]) {
    // The trimmed line, by scanning rather than by trimStart()/trimEnd() copies of every line.
    let start = line.start;
    while (start < line.end && isSpaceAt(text, start)) start++;
    const end = trimEnd(text, start, line.end);
    if (end <= start) continue;
    const lineStart = start;
    for (const at of gluedCuts(text, start, end, mayHaveRomanTail(start, end), data, markers, labelKey)) {
      const cut = lineStart + at;
      out.push({ start, end: trimEnd(text, start, cut) });
      start = cut;
    }
    out.push({ start, end });
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return end;
}

const LABEL_CUT = /\s[-–*+]\s?(?=\p{Lu})/gu;
const ROMAN_TAIL = /([.:]\s+)([IVX]{1,4}\.\s+)/gu;
const NO_CUTS: readonly number[] = [];

/**
 * Where an item or a label starts inside the (trimmed) line text[start, end) that a scrape or
 * OCR glued onto the line before: the first children of a numbered heading ("3. Giải quyết …
 * 3.1. Rà soát …", "2. Nâng cao … 2.1."), and a second label after a label's value ("- Cơ quan
 * thực hiện: Sở X chủ trì … -Thời gian thực hiện: Thường xuyên."). Nothing else is cut: a
 * sentence may name "khoản 3.1." only when it is not the next child of its own line's number.
 * Offsets are from `start`.
 */
function gluedCuts(
  text: string,
  start: number,
  end: number,
  breadcrumb: boolean,
  data: CompiledTaskData,
  markers: MarkerMemo,
  labelKey: (s: string) => string,
): readonly number[] {
  const bullet = LABEL_BULLETS.has(text.charCodeAt(start));
  const numbered = mayOpenWithMarker(text, start, end);
  if (!bullet && !numbered && !breadcrumb) return NO_CUTS;
  const line = text.slice(start, end);
  const cuts: number[] = [];
  const marker = numbered ? markers(line) : null;
  if (marker?.kind === 'number' && marker.label) {
    let k = 1;
    let from = marker.length;
    for (;;) {
      const child = `${marker.label}.${k}`;
      const at = findChild(line, child, from);
      if (at < 0) break;
      cuts.push(at);
      from = at + child.length;
      k++;
    }
  }
  // A scraped breadcrumb before a heading: "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH … . III. TỔ CHỨC THỰC HIỆN".
  if (breadcrumb) {
    ROMAN_TAIL.lastIndex = 0;
    for (let m = ROMAN_TAIL.exec(line); m; m = ROMAN_TAIL.exec(line)) {
      const at = m.index + (m[1] as string).length;
      // A heading is short: only the last 200 characters of a line are looked at.
      if (line.length - at > 200) continue;
      const rest = line.slice(at + (m[2] as string).length);
      if (at > 0 && isUpperLine(rest) && /\p{L}{2,}/u.test(rest)) {
        cuts.push(at);
        break;
      }
    }
  }
  if (bullet && labelBefore(line, 1, data, labelKey)) {
    LABEL_CUT.lastIndex = 0;
    for (let m = LABEL_CUT.exec(line); m; m = LABEL_CUT.exec(line)) {
      const at = m.index + 1;
      if (labelBefore(line, at + 1, data, labelKey)) cuts.push(at);
    }
  }
  return cuts.sort((a, b) => a - b);
}

/** `/^[-–*+]/u`: the bullets a labelled line starts with. */
const LABEL_BULLETS = new Set([...'-–*+'].map((c) => c.charCodeAt(0)));

/**
 * Whether the line text[start, end) may hold ROMAN_TAIL ("[.:] spaces [IVX]"), asked of lines in
 * text order: one regex pass over the document finds every such spot, so that a line is sliced
 * for ROMAN_TAIL only when one lies inside it. (A spot never hides another: between its "." and
 * its numeral there is only white space.)
 */
function romanTailCursor(text: string): (start: number, end: number) => boolean {
  // Pairs: where the "." or ":" is, where the numeral is.
  const spots: number[] = [];
  const re = /[.:]\s+[IVX]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) spots.push(m.index, m.index + m[0].length - 1);
  let k = 0;
  return (start, end) => {
    while (k < spots.length && (spots[k] as number) < start) k += 2;
    // Only the first spot in the line can tell: a later "." would sit in its run of spaces.
    return k < spots.length && (spots[k] as number) < end && (spots[k + 1] as number) < end;
  };
}

/** " 3.1. " or " 3.1." at the end, after a space, followed by an upper-case word or nothing. */
function findChild(line: string, child: string, from: number): number {
  for (let at = line.indexOf(` ${child}.`, from); at >= 0; at = line.indexOf(` ${child}.`, at + 1)) {
    let i = at + child.length + 2;
    while (isSpaceAt(line, i)) i++;
    if (i >= line.length || /\p{Lu}/u.test(line[i] as string)) return at + 1;
  }
  return -1;
}

/** A known field label ("Thời gian thực hiện") then a colon, from `from`. */
function labelBefore(line: string, from: number, data: CompiledTaskData, labelKey: (s: string) => string): boolean {
  const head = line.slice(from, from + 61);
  const colon = head.indexOf(':');
  if (colon < 0) return false;
  return labelKindOf(data, labelKey(head.slice(0, colon))) !== null;
}

type MutableParagraph = { -readonly [K in keyof Paragraph]: Paragraph[K] };

export function paragraphsOf(
  doc: NormalizedDocument,
  segments: Segments,
  excluded: readonly TextRange[],
  data: CompiledTaskData,
  labelKey: (s: string) => string,
): Paragraph[] {
  const skipped = overlapCursor(merged([...segments.regions.filter((r) => SKIPPED.has(r.kind)), ...excluded]));
  const text = doc.text;
  // Built in place (a wrapped line extends the paragraph above it): only this loop holds them.
  const out: MutableParagraph[] = [];
  const markers = markerMemo();
  for (const range of pieces(doc, data, markers, labelKey)) {
    const { start, end } = range;
    if (skipped(range)) continue;
    const facts = lineFacts(text, start, end, markers);
    const { marker, title } = facts;
    const contentStart = start + facts.contentOffset;
    const prev = out[out.length - 1];
    // "2." alone on its line, its text on the next: one item ("2.\nGiao Sở X:" = "2. Giao Sở X:").
    if (prev && prev.marker && prev.contentStart >= prev.end && !marker && !prev.title && /^[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*$/u.test(text.slice(prev.end, start))) {
      prev.end = end;
      prev.contentStart = start;
      continue;
    }
    if (prev && !marker && !title && continuesLine(text, prev, start)) {
      prev.end = end;
      continue;
    }
    out.push({ start, end, contentStart, marker, level: title ? TITLE_LEVEL : (marker?.level ?? PLAIN_LEVEL), title });
  }
  return out;
}

/** The marker, content offset and title reading of the piece text[start, end). */
function lineFacts(text: string, start: number, end: number, markers: MarkerMemo): LineFacts {
  const marker = mayOpenWithMarker(text, start, end) ? markers(text.slice(start, end)) : null;
  let contentOffset = marker?.length ?? 0;
  while (start + contentOffset < end && isSpaceAt(text, start + contentOffset)) contentOffset++;
  const content = start + contentOffset;
  const title = !marker && end - content <= 200 && isTitleRange(text, content, end);
  return { marker, contentOffset, title };
}

/**
 * `isUpperLine(s) && /\p{L}{2,}/u.test(s)` for s = text.slice(start, end), in one pass without
 * the slice (most lines fail at their first lower-case letter; a surrogate pair goes to them).
 */
function isTitleRange(text: string, start: number, end: number): boolean {
  let upper = false;
  let word = false;
  let prevLetter = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSurrogate(c)) {
      const s = text.slice(start, end);
      return isUpperLine(s) && /\p{L}{2,}/u.test(s);
    }
    const bits = unitClass(c);
    if ((bits & LOWER) !== 0) return false;
    if ((bits & UPPER) !== 0) upper = true;
    const letter = (bits & LETTER) !== 0;
    if (letter && prevLetter) word = true;
    prevLetter = letter;
  }
  return upper && word;
}

/** `/[.;:!?"”)]/u` on one code unit: what closes a line. */
const CLOSING = new Set([...'.;:!?"”)'].map((c) => c.charCodeAt(0)));

/**
 * A line that goes on with the paragraph above it (text wrapped at a fixed width, a Markdown
 * soft break): right under it, the line above ends without closing punctuation, and this one
 * starts in lower case or after a comma ("1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp" /
 * "với Sở Tài chính; …").
 */
function continuesLine(text: string, prev: Paragraph, start: number): boolean {
  if (prev.title) return false;
  const last = prev.end > 0 ? text.charCodeAt(prev.end - 1) : -1;
  if (CLOSING.has(last)) return false;
  if (!((start < text.length && (unitClass(text.charCodeAt(start)) & LOWER) !== 0) || last === 0x2c)) return false;
  return oneLineBreakBetween(text, prev.end, start);
}

/** `/^[^\S\n]*\n[^\S\n]*$/u` on text[from, to): white space holding exactly one "\n". */
function oneLineBreakBetween(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) breaks++;
    else if ((unitClass(c) & SPACE) === 0) return false;
  }
  return breaks === 1;
}

/** `/[\p{Lu}\p{N}"“(]/u` on the code unit at `k`: what may start a sentence. */
function startsSentence(text: string, k: number): boolean {
  const ch = text[k];
  return ch === '"' || ch === '“' || ch === '(' || (unitClass(text.charCodeAt(k)) & (UPPER | DIGIT)) !== 0;
}

/** What may end a sentence or a clause. */
const STOPS = /[.!?;]/gu;

const ABBREVIATION = /(?:^|[\s(])(?:Tp|TP|Đ\/c|đ\/c|ThS|TS|PGS|GS|BS|Q|P|TX|TT)$/u;

/**
 * Sentences of [start, end): cut after ". ", "! ", "? " before a capital letter, a digit or a
 * quote (not after an abbreviation such as "TP."), and before "; giao …"/"; đề nghị …" so that
 * two assignments in one sentence stay two.
 */
export function sentencesOf(data: CompiledTaskData, text: string, key: string, start: number, end: number): TextRange[] {
  const out: TextRange[] = [];
  let s = start;
  // The stops are found by a regex over the range (a view of the text, not a copy), not by
  // reading every character.
  const range = text.slice(start, end);
  STOPS.lastIndex = 0;
  for (let m = STOPS.exec(range); m; m = STOPS.exec(range)) {
    const i = start + m.index;
    const ch = m[0];
    if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < end && (text[j] === '.' || text[j] === '/')) j++;
      if (j >= end || !isSpaceAt(text, j)) continue;
      let k = j;
      while (k < end && isSpaceAt(text, k)) k++;
      if (k >= end || !startsSentence(text, k)) continue;
      if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(s, i - 6), i))) continue;
      out.push({ start: s, end: j });
      s = k;
      STOPS.lastIndex = k - start;
    } else {
      // ";"
      let k = i + 1;
      while (k < end && isSpaceAt(text, k)) k++;
      if (k < end && phraseAt(data.directive, key, k) > 0) {
        out.push({ start: s, end: i });
        s = k;
        STOPS.lastIndex = k - start;
      }
    }
  }
  if (s < end) out.push({ start: s, end });
  return out;
}
