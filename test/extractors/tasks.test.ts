/**
 * tasks extractor: the three shapes (tables, lists, prose) on the seeds and on small snippets.
 * Expected values are read from the documents (seed texts quoted below), not from the output.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { one, runTasks, seed, spanText } from './tasks-helpers.js';

// Seed 004 (QĐ 16/QĐ-TCTCCTTHC): the 17 rows of its flattened table, every column as printed:
// [Stt, Nhiệm vụ, Chủ trì thực hiện, Phối hợp thực hiện, Thời gian thực hiện, Sản phẩm].
const SEED_004_ROWS: readonly [string, string, string, string, string, string][] = [
  ['1', 'Chỉ đạo, đôn đốc hoặc phối hợp chỉ đạo, đôn đốc việc thực hiện các nhiệm vụ, giải pháp về cải cách thủ tục hành chính theo Kế hoạch cải cách thủ tục hành chính trọng tâm năm 2024 (Quyết định số 104/QĐ-TTg ngày 25/01/2024 của Thủ tướng Chính phủ), Nghị quyết số 01/NQ-CP, Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ tại các bộ, ngành, địa phương được phân công theo dõi chỉ đạo, đôn đốc.', 'Từng thành viên Tổ công tác; Cơ quan thường trực Tổ công tác', 'Các bộ, ngành, địa phương', 'Thường xuyên', 'Các buổi làm việc, văn bản đôn đốc thực hiện của thành viên Tổ công tác.'],
  ['2', 'Nghiên cứu, đề xuất với Thủ tướng Chính phủ, Tổ trưởng Tổ công tác các sáng kiến, giải pháp thúc đẩy cải cách thủ tục hành chính, tăng cường kỷ luật, kỷ cương hành chính và nâng cao năng lực phản ứng chính sách.', 'Từng thành viên Tổ công tác; Cơ quan thường trực Tổ công tác; Hội đồng tư vấn cải cách thủ tục hành chính', 'Các bộ, ngành, địa phương; các cá nhân, tổ chức liên quan', 'Thường xuyên', 'Các báo cáo đề xuất với Thủ tướng Chính phủ, Tổ trưởng Tổ công tác.'],
  ['3', 'Tổ chức hoặc tham gia đối thoại, làm việc bằng hình thức phù hợp với các thành viên Hội đồng tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ, cộng đồng doanh nghiệp để lắng nghe, nhận diện các khó khăn, vướng mắc về cơ chế, chính sách, thủ tục hành chính là rào cản cho hoạt động sản xuất, kinh doanh của doanh nghiệp và đời sống của người dân.', 'Từng thành viên Tổ công tác; Hội đồng tư vấn cải cách thủ tục hành chính; Cơ quan thường trực Tổ công tác', 'các bộ, ngành, địa phương; các cá nhân, tổ chức liên quan', 'Định kỳ 6 tháng hoặc theo chuyên đề, đột xuất', 'Các buổi đối thoại, làm việc với các thành viên Hội đồng tư vấn cải cách thủ tục hành chính, cộng đồng doanh nghiệp và các bộ, ngành, địa phương có liên quan.'],
  ['4', 'Tiếp nhận, tổng hợp các phản ánh, kiến nghị của cá nhân, tổ chức, các thành viên Hội đồng tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ về cơ chế, chính sách, thủ tục hành chính (bao gồm cả những quy định trong dự án, dự thảo văn bản quy phạm pháp luật), báo cáo Tổ trưởng Tổ công tác chỉ đạo xử lý hoặc đề nghị bộ, ngành, địa phương xử lý theo thẩm quyền.', 'Ủy viên thường trực; Cơ quan thường trực Tổ công tác - Văn phòng Chính phủ', 'Các thành viên tổ công tác; Hội đồng tư vấn cải cách thủ tục hành chính, các cá nhân, tổ chức liên quan', 'Thường xuyên', 'Các đề xuất với Tổ trưởng Tổ công tác giải pháp xử lý hoặc đề nghị bộ, ngành, địa phương xử lý theo thẩm quyền và các thành viên Tổ công tác để theo dõi, đôn đốc.'],
  ['5', 'Chỉ đạo, đôn đốc việc xử lý phản ánh, kiến nghị của cá nhân, tổ chức và Hội đồng tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ về cơ chế, chính sách, thủ tục hành chính (bao gồm cả những quy định trong dự án, dự thảo văn bản quy phạm pháp luật).', 'Từng thành viên Tổ công tác; Cơ quan thường trực Tổ công tác', 'Các bộ, ngành, địa phương; Hội đồng tư vấn cải cách thủ tục hành chính; cá nhân, tổ chức liên quan', 'Thường xuyên', 'Phản ánh, kiến nghị của cá nhân, tổ chức và thành viên Hội đồng tư vấn cải cách thủ tục hành chính được xử lý hoặc có văn bản đôn đốc xử lý.'],
  ['6', 'Chỉ đạo, đôn đốc việc triển khai xây dựng hoặc hoàn thiện, tích hợp, cung cấp nhóm dịch vụ công trực tuyến liên thông trên Cổng Dịch vụ công quốc gia theo Quyết định của Thủ tướng Chính phủ phê duyệt nhóm dịch vụ công trực tuyến liên thông tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia năm 2024 tại các bộ, ngành, địa phương được phân công theo dõi chỉ đạo, đôn đốc.', 'Từng thành viên Tổ công tác', 'Các bộ, ngành, địa phương; Cơ quan thường trực Tổ công tác', 'Thường xuyên', '- Dịch vụ công trực tuyến liên thông được cung cấp một cách thuận lợi, dễ khai thác, sử dụng. - Các buổi làm việc hoặc văn bản chỉ đạo đôn đốc của thành viên Tổ công tác.'],
  ['7', 'Chỉ đạo, đôn đốc việc xây dựng Mô hình mẫu về Bộ phận một cửa cung cấp dịch vụ công theo hướng kết hợp Bộ phận Một cửa của các đơn vị hành chính các cấp trên địa bàn.', 'Tổ trưởng, Tổ phó thường trực', 'Các thành viên Tổ công tác; Văn phòng Chính phủ; các bộ, ngành, địa phương', 'Thường xuyên', 'Mô hình mẫu được triển khai thí điểm tại các địa phương: Hà Nội, Tp Hồ Chí Minh, Bình Dương và đánh giá, tổng kết, nhân rộng.'],
  ['8', 'Tổ chức đoàn công tác hoặc bằng hình thức phù hợp khác làm việc với các bộ, ngành, địa phương để chỉ đạo, đôn đốc việc thực hiện.', 'Tổ trưởng, Tổ phó và thành viên Tổ công tác', 'Các bộ, ngành, địa phương được phân công phụ trách', 'Định kỳ 6 tháng hoặc theo chuyên đề, đột xuất', 'Đoàn công tác làm việc trực tiếp hoặc trực tuyến hoặc văn bản chỉ đạo, đôn đốc thực hiện.'],
  ['9', 'Tổ chức phiên họp 6 tháng, tổng kết năm của Tổ công tác hoặc đột xuất theo chỉ đạo của Tổ trưởng Tổ công tác.', 'Cơ quan thường trực Tổ công tác', 'Các thành viên Tổ công tác; các bộ, ngành, địa phương; Hội đồng tư vấn cải cách thủ tục hành chính', 'Tháng 7/2024 và tháng 01/2025', 'Các phiên họp được tổ chức và Thông báo kết luận phiên họp.'],
  ['10', 'Tổ chức phiên họp của Tổ công tác và Hội đồng tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ.', 'Cơ quan thường trực Tổ công tác; Hội đồng tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ', 'Các thành viên tổ công tác; các cá nhân, tổ chức liên quan', 'Tháng 2/2024', 'Phiên họp được tổ chức và Thông báo kết luận phiên họp.'],
  ['11', 'Tổ chức phiên họp chuyên đề của Tổ công tác nghe báo cáo về giải pháp chuyển đổi sang sử dụng một loại tài khoản duy nhất là tài khoản VNeID trong thực hiện dịch vụ công trực tuyến từ ngày 01/7/2024 theo Nghị định số 59/2022/NĐ-CP.', 'Đồng chí Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an, Tổ phó Tổ công tác; Bộ Công an', 'Các thành viên Tổ công tác; Văn phòng Chính phủ; Bộ Thông tin và Truyền thông; các bộ, ngành, địa phương', 'Tháng 4/2024', 'Văn bản đôn đốc rà soát để tích hợp API đăng nhập 1 lần cho các Cổng dịch vụ công, hệ thống thông tin; chuyển đổi tài khoản dịch vụ công sang tài khoản định danh điện tử.'],
  ['12', 'Tổ chức phiên họp chuyên đề của Tổ công tác nghe báo cáo đánh giá Nghị quyết 68/NQ-CP ngày 12/5/2020 của Chính phủ và kết quả thí điểm cải cách hoạt động cấp phép liên quan đến hoạt động kinh doanh.', 'Cơ quan thường trực Tổ công tác; Hội đồng tư vấn cải cách thủ tục hành chính; Văn phòng Chính phủ', 'Các thành viên Tổ công tác; các bộ, ngành, địa phương; cá nhân, tổ chức liên quan.', 'Tháng 6/2024', 'Phiên họp được tổ chức và Thông báo kết luận phiên họp.'],
  ['13', 'Tổ chức phiên họp chuyên đề của Tổ công tác sơ kết 01 năm triển khai Chỉ thị số 27/CT-TTg ngày 27/10/2023 của Thủ tướng Chính phủ về tiếp tục đẩy mạnh các giải pháp cải cách và nâng cao hiệu quả giải quyết thủ tục hành chính, cung cấp dịch vụ công phục vụ người dân, doanh nghiệp.', 'Cơ quan thường trực Tổ công tác; Văn phòng Chính phủ', 'Các thành viên Tổ công tác; các bộ, ngành, địa phương; cá nhân, tổ chức liên quan', 'Tháng 10/2024', 'Phiên họp được tổ chức và Thông báo kết luận phiên họp.'],
  ['14', 'Tổ chức phiên họp chuyên đề của Tổ công tác nghe báo cáo về tình hình, kết quả cắt giảm, đơn giản hóa TTHC nội bộ trong hệ thống hành chính nhà nước và phân cấp trong giải quyết TTHC.', 'Cơ quan thường trực Tổ công tác; Văn phòng Chính phủ', 'Các thành viên Tổ công tác; các bộ, ngành, địa phương; cá nhân, tổ chức liên quan', 'Tháng 11/2024', 'Phiên họp được tổ chức và Thông báo kết luận phiên họp.'],
  ['15', 'Hằng Quý hoặc đột xuất báo cáo Thủ tướng Chính phủ, Tổ trưởng Tổ công tác về kết quả thực hiện nhiệm vụ được giao.', 'Tổ phó và các thành viên Tổ công tác', 'Cơ quan, thường trực Tổ công tác', 'Trước ngày 20 các tháng 3, 6, 9, 12/2024', 'Các báo cáo với Thủ tướng Chính phủ, Tổ trưởng Tổ công tác.'],
  ['16', 'Xây dựng Kế hoạch hoạt động năm 2025 của Tổ công tác.', 'Cơ quan thường trực Tổ công tác', 'Các thành viên Tổ công tác; các bộ, ngành, địa phương', 'Tháng 01/2025', 'Kế hoạch hoạt động năm 2025 của Tổ công tác.'],
  ['17', 'Theo dõi, đôn đốc việc thực hiện Kế hoạch hoạt động của Tổ công tác. Kịp thời báo cáo Tổ trưởng Tổ công tác những vấn đề phát sinh để chỉ đạo tháo gỡ.', 'Cơ quan thường trực Tổ công tác', 'Các thành viên Tổ công tác; các bộ, ngành, địa phương; Hội đồng tư vấn cải cách thủ tục hành chính', 'Thường xuyên', 'Văn bản đôn đốc thực hiện; báo cáo Tổ trưởng Tổ công tác và văn bản thông báo ý kiến chỉ đạo.'],
];

describe('tasks: seed 004, the flattened 17-row table', () => {
  const run = runTasks(seed('004'));

  it('reads every row, none merged or lost, and nothing else', () => {
    expect(run.tasks.map((t) => t.ordinal)).toEqual(SEED_004_ROWS.map((r) => r[0]));
    expect(run.tasks.every((t) => t.source === 'table')).toBe(true);
  });

  it.each(SEED_004_ROWS)('row %s: every column', (ordinal, task, lead, support, deadline, product) => {
    const t = run.tasks.find((x) => x.ordinal === ordinal);
    expect(t).toBeDefined();
    if (!t) return;
    expect(one(t.description)).toBe(task);
    expect(t.lead.map((p) => one(p.text))).toEqual([lead]);
    expect(t.support.map((p) => one(p.text))).toEqual([support]);
    expect(one(t.deadline?.text)).toBe(deadline);
    expect(one(t.deliverable)).toBe(product);
    expect(t.section).toBe('II. CÁC NHIỆM VỤ TRIỂN KHAI VÀ TỔ CHỨC THỰC HIỆN');
    // Every piece points at its printed text.
    for (const p of [...t.lead, ...t.support, ...(t.deadline ? [t.deadline] : [])]) {
      expect(run.doc.text.slice(p.range.start, p.range.end)).toBe(p.text);
    }
    expect(spanText(run, t)).toContain(task.slice(0, 40));
  });

  it('does not read the Mục tiêu / Yêu cầu bullets or the closing Điều 3 as tasks', () => {
    const texts = run.tasks.map((t) => t.description);
    expect(texts.some((d) => d.includes('chủ động làm việc, phối hợp chặt chẽ'))).toBe(false);
    expect(run.diagnostics.some((d) => d.rule === 'not-a-task/boilerplate')).toBe(true);
  });

  it('resolves the deadline cells against the issue date (through analyze)', () => {
    const doc = analyze(seed('004'));
    const byOrdinal = new Map(doc.tasks.map((t) => [t.ordinal, t]));
    expect(byOrdinal.get('1')?.deadline?.kind).toBe('continuous');
    expect(byOrdinal.get('10')?.deadline).toMatchObject({ kind: 'month', start: '2024-02-01', due: '2024-02-29' });
    expect(byOrdinal.get('15')?.deadline).toMatchObject({ kind: 'recurring', due: '2024-03-20' });
    expect(doc.tasks.map((t) => t.source)).toEqual(Array(17).fill('table'));
  });
});

describe('tasks: seed 001, assignments as news paragraphs', () => {
  const run = runTasks(seed('001'));

  it('reads the eight paragraphs after "Phó Thủ tướng yêu cầu …", not the introduction', () => {
    expect(run.tasks.map((t) => spanText(run, t).slice(0, 30))).toEqual([
      'Các bộ, ngành, địa phương và t',
      'Khẩn trương nghiên cứu, trả lờ',
      'Tập trung rà soát, cắt giảm, đ',
      'Thúc đẩy triển khai thực hiện ',
      'Từng thành viên Tổ công tác ti',
      'Các thành viên Hội đồng tư vấn',
      'Văn phòng Chính phủ - Cơ quan ',
      'Năm 2024, Tổ công tác và Hội đ',
    ]);
  });

  it('gives each its lead; paragraphs that start with a verb keep the lead named before', () => {
    const leads = run.tasks.map((t) => t.lead.map((p) => p.text));
    const first = ['Các bộ, ngành, địa phương và thành viên Tổ công tác'];
    expect(leads.slice(0, 4)).toEqual([first, first, first, first]);
    expect(leads[4]).toEqual(['Từng thành viên Tổ công tác']);
    expect(leads[5]).toEqual(['Các thành viên Hội đồng tư vấn']);
    expect(leads[6]).toEqual(['Văn phòng Chính phủ - Cơ quan thường trực Tổ công tác và Hội đồng tư vấn']);
    expect(leads[7]).toEqual(['Tổ công tác và Hội đồng tư vấn']);
  });

  it('splits "hoàn thành trong tháng 3 năm 2024" off the description', () => {
    const t = run.tasks[1];
    expect(t?.deadline?.text).toBe('trong tháng 3 năm 2024');
    expect(t?.description).toBe(
      'Khẩn trương nghiên cứu, trả lời bằng văn bản các phản ánh, kiến nghị của thành viên Hội đồng tư vấn, đồng thời gửi Văn phòng Chính phủ - Cơ quan thường trực Tổ công tác để theo dõi, đôn đốc',
    );
    expect(spanText(run, t as never)).toContain('hoàn thành trong tháng 3 năm 2024');
  });

  it('keeps the description without the lead it names', () => {
    expect(run.tasks[0]?.description.startsWith('duy trì việc trao đổi thông tin')).toBe(true);
  });
});

describe('tasks: seed 003, a body heading then items', () => {
  const run = runTasks(seed('003'));
  const group = 'Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh, Ban Quản lý Khu kinh tế tỉnh; Chủ tịch UBND các huyện, thành phố';

  it('reads seven tasks: five under the heading, two for Văn phòng UBND tỉnh', () => {
    expect(run.tasks.map((t) => t.lead.map((p) => p.text))).toEqual([
      [group],
      [group],
      [group],
      [group],
      [group],
      ['Văn phòng UBND tỉnh'],
      ['Văn phòng UBND tỉnh'],
    ]);
  });

  it('takes the task after "X:" without the sentence that follows it', () => {
    expect(run.tasks[0]?.description).toBe('Nghiên cứu để thay đổi tư duy, cách làm và phát huy vai trò trách nhiệm của người đứng đầu trong triển khai công tác cải cách TTHC');
  });

  it('finds the task after "giao X, trên cơ sở …," and the paragraph that continues it', () => {
    expect(run.tasks[5]?.description).toContain('tham mưu trình Chủ tịch UBND tỉnh phê duyệt danh sách thành viên Tổ công tác');
    expect(run.tasks[6]?.description.startsWith('Tiếp tục đẩy mạnh việc tham mưu')).toBe(true);
  });
});

describe('tasks: seed 002 and seed 000, news reports', () => {
  it('finds the three assignments in seed 002 and none of its statistics', () => {
    const run = runTasks(seed('002'));
    expect(run.tasks.map((t) => t.lead.map((p) => p.text))).toEqual([['các ngành'], ['các sở, ngành, địa phương'], ['Sở Nội vụ']]);
    expect(run.tasks[2]?.support.map((p) => p.text)).toEqual(['các cơ quan, đơn vị, địa phương']);
    expect(run.tasks.some((t) => /296|1\.384|40\/77/u.test(spanText(run, t)))).toBe(false);
    // The lead paragraph repeats a later assignment: dropped, and said so.
    expect(run.diagnostics.some((d) => d.rule === 'repeated-lead')).toBe(true);
  });

  it('finds nothing in seed 000 (it reports a plan, it assigns nothing)', () => {
    expect(runTasks(seed('000')).tasks).toEqual([]);
  });
});

const html = (body: string): string => `<html><body><div>${body}</div></body></html>`;

describe('tasks: HTML tables', () => {
  it('reads a two-row header (merged "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp") and group rows', () => {
    const run = runTasks(
      html(`<p>II. NHIỆM VỤ CỤ THỂ</p>
      <table>
        <tr><td rowspan="2">TT</td><td rowspan="2">Nội dung công việc</td><td colspan="2">Cơ quan thực hiện</td><td rowspan="2">Thời gian hoàn thành</td><td rowspan="2">Sản phẩm</td></tr>
        <tr><td>Chủ trì</td><td>Phối hợp</td></tr>
        <tr><td>(1)</td><td>(2)</td><td>(3)</td><td>(4)</td><td>(5)</td><td>(6)</td></tr>
        <tr><td colspan="6">I. Nhóm nhiệm vụ về thể chế</td></tr>
        <tr><td>1</td><td>Xây dựng quy chế phối hợp</td><td>Sở Nội vụ</td><td>Sở Tư pháp</td><td>Quý II/2024</td><td>Quyết định của UBND tỉnh</td></tr>
        <tr><td>2</td><td>Rà soát văn bản quy phạm pháp luật</td><td>Sở Tư pháp</td><td>Các sở, ngành</td><td>Tháng 9/2024</td><td>Báo cáo rà soát</td></tr>
        <tr><td colspan="6">II. Nhóm nhiệm vụ về chuyển đổi số</td></tr>
        <tr><td>1</td><td>Số hóa hồ sơ thủ tục hành chính</td><td>Văn phòng UBND tỉnh</td><td></td><td>Thường xuyên</td><td></td></tr>
      </table>`),
    );
    expect(run.tasks.map((t) => [t.ordinal, t.section, t.description, one(t.lead[0]?.text), t.support.map((p) => p.text), t.deadline?.text, t.deliverable])).toEqual([
      ['1', 'I. Nhóm nhiệm vụ về thể chế', 'Xây dựng quy chế phối hợp', 'Sở Nội vụ', ['Sở Tư pháp'], 'Quý II/2024', 'Quyết định của UBND tỉnh'],
      ['2', 'I. Nhóm nhiệm vụ về thể chế', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', ['Các sở, ngành'], 'Tháng 9/2024', 'Báo cáo rà soát'],
      ['1', 'II. Nhóm nhiệm vụ về chuyển đổi số', 'Số hóa hồ sơ thủ tục hành chính', 'Văn phòng UBND tỉnh', [], 'Thường xuyên', null],
    ]);
  });

  it('gives a merged lead cell to every row it spans, and joins rows under a merged task cell', () => {
    const run = runTasks(
      html(`<table>
        <tr><td>STT</td><td>Nhiệm vụ</td><td>Chủ trì</td><td>Thời hạn</td></tr>
        <tr><td>1</td><td>Tuyên truyền Luật Đất đai</td><td rowspan="2">Sở Tài nguyên và Môi trường</td><td>Quý I/2025</td></tr>
        <tr><td>2</td><td>Tập huấn cán bộ địa chính xã</td><td>Quý II/2025</td></tr>
        <tr><td rowspan="2">3</td><td rowspan="2">Kiểm tra việc thi hành</td><td>Thanh tra tỉnh</td><td rowspan="2">Quý IV/2025</td></tr>
        <tr><td>Sở Tư pháp</td></tr>
      </table>`),
    );
    expect(run.tasks.map((t) => [t.ordinal, t.lead.map((p) => p.text), t.deadline?.text])).toEqual([
      ['1', ['Sở Tài nguyên và Môi trường'], 'Quý I/2025'],
      ['2', ['Sở Tài nguyên và Môi trường'], 'Quý II/2025'],
      ['3', ['Thanh tra tỉnh', 'Sở Tư pháp'], 'Quý IV/2025'],
    ]);
    // The shared cell is one printed phrase: both tasks point at the same range.
    expect(run.tasks[0]?.lead[0]?.range).toEqual(run.tasks[1]?.lead[0]?.range);
  });

  it('reads a table continued without a header, and skips a repeated header row', () => {
    const run = runTasks(
      html(`<table>
        <tr><td>TT</td><td>Nội dung</td><td>Đơn vị chủ trì</td><td>Thời gian triển khai</td></tr>
        <tr><td>1</td><td>Lập danh mục hồ sơ</td><td>Phòng Hành chính</td><td>Trước 15/8/2020</td></tr>
        <tr><td>TT</td><td>Nội dung</td><td>Đơn vị chủ trì</td><td>Thời gian triển khai</td></tr>
        <tr><td>2</td><td>Nộp hồ sơ vào lưu trữ</td><td>Các khoa</td><td>Trước 30/8/2020</td></tr>
      </table>
      <table>
        <tr><td>3</td><td>Kiểm tra việc lập hồ sơ</td><td>Phòng Thanh tra</td><td>Trước 15/9/2020</td></tr>
      </table>`),
    );
    expect(run.tasks.map((t) => [t.ordinal, t.description])).toEqual([
      ['1', 'Lập danh mục hồ sơ'],
      ['2', 'Nộp hồ sơ vào lưu trữ'],
      ['3', 'Kiểm tra việc lập hồ sơ'],
    ]);
  });

  it('reads the Trường Đại học Thủy lợi notice: group rows, group rows that are tasks, a sub-heading row, two tables', async () => {
    const { fixture } = await import('./tasks-helpers.js');
    const run = runTasks(fixture('thong-bao/2020-dhtl-vuot-gio/input.html'));
    expect(run.tasks.map((t) => t.ordinal)).toEqual(['1', '2', '1', '2', 'III', '1', '2', '1', '2', 'VI', '1', '2', '1', '2.1', '2.2', '2.3']);
    const sub = run.tasks.find((t) => t.ordinal === '2.1');
    expect(sub?.section).toBe('2. Hoàn tất thủ tục để triển khai thủ tục thanh toán');
    expect(run.tasks[0]?.section).toBe('I. Cập nhật, tính toán khối lượng theo thời khóa biểu');
    expect(run.tasks.find((t) => t.ordinal === 'VI')?.lead.map((p) => p.text)).toEqual(['P7']);
  });
});

describe('tasks: Markdown tables', () => {
  it('maps the columns by meaning, whatever their order', () => {
    const run = runTasks(
      `II. NHIỆM VỤ\n\n| Thời hạn | Nhiệm vụ | Cơ quan phối hợp | Cơ quan chủ trì | STT |\n| --- | --- | --- | --- | --- |\n| Quý II/2024 | Xây dựng quy chế phối hợp | Sở Tư pháp | Sở Nội vụ | 1 |\n`,
      'markdown',
    );
    expect(run.tasks.map((t) => [t.ordinal, t.description, t.lead.map((p) => p.text), t.support.map((p) => p.text), t.deadline?.text])).toEqual([
      ['1', 'Xây dựng quy chế phối hợp', ['Sở Nội vụ'], ['Sở Tư pháp'], 'Quý II/2024'],
    ]);
  });
});

describe('tasks: lists', () => {
  it('reads items under "Điều 3. Giao X:" as tasks of X, with the section', () => {
    const run = runTasks(
      'QUYẾT ĐỊNH:\n\nĐiều 3. Giao UBND huyện Hải Hậu:\n\n- Tổ chức công bố công khai quy hoạch, kế hoạch sử dụng đất được phê duyệt;\n\n- Tăng cường quản lý quy hoạch, kế hoạch sử dụng đất.\n\nĐiều 4. Quyết định này có hiệu lực kể từ ngày ký.\n',
      'text',
    );
    expect(run.tasks.map((t) => [t.section, t.lead.map((p) => p.text), t.description])).toEqual([
      ['Điều 3', ['UBND huyện Hải Hậu'], 'Tổ chức công bố công khai quy hoạch, kế hoạch sử dụng đất được phê duyệt'],
      ['Điều 3', ['UBND huyện Hải Hậu'], 'Tăng cường quản lý quy hoạch, kế hoạch sử dụng đất'],
    ]);
  });

  it('reads "1. Sở Tài chính:" headings with nested a), b) items and an inline task', () => {
    const run = runTasks(
      'IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch.\n\n2. Sở Nội vụ:\n\na) Chủ trì, phối hợp với các sở, ngành hướng dẫn triển khai Kế hoạch;\n\nb) Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2024.\n',
      'text',
    );
    expect(run.tasks.map((t) => [t.ordinal, t.lead.map((p) => p.text), t.support.map((p) => p.text), t.description, t.deadline?.text ?? null])).toEqual([
      ['1', ['Sở Tài chính'], [], 'Tham mưu bố trí kinh phí thực hiện Kế hoạch', null],
      ['a', ['Sở Nội vụ'], ['các sở, ngành'], 'hướng dẫn triển khai Kế hoạch', null],
      ['b', ['Sở Nội vụ'], [], 'Tổng hợp kết quả, báo cáo UBND tỉnh', 'trước ngày 15/12/2024'],
    ]);
  });

  it('reads "X có trách nhiệm [phối hợp với Y]:" headings over their items, and an inline "X có trách nhiệm: …"', () => {
    const run = runTasks(
      'Điều 3. Tổ chức thực hiện\n\n1. Bộ Y tế có trách nhiệm:\n\na) Hướng dẫn các địa phương triển khai thực hiện Đề án;\n\nb) Kiểm tra, đánh giá kết quả thực hiện, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.\n\n' +
        '2. Ủy ban nhân dân các tỉnh có trách nhiệm phối hợp với Bộ Y tế:\n\n- Bố trí kinh phí thực hiện;\n\n- Chỉ đạo các cơ sở y tế thực hiện.\n\n3. Bộ Tài chính có trách nhiệm: hướng dẫn quản lý kinh phí.\n',
      'text',
    );
    expect(run.tasks.map((t) => [t.ordinal, t.lead.map((p) => p.text), t.support.map((p) => p.text), t.description, t.deadline?.text ?? null])).toEqual([
      ['a', ['Bộ Y tế'], [], 'Hướng dẫn các địa phương triển khai thực hiện Đề án', null],
      ['b', ['Bộ Y tế'], [], 'Kiểm tra, đánh giá kết quả thực hiện, báo cáo Thủ tướng Chính phủ', 'trước ngày 31 tháng 12 năm 2025'],
      [null, ['Ủy ban nhân dân các tỉnh'], ['Bộ Y tế'], 'Bố trí kinh phí thực hiện', null],
      [null, ['Ủy ban nhân dân các tỉnh'], ['Bộ Y tế'], 'Chỉ đạo các cơ sở y tế thực hiện', null],
      ['3', ['Bộ Tài chính'], [], 'hướng dẫn quản lý kinh phí', null],
    ]);
  });

  it('reads a body named in lower case before "có trách nhiệm:" ("c) Cục đo đạc và bản đồ Nhà nước có trách nhiệm:")', () => {
    const run = runTasks(
      '2. Nhiệm vụ\nc) Cục đo đạc và bản đồ Nhà nước có trách nhiệm:\n- Cử cán bộ chuyên môn tham gia công tác huấn luyện lực lượng đo đạc.\n- Cung cấp bản đồ từng thửa tỷ lệ lớn cho Tổng cục quản lý ruộng đất.\n',
      'text',
    );
    expect(run.tasks.map((t) => [t.lead.map((p) => p.text), t.description])).toEqual([
      [['Cục đo đạc và bản đồ Nhà nước'], 'Cử cán bộ chuyên môn tham gia công tác huấn luyện lực lượng đo đạc'],
      [['Cục đo đạc và bản đồ Nhà nước'], 'Cung cấp bản đồ từng thửa tỷ lệ lớn cho Tổng cục quản lý ruộng đất'],
    ]);
  });

  it('reads labelled tasks (Đơn vị chủ trì / Đơn vị phối hợp / Thời gian thực hiện) in QĐ 784', async () => {
    const { fixture } = await import('./tasks-helpers.js');
    const run = runTasks(fixture('quyet-dinh/2020-bvhttdl-784/input.html'));
    const labelled = run.tasks.filter((t) => t.section === 'II. NHIỆM VỤ');
    expect(labelled.map((t) => [t.ordinal, t.description, t.lead.map((p) => p.text), t.support.map((p) => p.text), t.deadline?.text])).toEqual([
      ['1', 'Tuyên truyền trên Kênh truyền hình', ['Cục Văn hóa cơ sở'], ['Trung tâm Điện ảnh, Thể thao và Du lịch Việt Nam'], 'Quý II, III/2020'],
      ['2', 'Tuyên truyền trên Báo in, Báo điện tử', ['Cục Văn hóa cơ sở'], ['Báo Văn hóa'], 'Từ tháng 4 đến tháng 10 năm 2020'],
    ]);
  });

  it('cuts items and labels glued onto one line by a scrape ("2. … 2.1.", "3. … 3.1. Rà soát …", "… địa phương -Thời gian thực hiện: …")', () => {
    const run = runTasks(
      'II. NHIỆM VỤ\n\n2. Nâng cao năng lực quản lý nhà nước về quan hệ lao động 2.1.\nRà soát, kiến nghị sửa đổi các quy trình giải quyết tranh chấp lao động.\n- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh.\n- Thời gian thực hiện: Thực hiện định kỳ hằng năm.\n' +
        '2.2.\nRà soát, đề xuất quy hoạch các thiết chế văn hóa cho công nhân lao động.\n- Cơ quan thực hiện: Sở Văn hóa - Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành và địa phương -Thời gian thực hiện: Thực hiện thường xuyên hằng năm.\n' +
        '3. Giải quyết tốt tranh chấp lao động 3.1. Rà soát, kiện toàn các thiết chế giải quyết tranh chấp lao động.\n- Cơ quan thực hiện: Sở Tư pháp chủ trì.\n- Thời gian thực hiện: Quý III/2020.\n4. Thực hiện theo khoản 4.1. của Điều 3.\n',
      'text',
    );
    expect(run.tasks.map((t) => [t.ordinal, t.section, t.lead.map((p) => p.text), t.support.map((p) => p.text), t.deadline?.text])).toEqual([
      ['2.1', '2. Nâng cao năng lực quản lý nhà nước về quan hệ lao động', ['Sở Lao động - Thương binh và Xã hội'], ['Liên đoàn Lao động tỉnh'], 'Thực hiện định kỳ hằng năm'],
      ['2.2', '2. Nâng cao năng lực quản lý nhà nước về quan hệ lao động', ['Sở Văn hóa - Thể thao và Du lịch'], ['các sở, ngành và địa phương'], 'Thực hiện thường xuyên hằng năm'],
      ['3.1', '3. Giải quyết tốt tranh chấp lao động', ['Sở Tư pháp'], [], 'Quý III/2020'],
    ]);
  });

  it('reads a marker alone on its line with the line under it ("2." / "Giao Sở X:"), "1.Các sở" without a space, and a heading glued after a breadcrumb', () => {
    const run = runTasks(
      'I. MỤC ĐÍCH, YÊU CẦU\n- Bảo đảm sự phối hợp thường xuyên giữa các cơ quan.\n' +
        'Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. III. TỔ CHỨC THỰC HIỆN\n' +
        '1.Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch triển khai thực hiện.\n' +
        '2.\nGiao Sở Lao động - Thương binh và Xã hội:\n- Làm đầu mối, theo dõi, đôn đốc việc triển khai thực hiện Chương trình này.\n' +
        '3.\nĐề nghị Liên đoàn Lao động tỉnh: Chỉ đạo các cấp công đoàn tuyên truyền Chương trình này.\n' +
        '4.\nTrong quá trình tổ chức thực hiện, nếu có vướng mắc đề nghị các đơn vị, địa phương báo cáo về Sở Lao động - Thương binh và Xã hội để tổng hợp.\n',
      'text',
    );
    expect(run.tasks.map((t) => [t.ordinal, t.section, t.lead.map((p) => p.text), t.description])).toEqual([
      ['1', 'III. TỔ CHỨC THỰC HIỆN', ['Các sở, ban, ngành'], 'căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch triển khai thực hiện'],
      [null, '2. Giao Sở Lao động - Thương binh và Xã hội:', ['Sở Lao động - Thương binh và Xã hội'], 'Làm đầu mối, theo dõi, đôn đốc việc triển khai thực hiện Chương trình này'],
      ['3', 'III. TỔ CHỨC THỰC HIỆN', ['Liên đoàn Lao động tỉnh'], 'Chỉ đạo các cấp công đoàn tuyên truyền Chương trình này'],
    ]);
  });

  it('splits "X chủ trì, phối hợp với Y" inside a "Cơ quan thực hiện:" label', () => {
    const run = runTasks(
      'II. NỘI DUNG\n\n1.1. Tuyên truyền pháp luật về lao động cho người lao động.\n\n- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh.\n\n- Thời gian thực hiện: Quý II/2020.\n',
      'text',
    );
    expect(run.tasks.map((t) => [t.ordinal, t.description, t.lead.map((p) => p.text), t.support.map((p) => p.text), t.deadline?.text])).toEqual([
      ['1.1', 'Tuyên truyền pháp luật về lao động cho người lao động', ['Sở Lao động - Thương binh và Xã hội'], ['Liên đoàn Lao động tỉnh'], 'Quý II/2020'],
    ]);
  });
});

describe('tasks: prose shapes', () => {
  it.each([
    [
      'Điều 2. Giao Cục Văn hóa cơ sở chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức triển khai thực hiện Kế hoạch.',
      'Cục Văn hóa cơ sở',
      'các cơ quan, đơn vị liên quan',
      'tổ chức triển khai thực hiện Kế hoạch',
    ],
    [
      'Phó Chủ tịch Thường trực UBND tỉnh đề nghị Sở Nội vụ chủ trì phối hợp với các cơ quan, đơn vị, địa phương chuẩn bị các điều kiện cần thiết để đánh giá, sơ kết công tác CCHC.',
      'Sở Nội vụ',
      'các cơ quan, đơn vị, địa phương',
      'chuẩn bị các điều kiện cần thiết để đánh giá, sơ kết công tác CCHC',
    ],
    [
      'Điều 2. Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm chủ trì, phối hợp với các cơ quan liên quan tổ chức triển khai, hướng dẫn, kiểm tra việc thực hiện Quyết định này.',
      'Giám đốc Sở Lao động - Thương binh và Xã hội',
      'các cơ quan liên quan',
      'tổ chức triển khai, hướng dẫn, kiểm tra việc thực hiện Quyết định này',
    ],
    [
      'Sở Tư pháp Quảng Nam được giao chủ trì, phối hợp với các Sở, ban, ngành, đơn vị, địa phương có liên quan rà soát, cung cấp thông tin, tài liệu.',
      'Sở Tư pháp Quảng Nam',
      'các Sở, ban, ngành, đơn vị, địa phương có liên quan',
      'rà soát, cung cấp thông tin, tài liệu',
    ],
    [
      'Bộ trưởng nhấn mạnh, các đơn vị cần nhanh chóng rà soát danh mục nghị định cần sửa đổi, bổ sung.',
      'các đơn vị',
      null,
      'nhanh chóng rà soát danh mục nghị định cần sửa đổi, bổ sung',
    ],
  ])('%s', (text, lead, support, description) => {
    const run = runTasks(text, 'text');
    expect(run.tasks).toHaveLength(1);
    const t = run.tasks[0];
    expect(t?.lead.map((p) => p.text)).toEqual([lead]);
    expect(t?.support.map((p) => p.text)).toEqual(support ? [support] : []);
    expect(t?.description).toBe(description);
    expect(spanText(run, t as never)).toContain(lead);
  });

  it('splits the deadline phrase off a "giao … ; hoàn thành trước ngày …" sentence', () => {
    const run = runTasks(
      'UBND tỉnh có ý kiến như sau:\nGiao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn vị, địa phương liên quan nghiên cứu, đề xuất UBND tỉnh xem xét theo quy định; hoàn thành trước ngày 10/12/2023./.\n',
      'text',
    );
    expect(run.tasks.map((t) => [t.description, t.deadline?.text])).toEqual([['nghiên cứu, đề xuất UBND tỉnh xem xét theo quy định', 'trước ngày 10/12/2023']]);
  });

  it('keeps two assignments of one sentence apart ("…; giao …")', () => {
    const run = runTasks('Giao Sở Tài chính bố trí kinh phí thực hiện; giao Sở Nội vụ hướng dẫn các địa phương triển khai.', 'text');
    expect(run.tasks.map((t) => t.lead.map((p) => p.text))).toEqual([['Sở Tài chính'], ['Sở Nội vụ']]);
  });
});
