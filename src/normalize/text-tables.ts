/**
 * Tables in plain text. Two shapes:
 *
 * 1. Flattened: a scraper wrote every cell as its own paragraph. A header row of table
 *    words ("Stt / Nhiệm vụ / Chủ trì thực hiện / … / Sản phẩm", data/table-headers.json)
 *    is followed by rows that start with an ordinal cell alone on its line ("1.", "2",
 *    "II.", "a)"). The header fixes the width; the paragraphs between two ordinals are the
 *    row's cells; surplus paragraphs (a cell of several "- …" paragraphs) are merged into
 *    one cell; a Roman-numbered row with a single cell is a group row spanning the width.
 *    Numbered paragraphs without such a header are prose, never a table.
 * 2. Pipes: consecutive lines "| a | b |" (a Markdown-style separator line is skipped).
 */
import type { Line, Table, TableCell, TextRange } from '../document.js';
import type { DiagnosticInput } from '../diagnostics.js';
import { foldKey } from '../text/fold.js';
import headerData from './data/table-headers.json';

export interface TextTables {
  tables: Table[];
  diagnostics: DiagnosticInput[];
}

interface HeaderTerms {
  ordinal: Set<string>;
  /** First characters of the folded ordinal terms ("s", "t"). */
  ordinalInitials: Set<string>;
  columns: string[];
}

let terms: HeaderTerms | undefined;

function headerTerms(): HeaderTerms {
  if (terms) return terms;
  const ordinal = new Set(headerData.ordinal.map(fold));
  terms = {
    ordinal,
    ordinalInitials: new Set([...ordinal].map((t) => t.charAt(0))),
    columns: headerData.columns.map(fold).sort((a, b) => b.length - a.length),
  };
  return terms;
}

function fold(s: string): string {
  return foldKey(s.normalize('NFC')).replace(/\s+/gu, ' ').trim();
}

/** Header words are short; a longer paragraph is content. */
const MAX_HEADER_CHARS = 80;
const MAX_HEADER_CELLS = 16;
const ORDINAL_ONLY = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[IVXLC]{1,7}\.?|[a-zđ][).]|\(\d{1,3}\)|\d{1,3}\))$/u;
const ROMAN_OR_CAPITAL = /^(?:[IVXLC]{1,7}|[A-Z])\.?$/u;
/** "I. Nhóm nhiệm vụ …" — a group heading with its ordinal on the same line. */
const GROUP_HEADING = /^(?:[IVXLC]{1,7}|[A-Z])[.)]\s+\S/u;
const BULLET = /^[-+•*–]\s/u;
/** Lines that end a table: a section heading, the recipients, a new article. */
const SECTION_END = /^(?:[IVXLC]{1,7}\.\s+[\p{Lu}\d][^\p{Ll}]*$|Nơi nhận|Điều \d{1,3}\.)/u;

function isTableEnd(p: Para): boolean {
  return p.text === '\u0000' || SECTION_END.test(p.text);
}

function isOrdinalHeader(line: string): boolean {
  if (line.length > 14) return false;
  const t = headerTerms();
  // Asked of every short line ("1.", "a)", "Điều 5."): its first character folded is the first
  // of its folded key (a letter and the marks NFC puts on it fold to the letter), so most are
  // turned away before the NFC and fold of the whole line.
  if (!t.ordinalInitials.has(foldKey(line.trimStart().charAt(0)))) return false;
  return t.ordinal.has(fold(line).replace(/[.:]$/u, ''));
}

function isColumnHeader(line: string): boolean {
  if (line.length > MAX_HEADER_CHARS) return false;
  const key = fold(line).replace(/\(\d{1,2}\)/gu, '').replace(/[:.]$/u, '').trim();
  for (const term of headerTerms().columns) {
    if (key.startsWith(term)) {
      const next = key[term.length];
      if (next === undefined || next === ' ' || next === '/' || next === ',' || next === '(' || next === '-') return true;
    }
  }
  return false;
}

function isShortLabel(line: string): boolean {
  return line.length <= MAX_HEADER_CHARS && line.split(' ').length <= 12;
}

