/**
 * A fast reader for the plain subset of Markdown that scraped pages mostly are: paragraphs,
 * ATX headings (`# …`) and GFM pipe tables, with text that holds no inline markup. It
 * builds the same mdast tree remark-parse + remark-gfm build for that subset (types,
 * values, offsets: what markdown.ts reads), about a hundred times faster; micromark needs
 * ~4 s for a 1 MB pipe table.
 *
 * The decision is conservative: anything outside the subset — a line that could open
 * another block (list, quote, code, HTML, thematic break, setext underline, definition),
 * indentation of four spaces or a tab, a delimiter row that is not plainly part of a
 * table, any character that can start inline markup (emphasis, code, links, autolinks,
 * character references, escapes, strikethrough) or that micromark rewrites (NUL) — makes
 * parseSimpleMarkdown() return null, and the caller parses with remark instead.
 * test/normalize/markdown-fast.test.ts compares both on every fixture and on generated
 * Markdown.
 *
 * Positions carry offsets only (line and column are 0): markdown.ts reads nothing else.
 * Table rows and cells get no position; markdown.ts reads only their children.
 */
import type { Break, Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';

interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset of the line ending (or of the end of the text). */
  end: number;
  /** Offset after the line ending. */
  next: number;
  /** Offset of the first character that is not a space. */
  content: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const PIPE = 0x7c;
const HASH = 0x23;

/** The source split into lines; CR, LF and CRLF end a line, as in CommonMark. */
function splitSourceLines(md: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = md.length;
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = md.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      end++;
    }
    let next = end;
    if (end < n) next = md.charCodeAt(end) === 0x0d && md.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    let content = start;
    while (content < end && md.charCodeAt(content) === SPACE) content++;
    lines.push({ start, end, next, content });
    if (end >= n) break;
    start = next;
  }
  return lines;
}

/** Offset after the last character of [from, to) that is not a space or a tab. */
function trimEnd(md: string, from: number, to: number): number {
  while (to > from) {
    const c = md.charCodeAt(to - 1);
    if (c !== SPACE && c !== TAB) break;
    to--;
  }
  return to;
}

/** Offset of the first character of [from, to) that is not a space or a tab. */
function trimStart(md: string, from: number, to: number): number {
  while (from < to) {
    const c = md.charCodeAt(from);
    if (c !== SPACE && c !== TAB) break;
    from++;
  }
  return from;
}

const isBlank = (md: string, line: Line): boolean => trimStart(md, line.start, line.end) === line.end;

/**
 * Characters that can start inline markup or an autolink, or that micromark rewrites:
 * `` ` * _ [ ] < & \ ~ @ `` and NUL. Letters of `www.`, `http`, `mailto:` and `xmpp:` are
 * checked separately (isLiteralAutolinkStart).
 */
const INLINE_SPECIAL = new Set([0x60, 0x2a, 0x5f, 0x5b, 0x5d, 0x3c, 0x26, 0x5c, 0x7e, 0x40, 0x00]);

/** Text in [from, to) that the subset reads as plain characters. */
function isPlainInline(md: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = md.charCodeAt(i);
    if (INLINE_SPECIAL.has(c)) return false;
    // Control characters other than tab: micromark's notion of white space differs from ours.
    if (c < 0x20 && c !== TAB) return false;
    if (isLiteralAutolinkStart(md, i, c | 0x20)) return false;
  }
  return true;
}

/**
 * `www.`, `http`, `mailto:` or `xmpp:` at `i` (any case): a GFM literal autolink may
 * start here. `lower` is the character at `i` in lower case (ASCII letters); the second
 * letter is checked first because h, m and x are common letters in Vietnamese.
 */
function isLiteralAutolinkStart(md: string, i: number, lower: number): boolean {
  const second = md.charCodeAt(i + 1) | 0x20;
  if (lower === 0x77 ? second !== 0x77 : lower === 0x68 ? second !== 0x74 : lower === 0x6d ? second !== 0x61 : lower === 0x78 ? second !== 0x6d : true) return false;
  const head = md.slice(i, i + 7).toLowerCase();
  return head.startsWith('www.') || head.startsWith('http') || head.startsWith('mailto:') || head.startsWith('xmpp:');
}

/**
 * A line the subset cannot read as the start or continuation of a paragraph, heading or
 * table row: four spaces or a tab of indentation, or a first character that may open
 * another block (`> - + * = _ ~ < [`, a backtick, or digits then `.`/`)` of an ordered
 * list item).
 */
