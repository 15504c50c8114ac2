/**
 * The lexer hands a text to chrono only when mayHoldDateAtom says chrono can find something in
 * it; a text it refuses must be one where chrono finds no calendar atom.
 */
import { describe, expect, it } from 'vitest';
import raw from '../../src/data/deadline-phrases.json';
import { findDateAtoms, mayHoldDateAtom } from '../../src/deadline/chrono-dates.js';
import { foldKey } from '../../src/text/fold.js';
import { PHRASES } from './phrases.js';

describe('mayHoldDateAtom', () => {
  it('says yes to digits and month names, no to words alone', () => {
    expect(mayHoldDateAtom(foldKey('trước ngày 15/12/2024'))).toBe(true);
    expect(mayHoldDateAtom(foldKey('THÁNG GIÊNG'))).toBe(true);
    expect(mayHoldDateAtom(foldKey('thường xuyên, đột xuất theo yêu cầu'))).toBe(false);
  });

  it('refuses no text in which chrono finds a calendar atom', () => {
    const texts = [
      ...PHRASES.map((p) => p.text),
      ...Object.values(raw.classes).flatMap((c) => c.examples),
      'Tháng Giêng năm sau',
      'tháng chạp',
      'hôm nay, ngày mai, thứ hai tuần sau, trong vòng hai ngày',
      'năm nay và năm tới',
    ];
    let refused = 0;
    for (const t of texts) {
      if (mayHoldDateAtom(foldKey(t))) continue;
      refused++;
      expect(findDateAtoms(t), t).toEqual([]);
    }
    expect(refused).toBeGreaterThan(10);
  });
});
