/**
 * The bottom of a document as pieces of text in reading streams.
 *
 * A signature block and the "Nơi nhận" list stand side by side (recipients left, signature
 * right). Depending on how the page was scraped they reach us as
 * - two HTML table cells, one after the other in the text (the table grid says which column
 *   a line belongs to);
 * - Markdown table cells on one line (`| Nơi nhận: … | KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG |`);
 * - plain-text columns separated by a run of spaces or a tab;
 * - lines interleaved row by row (handled later: recipient lines do not end a block).
 * Each piece carries a `stream` key (table cell column, Markdown cell, text column), so a
 * block is read down its own column. Site chrome is left out.
 */
import type { NormalizedDocument, TextRange } from '../../document.js';
import type { RegionKind, Segments } from '../../segment/types.js';
import { isSpaceCode } from './trim.js';
import { NextOccurrence } from './occurrences.js';

export interface Piece extends TextRange {
  readonly text: string;
  /** Column key: pieces with the same key are read top to bottom as one stream. */
  readonly stream: string;
  /** 0-based line index. */
  readonly line: number;
}

/**
 * Only site chrome is left out. The formal header is read like the rest: it holds no name,
 * so it yields no block, and a segmentation that mistakes a signature for a header (an
 * excerpt without its header, "CHỦ TỊCH / NƯỚC CỘNG HÒA …" read as issuer and motto) must
 * not hide the signer.
 */
const SKIPPED_REGIONS: ReadonlySet<RegionKind> = new Set(['chrome']);

/** A text column starting this far right (in characters, tab = 8) is the right-hand column. */
const RIGHT_COLUMN = 20;

/** Characters Markdown and scraping leave around a piece (`/[\s*_\\#>`|]/u`); never part of its content. */
export function isEdge(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x5c || c === 0x23 || c === 0x3e || c === 0x60 || c === 0x7c || isSpaceCode(c);
}

