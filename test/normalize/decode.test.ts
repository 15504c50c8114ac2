import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/normalize/decode.js';
import { normalize } from '../../src/normalize/index.js';
import { latin1Bytes, to1258Form, toTcvn3 } from './legacy-encoders.js';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seed004 = readFileSync(new URL(readdirSync(SEEDS).find((f) => f.startsWith('004_')) as string, SEEDS), 'utf8');
const rules = (d: { diagnostics: readonly { rule: string }[] }): string[] => d.diagnostics.map((x) => x.rule);

const SAMPLE = 'Cộng hòa xã hội chủ nghĩa Việt Nam — Độc lập - Tự do - Hạnh phúc. Số: 16/QĐ-TCTCCTTHC, ngày 07 tháng 02 năm 2024.';

describe('decodeBytes', () => {
  it('reads strict UTF-8', () => {
    const d = decodeBytes(Buffer.from(SAMPLE, 'utf8'));
    expect(d).toEqual({ text: SAMPLE, encoding: 'utf-8', diagnostics: [] });
  });

  it('honours and strips a UTF-8 BOM', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]));
    expect(d.text).toBe(SAMPLE);
    expect(d.encoding).toBe('utf-8');
  });

  it('reads UTF-16 with a BOM, little and big endian', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    expect(decodeBytes(le)).toMatchObject({ text: SAMPLE, encoding: 'utf-16le' });
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] as number, be[i] as number];
    expect(decodeBytes(be)).toMatchObject({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('follows <meta charset> for a windows-1258 page', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>${to1258Form(SAMPLE)}</p></body></html>`;
    const d = decodeBytes(iconv.encode(html, 'windows-1258'));
    expect(d.encoding).toBe('windows-1258');
    expect(d.text.normalize('NFC')).toContain(SAMPLE);
  });

  it('reads UTF-8 bytes as UTF-8 even when the page claims windows-1252', () => {
    const html = `<html><head><meta charset="windows-1252"></head><body>${SAMPLE}</body></html>`;
    const d = decodeBytes(Buffer.from(html, 'utf8'));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain(SAMPLE);
    expect(rules(d)).toEqual(['charset-mismatch']);
  });

  it('ignores a charset it does not know, with a note', () => {
    const d = decodeBytes(Buffer.from(`<meta charset="x-vn-abc">${SAMPLE}`, 'utf8'));
    expect(d.encoding).toBe('utf-8');
    expect(rules(d)).toEqual(['unknown-charset']);
  });

  it('drops a UTF-8 sequence cut off at the end and says the file is truncated', () => {
    const full = Buffer.from('Hà Nội, ngày 07 tháng 02 năm 2024 — Việt', 'utf8');
    const cut = full.subarray(0, full.length - 2); // "ệ" is 3 bytes: keep 1
    const d = decodeBytes(cut);
    expect(d.text).toBe('Hà Nội, ngày 07 tháng 02 năm 2024 — Vi');
    expect(rules(d)).toEqual(['truncated-utf8']);
  });

  it('keeps a UTF-8 page with a few stray bytes as UTF-8 (replacement characters) and warns', () => {
    const bytes = Buffer.concat([Buffer.from(seed004.slice(0, 3000), 'utf8'), Buffer.from([0xff]), Buffer.from(seed004.slice(3000, 6000), 'utf8')]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(rules(d)).toEqual(['invalid-utf8']);
    expect(d.text).toContain('\uFFFD');
  });
});

describe('windows-1258 text without a declaration (re-encoded from a real UTF-8 seed)', () => {
  const bytes = iconv.encode(to1258Form(seed004), 'windows-1258');

  it('is not UTF-8, is decoded as windows-1258 and composed to NFC', () => {
    const doc = normalize(bytes, { path: 'x.txt' });
    expect(doc.source.encoding).toBe('windows-1258');
    expect(doc.diagnostics.map((d) => d.code)).toContain('normalize:not-utf8');
    expect(doc.text).toBe(normalize(seed004, { path: 'x.txt' }).text);
  });

  it('maps a composed letter back to its base and tone characters', () => {
    const doc = normalize(bytes, { path: 'x.txt' });
    const decoded = iconv.decode(bytes, 'windows-1258');
    const at = doc.text.indexOf('Hạnh phúc');
    expect(at).toBeGreaterThan(0);
    const r = doc.toSource({ start: at, end: at + 'Hạnh phúc'.length });
    expect(r && decoded.slice(r.start, r.end)).toBe('Ha\u0323nh phu\u0301c');
  });
});

describe('TCVN3 bytes under a Western charset label', () => {
  it('are converted although the page says iso-8859-1', () => {
    const body = toTcvn3('Ủy ban nhân dân tỉnh Hà Tĩnh\nCộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nQuyết định về việc ban hành kế hoạch năm 2009');
    const bytes = latin1Bytes(`<html><head><meta charset="iso-8859-1"></head><body><p>${body.replaceAll('\n', '</p><p>')}</p></body></html>`);
    const doc = normalize(bytes, { path: 'x.html' });
    expect(doc.source.encoding).toBe('windows-1252+tcvn3');
    expect(doc.lines.map((l) => l.text).filter(Boolean)).toEqual([
      'Ủy ban nhân dân tỉnh Hà Tĩnh',
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
      'Độc lập - Tự do - Hạnh phúc',
      'Quyết định về việc ban hành kế hoạch năm 2009',
    ]);
  });
});
