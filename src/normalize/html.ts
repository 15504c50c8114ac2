/**
 * HTML → normalized text + table grids. Parsed with htmlparser2 (through cheerio, loaded on
 * first use: lazy.ts) for
 * speed and start offsets. Block elements end lines, `<br>` ends a line, inline elements
 * join their text as a browser does (`<b>Số:</b> 16/QĐ` stays one line). Every table cell
 * becomes its own paragraph (the same shape a scraped plain-text page has) and the grid is
 * recorded with rowspan/colspan expanded (grid.ts).
 *
 * Character references are decoded one by one, each mapped back to the whole reference,
 * so `toSource` returns exactly the characters of the page. Nesting deeper than
 * MAX_DEPTH is read as flat text with an explicit stack: nothing here can overflow.
 */
import type { AnyNode, Element } from 'domhandler';
import type { DiagnosticInput } from '../diagnostics.js';
import { TextBuilder } from './text-builder.js';
import { loadCheerio } from './lazy.js';
import { capNesting, MAX_NESTING } from './html-depth.js';
import { decodeEntities } from './entities.js';
import { pickContentRoot, isBoilerplate, textLength } from './boilerplate.js';
import { clampSpan, MAX_COLSPAN, MAX_ROWSPAN, type PendingCell, type PendingTable } from './grid.js';

const SKIP = new Set([
  'script', 'style', 'noscript', 'iframe', 'svg', 'math', 'head', 'title', 'template', 'button',
  'select', 'option', 'textarea', 'input', 'object', 'embed', 'canvas', 'map', 'audio', 'video',
  'img', 'picture', 'source', 'link', 'meta', 'base',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'li',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'address', 'center', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'form', 'fieldset', 'hr', 'body', 'html', 'caption', 'details', 'summary',
  'tr', 'thead', 'tbody', 'tfoot', 'legend',
]);
/** Blocks that are paragraphs: a blank line before and after. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'li', 'dd', 'dt', 'caption']);

export interface HtmlResult {
  builder: TextBuilder;
  tables: PendingTable[];
  diagnostics: DiagnosticInput[];
}

/** Element depth walked recursively; deeper content is read as flat text. */
const MAX_DEPTH = 300;
/** Below this much output text, a page whose chrome filter ate most of it is read again unfiltered. */
const MIN_KEPT_CHARS = 200;

interface Walk {
  builder: TextBuilder;
  tables: PendingTable[];
  removed: number;
  filter: boolean;
  pageLevel: boolean;
}

export function htmlToText(source: string): HtmlResult {
  // htmlparser2 costs depth² on deep nesting: over-deep tags are blanked out first (html-depth.ts).
  const { html, flattened } = capNesting(source);
  const $ = loadCheerio()(html, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true, decodeEntities: false } }, true);
  const dom = $.root().get(0) as AnyNode;
  const { node: root, container } = pickContentRoot(dom);
  let w = run(root, true, !container);
  const diagnostics: DiagnosticInput[] = [];
  if (flattened > 0) {
    diagnostics.push({
      rule: 'html-nesting-flattened',
      severity: 'warning',
      message: `elements nested more than ${MAX_NESTING} deep were read as flat text (${flattened} tags ignored)`,
    });
  }
  if (w.builder.committed < MIN_KEPT_CHARS && textLength(root) > 5 * MIN_KEPT_CHARS) {
    // The chrome filter removed nearly everything: it was wrong about this page.
    w = run(root, false, !container);
    diagnostics.push({
      rule: 'boilerplate-kept',
      severity: 'info',
      message: 'the navigation filter would have removed almost all text; the page was read whole',
    });
  }
  if (w.removed > 0) {
    diagnostics.push({ rule: 'boilerplate-removed', severity: 'info', message: `removed ${w.removed} navigation/boilerplate elements` });
  }
  return { builder: w.builder, tables: w.tables, diagnostics };
}

function run(root: AnyNode, filter: boolean, pageLevel: boolean): Walk {
  const w: Walk = { builder: new TextBuilder(), tables: [], removed: 0, filter, pageLevel };
  walk(w, root, 0, false);
  return w;
}

