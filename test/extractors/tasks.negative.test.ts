/**
 * tasks extractor: what must not become a task — tables that are not task tables, reports,
 * plans, reported speech, closing formulas — and a hostile input.
 */
import { describe, expect, it } from 'vitest';
import { fixture, runTasks } from './tasks-helpers.js';

describe('tasks: tables that are not task tables', () => {
  it('reads no task from the procedure table of QĐ 715 (durations of steps, merged cells)', () => {
    const run = runTasks(fixture('quyet-dinh/2023-ubnd-binh-dinh-715/input.html'));
    expect(run.tasks.filter((t) => t.source === 'table')).toEqual([]);
  });

  it('reads no step of that procedure as a task when the table arrives flattened ("1. Lãnh đạo phòng … thụ lý: 0,5 ngày")', () => {
    const html = runTasks(fixture('quyet-dinh/2023-ubnd-binh-dinh-715/input.html'));
    const text = runTasks(html.doc.text, 'text');
    expect(text.tasks.map((t) => t.description)).toEqual(html.tasks.map((t) => t.description));
    expect(text.tasks.some((t) => /ngày$/u.test(t.description))).toBe(false);
  });

  it('reads no task from the land-use tables of QĐ 1397', () => {
    const run = runTasks(fixture('quyet-dinh/2021-ubnd-nam-dinh-1397/input.html'));
    expect(run.tasks.filter((t) => t.source === 'table')).toEqual([]);
    expect(run.tasks).toHaveLength(8);
  });

  it('reads no task from a price table (QĐ 20574) or a weekly schedule (Đắk Song)', () => {
    expect(runTasks(fixture('quyet-dinh/2009-cuc-thue-ha-noi-20574/input.html')).tasks).toEqual([]);
    expect(runTasks(fixture('khac/2019-dak-song-lich-cong-tac/input.md')).tasks).toEqual([]);
  });

  it('says why a table with a content column is not a task table', () => {
    const run = runTasks(
      `<table><tr><td>Ngày</td><td>Thời gian</td><td>Nội dung</td><td>Lãnh đạo chủ trì</td><td>Địa điểm</td></tr>
       <tr><td>Thứ 2</td><td>08h00</td><td>Họp giao ban</td><td>Chủ tịch UBND</td><td>Hội trường</td></tr></table>`,
      'html',
    );
    expect(run.tasks).toEqual([]);
    expect(run.diagnostics.map((d) => d.rule)).toContain('table-not-task');
  });

  it('needs a lead or a deadline column: a list of procedures is not a task table', () => {
    const run = runTasks(
      `<table><tr><td>STT</td><td>Tên thủ tục hành chính</td><td>Lĩnh vực</td></tr>
       <tr><td>1</td><td>Cấp giấy phép lao động</td><td>Việc làm</td></tr></table>`,
      'html',
    );
    expect(run.tasks).toEqual([]);
  });
});

describe('tasks: sentences that look like assignments and are not', () => {
  it.each([
    ['statistics', 'Tính đến ngày 21/6/2023, các bộ, ngành Trung ương đã hoàn thành 296 nhiệm vụ, đạt tỷ lệ 35,03% so với kế hoạch.', 'narration'],
    ['a plan', 'Bộ Nội vụ sẽ tập trung đôn đốc các bộ, cơ quan ngang bộ thực hiện Quyết định số 608/QĐ-TTg.', 'narration'],
    ['a narrated request', 'Văn phòng UBND tỉnh Quảng Nam cũng đã đề nghị FLC gửi hồ sơ, tài liệu.', 'narration'],
    ['reported speech', 'Về cơ sở dữ liệu, Giám đốc Đỗ Chí Dũng chia sẻ, Bộ cần tập trung tới 04 nhóm dữ liệu.', 'reported-speech'],
    ['the closing article', 'Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.', 'boilerplate'],
    ['a closing formula', 'Trên đây là Kế hoạch tuyên truyền năm 2020, đề nghị các đơn vị thực hiện hiệu quả, đúng tiến độ./.', 'closing-formula'],
    ['a basis', '1. Căn cứ nội dung, nhiệm vụ tại Kế hoạch này, các đơn vị được giao nhiệm vụ chủ động tổ chức triển khai thực hiện.', 'closing-formula'],
    ['an exhortation', 'Phó Thủ tướng yêu cầu các bộ, ngành, địa phương phát huy vai trò, nêu cao tinh thần trách nhiệm.', 'exhortation'],
  ])('%s', (_name, text, rule) => {
    const run = runTasks(text, 'text');
    expect(run.tasks).toEqual([]);
    expect(run.diagnostics.map((d) => d.rule)).toContain(`not-a-task/${rule}`);
  });

  it('does not read "X <verb>" as an assignment in a news report outside a run of assignments', () => {
    const run = runTasks('Bộ Nội vụ tiếp tục phối hợp với các bộ, ngành hoàn thiện quy định về tổ chức bộ máy.\n', 'text');
    expect(run.tasks).toEqual([]);
  });

  it('does not take "Giao ban", "Sở Giáo dục" or "Trường hợp …" for an assignment or a body', () => {
    expect(runTasks('Giao ban Thường trực HĐND tại hội trường tầng 2.', 'text').tasks).toEqual([]);
    expect(runTasks('Sở Giáo dục và Đào tạo tổ chức kỳ thi năm 2024.', 'text').tasks).toEqual([]);
    expect(runTasks('Trường hợp từ chối cấp phép thì có văn bản nêu rõ lý do.', 'text').tasks).toEqual([]);
  });

  it('does not open a run of assignments on a heading "Yêu cầu, điều kiện …:"', () => {
    const run = runTasks('Yêu cầu, điều kiện thực hiện thủ tục hành chính:\n\nDoanh nghiệp được đưa người lao động đi làm việc ở nước ngoài khi có đủ các điều kiện sau đây:\n', 'text');
    expect(run.tasks).toEqual([]);
  });

  it('reads no task in the Mục đích / Yêu cầu sections of a plan', () => {
    const run = runTasks('I. MỤC ĐÍCH, YÊU CẦU\n\n2. Yêu cầu\n\n- Từng thành viên Tổ công tác chủ động làm việc, phối hợp chặt chẽ với các bộ, ngành, địa phương.\n', 'text');
    expect(run.tasks).toEqual([]);
  });
});

describe('tasks: hostile input', () => {
  it('stays linear on 1 MB of commas, names and markers', () => {
    const unit = 'Giao Sở Nội vụ, các bộ, ngành, địa phương, ';
    const text = `${unit.repeat(Math.ceil(1_000_000 / unit.length))}tổ chức thực hiện.\n`;
    const t0 = performance.now();
    runTasks(text, 'text');
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('stays linear on 1 MB lines of glued items, labels and headings', () => {
    const lines = [
      `3. Giải quyết${' 3.1. x'.repeat(150_000)}\n`,
      `- Cơ quan thực hiện: Sở X${' -Thời gian thực hiện x'.repeat(40_000)}\n`,
      `- Cơ quan thực hiện: Sở X${' -Aa'.repeat(250_000)}\n`,
      `Quyết định 1.${' II. TỔ'.repeat(150_000)}\n`,
    ];
    for (const text of lines) {
      const t0 = performance.now();
      runTasks(text, 'text');
      expect(performance.now() - t0).toBeLessThan(20_000);
    }
  });

  it('stays linear on a 1 MB table-like run of short lines', () => {
    const text = `${'Nhiệm vụ\nChủ trì\nThời gian\n'.repeat(30_000)}`;
    const t0 = performance.now();
    runTasks(text, 'text');
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
