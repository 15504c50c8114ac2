/**
 * Bad input never throws and never hangs: every case gives a NormalizedDocument with a
 * clear diagnostic. Inputs are generated here; the time limits are generous (the machine
 * is shared) and exist to catch a hang or a quadratic blow-up, not to benchmark.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { NormalizedDocument } from '../../src/document.js';

const SHARED = new URL('../../../shared/', import.meta.url);
const seed004 = readFileSync(new URL(`seeds/${readdirSync(new URL('seeds/', SHARED)).find((f) => f.startsWith('004_'))}`, SHARED), 'utf8');
const page715 = readFileSync(new URL('real-html/qd-715-ubnd-binhdinh-2023.html', SHARED), 'utf8');

function timed(input: string | Uint8Array, options: Parameters<typeof normalize>[1] = {}): { doc: NormalizedDocument; ms: number } {
  const t0 = performance.now();
  const doc = normalize(input, options);
  return { doc, ms: performance.now() - t0 };
}

const codes = (doc: NormalizedDocument): string[] => doc.diagnostics.map((d) => d.code);

/** The document is coherent: lines cover the text, every table cell points into it. */
function expectCoherent(doc: NormalizedDocument): void {
  expect(doc.lines.map((l) => l.text).join('\n')).toBe(doc.text);
  const bad: string[] = [];
  for (const t of doc.tables) {
    for (const row of t.rows) {
      if (row.length !== t.width) bad.push(`row of ${row.length} in a table of width ${t.width}`);
      for (const c of row) if (doc.text.slice(c.range.start, c.range.end) !== c.text) bad.push(`cell ${c.row},${c.col}`);
    }
  }
  expect(bad.slice(0, 5)).toEqual([]);
}

describe('empty and blank input', () => {
  it.each([
    ['empty bytes', new Uint8Array(0)],
    ['empty string', ''],
  ])('%s: an error saying the input is empty', (_name, input) => {
    const doc = normalize(input);
    expect(doc.text).toBe('');
    expect(doc.diagnostics).toEqual([{ code: 'normalize:empty', severity: 'error', message: 'the input is empty' }]);
  });

  it.each([
    ['spaces and line breaks', ' \n\r\n\t  \n'],
    ['NBSP, zero-width and soft hyphens', '\u00A0\u200B\u00AD\uFEFF\u2009 \u00A0'],
    ['HTML with only scripts and styles', '<html><head><style>p{}</style></head><body><script>var a=1;</script>   <p>&nbsp;</p></body></html>'],
  ])('%s: an error saying there is no visible text', (_name, input) => {
    const doc = normalize(input);
    expect(doc.text).toBe('');
    expect(codes(doc)).toEqual(['normalize:empty']);
    expect(doc.diagnostics[0]?.message).toMatch(/no visible text/u);
  });
});

describe('binary files', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(2000).fill(7)]);
  const pdf = new Uint8Array([...Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), ...new Array(500).fill(0x41)]);
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, ...Buffer.from('word/document.xml'), ...new Array(300).fill(1)]);
  const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(512).fill(0)]);
  const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);

  it.each([
    ['PNG', png, /PNG/u],
    ['PDF', pdf, /PDF/u],
    ['zip (.docx)', zip, /zip/u],
    ['OLE (.doc)', doc, /OLE/u],
    ['random bytes with NULs', noise, /binary data/u],
  ])('%s: an error naming what it is', (_name, bytes, kind) => {
    const d = normalize(bytes, { path: 'x.html' });
    expect(d.text).toBe('');
    expect(codes(d)).toEqual(['normalize:binary']);
    expect(d.diagnostics[0]?.severity).toBe('error');
    expect(d.diagnostics[0]?.message).toMatch(kind);
    expect(d.source.encoding).toBe('binary');
    expect(d.source.bytes).toBe(bytes.length);
  });

  it('a string full of control characters is binary too', () => {
    const d = normalize('\u0001\u0002\u0003\u0004'.repeat(100));
    expect(codes(d)).toEqual(['normalize:binary']);
  });

  it('UTF-16 text without a BOM is text, not binary', () => {
    const d = normalize(Buffer.from('Số: 16/QĐ-UBND\nHà Nội, ngày 07 tháng 02 năm 2024\n', 'utf16le'), { path: 'x.txt' });
    expect(d.lines.map((l) => l.text)).toEqual(['Số: 16/QĐ-UBND', 'Hà Nội, ngày 07 tháng 02 năm 2024']);
    expect(codes(d)).toEqual(['normalize:utf16-without-bom']);
  });
});

