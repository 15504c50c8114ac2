/**
 * markdown-fast.ts against remark: wherever the fast reader accepts a Markdown text, its
 * tree must be the one remark-parse + remark-gfm build, in everything markdown.ts reads
 * (node types, children, text values, heading depth, start/end offsets of every node but
 * table rows and cells). Checked on every fixture, seed and doc page, on each of their
 * blank-line separated blocks, and on generated Markdown made of the constructs at the
 * edge of the subset.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseSimpleMarkdown } from '../../src/normalize/markdown-fast.js';
import { normalize } from '../../src/normalize/index.js';

const remark = unified().use(remarkParse).use(remarkGfm);
const ROOT = new URL('../../', import.meta.url).pathname;

interface Projected {
  type: string;
  start?: number | undefined;
  end?: number | undefined;
  value?: string;
  depth?: number;
  children?: Projected[];
}

/** What markdown.ts reads of a node (rows and cells: only their children). */
function project(node: Nodes): Projected {
  const out: Projected = { type: node.type };
  if (node.type !== 'tableRow' && node.type !== 'tableCell') {
    out.start = node.position?.start.offset;
    out.end = node.position?.end.offset;
  }
  if ('value' in node) out.value = node.value;
  if (node.type === 'heading') out.depth = node.depth;
  if ('children' in node) out.children = (node.children as Nodes[]).map(project);
  return out;
}

/** Compare on `md` when the fast reader takes it; true when it did. */
function agrees(md: string): boolean {
  const fast = parseSimpleMarkdown(md);
  if (!fast) return false;
  expect(project(fast as Root), JSON.stringify(md.slice(0, 200))).toEqual(project(remark.parse(md)));
  return true;
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const corpus = [join(ROOT, 'fixtures'), join(ROOT, '../shared/seeds'), join(ROOT, 'docs'), join(ROOT, 'examples')]
  .flatMap((d) => walk(d))
  .filter((f) => /\.(md|txt)$/u.test(f))
  .map((f) => readFileSync(f, 'utf8'));

describe('the fast Markdown reader', () => {
  it('reads every corpus text it accepts (whole, and block by block, LF and CRLF) as remark does', () => {
    let accepted = 0;
    let tried = 0;
    for (const text of corpus) {
      const variants = [text, text.replace(/\n/gu, '\r\n')];
      for (const v of variants) {
        const blocks = v.split(/(?:\r?\n)[ \t]*(?:\r?\n)/u);
        for (const piece of [v, ...blocks]) {
          tried++;
          if (agrees(piece)) accepted++;
        }
      }
    }
    // The subset must really be in use, not refused everywhere.
    expect(accepted).toBeGreaterThan(tried / 4);
  });

  it('reads generated Markdown at the edge of the subset as remark does', () => {
    const piece = fc.constantFrom(
      'Bộ Tài chính', 'chủ trì', 'a', '1', '2025', ' ', '  ', '   ', '    ', '\t', '|', ' | ', '||', '| --- |', '|---|---|', '| :-- | --: |',
      '-', '---', ':', '#', '# ', '## ', '####### ', ' #', ' ##', '=', '*', '**', '_', '\\', '&amp;', '<b>', '[a]', '`x`', '~', '@',
      'www.', 'http://x.vn', 'h', 'm', 'x', 'w', '1.', '2)', '\u00a0', '\f', '\u0000', 'ư', '\u0301', '\n', '\n', '\n', '\r\n', '\r', '\n\n',
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        if (agrees(parts.join(''))) accepted++;
      }),
      { numRuns: 3000, seed: 8 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('reads tables built to stress rows, widths and interruptions as remark does', () => {
    const cell = fc.constantFrom('', ' ', 'a', ' Bộ Nội vụ ', '1', '  x  ', '\tb', '#');
    const row = fc.tuple(fc.boolean(), fc.array(cell, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([lead, cells, trail]) => `${lead ? '|' : ''}${cells.join('|')}${trail ? '|' : ''}`);
    const line = fc.oneof(row, fc.constantFrom('', '# Tiêu đề', 'Đoạn văn', '| --- | --- |', '|---|', '| :-: | --- | ---: |', '  | a | b |'));
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        if (agrees(lines.join(eol))) accepted++;
      }),
      { numRuns: 3000, seed: 9 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('turns a 1 MB pipe table into a grid without remark (which needs ~4 s for it)', () => {
    const row = '| 1 | Bộ Tài chính chủ trì, hoàn thành năm 2025 |';
    const md = `| STT | Nhiệm vụ |\n| --- | --- |\n${Array.from({ length: 20_000 }, () => row).join('\n')}`;
    // The fast reader takes it (speed itself is measured by `npm run bench`, never asserted here).
    expect(parseSimpleMarkdown(md)).not.toBeNull();
    const doc = normalize(md, { format: 'markdown' });
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]?.rows).toHaveLength(20_001);
    expect(doc.tables[0]?.rows[1]?.[1]?.text).toBe('Bộ Tài chính chủ trì, hoàn thành năm 2025');
  });
});