function opensOtherBlock(md: string, line: Line): boolean {
  const at = line.content;
  if (at - line.start >= 4) return true;
  const c = md.charCodeAt(at);
  if (c === TAB) return true;
  if (c === 0x3e || c === 0x2d || c === 0x2b || c === 0x2a || c === 0x3d || c === 0x5f || c === 0x7e || c === 0x3c || c === 0x5b || c === 0x60) return true;
  if (c >= 0x30 && c <= 0x39) {
    let k = at;
    while (k < line.end && k - at < 10 && md.charCodeAt(k) >= 0x30 && md.charCodeAt(k) <= 0x39) k++;
    const m = md.charCodeAt(k);
    if ((m === 0x2e || m === 0x29) && k - at <= 9) return true;
  }
  return false;
}

/** Only `| - : space tab`, with at least one `-`: a GFM delimiter row, or something close to it. */
function looksLikeDelimiterRow(md: string, line: Line): boolean {
  let dash = false;
  for (let i = line.content; i < line.end; i++) {
    const c = md.charCodeAt(i);
    if (c === 0x2d) dash = true;
    else if (c !== PIPE && c !== 0x3a && c !== SPACE && c !== TAB) return false;
  }
  return dash;
}

/** Cells of a delimiter row `| :--- | ---: |` (leading pipe required here), or -1 when it is not one. */
function delimiterCells(md: string, line: Line): number {
  if (md.charCodeAt(line.content) !== PIPE) return -1;
  const cells = rowCells(md, line);
  for (const [from, to] of cells) {
    let i = trimStart(md, from, to);
    const end = trimEnd(md, from, to);
    if (md.charCodeAt(i) === 0x3a) i++;
    const dashes = i;
    while (i < end && md.charCodeAt(i) === 0x2d) i++;
    if (i === dashes) return -1;
    if (i < end && md.charCodeAt(i) === 0x3a) i++;
    if (i !== end) return -1;
  }
  return cells.length;
}

/**
 * The raw cells of a table row: an optional leading pipe, cells separated by pipes, an
 * optional trailing pipe ("||" and "|" are one empty cell, as micromark reads them).
 */
function rowCells(md: string, line: Line): [number, number][] {
  let from = line.content;
  let to = trimEnd(md, from, line.end);
  if (md.charCodeAt(from) === PIPE) from++;
  if (to > from && md.charCodeAt(to - 1) === PIPE) to--;
  const cells: [number, number][] = [];
  let cellStart = from;
  for (let i = from; i < to; i++) {
    if (md.charCodeAt(i) === PIPE) {
      cells.push([cellStart, i]);
      cellStart = i + 1;
    }
  }
  cells.push([cellStart, to]);
  return cells;
}

/** An ATX heading's level (1–6), or 0 when the line is not one. */
function headingLevel(md: string, line: Line): number {
  let k = line.content;
  while (k < line.end && md.charCodeAt(k) === HASH) k++;
  const level = k - line.content;
  if (level === 0 || level > 6) return 0;
  if (k < line.end && md.charCodeAt(k) !== SPACE && md.charCodeAt(k) !== TAB) return 0;
  return level;
}

function position(start: number, end: number): { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } {
  return { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
}

function textNode(md: string, start: number, end: number, value = md.slice(start, end)): Text {
  return { type: 'text', value, position: position(start, end) };
}

/** An ATX heading: the text between the opening and the optional closing sequence. */
function heading(md: string, line: Line, level: number): Heading | null {
  const from = trimStart(md, line.content + level, line.end);
  let to = trimEnd(md, from, line.end);
  // A closing run of `#` counts when white space precedes it (or it is all there is).
  let k = to;
  while (k > from && md.charCodeAt(k - 1) === HASH) k--;
  if (k < to && (k === from || md.charCodeAt(k - 1) === SPACE || md.charCodeAt(k - 1) === TAB)) to = trimEnd(md, from, k);
  if (to < from) to = from;
  if (!isPlainInline(md, from, to)) return null;
  const children: PhrasingContent[] = to > from ? [textNode(md, from, to)] : [];
  return { type: 'heading', depth: level as Heading['depth'], children, position: position(line.content, line.end) };
}

/**
 * A paragraph of plain lines: one text node per run of soft line breaks (the value keeps
 * the line endings, without the white space around them), a break node for a line that
 * ends in two or more spaces.
 */
function paragraph(md: string, lines: readonly Line[]): Paragraph | null {
  const children: PhrasingContent[] = [];
  let textStart = -1;
  let value = '';
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    const from = trimStart(md, line.start, line.end);
    const to = trimEnd(md, from, line.end);
    if (!isPlainInline(md, from, to)) return null;
    if (textStart === -1) textStart = from;
    value += md.slice(from, to);
    const last = k === lines.length - 1;
    if (last) {
      children.push(textNode(md, textStart, to, value));
      break;
    }
    const trailingSpaces = line.end - to;
    const onlySpaces = md.slice(to, line.end).indexOf('\t') === -1;
    if (trailingSpaces >= 2 && onlySpaces) {
      children.push(textNode(md, textStart, to, value));
      const brk: Break = { type: 'break', position: position(to, line.next) };
      children.push(brk);
      textStart = -1;
      value = '';
    } else {
      value += md.slice(line.end, line.next);
    }
  }
  const first = lines[0] as Line;
  const last = lines[lines.length - 1] as Line;
  return { type: 'paragraph', children, position: position(first.content, last.end) };
}

