/**
 * foldKey and isUpperLine are scanners over code units (a reused buffer, the unit table);
 * these tests hold them to the definitions they replace.
 */
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/text/fold.js';
import { isUpperLine } from '../../src/text/patterns.js';

/** The fold of one code unit, by its definition: marks stripped, lower case, đ → d. */
function foldUnitByDefinition(ch: string): string {
  if (ch === 'đ' || ch === 'Đ' || ch === 'ð' || ch === 'Ð') return 'd';
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (base.length === 1) return base;
  return ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
}

const byDefinition = (s: string): string => s.split('').map(foldUnitByDefinition).join('');

describe('foldKey', () => {
  it('folds Vietnamese text unit by unit, keeping its length', () => {
    const s = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc';
    expect(foldKey(s)).toBe('cong hoa xa hoi chu nghia viet nam — doc lap - tu do - hanh phuc');
    expect(foldKey(s)).toHaveLength(s.length);
  });

  it('gives an already folded key back as it is', () => {
    const s = 'quyet dinh so 16/qd-tctccttthc ngay 07 thang 02 nam 2024';
    expect(foldKey(s)).toBe(s);
  });

  it('agrees with the definition on short, long and very long texts', () => {
    const sample = 'Ủy ban nhân dân tỉnh Nghệ An ĐỒNG Ý ừ ỡ ñ ß İ Ω ﬁ\u00a0\u0301 ';
    for (const n of [3, 15, 16, 17, 63, 64, 4095, 4096, 70_000, 300_000]) {
      const s = sample.repeat(Math.ceil(n / sample.length)).slice(0, n);
      expect(foldKey(s), `length ${n}`).toBe(byDefinition(s));
      // An already folded start (copied as it is) before the first unit that folds.
      const late = `so 16/qd ${s}`;
      expect(foldKey(late), `length ${late.length}`).toBe(byDefinition(late));
    }
  });

  it('keeps lone surrogates and surrogate pairs unit for unit', () => {
    const s = `Đ\ud800A\udc00 𝐀 ${'x'.repeat(40)}`;
    expect(foldKey(s)).toBe(`d\ud800a\udc00 𝐀 ${'x'.repeat(40)}`);
  });

  it('is not disturbed by a longer text folded before (the buffer is reused)', () => {
    foldKey('Ậ'.repeat(5000));
    expect(foldKey('Hà Nội, ngày 07 tháng 02 năm 2024')).toBe('ha noi, ngay 07 thang 02 nam 2024');
  });
});

describe('isUpperLine', () => {
  const byDefinition = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

  it('reads Vietnamese capitals and lower case', () => {
    expect(isUpperLine('QUYẾT ĐỊNH')).toBe(true);
    expect(isUpperLine('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN')).toBe(true);
    expect(isUpperLine('Quyết định')).toBe(false);
    expect(isUpperLine('QUYẾT ĐỊNh')).toBe(false);
    expect(isUpperLine('123/2024 - …')).toBe(false);
    expect(isUpperLine('')).toBe(false);
  });

  it('agrees with the regex definition on every code unit, and on characters outside the BMP', () => {
    const mismatches: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `A${ch}`, `${ch}a`, `Ă ${ch} X`]) if (isUpperLine(s) !== byDefinition(s)) mismatches.push(s);
    }
    for (const s of ['𝐀', '𝐀a', '𝐚', 'A𝐚', 'AB 𝐀', '\ud835', 'A\ud835', '\udc00a', 'ǅ', 'ǅA']) if (isUpperLine(s) !== byDefinition(s)) mismatches.push(s);
    expect(mismatches).toEqual([]);
  });
});
