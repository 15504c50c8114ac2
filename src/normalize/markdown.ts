/**
 * Markdown → normalized text and table grids (unified + remark-parse + remark-gfm, loaded
 * on first use: lazy.ts); pieces in the plain subset scraped pages mostly are (paragraphs,
 * headings, pipe tables, no inline markup) get the same tree from markdown-fast.ts.
 * Headings, paragraphs and list items become lines (list items keep their marker, "- " or
 * "1.", as a plain-text page would show it); GFM tables become grids like HTML tables,
 * each cell its own paragraph. Text is mapped back to the Markdown source through the
 * mdast positions, character by character where escapes, character references or line
 * prefixes make the value differ from the source.
 */
import type { Processor } from 'unified';
import type { Nodes, Root, RootContent, Table as MdTable } from 'mdast';
import type { DiagnosticInput } from '../diagnostics.js';
import { TextBuilder } from './text-builder.js';
import { decodeEntities } from './entities.js';
import { loadRemark } from './lazy.js';
import { parseSimpleMarkdown } from './markdown-fast.js';
import type { PendingCell, PendingTable } from './grid.js';

let processor: Processor<Root> | undefined;

function parser(): Processor<Root> {
  if (!processor) {
    const { unified, remarkParse, remarkGfm } = loadRemark();
    processor = unified().use(remarkParse).use(remarkGfm) as unknown as Processor<Root>;
  }
  return processor;
}

export interface MarkdownResult {
  builder: TextBuilder;
  tables: PendingTable[];
  diagnostics: DiagnosticInput[];
}

/** Nesting walked recursively; deeper blocks are read as flat text. */
const MAX_DEPTH = 200;

interface Ctx {
  md: string;
  /** Offset in `md` of the piece being parsed (mdast positions are relative to it). */
  base: number;
  builder: TextBuilder;
  tables: PendingTable[];
}

export function markdownToText(md: string): MarkdownResult {
  const ctx: Ctx = { md, base: 0, builder: new TextBuilder(), tables: [] };
  const diagnostics: DiagnosticInput[] = [];
  let plain = 0;
  let first = true;
  for (const piece of pieces(md)) {
    if (!first) ctx.builder.lineBreak(2);
    first = false;
    if (piece.hostile) {
      ctx.builder.push(md.slice(piece.start, piece.end), piece.start);
      plain++;
      continue;
    }
    ctx.base = piece.start;
    let tree: Root;
    try {
      const source = md.slice(piece.start, piece.end);
      tree = parseSimpleMarkdown(source) ?? parser().parse(source);
    } catch (err) {
      // micromark does not throw on any input we know of; keep the text if it ever does.
      diagnostics.push({ rule: 'markdown-unparsed', severity: 'warning', message: `a part of the Markdown could not be parsed (${String(err)}); read as plain text` });
      ctx.builder.push(md.slice(piece.start, piece.end), piece.start);
      continue;
    }
    blocks(ctx, tree.children, 0);
  }
  if (plain > 0) {
    diagnostics.push({
      rule: 'markdown-too-complex',
      severity: 'warning',
      message: `${plain} long paragraph${plain === 1 ? '' : 's'} dense with Markdown punctuation ${plain === 1 ? 'was' : 'were'} read as plain text (parsing them would take too long)`,
    });
  }
  return { builder: ctx.builder, tables: ctx.tables, diagnostics };
}

interface Piece {
  start: number;
  end: number;
  hostile: boolean;
}

/** Pieces parsed at once: blank-line separated blocks, batched up to this size. */
const BATCH_CHARS = 16_384;
/**
 * micromark's emphasis and link resolution is quadratic inside one paragraph, so a
 * paragraph with more than this many of `*_[]`<` characters, making up more than 5 % of it,
 * is read as plain text instead.
 */