interface CellSpan {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

function cellIndex(doc: NormalizedDocument, streamKeys: StreamKeys): CellSpan[] {
  const cells: CellSpan[] = [];
  doc.tables.forEach((t, ti) => {
    for (const row of t.rows) {
      for (const c of row) if (c.origin && c.range.end > c.range.start) cells.push({ start: c.range.start, end: c.range.end, key: streamKeys.column(ti, c.col) });
    }
  });
  cells.sort((a, b) => a.start - b.start || b.end - a.end);
  return cells;
}

/** The innermost table cell holding `pos`, by binary search over cell starts. */
function cellAt(cells: readonly CellSpan[], pos: number): CellSpan | undefined {
  let lo = 0;
  let hi = cells.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((cells[mid] as CellSpan).start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Walk back over a few cells: an enclosing cell starts earlier and ends later.
  for (let i = found, n = 0; i >= 0 && n < 64; i--, n++) {
    const c = cells[i] as CellSpan;
    if (c.end >= pos) return c;
  }
  return undefined;
}

function skippedLines(doc: NormalizedDocument, segments: Segments): boolean[] {
  const skip = new Array<boolean>(doc.lines.length).fill(false);
  for (const r of segments.regions) {
    if (!SKIPPED_REGIONS.has(r.kind)) continue;
    for (let i = r.firstLine; i <= r.lastLine && i < skip.length; i++) skip[i] = true;
  }
  return skip;
}

/** Trim white space and Markdown decoration at both ends of a range. */
export function trimPiece(text: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  while (s < e && isEdge(text.charCodeAt(s))) s++;
  while (e > s && isEdge(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/**
 * Whether a line may hold a cut point of splitLine ('|', `<br>`, a tab, a run of 3+ spaces):
 * most lines hold none and are one piece, read without the regex and its closures.
 */
function mayHoldCut(text: string, start: number, end: number): boolean {
  let spaces = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0xa0) {
      if (++spaces >= 3) return true;
      continue;
    }
    spaces = 0;
    if (c === 0x7c || c === 0x3c || c === 0x09) return true;
  }
  return false;
}

/**
 * mayHoldCut for the lines of one document, asked in text order: the cut characters are
 * found by one indexOf per occurrence over the whole text, so a line holding none (most of
 * them) is not scanned. A run of spaces may mix in no-break spaces: a line holding one is
 * scanned as before.
 */
class CutFinder {
  private readonly bar: NextOccurrence;
  private readonly tag: NextOccurrence;
  private readonly tab: NextOccurrence;
  private readonly spaces: NextOccurrence;
  private readonly nbsp: NextOccurrence;
  constructor(private readonly text: string) {
    this.bar = new NextOccurrence(text, '|');
    this.tag = new NextOccurrence(text, '<');
    this.tab = new NextOccurrence(text, '\t');
    this.spaces = new NextOccurrence(text, '   ');
    this.nbsp = new NextOccurrence(text, '\u00a0');
  }

  mayHold(start: number, end: number): boolean {
    if (this.nbsp.within(start, end)) return mayHoldCut(this.text, start, end);
    return this.bar.within(start, end) || this.tag.within(start, end) || this.tab.within(start, end) || this.spaces.within(start, end);
  }
}

/**
 * The stream keys of one page, each built once and shared: atoms are grouped by them, and a
 * key string made anew for every piece of a table (its column changing from one piece to the
 * next) was hashed anew each time.
 */
class StreamKeys {
  private readonly columns: string[][] = [];
  private readonly pieces = new Map<string, string[]>();

  /** `t${table}:${col}`: the stream of a table column. */
  column(table: number, col: number): string {
    const keys = (this.columns[table] ??= []);
    return (keys[col] ??= `t${table}:${col}`);
  }

  /** `${base}:${cell}:${right ? 1 : 0}`: a piece's stream in its line's cell and text column. */
  piece(base: string, cell: number, right: boolean): string {
    let keys = this.pieces.get(base);
    if (keys === undefined) {
      keys = [];
      this.pieces.set(base, keys);
    }
    return (keys[cell * 2 + (right ? 1 : 0)] ??= `${base}:${cell}:${right ? 1 : 0}`);
  }
}

/** Split one line into pieces: Markdown cells, `<br>` breaks, wide gaps between columns. */
function splitLine(text: string, cuts: CutFinder, streamKeys: StreamKeys, lineStart: number, lineEnd: number, lineIndex: number, baseKey: string, visit: (p: Piece) => void): void {
  if (!cuts.mayHold(lineStart, lineEnd)) {
    const r = trimPiece(text, lineStart, lineEnd);
    if (r.end <= r.start) return;
    const right = r.start - lineStart >= RIGHT_COLUMN;
    const stream = streamKeys.piece(baseKey, 0, right);
    visit({ start: r.start, end: r.end, text: text.slice(r.start, r.end), stream, line: lineIndex });
    return;
  }
  const line = text.slice(lineStart, lineEnd);
  // Cut points: '|' (Markdown cell), <br>, and runs of 3+ spaces or a tab (text columns).
  const cut = /\||<br\s*\/?>|[ \u00a0]{3,}|\t+/giu;
  let cell = 0;
  let from = 0;
  let column = 0; // visual column of `from`
  const push = (a: number, b: number): void => {
    const r = trimPiece(text, lineStart + a, lineStart + b);
    if (r.end <= r.start) return;
    const x = column + (r.start - (lineStart + a));
    visit({
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      stream: streamKeys.piece(baseKey, cell, x >= RIGHT_COLUMN),
      line: lineIndex,
    });
  };
  for (let m = cut.exec(line); m; m = cut.exec(line)) {
    push(from, m.index);
    const sep = m[0];
    column += visualWidth(line.slice(from, m.index)) + visualWidth(sep);
    if (sep === '|') {
      cell++;
      column = 0;
    }
    from = m.index + sep.length;
  }
  push(from, line.length);
}

function visualWidth(s: string): number {
  let w = 0;
  for (const ch of s) w = ch === '\t' ? (Math.floor(w / 8) + 1) * 8 : w + 1;
  return w;
}

/** `!/\S/u.test(s)`, by code unit (a surrogate is never white space). */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Every piece of the document outside chrome, in text order, handed to `visit` as it is cut:
 * a page of a million lines is read without holding a million pieces at once.
 */
export function eachPiece(doc: NormalizedDocument, segments: Segments, visit: (p: Piece) => void): void {
  const streamKeys = new StreamKeys();
  const cells = cellIndex(doc, streamKeys);
  const skip = skippedLines(doc, segments);
  const cuts = new CutFinder(doc.text);
  for (const line of doc.lines) {
    if (skip[line.index] || line.end <= line.start || isBlank(line.text)) continue;
    const cellSpan = cells.length > 0 ? cellAt(cells, line.start) : undefined;
    splitLine(doc.text, cuts, streamKeys, line.start, line.end, line.index, cellSpan ? cellSpan.key : 'p', visit);
  }
}
