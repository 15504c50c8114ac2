/**
 * Hostile inputs: a megabyte of text shaped to make a matcher backtrack or look ahead far
 * (repeated heads, name prefixes, "của" chains, commas, dotted letters) is read in linear
 * time; empty and punctuation-only inputs give nothing.
 */
import { describe, expect, it } from 'vitest';
import { findBodyMentions, resolveBodyName, resolveBodyPieces } from '../../src/bodies/index.js';
import { textDoc } from './helpers.js';

const MB = 1_000_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const ctx = { date: '2024-01-01', issuer: null };

describe('a megabyte of hostile text', () => {
  it.each([
    ['repeated heads', 'Bộ '],
    ['a name prefix that never ends', 'Bộ Kế hoạch và '],
    ['an unknown name that goes on', 'Tổ công tác cải cách '],
    ['"của" chains', 'Hội đồng tư vấn của Tổ công tác của '],
    ['collective prefixes', 'các bộ, ngành, '],
    ['dotted letters', 'U.B.N.D.'],
    ['level words', 'UBND tỉnh thành phố huyện xã '],
    ['capitalised words', 'Cục Văn Hóa Cơ Sở Miền Núi '],
    ['no spaces', 'a'],
  ])('%s', (_label, unit) => {
    const text = fill(unit);
    const t0 = performance.now();
    const ms = findBodyMentions(text, undefined, ctx);
    const ms1 = performance.now() - t0;
    expect(Array.isArray(ms)).toBe(true);
    // Measured 2–4 s per megabyte on a busy 2-core machine; the bound only catches a blow-up.
    expect(ms1).toBeLessThan(30_000);
  });

  it('resolves a megabyte-long cell', () => {
    const doc = textDoc(fill('Bộ Công an; các bộ, ngành và '));
    const t0 = performance.now();
    const refs = resolveBodyPieces(doc, [{ text: doc.text, range: { start: 0, end: doc.text.length } }], ctx);
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(refs.map((r) => r.id)).toEqual(['bo-cong-an', 'collective:cac-bo-nganh']);
  });
});

describe('degenerate inputs', () => {
  it.each(['', '   ', '\n\n', ';;;', '- - -', '(((', 'Bộ', 'UBND', 'các'])('%j gives no body', (text) => {
    expect(findBodyMentions(text, undefined, ctx).filter((m) => m.body.id !== null)).toEqual([]);
    expect(resolveBodyName(text, ctx)?.id ?? null).toBeNull();
  });
});