function walk(w: Walk, node: AnyNode, depth: number, pre: boolean): void {
  if (node.type === 'text') {
    pushText(w.builder, node, pre);
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const el = node as Element;
  const name = node.type === 'tag' ? el.name.toLowerCase() : '';
  if (SKIP.has(name)) return;
  if (node.type === 'tag' && w.filter && isBoilerplate(el, w.pageLevel)) {
    w.removed++;
    return;
  }
  if (name === 'br') {
    w.builder.lineBreak(1, el.startIndex ?? null);
    return;
  }
  if (depth >= MAX_DEPTH) {
    flatText(w.builder, el);
    return;
  }
  if (name === 'table') {
    const t = renderTable(el, w.builder, (child) => walk(w, child, depth + 1, pre));
    if (t) w.tables.push(t);
    return;
  }
  const block = BLOCK.has(name);
  const paragraph = PARAGRAPH.has(name);
  if (paragraph) w.builder.lineBreak(2);
  else if (block) w.builder.endLine();
  else if (name === 'td' || name === 'th') w.builder.space(); // a cell outside any table
  const inPre = pre || name === 'pre' || name === 'textarea';
  for (const child of el.children) walk(w, child, depth + 1, inPre);
  if (paragraph) w.builder.lineBreak(2);
  else if (block) w.builder.endLine();
}

/** The text under an over-deep element, in order, with an explicit stack. */
function flatText(builder: TextBuilder, el: Element): void {
  const stack: AnyNode[] = [];
  for (let k = el.children.length - 1; k >= 0; k--) stack.push(el.children[k] as AnyNode);
  while (stack.length) {
    const c = stack.pop() as AnyNode;
    if (c.type === 'text') pushText(builder, c, false);
    else if (c.type === 'tag') {
      const e = c as Element;
      const name = e.name.toLowerCase();
      if (SKIP.has(name)) continue;
      if (name === 'br') builder.lineBreak(1);
      else if (BLOCK.has(name) || name === 'td' || name === 'th') builder.endLine();
      for (let k = e.children.length - 1; k >= 0; k--) stack.push(e.children[k] as AnyNode);
    }
  }
}

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/gu;
const SOURCE_BREAK = /[\r\n\u2028\u2029]/gu;

function pushText(builder: TextBuilder, node: AnyNode, pre: boolean): void {
  const data = (node as unknown as { data: string }).data;
  const start = (node as unknown as { startIndex: number | null }).startIndex;
  // In HTML a line break in the source is white space (one for one, so offsets hold).
  const raw = pre ? data : data.replace(SOURCE_BREAK, ' ');
  if (raw.indexOf('&') === -1) {
    builder.push(raw, start);
    return;
  }
  // Decode reference by reference so that the offsets of plain runs stay exact.
  let last = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(raw); m; m = ENTITY.exec(raw)) {
    const decoded = decodeEntities(m[0]);
    if (decoded === m[0]) continue; // unknown name: literal text
    if (m.index > last) builder.push(raw.slice(last, m.index), start === null ? null : start + last);
    if (start === null) builder.push(decoded, null);
    else builder.replace(decoded, start + m.index, start + m.index + m[0].length);
    last = m.index + m[0].length;
  }
  if (last < raw.length) builder.push(raw.slice(last), start === null ? null : start + last);
}

/** `<tr>` elements of this table (not of nested tables), through thead/tbody/tfoot. */
function directRows(el: Element, rows: Element[] = []): Element[] {
  for (const c of el.children) {
    if (c.type !== 'tag') continue;
    const e = c as Element;
    const n = e.name.toLowerCase();
    if (n === 'tr') rows.push(e);
    else if (n === 'thead' || n === 'tbody' || n === 'tfoot') directRows(e, rows);
  }
  return rows;
}

function renderTable(table: Element, builder: TextBuilder, walkChild: (n: AnyNode) => void): PendingTable | null {
  builder.lineBreak(2);
  const tableStart = builder.nextOffset();
  const parsed: PendingCell[][] = [];
  for (const tr of directRows(table)) {
    const cells: PendingCell[] = [];
    for (const c of tr.children) {
      if (c.type !== 'tag') continue;
      const td = c as Element;
      const n = td.name.toLowerCase();
      if (n !== 'td' && n !== 'th') continue;
      builder.lineBreak(2);
      const start = builder.nextOffset();
      for (const k of td.children) walkChild(k);
      const end = Math.max(start, builder.committed);
      cells.push({
        text: '',
        range: { start, end },
        rowSpan: clampSpan(td.attribs?.rowspan, MAX_ROWSPAN),
        colSpan: clampSpan(td.attribs?.colspan, MAX_COLSPAN),
      });
    }
    parsed.push(cells);
    builder.lineBreak(2);
  }
  builder.lineBreak(2);
  if (parsed.every((r) => r.length === 0)) return null;
  return { cells: parsed, range: { start: tableStart, end: Math.max(tableStart, builder.committed) } };
}