/** Non-blank lines, trimmed, with their ranges. */
interface Para {
  index: number; // index in the non-blank list
  text: string;
  range: TextRange;
}

function paragraphs(lines: readonly Line[], exclude: readonly TextRange[]): Para[] {
  const out: Para[] = [];
  let ex = 0;
  const sorted = [...exclude].sort((a, b) => a.start - b.start);
  for (const line of lines) {
    while (ex < sorted.length && (sorted[ex] as TextRange).end <= line.start) ex++;
    const x = sorted[ex];
    if (x && x.start < line.end && line.start < x.end) {
      // Inside a table already read from markup: a barrier, not a paragraph.
      out.push({ index: out.length, text: '\u0000', range: { start: line.start, end: line.end } });
      continue;
    }
    const text = line.text.trim();
    if (!text) continue;
    const lead = line.text.length - line.text.trimStart().length;
    out.push({ index: out.length, text, range: { start: line.start + lead, end: line.start + lead + text.length } });
  }
  return out;
}

/** Could a table start at this line: a pipe row, or an ordinal header cell ("STT")? */
function mayOpenTable(line: Line): boolean {
  const text = line.text.trim();
  return text.startsWith('|') || isOrdinalHeader(text);
}

export function rebuildTextTables(text: string, lines: readonly Line[], exclude: readonly TextRange[] = []): TextTables {
  const diagnostics: DiagnosticInput[] = [];
  const tables: Table[] = [];
  // Most pages have no line a table could start at: then no paragraph list is built.
  if (!lines.some(mayOpenTable)) return { tables, diagnostics };
  const paras = paragraphs(lines, exclude);
  let i = 0;
  while (i < paras.length) {
    const p = paras[i] as Para;
    if (p.text.startsWith('|')) {
      const t = pipeTable(text, paras, i);
      if (t.table) {
        tables.push(t.table);
        diagnostics.push({ rule: 'text-table', severity: 'info', message: `read a table of ${t.table.rows.length} rows × ${t.table.width} columns drawn with pipes`, range: t.table.range });
        i = t.next;
        continue;
      }
      // No table here, nor from any later line of the same run of pipe lines (a part of the run
      // has fewer rows and no wider row): go on after the run.
      i = Math.max(t.next, i + 1);
      continue;
    } else if (isOrdinalHeader(p.text)) {
      const t = flattenedTable(text, paras, i);
      if (t) {
        tables.push(t.table);
        diagnostics.push({
          rule: 'text-table',
          severity: 'info',
          message: `rebuilt a table of ${t.table.rows.length - 1} rows × ${t.table.width} columns from one-cell-per-paragraph text`,
          range: t.table.range,
        });
        i = t.next;
        continue;
      }
    }
    i++;
  }
  return { tables, diagnostics };
}

// ─── Flattened tables ────────────────────────────────────────────────────────────────

interface Row {
  ordinal: Para;
  /** Content paragraphs grouped into cells. */
  cells: Para[][];
  group: boolean;
}

function isRowStart(paras: readonly Para[], k: number): boolean {
  const p = paras[k];
  if (!p) return false;
  if (ORDINAL_ONLY.test(p.text)) return true;
  // A group heading on one line counts when a numbered row follows it.
  return GROUP_HEADING.test(p.text) && p.text.length <= 300 && ORDINAL_ONLY.test(paras[k + 1]?.text ?? '');
}