const MAX_MARKUP = 200;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const MARKUP = /[*_[\]`<]/gu;

/**
 * Split the source at blank lines outside fenced code, mark the blocks too dense with
 * markup to parse in time, and batch the others. Blocks separated by a blank line do not
 * change each other's reading (lists and quotes restart, which renders the same here).
 */
function pieces(md: string): Piece[] {
  const blocksAt: { start: number; end: number }[] = [];
  let blockStart = -1;
  let fence: string | null = null;
  let pos = 0;
  while (pos <= md.length) {
    let nl = md.indexOf('\n', pos);
    if (nl === -1) nl = md.length;
    const line = md.slice(pos, nl);
    const f = FENCE.exec(line);
    if (f) {
      const mark = f[1] as string;
      if (fence === null) fence = mark;
      else if (mark[0] === fence[0] && mark.length >= fence.length) fence = null;
    }
    const blank = fence === null && line.trim() === '';
    if (blank) {
      if (blockStart !== -1) blocksAt.push({ start: blockStart, end: pos });
      blockStart = -1;
    } else if (blockStart === -1) blockStart = pos;
    pos = nl + 1;
  }
  if (blockStart !== -1) blocksAt.push({ start: blockStart, end: md.length });

  const out: Piece[] = [];
  for (const b of blocksAt) {
    const text = md.slice(b.start, b.end);
    const markup = text.length > MAX_MARKUP ? (text.match(MARKUP) ?? []).length : 0;
    const hostile = markup > MAX_MARKUP && markup > text.length * 0.05;
    const last = out[out.length - 1];
    if (!hostile && last && !last.hostile && b.end - last.start <= BATCH_CHARS) last.end = b.end;
    else out.push({ start: b.start, end: b.end, hostile });
  }
  return out;
}

function offsets(ctx: Ctx, node: Nodes): { start: number; end: number } | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : { start: s + ctx.base, end: e + ctx.base };
}

const BLANK_LINE = /\n[ \t>]*\n/u;

/** Blocks in order, separated as in the source: a blank line there, a blank line here. */
function blocks(ctx: Ctx, children: readonly RootContent[], depth: number): void {
  let prev: RootContent | undefined;
  for (const child of children) {
    if (prev) {
      const a = offsets(ctx, prev);
      const z = offsets(ctx, child);
      if (!a || !z || BLANK_LINE.test(ctx.md.slice(a.end, z.start))) ctx.builder.lineBreak(2);
      else ctx.builder.endLine();
    }
    block(ctx, child, depth);
    prev = child;
  }
}

function block(ctx: Ctx, node: RootContent, depth: number): void {
  const b = ctx.builder;
  if (depth > MAX_DEPTH) {
    flat(ctx, node);
    return;
  }
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      for (const c of node.children) inline(ctx, c, depth + 1);
      return;
    case 'list':
      blocks(ctx, node.children, depth + 1);
      return;
    case 'listItem': {
      const at = offsets(ctx, node);
      const [head, ...rest] = node.children;
      const first = head ? offsets(ctx, head) : null;
      if (at && first) {
        // The marker as printed ("-", "1.", "a)" with any task box), then the item text.
        const marker = ctx.md.slice(at.start, first.start).trimEnd();
        if (marker) {
          b.push(marker, at.start);
          b.space();
        }
      }
      // The first block continues the marker's line.
      if (head) blocks(ctx, [head], depth + 1);
      if (head && rest.length) {
        const a = offsets(ctx, head);
        const z = offsets(ctx, rest[0] as RootContent);
        if (!a || !z || BLANK_LINE.test(ctx.md.slice(a.end, z.start))) b.lineBreak(2);
        else b.endLine();
        blocks(ctx, rest, depth + 1);
      }
      return;
    }
    case 'blockquote':
    case 'footnoteDefinition':
      blocks(ctx, node.children, depth + 1);
      return;
    case 'code':
      pushValue(ctx, node.value, offsets(ctx, node), true);
      return;
    case 'html':
      pushHtml(ctx, node.value, offsets(ctx, node));
      return;
    case 'table':
      table(ctx, node, depth);
      return;
    default:
      // thematic breaks, definitions, yaml: no text of the document
      return;
  }
}

function inline(ctx: Ctx, node: RootContent, depth: number): void {
  if (depth > MAX_DEPTH) {
    flat(ctx, node);
    return;
  }
  switch (node.type) {
    case 'text':
      pushValue(ctx, node.value, offsets(ctx, node), false);
      return;
    case 'inlineCode':
      pushValue(ctx, node.value, offsets(ctx, node), false);
      return;
    case 'break':
      ctx.builder.lineBreak(1);
      return;
    case 'html':
      pushHtml(ctx, node.value, offsets(ctx, node));
      return;
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'link':
    case 'linkReference':
      for (const c of node.children) inline(ctx, c, depth + 1);
      return;
    default:
      // images, footnote references: no text of the document
      return;
  }
}

function table(ctx: Ctx, node: MdTable, depth: number): void {
  const b = ctx.builder;
  const start = b.nextOffset();
  const cells: PendingCell[][] = [];
  for (const row of node.children) {
    const out: PendingCell[] = [];
    for (const cell of row.children) {
      b.lineBreak(2);
      const s = b.nextOffset();
      for (const c of cell.children) inline(ctx, c, depth + 2);
      out.push({ text: '', range: { start: s, end: Math.max(s, b.committed) }, rowSpan: 1, colSpan: 1 });
    }
    cells.push(out);
  }
  if (cells.some((r) => r.length > 0)) ctx.tables.push({ cells, range: { start, end: Math.max(start, b.committed) } });
}

/** Text of an over-deep subtree, without structure, with an explicit stack. */
function flat(ctx: Ctx, node: RootContent): void {
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop() as Nodes;
    if ('value' in n && typeof n.value === 'string' && n.type !== 'html') {
      ctx.builder.push(n.value, null);
      ctx.builder.space();
    }
    if ('children' in n) for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k] as Nodes);
  }
}

const LINE_PREFIX = /[ \t>]/u;
const REFERENCE = /^&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/u;

/**
 * Push a node's value, mapping each character to the source: plain runs are copied with
 * their offset; escapes (`\*`) map to the escaped character, references (`&amp;`) to the
 * whole reference; line prefixes (indentation, `>`) in the source are skipped. A character
 * that cannot be found is pushed as made-up text.
 */
function pushValue(ctx: Ctx, value: string, at: { start: number; end: number } | null, verbatim: boolean): void {
  const b = ctx.builder;
  if (!at) {
    b.push(value, null);
    return;
  }
  const md = ctx.md;
  if (md.slice(at.start, at.end) === value) {
    b.push(value, at.start);
    return;
  }
  if (verbatim) {
    // Fenced or indented code: the value is the source between the fences (modulo indentation).
    const idx = md.indexOf(value, at.start);
    b.push(value, idx !== -1 && idx + value.length <= at.end ? idx : null);
    return;
  }
  let p = at.start;
  let run = '';
  let runSrc = -1;
  const flush = (): void => {
    if (run) b.push(run, runSrc);
    run = '';
    runSrc = -1;
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if (md[p] !== ch && (ch === '\n' || md[p] === '\n' || LINE_PREFIX.test(md[p] ?? ''))) {
      // Trailing spaces before a soft break, and indentation or `>` after it, are not in the value.
      let q = p;
      while (q < at.end && q - p < 32 && md[q] !== ch && (md[q] === '\n' || LINE_PREFIX.test(md[q] as string))) q++;
      if (md[q] === ch) p = q;
    }
    if (md[p] === '&') {
      // A character reference in the source (a literal "&" falls through to the copy below).
      const m = REFERENCE.exec(md.slice(p, p + 40));
      const decoded = m ? decodeEntities(m[0]) : '';
      if (m && decoded !== m[0] && value.startsWith(decoded, i)) {
        flush();
        b.replace(decoded, p, p + m[0].length);
        i += decoded.length - 1;
        p += m[0].length;
        continue;
      }
    }
    if (md[p] === ch) {
      if (run && runSrc + run.length !== p) flush();
      if (!run) runSrc = p;
      run += ch;
      p++;
      continue;
    }
    if (md[p] === '\\' && md[p + 1] === ch) {
      // An escaped character maps to the escape and the character together.
      flush();
      b.replace(ch, p, p + 2);
      p += 2;
      continue;
    }
    flush();
    b.push(ch, null);
  }
  flush();
}

const TAG = /<[^<>]{0,2000}>/gu;
const BR = /^<br\s*\/?>$/iu;
const BLOCK_TAG = /^<\/?(?:p|div|tr|li|h[1-6]|table)[\s>/]/iu;

/** Raw HTML inside Markdown: the text between tags; `<br>` and block tags end a line. */
function pushHtml(ctx: Ctx, value: string, at: { start: number; end: number } | null): void {
  const base = at && ctx.md.slice(at.start, at.end) === value ? at.start : null;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(value); m; m = TAG.exec(value)) {
    if (m.index > last) ctx.builder.push(value.slice(last, m.index), base === null ? null : base + last);
    if (BR.test(m[0])) ctx.builder.lineBreak(1);
    else if (BLOCK_TAG.test(m[0])) ctx.builder.endLine();
    last = m.index + m[0].length;
  }
  if (last < value.length) ctx.builder.push(value.slice(last), base === null ? null : base + last);
}
