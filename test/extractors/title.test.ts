/**
 * title: the trích yếu as printed, lines joined; never the authority line (the segmenter fix
 * for QĐ 784/QĐ-BVHTTDL), a công văn's "V/v …", flattened headers, news sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, normalize, segment } from '../../src/index.js';

const REAL = new URL('../../../shared/real-html/', import.meta.url);

describe('title extractor', () => {
  it('joins the title lines with spaces and stops before the authority line', () => {
    const text = [
      'TỔ CÔNG TÁC CẢI CÁCH',
      'THỦ TỤC HÀNH CHÍNH',
      '-------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 16/QĐ-TCTCCTTHC',
      'Hà Nội, ngày 07 tháng 02 năm 2024',
      '',
      'QUYẾT ĐỊNH',
      '',
      'BAN HÀNH KẾ HOẠCH HOẠT ĐỘNG NĂM 2024 CỦA TỔ CÔNG TÁC',
      'CẢI CÁCH THỦ TỤC HÀNH CHÍNH CỦA THỦ TƯỚNG CHÍNH PHỦ',
      '',
      'TỔ TRƯỞNG TỔ CÔNG TÁC CẢI CÁCH',
      'THỦ TỤC HÀNH CHÍNH CỦA THỦ TƯỚNG CHÍNH PHỦ',
      '',
      'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
    ].join('\n');
    expect(analyze(text).title).toBe('BAN HÀNH KẾ HOẠCH HOẠT ĐỘNG NĂM 2024 CỦA TỔ CÔNG TÁC CẢI CÁCH THỦ TỤC HÀNH CHÍNH CỦA THỦ TƯỚNG CHÍNH PHỦ');
  });

  it('stops before an authority line printed with no blank line before the basis (hard-wrapped page)', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH THÁI NGUYÊN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 1936/QĐ-UBND',
      'Thái Nguyên, ngày 19 tháng 11 năm 2025',
      'QUYẾT ĐỊNH',
      'VỀ VIỆC CÔNG BỐ DANH',
      'MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẦU TƯ',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;',
    ].join('\n');
    expect(analyze(text).title).toBe('VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẦU TƯ');
  });

  it('keeps the V/v of a công văn subject, as printed', () => {
    const text = 'BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 627/BYT-BH\nV/v hướng dẫn thực hiện một số quy định\ntại Điều 22 Luật BHYT\nHà Nội, ngày 27 tháng 01 năm 2021\nKính gửi: Sở Y tế các tỉnh';
    expect(analyze(text).title).toBe('V/v hướng dẫn thực hiện một số quy định tại Điều 22 Luật BHYT');
  });

  it('reads the V/v on the number line up to the place–date', () => {
    const text = 'BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nSố: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam';
    expect(analyze(text).title).toBe('V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014');
  });

  it('reads an inline title and leaves out the authority that follows it', () => {
    const text = 'BỘ TƯ PHÁP --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 173/QĐ-BTP\nHà Nội, ngày 29 tháng 01 năm 2015 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN DÂN TỘC VÀ BỘ TƯ PHÁP NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP\nCăn cứ Nghị định số 22/2013/NĐ-CP ngày 13/3/2013 của Chính phủ;';
    expect(analyze(text).title).toBe('BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN DÂN TỘC VÀ BỘ TƯ PHÁP NĂM 2015');
  });

  it('warns when a formal document has no title', () => {
    const text = 'BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-BNV\nHà Nội, ngày 05 tháng 3 năm 2024\nNội dung./.';
    const d = analyze(text);
    expect(d.title).toBeNull();
    expect(d.diagnostics.map((x) => x.code)).toContain('title:missing');
  });
});

describe('segmenter: the authority line of QĐ 784/QĐ-BVHTTDL', () => {
  it('is its own region, outside the title', () => {
    const doc = normalize(readFileSync(new URL('qd-784-bvhttdl-2020.html', REAL)), { path: 'qd-784-bvhttdl-2020.html' });
    const seg = segment(doc);
    const slice = (kind: string): string[] => seg.regions.filter((r) => r.kind === kind).map((r) => doc.text.slice(r.start, r.end));
    expect(slice('title')).toEqual(['PHÊ DUYỆT KẾ HOẠCH TUYÊN TRUYỀN THỰC HIỆN NẾP SỐNG VĂN MINH TRONG LỄ HỘI NĂM 2020']);
    expect(slice('authority')).toEqual(['BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH']);
  });
});

describe('title on a news page', () => {
  it('reads the trích yếu after the number and date, without the short form in parentheses', () => {
    const d = analyze('Tin\nPhó Thủ tướng vừa ký Quyết định số 62/QĐ-TCTCCTTHC ngày 18/9/2023 ban hành Kế hoạch hoạt động 4 tháng cuối năm 2023 của Tổ công tác (Kế hoạch). Kế hoạch đề ra mục tiêu.');
    expect(d.title).toBe('ban hành Kế hoạch hoạt động 4 tháng cuối năm 2023 của Tổ công tác');
  });

  it('is null when the sentence gives no trích yếu', () => {
    const d = analyze('Tin\nUBND tỉnh vừa ban hành Quyết định số 12/QĐ-UBND. Theo đó, các sở thực hiện.');
    expect(d.number?.text).toBe('12/QĐ-UBND');
    expect(d.title).toBeNull();
  });
});