function flattenedTable(text: string, paras: readonly Para[], at: number): { table: Table; next: number } | null {
  // Header: the ordinal cell, then short labels up to the first row start.
  let k = at + 1;
  while (k < paras.length && k - at < MAX_HEADER_CELLS && !isRowStart(paras, k) && isShortLabel((paras[k] as Para).text)) k++;
  if (!isRowStart(paras, k)) return null;
  const header = paras.slice(at, k);
  const width = header.length;
  const known = header.slice(1).filter((h) => isColumnHeader(h.text)).length;
  if (width < 3 || known < 2 || known * 2 < width - 1) return null;

  const rows: Row[] = [];
  let end = k;
  while (end < paras.length && isRowStart(paras, end)) {
    const start = paras[end] as Para;
    // The row runs to the next row start; a barrier or a section heading ends the table.
    let next = end + 1;
    while (next < paras.length && !isRowStart(paras, next) && !isTableEnd(paras[next] as Para)) next++;
    const last = !isRowStart(paras, next);
    const oneLineGroup = !ORDINAL_ONLY.test(start.text);
    let body = oneLineGroup ? [] : paras.slice(end + 1, next);
    if (last) body = lastRowBody(body, width - 1);
    if (!oneLineGroup && body.length === 0) break;
    rows.push(assemble(start, body, width - 1));
    end += 1 + body.length;
    if (last) break;
  }
  // A group row is only a group when a numbered row follows; children of "1" are "1.1".
  markGroups(rows);
  const dataRows = rows.filter((r) => !r.group && r.cells.length >= 1);
  if (dataRows.length === 0) return null;
  return { table: buildTable(text, header, rows, width), next: end };
}

/** The last row has no next ordinal to stop it: take one paragraph per cell, plus continuations. */
function lastRowBody(body: readonly Para[], cells: number): Para[] {
  const out: Para[] = [];
  let filled = 0;
  for (const p of body) {
    const prev = out[out.length - 1];
    const continues = prev !== undefined && BULLET.test(p.text) && BULLET.test(prev.text);
    if (!continues) {
      if (filled === cells) break;
      filled++;
    }
    out.push(p);
  }
  return out;
}

/** Group a row's paragraphs into at most `cells` cells, merging continuations first. */
function assemble(ordinal: Para, body: readonly Para[], cells: number): Row {
  if (!ORDINAL_ONLY.test(ordinal.text)) return { ordinal, cells: [], group: true };
  let groups: Para[][] = body.map((p) => [p]);
  let excess = groups.length - cells;
  // 1. A bullet paragraph after a bullet paragraph continues the same cell.
  ({ groups, excess } = joinBackwards(groups, excess, (cur, prev) => BULLET.test((cur[0] as Para).text) && BULLET.test((prev[prev.length - 1] as Para).text)));
  // 2. A paragraph starting in lower case continues the one before.
  ({ groups, excess } = joinBackwards(groups, excess, (cur) => /^\p{Ll}/u.test((cur[0] as Para).text)));
  // 3. Whatever is left over belongs to the last cell.
  const keep = Math.max(cells, 1);
  if (groups.length > keep) {
    const last = groups[keep - 1] as Para[];
    for (let g = keep; g < groups.length; g++) for (const p of groups[g] as Para[]) last.push(p);
    groups.length = keep;
  }
  return { ordinal, cells: groups, group: false };
}

/**
 * From the last group back, while there is excess: a group that `joins` the one before it is
 * appended to it. The same as splicing each one into its predecessor as it is found (a test
 * reads only the first paragraph of the later group and the last of the earlier, which an
 * append from further on does not change), but each paragraph is moved once: linear.
 */
function joinBackwards(groups: Para[][], excess: number, joins: (cur: Para[], prev: Para[]) => boolean): { groups: Para[][]; excess: number } {
  const joined = new Array<boolean>(groups.length).fill(false);
  let left = excess;
  for (let g = groups.length - 1; g > 0 && left > 0; g--) {
    if (joins(groups[g] as Para[], groups[g - 1] as Para[])) {
      joined[g] = true;
      left--;
    }
  }
  if (left === excess) return { groups, excess };
  const out: Para[][] = [];
  groups.forEach((grp, g) => {
    const into = out[out.length - 1];
    if (joined[g] && into) for (const p of grp) into.push(p);
    else out.push(grp);
  });
  return { groups: out, excess: left };
}

function markGroups(rows: Row[]): void {
  rows.forEach((row, r) => {
    if (row.group || row.cells.length !== 1) return;
    const next = rows[r + 1];
    const ord = row.ordinal.text.replace(/\.$/u, '');
    const childFollows = next !== undefined && next.ordinal.text.startsWith(`${ord}.`) && next.ordinal.text.length > ord.length + 1;
    if (ROMAN_OR_CAPITAL.test(row.ordinal.text) || childFollows) row.group = true;
  });
}