describe('broken encodings', () => {
  it('truncated UTF-8: the broken last character is dropped, with a warning', () => {
    const bytes = Buffer.from(`${seed004}ệ`, 'utf8');
    const d = normalize(bytes.subarray(0, bytes.length - 1), { path: 'x.txt' });
    expect(codes(d)).toContain('normalize:truncated-utf8');
    expect(d.text.endsWith('ý kiến chỉ đạo.')).toBe(true);
    expect(d.tables).toHaveLength(1);
  });

  it('a UTF-8 lead byte alone at the end', () => {
    const d = normalize(Uint8Array.from([...Buffer.from('Điều 1. Giao Sở Nội vụ', 'utf8'), 0xe1]));
    expect(d.text).toBe('Điều 1. Giao Sở Nội vụ');
    expect(codes(d)).toEqual(['normalize:truncated-utf8']);
  });
});

describe('size', () => {
  it('a 10 MB plain-text page', () => {
    const big = seed004.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(seed004)));
    const { doc, ms } = timed(Buffer.from(big, 'utf8'), { path: 'big.txt' });
    expect(ms).toBeLessThan(20_000);
    expect(doc.text.length).toBeGreaterThan(7_000_000);
    expect(doc.tables.length).toBeGreaterThan(500);
    expect(doc.tables.every((t) => t.rows.length === 18 && t.width === 6)).toBe(true);
  });

  it('a 10 MB HTML page without a document container', () => {
    const para = '<p>Giao <b>Sở Nội vụ</b> chủ trì, phối hợp với các sở, ngành thực hiện trước ngày 15/12/2024.</p>\n';
    const n = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(para));
    const big = `<html><body><nav>Trang chủ</nav>${para.repeat(n)}</body></html>`;
    const { doc, ms } = timed(big, { format: 'html' });
    expect(ms).toBeLessThan(30_000);
    const expected = 'Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành thực hiện trước ngày 15/12/2024.';
    expect(doc.lines.filter((l) => l.text === expected)).toHaveLength(n);
    expect(doc.text.includes('Trang chủ')).toBe(false);
  });

  it('a real page padded to 10 MB outside its document container reads as the document alone', () => {
    const para = '<p>Tin liên quan: Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành.</p>\n';
    const big = page715.replace('</body>', `${para.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(para)))}</body>`);
    const { doc, ms } = timed(big, { format: 'html' });
    expect(ms).toBeLessThan(30_000);
    expect(doc.text).toBe(normalize(page715, { format: 'html' }).text);
  });

  it('a 1 MB single line of hostile text', () => {
    const line = 'Số: 1/QĐ-'.repeat(5000) + 'ngày 1 tháng '.repeat(20000) + '1/'.repeat(100000) + 'Căn cứ '.repeat(50000);
    const { doc, ms } = timed(line);
    expect(ms).toBeLessThan(10_000);
    expect(doc.lines).toHaveLength(1);
    expectCoherent(doc);
  });

  it('1 MB without a space or a line break', () => {
    const { doc, ms } = timed('Đ'.repeat(1024 * 1024));
    expect(ms).toBeLessThan(10_000);
    expect(doc.text.length).toBe(1024 * 1024);
  });

  it('1 MB of table-like lines and pipes', () => {
    const text = `STT\n${'1.\n'.repeat(50_000)}${'| a | b |\n'.repeat(50_000)}`;
    const { doc, ms } = timed(text, { path: 'x.txt' });
    expect(ms).toBeLessThan(20_000);
    expectCoherent(doc);
  });

  it('1 MB of legacy-looking symbols next to letters', () => {
    const { doc, ms } = timed('aµ¸b§c '.repeat(150_000));
    expect(ms).toBeLessThan(20_000);
    expectCoherent(doc);
  });

  it('1 MB of unclosed tags and stray ampersands', () => {
    const { doc, ms } = timed(`<html><body>${'<p><b><i>a &amp b &#99999999; &bogus; <td colspan=0>'.repeat(20_000)}`, { format: 'html' });
    expect(ms).toBeLessThan(20_000);
    expectCoherent(doc);
  });

  it('1 MB of Markdown emphasis and brackets', () => {
    const { doc, ms } = timed('*_[`'.repeat(250_000), { format: 'markdown' });
    expect(ms).toBeLessThan(20_000);
    expectCoherent(doc);
  });
});
