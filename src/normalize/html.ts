/**
 * HTML → normalized text + table grids. Parsed with htmlparser2 (through cheerio) for
 * speed and start offsets. Block elements end lines; every table cell becomes its own
 * paragraph (the same shape a scraped plain-text page has), and the grid is recorded
 * with rowspan/colspan expanded.
 */
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Table, TableCell, TextRange } from '../document.js';
import { TextBuilder } from './text-builder.js';
import { decodeEntities } from './entities.js';
import { pickContentRoot, isBoilerplate } from './boilerplate.js';

const SKIP = new Set([
  'script', 'style', 'noscript', 'iframe', 'svg', 'head', 'template', 'button', 'select',
  'option', 'textarea', 'input', 'object', 'embed', 'canvas', 'map', 'audio', 'video', 'img',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'li',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'address', 'center', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'form', 'fieldset', 'hr', 'body', 'html',
]);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'li', 'table']);

export interface PendingTable {
  cells: PendingCell[][];
  range: TextRange;
}

export interface HtmlResult {
  builder: TextBuilder;
  tables: PendingTable[];
  removedBoilerplate: number;
}

/** Maximum element depth we walk; deeper content is flattened (10,000-deep nesting must not blow the stack). */
const MAX_DEPTH = 400;

export function htmlToText(html: string): HtmlResult {
  const $ = load(html, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true, decodeEntities: false } }, true);
  const root = pickContentRoot($);
  const builder = new TextBuilder();
  const tables: PendingTable[] = [];
  let removedBoilerplate = 0;

  const walk = (node: AnyNode, depth: number): void => {
    if (node.type === 'text') {
      const raw = (node as unknown as { data: string }).data;
      const start = (node as unknown as { startIndex: number | null }).startIndex;
      pushRaw(builder, raw, start);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') return;
    if (node.type === 'script' || node.type === 'style') return;
    const el = node as Element;
    const name = el.name?.toLowerCase() ?? '';
    if (SKIP.has(name)) return;
    if (node.type === 'tag' && isBoilerplate(el)) {
      removedBoilerplate++;
      return;
    }
    if (name === 'br') {
      builder.lineBreak(1, el.startIndex ?? null);
      return;
    }
    if (name === 'table' && depth < MAX_DEPTH) {
      const t = renderTable(el, builder, (child) => walk(child, depth + 1));
      if (t) tables.push(t);
      return;
    }
    const block = BLOCK.has(name);
    if (block) builder.lineBreak(PARAGRAPH.has(name) ? 2 : 1);
    else if (name === 'td' || name === 'th') builder.space();
    const children = el.children ?? [];
    if (depth >= MAX_DEPTH) {
      // Too deep: take the text without structure, iteratively.
      const stack: AnyNode[] = [...children].reverse();
      while (stack.length) {
        const c = stack.pop() as AnyNode;
        if (c.type === 'text') pushRaw(builder, (c as unknown as { data: string }).data, (c as unknown as { startIndex: number | null }).startIndex);
        else if (c.type === 'tag') {
          const kids = (c as Element).children ?? [];
          for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k] as AnyNode);
          builder.space();
        }
      }
    } else {
      for (const child of children) walk(child, depth + 1);
    }
    if (block) builder.lineBreak(PARAGRAPH.has(name) ? 2 : 1);
  };

  walk(root as AnyNode, 0);
  return { builder, tables, removedBoilerplate };
}

function pushRaw(builder: TextBuilder, rawText: string, start: number | null): void {
  // In HTML a line break in the source is white space (one-for-one, so offsets hold).
  const raw = rawText.replace(/[\r\n\u2028\u2029]/gu, ' ');
  if (raw.indexOf('&') === -1) {
    builder.push(raw, start);
    return;
  }
  // Decode entity by entity so that the offsets of plain runs stay exact.
  const re = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});?/giu;
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    if (m.index > last) builder.push(raw.slice(last, m.index), start === null ? null : start + last);
    const decoded = decodeEntities(m[0]);
    builder.push(decoded, start === null ? null : start + m.index);
    last = m.index + m[0].length;
  }
  if (last < raw.length) builder.push(raw.slice(last), start === null ? null : start + last);
}

export interface PendingCell {
  text: string;
  range: TextRange;
  rowSpan: number;
  colSpan: number;
}

function directRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (el: Element): void => {
    for (const c of el.children ?? []) {
      if (c.type !== 'tag') continue;
      const e = c as Element;
      const n = e.name.toLowerCase();
      if (n === 'tr') rows.push(e);
      else if (n === 'thead' || n === 'tbody' || n === 'tfoot') visit(e);
    }
  };
  visit(table);
  return rows;
}

const MAX_SPAN = 1000;

function clampSpan(v: string | undefined): number {
  const n = Number.parseInt(v ?? '1', 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, MAX_SPAN);
}

function renderTable(table: Element, builder: TextBuilder, walkChild: (n: AnyNode) => void): PendingTable | null {
  builder.lineBreak(2);
  const tableStart = builder.nextOffset();
  const rows = directRows(table);
  const parsed: PendingCell[][] = [];
  for (const tr of rows) {
    const cells: PendingCell[] = [];
    for (const c of tr.children ?? []) {
      if (c.type !== 'tag') continue;
      const td = c as Element;
      const n = td.name.toLowerCase();
      if (n !== 'td' && n !== 'th') continue;
      builder.lineBreak(2);
      const start = builder.nextOffset();
      for (const k of td.children ?? []) walkChild(k);
      const end = Math.max(start, builder.committed);
      cells.push({
        text: '',
        range: { start, end },
        rowSpan: clampSpan(td.attribs?.rowspan),
        colSpan: clampSpan(td.attribs?.colspan),
      });
    }
    parsed.push(cells);
    builder.lineBreak(2);
  }
  builder.lineBreak(2);
  if (parsed.every((r) => r.length === 0)) return null;
  return { cells: parsed, range: { start: tableStart, end: builder.committed } };
}

/** Lay cells with rowspan/colspan onto a rectangular grid; copies are marked `origin: false`. */
export function expandGrid(
  parsed: readonly (readonly PendingCell[])[],
  range: TextRange,
  source: Table['source'],
  text?: string,
): Table {
  const grid: (TableCell | undefined)[][] = [];
  let width = 0;
  const MAX_CELLS = 200_000;
  let cellCount = 0;
  parsed.forEach((cells, r) => {
    grid[r] ??= [];
    let col = 0;
    for (const cell of cells) {
      const row = grid[r] as (TableCell | undefined)[];
      while (row[col]) col++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < parsed.length; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          if (cellCount++ > MAX_CELLS) return;
          const target = (grid[r + dr] ??= []);
          target[col + dc] = {
            text: cell.text || (text ? text.slice(cell.range.start, cell.range.end) : ''),
            range: cell.range,
            row: r,
            col,
            rowSpan: cell.rowSpan,
            colSpan: cell.colSpan,
            origin: dr === 0 && dc === 0,
          };
        }
      }
      col += cell.colSpan;
      width = Math.max(width, col);
    }
  });
  const rows: TableCell[][] = grid.map((row, r) => {
    const out: TableCell[] = [];
    for (let c = 0; c < width; c++) {
      out.push(
        row?.[c] ?? { text: '', range: { start: range.start, end: range.start }, row: r, col: c, rowSpan: 1, colSpan: 1, origin: false },
      );
    }
    return out;
  });
  return { range, rows, width, source };
}
