/**
 * issued: place and date from the place–date line (and from a news sentence), with the span
 * covering "place, ngày …"; impossible dates become a warning and a null date.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function header(placeDate: string, numberLine = 'Số: 16/QĐ-UBND'): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÀ TĨNH',
    '',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    numberLine,
    '',
    placeDate,
    '',
    'QUYẾT ĐỊNH',
    '',
    'Về việc thử nghiệm',
    '',
    'Điều 1. Quyết định này có hiệu lực thi hành kể từ ngày ký./.',
  ].join('\n');
}

const valid: [string, string | null, string | null][] = [
  ['Hà Nội, ngày 07 tháng 02 năm 2024', '2024-02-07', 'Hà Nội'],
  ['TP. Hồ Chí Minh, ngày 29 tháng 6 năm 2019', '2019-06-29', 'TP. Hồ Chí Minh'],
  ['Thành phố Hồ Chí Minh, ngày 5 tháng 3 năm 2020', '2020-03-05', 'Thành phố Hồ Chí Minh'],
  ['Hà Tĩnh, ngày 18/9/2023', '2023-09-18', 'Hà Tĩnh'],
  ['Bình Định, ngày 10 tháng 03 năm 2023', '2023-03-10', 'Bình Định'],
  ['Hà Nội, ngày 29 tháng 02 năm 2024', '2024-02-29', 'Hà Nội'],
];

describe('issued extractor (place–date line)', () => {
  it.each(valid)('reads %j', (line, date, place) => {
    const doc = analyze(header(line), { includeText: true });
    expect(doc.issued).toMatchObject({ date, place });
    const span = doc.issued?.span;
    expect(span && doc.text?.slice(span.start, span.end)).toBe(line);
  });

  it.each([
    ['Hà Nội, ngày 31 tháng 02 năm 2024', '31/2/2024'],
    ['Hà Nội, ngày 29 tháng 02 năm 2023', '29/2/2023'],
    ['Hà Nội, ngày 12/13/2024', '12/13/2024'],
  ])('keeps the place but not the impossible date in %j', (line, shown) => {
    const doc = analyze(header(line));
    expect(doc.issued).toMatchObject({ date: null, place: 'Hà Nội' });
    const d = doc.diagnostics.find((x) => x.code === 'issued:invalid-date');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain(shown);
  });

  it('reads a date that the page wraps onto the next line', () => {
    const doc = analyze(header('Thái Nguyên, ngày\n19 tháng 11 năm 2025'));
    expect(doc.issued).toMatchObject({ date: '2025-11-19', place: 'Thái Nguyên' });
  });

  it('reads place and date from a flattened line after the number and its V/v', () => {
    const text = 'BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nSố: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam';
    const doc = analyze(text);
    expect(doc.issued).toMatchObject({ date: '2019-05-23', place: 'Hà Nội' });
  });

  it('warns when a formal document has no place–date line', () => {
    const doc = analyze(header(''));
    expect(doc.issued).toBeNull();
    expect(doc.diagnostics.map((d) => d.code)).toContain('issued:missing');
  });
});

describe('issued on a news page', () => {
  it('takes the date right after the reported number', () => {
    const doc = analyze('Tin\nPhó Thủ tướng vừa ký Quyết định số 62/QĐ-TCTCCTTHC ngày 18/9/2023 ban hành Kế hoạch.', { includeText: true });
    expect(doc.issued).toMatchObject({ date: '2023-09-18', place: null });
    const span = doc.issued?.span;
    expect(span && doc.text?.slice(span.start, span.end)).toBe('ngày 18/9/2023');
  });

  it('takes the date that opens the reporting sentence', () => {
    const doc = analyze('Tin\nNgày 22/9/2023, UBND tỉnh ban hành Công văn số 3198/UBND-TTHCC về triển khai thực hiện Thông báo kết luận.');
    expect(doc.issued?.date).toBe('2023-09-22');
  });

  it('does not take a meeting date for the issue date', () => {
    const doc = analyze('Tin\nVăn phòng Chính phủ ban hành Thông báo 71/TB-VPCP kết luận của Phó Thủ tướng tại Phiên họp thứ ba ngày 26 tháng 02 năm 2024.');
    expect(doc.number?.text).toBe('71/TB-VPCP');
    expect(doc.issued).toBeNull();
    expect(doc.diagnostics.map((d) => d.code)).toContain('issued:not-stated');
  });
});
