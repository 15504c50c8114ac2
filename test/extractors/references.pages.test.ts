/**
 * references on the seeds and real pages: the numbered citations each page makes (read from
 * the pages), their dates and relations, and no own number.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzedDocument } from '../../src/index.js';

const SHARED = new URL('../../../shared/', import.meta.url);

function page(path: string): AnalyzedDocument {
  return analyze(readFileSync(new URL(path, SHARED)), { path, includeText: true });
}

/** [number, relation, date] of the numbered references, in order. */
function numbered(doc: AnalyzedDocument): [string | null, string, string | null][] {
  return doc.references.filter((r) => r.number !== null).map((r) => [r.number, r.relation, r.date]);
}

describe('references on the seeds', () => {
  it('seed 004 (QĐ 16/QĐ-TCTCCTTHC and its plan)', () => {
    const doc = page('seeds/004_ce81f495349be684.txt');
    expect(numbered(doc)).toEqual([
      ['932/QĐ-TTg', 'basis', '2023-08-06'],
      ['51/QĐ-TCTCCTTHC', 'basis', '2023-08-30'],
      ['104/QĐ-TTg', 'mentions', '2024-01-25'],
      ['01/NQ-CP', 'mentions', '2024-01-05'],
      ['02/NQ-CP', 'mentions', '2024-01-05'],
      ['59/2022/NĐ-CP', 'mentions', null],
      ['68/NQ-CP', 'mentions', '2020-05-12'],
      ['27/CT-TTg', 'implements', '2023-10-27'],
    ]);
    expect(doc.references.filter((r) => r.number === null).map((r) => [r.date, r.relation])).toEqual([
      ['2015-06-19', 'basis'],
      ['2019-11-22', 'basis'],
    ]);
    expect(doc.references.find((r) => r.number === '51/QĐ-TCTCCTTHC')?.issuer).toBe('Tổ trưởng Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ');
  });

  it('seed 000 (news on QĐ 62): the other documents are mentioned; Ð is read as Đ', () => {
    expect(numbered(page('seeds/000_008cee01a8e39ddc.txt'))).toEqual([
      ['933/QĐ-TTg', 'mentions', '2023-08-06'],
      ['144/NQ-CP', 'mentions', '2023-09-10'],
    ]);
  });

  it('seed 003 (news on CV 3198)', () => {
    expect(numbered(page('seeds/003_7ed60f4fc5e06c91.txt'))).toEqual([['2559/UBND-TTHCC', 'mentions', '2023-08-10']]);
  });

  it.each(['seeds/001_ea2c62b43708e1ba.txt', 'seeds/002_a6a92d43837c1cea.txt'])('%s cites no numbered document', (path) => {
    expect(numbered(page(path))).toEqual([]);
  });
});

describe('references on the real pages', () => {
  it('QĐ 715/QĐ-UBND Bình Định: basis, amends, and no own number from the annex heading', () => {
    const doc = page('real-html/qd-715-ubnd-binhdinh-2023.html');
    expect(numbered(doc)).toEqual([
      ['61/2018/NĐ-CP', 'basis', '2018-04-23'],
      ['107/2021/NĐ-CP', 'basis', '2021-12-06'],
      ['01/2018/TT-VPCP', 'basis', '2018-11-23'],
      ['08/2022/QĐ-UBND', 'basis', '2022-03-21'],
      ['72/2020/QĐ-UBND', 'basis', '2020-11-20'],
      ['03/2021/QĐ-UBND', 'basis', '2021-02-09'],
      ['15/TTr-SCT', 'mentions', '2023-03-03'],
      ['2260/QĐ-UBND', 'amends', '2019-07-03'],
      ['679/QĐ-UBND', 'mentions', '2023-03-08'],
    ]);
  });

  it('QĐ 784/QĐ-BVHTTDL: four bases; the draft "Quyết định số /QĐ-BVHTTDL" is no reference', () => {
    expect(numbered(page('real-html/qd-784-bvhttdl-2020.html'))).toEqual([
      ['79/2017/NĐ-CP', 'basis', '2017-07-17'],
      ['1983/QĐ-BVHTTDL', 'basis', '2019-06-04'],
      ['4776/QĐ-BVHTTDL', 'basis', '2019-12-27'],
      ['71/QĐ-BVHTTDL', 'basis', '2019-01-08'],
    ]);
  });

  it('QĐ 2083/QĐ-UBND Bạc Liêu: the two decisions it replaces', () => {
    const doc = page('real-html/qd-2083-ubnd-baclieu-2016.html');
    const replaced = doc.references.filter((r) => r.relation === 'replaces').map((r) => [r.number, r.date]);
    expect(replaced).toEqual([
      ['18/QĐ-UBND', '2009-08-18'],
      ['1209/QĐ-UBND', '2015-07-27'],
    ]);
    expect(doc.references.some((r) => r.number === '2083/QĐ-UBND')).toBe(false);
    // The căn cứ of the form in the annex is the form's, not the decision's basis.
    expect(doc.references.find((r) => r.number === '03/2014/TT-BLĐTBXH')?.relation).toBe('mentions');
  });

  it('QĐ 20574/QĐ-CT-THNVDT: the decision it adjusts, and a Pháp lệnh with an unknown type code', () => {
    const doc = page('real-html/qd-20574-ct-hanoi-2009.html');
    expect(doc.references.find((r) => r.number === '19902/QĐ-CT-THNVDT')).toMatchObject({ relation: 'amends', date: '2009-11-17', issuer: 'Cục Thuế TP Hà Nội' });
    expect(doc.references.find((r) => r.number === '38/2001/PL-UBTVQH10')).toMatchObject({ relation: 'basis', typeCode: 'PL', issuerCode: 'UBTVQH10', date: '2001-08-28' });
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: 'references:unknown-type-code', actual: 'PL' }));
  });

  it('QĐ 1397/QĐ-UBND Nam Định: laws by name and the decrees of one căn cứ line', () => {
    const doc = page('real-html/qd-1397-ubnd-namdinh-2021.html');
    expect(doc.references.filter((r) => r.number === null).map((r) => r.date)).toEqual(['2015-06-19', '2013-11-26', '2018-11-20']);
    expect(numbered(doc).slice(0, 4)).toEqual([
      ['43/2014/NĐ-CP', 'basis', '2014-05-15'],
      ['01/2017/NĐ-CP', 'basis', '2017-01-06'],
      ['37/2019/NĐ-CP', 'basis', '2019-05-07'],
      ['148/2020/NĐ-CP', 'basis', '2020-12-18'],
    ]);
  });

  it('spans point at the citation text on every page', () => {
    for (const path of ['real-html/qd-1456-ubnd-namdinh-2021.html', 'real-html/qd-2083-ubnd-baclieu-2016.html', 'seeds/004_ce81f495349be684.txt']) {
      const doc = page(path);
      for (const r of doc.references) expect(doc.text?.slice(r.span.start, r.span.end)).toBe(r.text);
    }
  });
});
