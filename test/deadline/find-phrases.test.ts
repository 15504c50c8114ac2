/**
 * findDeadlinePhrases on running prose: it finds governed deadline phrases, with exact
 * offsets, and leaves alone the dates of cited documents, plan names and horizons.
 */
import { describe, expect, it } from 'vitest';
import { findDeadlinePhrases, parseDeadline } from '../../src/deadline/index.js';

const texts = (s: string, undated = false) => findDeadlinePhrases(s, { undated }).map((p) => p.text);

describe('findDeadlinePhrases', () => {
  it.each([
    [
      'Đề nghị các bộ, cơ quan rà soát, gửi ý kiến tới các thành viên Hội đồng tư vấn, hoàn thành trong tháng 3 năm 2024, đồng thời gửi Văn phòng Chính phủ - Cơ quan thường trực Tổ công tác.',
      ['trong tháng 3 năm 2024'],
    ],
    ['Các bộ, ngành báo cáo kết quả trước ngày 20 các tháng 3, 6, 9, 12/2024 để tổng hợp.', ['trước ngày 20 các tháng 3, 6, 9, 12/2024']],
    ['Bảo đảm 100% hồ sơ được số hóa trong thực hiện dịch vụ công trực tuyến từ ngày 01/7/2024 theo Nghị định số 107/2021/NĐ-CP.', ['từ ngày 01/7/2024']],
    ['Tổ chức đối thoại với doanh nghiệp định kỳ 6 tháng hoặc theo chuyên đề, đột xuất.', ['định kỳ 6 tháng hoặc theo chuyên đề, đột xuất']],
    ['Trong thời hạn 30 ngày kể từ ngày ký, các Bộ gửi báo cáo về Văn phòng Chính phủ.', ['Trong thời hạn 30 ngày kể từ ngày ký']],
    ['Hoàn thành tháng 6/2024.', ['tháng 6/2024']],
    ['Trình Thủ tướng Chính phủ trước ngày 15/8/2024; triển khai từ tháng 9 đến tháng 12/2024.', ['trước ngày 15/8/2024', 'từ tháng 9 đến tháng 12/2024']],
    ['bảo đảm hoàn thành các mục tiêu, chỉ tiêu trong năm 2024 theo các văn bản đã ban hành', ['trong năm 2024']],
    ['Báo cáo kết quả thực hiện về Bộ Nội vụ hằng quý và đột xuất khi có yêu cầu.', ['hằng quý và đột xuất khi có yêu cầu']],
    ['Các đơn vị gửi báo cáo chậm nhất là ngày 15/12/2024 lúc 17 giờ.', ['chậm nhất là ngày 15/12/2024 lúc 17 giờ']],
  ])('finds the deadline in: %s', (text, expected) => {
    const found = findDeadlinePhrases(text);
    expect(found.map((p) => p.text)).toEqual(expected);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it.each([
    'Căn cứ Quyết định số 932/QĐ-TTg ngày 06 tháng 8 năm 2023 của Thủ tướng Chính phủ về việc thành lập Tổ công tác;',
    'Ban hành kèm theo Quyết định này Kế hoạch hoạt động năm 2024 của Tổ công tác cải cách thủ tục hành chính.',
    'Quyết định này có hiệu lực thi hành kể từ ngày ký.',
    'Đề án phát triển ứng dụng dữ liệu về dân cư giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06).',
    'Theo thống kê, 6 tháng đầu năm, các bộ, cơ quan ngang bộ đã ban hành 178 văn bản.',
    'Thường xuyên rà soát, kiến nghị cắt giảm, đơn giản hóa thực chất quy định kinh doanh.',
    'Nghị quyết số 01/NQ-CP ngày 05 tháng 01 năm 2024 về nhiệm vụ, giải pháp chủ yếu năm 2024.',
  ])('finds nothing in: %s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('returns undated phrases only when asked', () => {
    const text = 'Thường xuyên rà soát, kiến nghị cắt giảm quy định; đột xuất kiểm tra khi có yêu cầu.';
    expect(texts(text)).toEqual([]);
    expect(texts(text, true)).toEqual(['Thường xuyên', 'đột xuất', 'khi có yêu cầu']);
  });

  it('gives phrases parseDeadline resolves', () => {
    const text = 'Các Sở báo cáo UBND tỉnh trước ngày 15 hằng tháng; tổng kết vào Quý IV/2024 và sơ kết 6 tháng trước ngày 20/6/2024.';
    const found = findDeadlinePhrases(text);
    expect(found.map((p) => p.text)).toEqual(['trước ngày 15 hằng tháng', 'vào Quý IV/2024', 'trước ngày 20/6/2024']);
    for (const p of found) expect(parseDeadline(p.text, { reference: '2024-02-07' }).kind).not.toBe('unresolved');
  });

  it('keeps offsets across several lines and a long paragraph', () => {
    const filler = 'nội dung công việc cần triển khai thực hiện, '.repeat(40);
    const text = `Dòng đầu.\n${filler}hoàn thành trước ngày 30/9/2024 để báo cáo.\nDòng sau: từ Quý III/2024.`;
    const found = findDeadlinePhrases(text);
    expect(found.map((p) => p.text)).toEqual(['trước ngày 30/9/2024', 'từ Quý III/2024']);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
