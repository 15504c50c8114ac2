/**
 * The normalized document every stage after `normalize` reads: one text, its lines, its
 * tables as grids, and a map from any span back to the input (eyecite's Document idea).
 */
import type { Diagnostic, Span } from './schema.js';
import { SPACE, unitClass } from './text/char-class.js';

/** Half-open UTF-16 offsets into `NormalizedDocument.text`. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface Line extends TextRange {
  /** 0-based line index. */
  readonly index: number;
  readonly text: string;
}

export interface TableCell {
  readonly text: string;
  /** Where the cell's text stands in `text`; for a copy made by rowspan/colspan, the original's. */
  readonly range: TextRange;
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** False for the copies that fill a rowspan/colspan in the grid. */
  readonly origin: boolean;
}

export interface Table {
  readonly range: TextRange;
  /** Grid with spans expanded: every row has `width` cells. */
  readonly rows: readonly (readonly TableCell[])[];
  readonly width: number;
  /** How the grid was found. */
  readonly source: 'html' | 'markdown' | 'text-flattened' | 'text-pipes';
}

export type InputFormat = 'html' | 'text' | 'markdown';

export interface SourceInfo {
  readonly path?: string;
  readonly url?: string;
  readonly format: InputFormat;
  readonly encoding: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface NormalizedDocument {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly tables: readonly Table[];
  readonly source: SourceInfo;
  /** Map a range of `text` back to offsets in the decoded input; null when lossy. */
  toSource(range: TextRange): TextRange | null;
  /** Diagnostics raised while decoding and normalizing. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Index of the line holding `offset` (binary search). */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] as Line).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** Split text into lines on `\n`, with offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ index, start, end, text: text.slice(start, end) });
    index++;
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** A contract Span (with its 1-based line) for a range of the document. */
export function spanOf(doc: Pick<NormalizedDocument, 'lines'>, range: TextRange): Span {
  return { start: range.start, end: range.end, line: lineIndexAt(doc.lines, range.start) + 1 };
}

/** White space as `/\s/u` sees it, for one code unit (the unit table, not a regex per character). */
function isSpaceUnit(code: number): boolean {
  return (unitClass(code) & SPACE) !== 0;
}

/** Shrink a range to exclude leading and trailing white space. */
export function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && isSpaceUnit(text.charCodeAt(start))) start++;
  while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function rangeText(doc: Pick<NormalizedDocument, 'text'>, range: TextRange): string {
  return doc.text.slice(range.start, range.end);
}

export function contains(outer: TextRange, inner: TextRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}