/** A table row's cells, each with its trimmed text (or none when empty). */
function tableRow(md: string, line: Line): TableRow | null {
  const children: TableCell[] = [];
  for (const [from, to] of rowCells(md, line)) {
    const s = trimStart(md, from, to);
    const e = trimEnd(md, s, to);
    if (!isPlainInline(md, s, e)) return null;
    children.push({ type: 'tableCell', children: e > s ? [textNode(md, s, e)] : [] });
  }
  return { type: 'tableRow', children };
}

/**
 * The mdast tree of `md` when it is all within the subset, else null (parse it with
 * remark). Offsets are relative to `md`, as remark's are.
 */
export function parseSimpleMarkdown(md: string): Root | null {
  const lines = splitSourceLines(md);
  const children: RootContent[] = [];
  let para: Line[] = [];
  const closeParagraph = (): boolean => {
    if (para.length === 0) return true;
    const p = paragraph(md, para);
    para = [];
    if (!p) return false;
    children.push(p);
    return true;
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (isBlank(md, line)) {
      if (!closeParagraph()) return null;
      i++;
      continue;
    }
    if (opensOtherBlock(md, line)) return null;
    const level = headingLevel(md, line);
    if (level > 0) {
      if (!closeParagraph()) return null;
      const h = heading(md, line, level);
      if (!h) return null;
      children.push(h);
      i++;
      continue;
    }
    if (looksLikeDelimiterRow(md, line)) return null; // not after a header row: not plainly a table
    const next = lines[i + 1];
    if (next && !isBlank(md, next) && looksLikeDelimiterRow(md, next)) {
      // A header row and its delimiter row: a table, which may interrupt a paragraph.
      const width = delimiterCells(md, next);
      if (width === -1 || rowCells(md, line).length !== width) return null;
      // A lone "|" is no header row for micromark (a paragraph line instead): not plain.
      if (trimEnd(md, line.content, line.end) - line.content === 1 && md.charCodeAt(line.content) === PIPE) return null;
      if (!closeParagraph()) return null;
      const end = table(md, lines, i, children);
      if (end === -1) return null;
      i = end;
      continue;
    }
    para.push(line);
    i++;
  }
  if (!closeParagraph()) return null;
  return { type: 'root', children, position: position(0, md.length) };
}

/**
 * The table whose header row is lines[at] (lines[at + 1] is its delimiter row): body rows
 * run to a blank line or a heading. Returns the index of the line after it, or -1 when a
 * row is outside the subset.
 */
function table(md: string, lines: readonly Line[], at: number, out: RootContent[]): number {
  const header = tableRow(md, lines[at] as Line);
  if (!header) return -1;
  const rows: TableRow[] = [header];
  // The table ends with its last row, or with the delimiter row when it has no body.
  let last = lines[at + 1] as Line;
  let i = at + 2;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (isBlank(md, line) || headingLevel(md, line) > 0) break;
    if (opensOtherBlock(md, line) || looksLikeDelimiterRow(md, line)) return -1;
    const row = tableRow(md, line);
    if (!row) return -1;
    rows.push(row);
    last = line;
  }
  const node: Table = { type: 'table', align: [], children: rows, position: position((lines[at] as Line).content, last.end) };
  out.push(node);
  return i;
}
