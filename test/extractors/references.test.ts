/**
 * references: cited documents with number, type, issuer code, date, issuer and relation;
 * laws cited by name; the own number, "Quyết định này" and look-alikes are never references.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzedDocument, type Reference } from '../../src/index.js';

/** A decision whose basis and body are given. */
function decision(basis: string[], body: string[]): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH BÌNH ĐỊNH',
    '',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    'Số: 715/QĐ-UBND',
    '',
    'Bình Định, ngày 10 tháng 03 năm 2023',
    '',
    'QUYẾT ĐỊNH',
    '',
    'PHÊ DUYỆT QUY TRÌNH NỘI BỘ',
    '',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    '',
    ...basis.flatMap((l) => [l, '']),
    'QUYẾT ĐỊNH:',
    '',
    ...body.flatMap((l) => [l, '']),
  ].join('\n');
}

function refs(text: string): { doc: AnalyzedDocument; list: Reference[] } {
  const doc = analyze(text, { includeText: true });
  return { doc, list: doc.references };
}

function byNumber(list: readonly Reference[], number: string): Reference | undefined {
  return list.find((r) => r.number === number);
}

describe('references extractor', () => {
  it('reads a full citation in a căn cứ line as the basis', () => {
    const { doc, list } = refs(
      decision(['Căn cứ Quyết định số 932/QĐ-TTg ngày 06 tháng 8 năm 2023 của Thủ tướng Chính phủ về việc thành lập Tổ công tác cải cách thủ tục hành chính;'], ['Điều 1. Phê duyệt./.']),
    );
    const r = byNumber(list, '932/QĐ-TTg');
    expect(r).toMatchObject({ typeCode: 'QĐ', issuerCode: 'TTg', date: '2023-08-06', issuer: 'Thủ tướng Chính phủ', relation: 'basis' });
    expect(doc.text?.slice(r?.span.start, r?.span.end)).toBe('Quyết định số 932/QĐ-TTg ngày 06 tháng 8 năm 2023 của Thủ tướng Chính phủ');
    expect(r?.text).toBe('Quyết định số 932/QĐ-TTg ngày 06 tháng 8 năm 2023 của Thủ tướng Chính phủ');
  });

  it('reads laws cited by name in a căn cứ line, one per clause, with their dates', () => {
    const { doc, list } = refs(
      decision(['Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;'], ['Điều 1. Phê duyệt./.']),
    );
    const laws = list.filter((r) => r.number === null);
    expect(laws.map((r) => [r.text, r.date, r.typeCode, r.relation])).toEqual([
      ['Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015', '2015-06-19', 'QH', 'basis'],
      ['Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019', '2019-11-22', 'QH', 'basis'],
    ]);
    for (const r of laws) expect(doc.text?.slice(r.span.start, r.span.end)).toBe(r.text);
  });

  it('gives amends to "Quyết định này sửa đổi, bổ sung …"', () => {
    const { list } = refs(decision([], ['Điều 2. Quyết định này sửa đổi, bổ sung Quyết định số 2260/QĐ-UBND ngày 03 tháng 7 năm 2019 của Chủ tịch Ủy ban nhân dân tỉnh phê duyệt quy trình.']));
    expect(byNumber(list, '2260/QĐ-UBND')).toMatchObject({ relation: 'amends', date: '2019-07-03', issuer: 'Chủ tịch Ủy ban nhân dân tỉnh' });
  });

  it('gives replaces to the list under "… thay thế các Quyết định sau:"', () => {
    const { list } = refs(
      decision([], [
        'Quyết định này có hiệu lực kể từ ngày ký và thay thế các Quyết định sau:',
        '- Quyết định số 18/QĐ-UBND ngày 18 tháng 8 năm 2009 của Ủy ban nhân dân tỉnh về việc công bố thủ tục hành chính;',
        '- Quyết định số 1209/QĐ-UBND ngày 27 tháng 7 năm 2015 của Chủ tịch Ủy ban nhân dân tỉnh về việc công bố thủ tục hành chính./.',
      ]),
    );
    expect(list.map((r) => [r.number, r.relation, r.date])).toEqual([
      ['18/QĐ-UBND', 'replaces', '2009-08-18'],
      ['1209/QĐ-UBND', 'replaces', '2015-07-27'],
    ]);
  });

  it('gives implements to "Thực hiện Kế hoạch số …" and mentions to "theo Kế hoạch số …"', () => {
    const { list } = refs(
      decision(['Thực hiện Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy;'], ['Điều 1. Tiếp tục thực hiện Đề án giai đoạn 2017-2021 theo Kế hoạch số 2401/KH-UBND ngày 05 tháng 9 năm 2017 của Ủy ban nhân dân tỉnh./.']),
    );
    expect(byNumber(list, '119-KH/TU')).toMatchObject({ relation: 'implements', typeCode: 'KH', issuerCode: 'TU', date: '2019-12-18' });
    expect(byNumber(list, '2401/KH-UBND')).toMatchObject({ relation: 'mentions', date: '2017-09-05' });
  });

  it('does not give the citing document a cue that describes another cited document', () => {
    const { list } = refs(decision([], ['Điều 1. Theo Chương trình số 53-CTr/TU ngày 21 tháng 02 năm 2018 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 19-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương./.']));
    expect(byNumber(list, '19-NQ/TW')?.relation).toBe('mentions');
  });

  it('uses the issuer code for the issuer when no "của …" follows (CP → Chính phủ)', () => {
    const { list } = refs(decision([], ['Điều 1. Thực hiện theo chỉ đạo của Chính phủ tại Nghị quyết số 144/NQ-CP ngày 10/9/2023./.']));
    expect(byNumber(list, '144/NQ-CP')).toMatchObject({ issuer: 'Chính phủ', date: '2023-09-10', typeCode: 'NQ' });
  });

  it('takes the type of a công văn from its type word (CV), the number having none', () => {
    const { list } = refs(decision([], ['Điều 1. Các nhiệm vụ tại Công văn số 2559/UBND-TTHCC ngày 10/8/2023./.']));
    expect(byNumber(list, '2559/UBND-TTHCC')).toMatchObject({ typeCode: 'CV', issuerCode: 'UBND', date: '2023-08-10' });
  });

  it('excludes the own number, "Quyết định này", drafts and look-alikes', () => {
    const { list } = refs(
      decision([], [
        'Điều 1. Ban hành kèm theo Quyết định này quy trình (Ban hành kèm theo Quyết định số: 715/QĐ-UBND ngày 10/03/2023 của Chủ tịch UBND tỉnh).',
        'Điều 2. Ban hành theo Quyết định số /QĐ-UBND ngày tháng 3 năm 2023.',
        'Điều 3. Liên hệ số 12 đường Lê Lợi, điện thoại 0256.3822.123, kinh phí 1.500.000 đồng, thực hiện Điều 5 trong giai đoạn 2022 - 2025, tháng 7/2024./.',
      ]),
    );
    expect(list).toEqual([]);
  });

  it('merges repeated citations: the most detailed, the strongest relation', () => {
    const { list } = refs(
      decision(['Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa;'], ['Điều 1. Thực hiện theo Nghị định số 61/2018/NĐ-CP./.']),
    );
    expect(list.filter((r) => r.number === '61/2018/NĐ-CP')).toEqual([
      expect.objectContaining({ relation: 'basis', date: '2018-04-23', issuer: 'Chính phủ' }),
    ]);
  });

  it('dates a citation from the date that opens its clause', () => {
    const { list } = refs(decision([], ['Ngày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP sửa đổi một số điều./.']));
    expect(byNumber(list, '119/2025/NĐ-CP')?.date).toBe('2025-06-09');
  });

  it('reports an unknown code once (info), however often it is cited', () => {
    const { doc } = refs(decision(['Căn cứ Quyết định số 1632/QĐ-LĐTBXH ngày 06 tháng 11 năm 2015;', 'Căn cứ Quyết định số 1872/QĐ-LĐTBXH ngày 22 tháng 12 năm 2015;'], ['Điều 1./.']));
    expect(doc.diagnostics.filter((d) => d.code === 'references:unknown-issuer-code')).toHaveLength(1);
  });
});

describe('references on a news page', () => {
  it('mentions every cited document except the reported one', () => {
    const { list } = refs(
      'Tin\nPhó Thủ tướng vừa ký Quyết định số 62/QĐ-TCTCCTTHC ngày 18/9/2023 ban hành Kế hoạch. Trong đó, tập trung vào Kế hoạch theo Quyết định số 933/QÐ-TTg ngày 06/8/2023 của Thủ tướng Chính phủ và chỉ đạo của Chính phủ tại Nghị quyết số 144/NQ-CP ngày 10/9/2023.',
    );
    expect(list.map((r) => [r.number, r.relation, r.date, r.issuer])).toEqual([
      ['933/QĐ-TTg', 'mentions', '2023-08-06', 'Thủ tướng Chính phủ'],
      ['144/NQ-CP', 'mentions', '2023-09-10', 'Chính phủ'],
    ]);
  });
});
