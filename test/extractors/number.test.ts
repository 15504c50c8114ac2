/**
 * number: the số/ký hiệu grammar (extractNumber) as a table of real and variant symbols, then
 * the extractor in the pipeline: span = the printed number, header vs news page, diagnostics.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractNumber } from '../../src/index.js';

type Parsed = NonNullable<ReturnType<typeof extractNumber>>;

const valid: [string, Parsed][] = [
  ['Số: 16/QĐ-TCTCCTTHC', { text: '16/QĐ-TCTCCTTHC', serial: '16', year: null, typeCode: 'QĐ', issuerCode: 'TCTCCTTHC' }],
  ['Số 3198/UBND-TTHCC', { text: '3198/UBND-TTHCC', serial: '3198', year: null, typeCode: null, issuerCode: 'UBND' }],
  ['số 71/TB-VPCP', { text: '71/TB-VPCP', serial: '71', year: null, typeCode: 'TB', issuerCode: 'VPCP' }],
  ['35/2024/NĐ-CP', { text: '35/2024/NĐ-CP', serial: '35', year: 2024, typeCode: 'NĐ', issuerCode: 'CP' }],
  ['Công văn số 4021/VPCP-CN', { text: '4021/VPCP-CN', serial: '4021', year: null, typeCode: null, issuerCode: 'VPCP' }],
  ['45/2019/QH14', { text: '45/2019/QH14', serial: '45', year: 2019, typeCode: null, issuerCode: 'QH14' }],
  ['101/2025/UBTVQH15', { text: '101/2025/UBTVQH15', serial: '101', year: 2025, typeCode: null, issuerCode: 'UBTVQH15' }],
  ['17/2007/TTLT-BLĐTBXH-NHNNVN', { text: '17/2007/TTLT-BLĐTBXH-NHNNVN', serial: '17', year: 2007, typeCode: 'TTLT', issuerCode: 'BLĐTBXH' }],
  ['18-NQ/TW', { text: '18-NQ/TW', serial: '18', year: null, typeCode: 'NQ', issuerCode: 'TW' }],
  ['8011-CV/BTCTW', { text: '8011-CV/BTCTW', serial: '8011', year: null, typeCode: 'CV', issuerCode: 'BTCTW' }],
  ['Nghị quyết số 30c/NQ-CP', { text: '30c/NQ-CP', serial: '30c', year: null, typeCode: 'NQ', issuerCode: 'CP' }],
  ['20574/QĐ-CT-THNVDT', { text: '20574/QĐ-CT-THNVDT', serial: '20574', year: null, typeCode: 'QĐ', issuerCode: 'CT' }],
  ['1148/QĐ-CT', { text: '1148/QĐ-CT', serial: '1148', year: null, typeCode: 'QĐ', issuerCode: 'CT' }],
  ['27/CT-TTg', { text: '27/CT-TTg', serial: '27', year: null, typeCode: 'CT', issuerCode: 'TTg' }],
  ['03/VBHN-VPQH', { text: '03/VBHN-VPQH', serial: '03', year: null, typeCode: 'VBHN', issuerCode: 'VPQH' }],
  ['2214/SNV-CCHC&CTTN', { text: '2214/SNV-CCHC&CTTN', serial: '2214', year: null, typeCode: null, issuerCode: 'SNV' }],
  // Variants seen in scraped text (domain notes §1.3).
  ['427 /QĐ-TNVN', { text: '427/QĐ-TNVN', serial: '427', year: null, typeCode: 'QĐ', issuerCode: 'TNVN' }],
  ['109 -QĐ/TNVN', { text: '109-QĐ/TNVN', serial: '109', year: null, typeCode: 'QĐ', issuerCode: 'TNVN' }],
  ['Số: 15/QĐ - UBND', { text: '15/QĐ-UBND', serial: '15', year: null, typeCode: 'QĐ', issuerCode: 'UBND' }],
  ['15/QĐ–UBND', { text: '15/QĐ-UBND', serial: '15', year: null, typeCode: 'QĐ', issuerCode: 'UBND' }],
  ['Quyết định số 933/QÐ-TTg', { text: '933/QĐ-TTg', serial: '933', year: null, typeCode: 'QĐ', issuerCode: 'TTg' }],
  ['Số:\u00a0125\u00a0/QĐ-UBND', { text: '125/QĐ-UBND', serial: '125', year: null, typeCode: 'QĐ', issuerCode: 'UBND' }],
  ['Số: 16\n/QĐ-TCTCCTTHC', { text: '16/QĐ-TCTCCTTHC', serial: '16', year: null, typeCode: 'QĐ', issuerCode: 'TCTCCTTHC' }],
  ['Thông tư số 151/2014/TT-\nBTC', { text: '151/2014/TT-BTC', serial: '151', year: 2014, typeCode: 'TT', issuerCode: 'BTC' }],
  ['148/2020 NĐ-CP ngày 18/12/2020', { text: '148/2020/NĐ-CP', serial: '148', year: 2020, typeCode: 'NĐ', issuerCode: 'CP' }],
  ['59/2022/ND-CP', { text: '59/2022/ND-CP', serial: '59', year: 2022, typeCode: 'NĐ', issuerCode: 'CP' }],
  ['16/qđ-ubnd', { text: '16/qđ-ubnd', serial: '16', year: null, typeCode: 'QĐ', issuerCode: 'UBND' }],
  ['Thông tư số 25/2023/TTBKHĐT', { text: '25/2023/TT-BKHĐT', serial: '25', year: 2023, typeCode: 'TT', issuerCode: 'BKHĐT' }],
  // An unknown type code after a year is kept (the tables are not exhaustive).
  ['Pháp lệnh số 38/2001/PL-UBTVQH10', { text: '38/2001/PL-UBTVQH10', serial: '38', year: 2001, typeCode: 'PL', issuerCode: 'UBTVQH10' }],
];

const invalid: string[] = [
  'Điều 5',
  'khoản 2 Điều 5 Luật Đất đai',
  '0912.345.678',
  'Điện thoại: (024) 3825 1234',
  'Kinh phí 1.500.000 đồng',
  'số 12 đường Lê Lợi',
  'số 5/Lê Lợi, phường 3',
  'ngày 18/9/2023',
  'Tháng 7/2024',
  'Quý III/2024',
  'đạt 40/77 nhiệm vụ',
  'giai đoạn 2022 - 2025',
  'mỗi 1/tháng',
  'hoạt động 24/7',
  'Tháng 3/2024 UBND tỉnh ban hành',
  'Số:      /KH-UBND',
];

describe('extractNumber', () => {
  it.each(valid)('reads %j', (input, expected) => {
    expect(extractNumber(input)).toEqual(expected);
  });

  it.each(invalid)('finds no number in %j', (input) => {
    expect(extractNumber(input)).toBeNull();
  });
});

/** A decision header around a number line. */
function header(numberLine: string): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÀ TĨNH',
    '',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    numberLine,
    '',
    'Hà Tĩnh, ngày 07 tháng 02 năm 2024',
    '',
    'QUYẾT ĐỊNH',
    '',
    'Về việc thử nghiệm',
    '',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    '',
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    '',
    'QUYẾT ĐỊNH:',
    '',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thử nghiệm./.',
  ].join('\n');
}

