/**
 * Extreme inputs: empty, binary, huge pages, one enormous line, deep nesting, absurd
 * table spans. Each yields a result (with a diagnostic where something is wrong); the
 * test timeout is the hang detector — speed itself is measured by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { expectValid } from './invariants.js';

const seed004 = readFileSync(new URL('../../../shared/seeds/004_ce81f495349be684.txt', import.meta.url), 'utf8');
const realHtml = readFileSync(new URL('../../../shared/real-html/qd-715-ubnd-binhdinh-2023.html', import.meta.url), 'utf8');

describe('extreme inputs', () => {
  it('empty input gives an error diagnostic, not a throw', () => {
    const d = analyze(new Uint8Array(0), { includeText: true });
    expectValid(d);
    expect(d.diagnostics.some((x) => x.severity === 'error')).toBe(true);
  });

  it('binary input (PNG header + zeros) is reported as binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(2000).fill(0)]);
    const d = analyze(png, { includeText: true });
    expectValid(d);
    expect(d.diagnostics.map((x) => x.code)).toContain('normalize:binary');
  });

  it('a 10 MB plain-text page is analysed', () => {
    const big = seed004.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(seed004)));
    const d = analyze(big, { includeText: true });
    expectValid(d);
    expect(d.number?.text ?? null).not.toBe(undefined);
  });

  it('a 10 MB HTML page is analysed', () => {
    const big = realHtml.replace('</body>', `${'<p>Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành thực hiện trước ngày 15/12/2024.</p>'.repeat(100_000)}</body>`);
    const d = analyze(big, { includeText: true, format: 'html' });
    expectValid(d);
  });

  it('a 1 MB single line of hostile text is analysed', () => {
    const line = 'Số: 1/QĐ-'.repeat(5000) + 'ngày 1 tháng '.repeat(20000) + '1/'.repeat(100000) + 'Căn cứ '.repeat(50000);
    const d = analyze(line, { includeText: true });
    expectValid(d);
  });

  it('1 MB without any line break or space is analysed', () => {
    const d = analyze('Đ'.repeat(1024 * 1024), { includeText: true });
    expectValid(d);
  });

  it('10,000-deep nested HTML is analysed', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}Số: 12/QĐ-UBND${'</div>'.repeat(10_000)}</body></html>`;
    const d = analyze(html, { includeText: true });
    expectValid(d);
  });

  it('a table with absurd rowspan/colspan is analysed', () => {
    const html = `<html><body><table><tr><td rowspan="2147483647" colspan="99999">STT</td><td>Nhiệm vụ</td></tr>${'<tr><td colspan="100000">x</td></tr>'.repeat(50)}</table></body></html>`;
    const d = analyze(html, { includeText: true });
    expectValid(d);
  });
});
