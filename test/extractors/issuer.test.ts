/**
 * issuer: the lowest body of the header, its printed lines joined in `text` and the span;
 * the name from the body registry (or sentence case); the issuer code where it names the
 * body better; news pages.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { sentenceCaseName } from '../../src/extractors/issuer/naming.js';

function header(issuerLines: string[], numberLine: string, date = 'Hà Nội, ngày 07 tháng 02 năm 2024'): string {
  return [...issuerLines, '-------', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', numberLine, '', date, '', 'QUYẾT ĐỊNH', '', 'VỀ VIỆC THỬ NGHIỆM', '', 'Điều 1. Thử nghiệm./.'].join('\n');
}

describe('issuer extractor (header)', () => {
  it.each([
    [['ỦY BAN NHÂN DÂN', 'TỈNH NAM ĐỊNH'], 'Số: 1397/QĐ-UBND', 'ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH', 'Ủy ban nhân dân tỉnh Nam Định', 'ubnd-tinh:nam-dinh'],
    [['BỘ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH'], 'Số: 784/QĐ-BVHTTDL', 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Bộ Văn hóa, Thể thao và Du lịch', 'bo-van-hoa-the-thao-va-du-lich'],
    [['TỔNG CỤC THUẾ', 'CỤC THUẾ TP HÀ NỘI'], 'Số: 20574/QĐ-CT-THNVDT', 'CỤC THUẾ TP HÀ NỘI', 'Cục Thuế thành phố Hà Nội', 'cuc-thue-tinh:ha-noi'],
    // The header prints a short name; the issuer code names the body in full.
    [['TỔ CÔNG TÁC CẢI CÁCH', 'THỦ TỤC HÀNH CHÍNH'], 'Số: 16/QĐ-TCTCCTTHC', 'TỔ CÔNG TÁC CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ', 'to-cong-tac-cai-cach-thu-tuc-hanh-chinh'],
  ])('reads %j', (lines, numberLine, text, name, id) => {
    const d = analyze(header(lines, numberLine), { includeText: true });
    expect(d.issuer).toMatchObject({ text, name, id });
    // The span runs from the lowest body's first line to its last.
    const span = d.issuer?.span;
    const printed = d.text?.slice(span?.start, span?.end) ?? '';
    expect(printed.replace(/\s+/gu, ' ')).toBe(text);
  });

  it('reads an issuer printed on the motto line of a flattened header', () => {
    const text = 'Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH';
    expect(analyze(text).issuer).toMatchObject({ text: 'ỦY BAN NHÂN DÂN TỈNH KON TUM', name: 'Ủy ban nhân dân tỉnh Kon Tum' });
  });

  it('joins the issuer of two columns read row by row', () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG Độc lập - Tự do - Hạnh phúc\nSố: 3320 /SNNMT-CCMT Lào Cai, ngày 23 tháng 4 năm 2026\nV/v triển khai thực hiện các quy định';
    expect(analyze(text).issuer).toMatchObject({ text: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', id: 'so-nong-nghiep-va-moi-truong:lao-cai' });
  });

  it('reports an issuer code that names another body than the header (the header wins)', () => {
    const d = analyze(header(['BỘ NỘI VỤ'], 'Số: 15/QĐ-BTC'));
    expect(d.issuer?.name).toBe('Bộ Nội vụ');
    expect(d.diagnostics.map((x) => x.code)).toContain('issuer:code-mismatch');
  });

  it('reports an issuer code used outside its validity (info)', () => {
    const d = analyze(header(['BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'], 'Số: 15/QĐ-BNNMT', 'Hà Nội, ngày 07 tháng 02 năm 2024'));
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'issuer:code-out-of-period', severity: 'info' }));
  });
});

describe('issuer on a news page', () => {
  it('is the subject of the reporting sentence', () => {
    const d = analyze('Tin\nVăn phòng Chính phủ ban hành Thông báo 71/TB-VPCP kết luận của Phó Thủ tướng.', { includeText: true });
    expect(d.issuer).toMatchObject({ name: 'Văn phòng Chính phủ', text: 'Văn phòng Chính phủ', id: 'van-phong-chinh-phu' });
    const span = d.issuer?.span;
    expect(span && d.text?.slice(span.start, span.end)).toBe('Văn phòng Chính phủ');
  });

  it('completes "UBND tỉnh" with the province the page names elsewhere', () => {
    const d = analyze('Tin\nNgày 22/9/2023, UBND tỉnh ban hành Công văn số 3198/UBND-TTHCC về triển khai.\nChủ tịch UBND tỉnh Kon Tum yêu cầu các sở thực hiện.');
    expect(d.issuer).toMatchObject({ text: 'UBND tỉnh', name: 'Ủy ban nhân dân tỉnh Kon Tum', id: 'ubnd-tinh:kon-tum' });
    expect(d.diagnostics.map((x) => x.code)).toContain('issuer:place-inferred');
  });

  it('falls back on the issuer code when a person signs', () => {
    const d = analyze('Tin\nPhó Thủ tướng Trần Lưu Quang, Tổ trưởng Tổ công tác, vừa ký Quyết định số 62/QĐ-TCTCCTTHC ngày 18/9/2023.', { includeText: true });
    expect(d.issuer).toMatchObject({ name: 'Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ', text: 'TCTCCTTHC' });
    expect(d.diagnostics.map((x) => x.code)).toContain('issuer:from-code');
  });
});

describe('sentenceCaseName', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU', 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội'],
    ['BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Bộ Nông nghiệp và Phát triển nông thôn'],
    ['BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BẠC LIÊU', 'Ban Quản lý các khu công nghiệp tỉnh Bạc Liêu'],
    ['BẢO HIỂM XÃ HỘI VIỆT NAM', 'Bảo hiểm xã hội Việt Nam'],
    ['UBND TỈNH HÀ TĨNH', 'Ủy ban nhân dân tỉnh Hà Tĩnh'],
    ['Văn phòng Chính phủ', 'Văn phòng Chính phủ'],
  ])('%j → %j', (printed, name) => {
    expect(sentenceCaseName(printed)).toBe(name);
  });
});