function cellOf(text: string, paras: readonly Para[], row: number, col: number): TableCell {
  const first = paras[0] as Para;
  const last = paras[paras.length - 1] as Para;
  const range = { start: first.range.start, end: last.range.end };
  return { text: text.slice(range.start, range.end), range, row, col, rowSpan: 1, colSpan: 1, origin: true };
}

function buildTable(text: string, header: readonly Para[], rows: readonly Row[], width: number): Table {
  const grid: TableCell[][] = [header.map((h, c) => cellOf(text, [h], 0, c))];
  let endAt = (header[header.length - 1] as Para).range.end;
  rows.forEach((row, i) => {
    const r = i + 1;
    if (row.group) {
      // One cell spanning the width: the ordinal and the title together.
      const parts = [row.ordinal, ...row.cells.flat()];
      const cell = { ...cellOf(text, parts, r, 0), colSpan: width };
      grid.push(Array.from({ length: width }, (_, c) => (c === 0 ? cell : { ...cell, origin: false })));
      endAt = cell.range.end;
      return;
    }
    const out: TableCell[] = [cellOf(text, [row.ordinal], r, 0)];
    row.cells.forEach((paras, c) => out.push(cellOf(text, paras, r, c + 1)));
    const lastEnd = (out[out.length - 1] as TableCell).range.end;
    endAt = lastEnd;
    // Cells missing from the text (empty in the original table) are empty at the row end.
    while (out.length < width) out.push({ text: '', range: { start: lastEnd, end: lastEnd }, row: r, col: out.length, rowSpan: 1, colSpan: 1, origin: true });
    grid.push(out);
  });
  return { range: { start: (header[0] as Para).range.start, end: endAt }, rows: grid, width, source: 'text-flattened' };
}

// ─── Pipe tables ─────────────────────────────────────────────────────────────────────

const PIPE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/u;

function pipeCells(p: Para): TextRange[] {
  const line = p.text;
  const cells: TextRange[] = [];
  let from = line.startsWith('|') ? 1 : 0;
  const stop = line.endsWith('|') && line.length > 1 ? line.length - 1 : line.length;
  for (let j = from; j <= stop; j++) {
    if (j === stop || (line[j] === '|' && line[j - 1] !== '\\')) {
      let s = from;
      let e = j;
      while (s < e && /\s/u.test(line[s] as string)) s++;
      while (e > s && /\s/u.test(line[e - 1] as string)) e--;
      cells.push({ start: p.range.start + s, end: p.range.start + e });
      from = j + 1;
    }
  }
  return cells;
}

/** The table drawn by the run of pipe lines at `at`, or null; `next`: the paragraph after the run. */
function pipeTable(text: string, paras: readonly Para[], at: number): { table: Table | null; next: number } {
  const rows: TextRange[][] = [];
  let k = at;
  while (k < paras.length) {
    const p = paras[k] as Para;
    if (!p.text.startsWith('|') || p.text.length < 3 || p.text.indexOf('|', 1) === -1) break;
    // A separator line is skipped: it draws no row.
    if (!PIPE_SEPARATOR.test(p.text)) rows.push(pipeCells(p));
    k++;
  }
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  if (rows.length < 2 || width < 2) return { table: null, next: k };
  const grid: TableCell[][] = rows.map((cells, r) => {
    const out = cells.map((range, c) => ({ text: text.slice(range.start, range.end), range, row: r, col: c, rowSpan: 1, colSpan: 1, origin: true }));
    const lastEnd = out.length ? (out[out.length - 1] as TableCell).range.end : (paras[at] as Para).range.start;
    while (out.length < width) out.push({ text: '', range: { start: lastEnd, end: lastEnd }, row: r, col: out.length, rowSpan: 1, colSpan: 1, origin: true });
    return out;
  });
  const first = paras[at] as Para;
  const last = paras[k - 1] as Para;
  return { table: { range: { start: first.range.start, end: last.range.end }, rows: grid, width, source: 'text-pipes' }, next: k };
}