describe('number extractor', () => {
  it.each([
    ['Số: 16/QĐ-UBND', '16/QĐ-UBND', '16/QĐ-UBND'],
    ['Số: 125 /QĐ - UBND', '125/QĐ-UBND', '125 /QĐ - UBND'],
    ['Số: 06/2024/QĐ-UBND', '06/2024/QĐ-UBND', '06/2024/QĐ-UBND'],
  ])('reads %j from the header; the span is the printed number', (line, text, printed) => {
    const doc = analyze(header(line), { includeText: true });
    expect(doc.number?.text).toBe(text);
    const span = doc.number?.span;
    expect(span && doc.text?.slice(span.start, span.end)).toBe(printed);
    expect(span?.line).toBe(7);
  });

  it('warns about a draft number without a serial', () => {
    const doc = analyze(header('Số:      /QĐ-UBND'));
    expect(doc.number).toBeNull();
    expect(doc.diagnostics.map((d) => d.code)).toContain('number:empty-serial');
  });

  it('keeps a number with an unknown issuer code and says so (info)', () => {
    const doc = analyze(header('Số: 12/QĐ-XYZW'));
    expect(doc.number).toMatchObject({ text: '12/QĐ-XYZW', typeCode: 'QĐ', issuerCode: 'XYZW' });
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: 'number:unknown-issuer-code', severity: 'info', actual: 'XYZW' }));
  });

  it('does not take a number cited in the body for the document number', () => {
    const doc = analyze(header('Số:').replace('Căn cứ Luật', 'Căn cứ Quyết định số 932/QĐ-TTg ngày 06/8/2023; Luật'));
    expect(doc.number).toBeNull();
    expect(doc.diagnostics.map((d) => d.code)).toContain('number:unparsed');
  });

  it('reads "Số:" alone on its line and the number at the start of the next (flattened header)', () => {
    const text = 'PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc -------\nSố:\n299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP.';
    const doc = analyze(text, { includeText: true });
    expect(doc.number).toMatchObject({ text: '299/TTg', typeCode: null, issuerCode: 'TTg' });
  });
});

describe('number on a news page', () => {
  it('takes the number of the document the page reports on, with an info diagnostic', () => {
    const text = 'Tin tức\nPhó Thủ tướng Trần Lưu Quang vừa ký Quyết định số 62/QĐ-TCTCCTTHC ngày 18/9/2023 ban hành Kế hoạch hoạt động. Kế hoạch nêu rõ Quyết định số 933/QÐ-TTg ngày 06/8/2023.';
    const doc = analyze(text, { includeText: true });
    expect(doc.number).toMatchObject({ text: '62/QĐ-TCTCCTTHC', typeCode: 'QĐ', issuerCode: 'TCTCCTTHC' });
    const span = doc.number?.span;
    expect(span && doc.text?.slice(span.start, span.end)).toBe('62/QĐ-TCTCCTTHC');
    expect(doc.diagnostics.map((d) => d.code)).toContain('number:from-news');
  });

  it('takes nothing when the page only cites documents', () => {
    const text = 'Tin tức\nTập trung triển khai quyết liệt các nhiệm vụ tại Công văn số 2559/UBND-TTHCC ngày 10/8/2023. Các địa phương ban hành 2.054 văn bản.';
    expect(analyze(text).number).toBeNull();
  });
});
