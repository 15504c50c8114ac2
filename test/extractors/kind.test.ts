/**
 * kind: the kind line, the type name inside a flattened header, a công văn recognised by its
 * number, and a news page naming the document it reports on.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function doc(numberLine: string, kindAndTitle: string[]): string {
  return [
    'BỘ NỘI VỤ',
    '',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    numberLine,
    '',
    'Hà Nội, ngày 05 tháng 3 năm 2024',
    '',
    ...kindAndTitle,
    '',
    'Nội dung văn bản./.',
  ].join('\n');
}

describe('kind extractor', () => {
  it.each([
    ['QUYẾT ĐỊNH', 'Số: 15/QĐ-BNV', { code: 'QĐ', name: 'Quyết định' }],
    ['KẾ HOẠCH', 'Số: 87/KH-BNV', { code: 'KH', name: 'Kế hoạch' }],
    ['THÔNG BÁO', 'Số: 71/TB-BNV', { code: 'TB', name: 'Thông báo' }],
    ['CHỈ THỊ', 'Số: 27/CT-BNV', { code: 'CT', name: 'Chỉ thị' }],
    ['NGHỊ QUYẾT', 'Số: 01/NQ-BNV', { code: 'NQ', name: 'Nghị quyết' }],
    ['THÔNG TƯ', 'Số: 01/2024/TT-BNV', { code: 'TT', name: 'Thông tư' }],
    ['QUY ĐỊNH', 'Số: 02/QyĐ-BNV', { code: 'QyĐ', name: 'Quy định' }],
  ])('reads the kind line %j', (line, numberLine, kind) => {
    const d = analyze(doc(numberLine, [line, '', 'VỀ VIỆC THỬ NGHIỆM']));
    expect(d.kind).toEqual(kind);
  });

  it('gives a công văn (no kind line, a number without a type code, "V/v") the kind CV', () => {
    const d = analyze(doc('Số: 05/BNV-VP\nV/v nâng bậc lương năm 2019', ['Kính gửi: Sở Nội vụ các tỉnh']));
    expect(d.kind).toEqual({ code: 'CV', name: 'Công văn' });
    expect(d.number).toMatchObject({ typeCode: null, issuerCode: 'BNV' });
    expect(d.diagnostics.map((x) => x.code)).toContain('kind:cong-van');
  });

  it('reads the kind from the number when there is no kind line (info)', () => {
    const d = analyze(doc('Số: 87/KH-BNV', ['Nội dung kế hoạch thử nghiệm trong năm.']));
    expect(d.kind).toEqual({ code: 'KH', name: 'Kế hoạch' });
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'kind:from-number', severity: 'info' }));
  });

  it('reads the type name inside a flattened header line', () => {
    const text = 'BỘ TƯ PHÁP --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 173/QĐ-BTP\nHà Nội, ngày 29 tháng 01 năm 2015 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP\nCăn cứ Nghị định số 22/2013/NĐ-CP ngày 13/3/2013 của Chính phủ;';
    expect(analyze(text).kind).toEqual({ code: 'QĐ', name: 'Quyết định' });
  });

  it('does not take a sentence that starts with "Quyết định" for a kind', () => {
    const text = 'BỘ TƯ PHÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nSố: 173/BTP-VP\nHà Nội, ngày 29 tháng 01 năm 2015 Quyết định của Bộ được gửi kèm.';
    expect(analyze(text).kind).toEqual({ code: 'CV', name: 'Công văn' });
  });
});

describe('kind on a news page', () => {
  it.each([
    ['Phó Thủ tướng vừa ký Quyết định số 62/QĐ-TCTCCTTHC ngày 18/9/2023.', { code: 'QĐ', name: 'Quyết định' }],
    ['Văn phòng Chính phủ ban hành Thông báo 71/TB-VPCP kết luận của Phó Thủ tướng.', { code: 'TB', name: 'Thông báo' }],
    ['Ngày 22/9/2023, UBND tỉnh ban hành Công văn số 3198/UBND-TTHCC về triển khai.', { code: 'CV', name: 'Công văn' }],
  ])('names the reported document: %j', (sentence, kind) => {
    expect(analyze(`Tin tức\n${sentence}`).kind).toEqual(kind);
  });

  it('is null when the page reports on no document', () => {
    expect(analyze('Tin tức\nSáng 19/7, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức phiên họp thứ 5.').kind).toBeNull();
  });
});
