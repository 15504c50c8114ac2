/**
 * A cadence word that opens a task's action ("Thường xuyên kiểm tra …") is its deadline
 * (continuous) and leaves the description; the same words elsewhere in the sentence, or with
 * no verb after them, are left alone.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

const header = 'ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 12/QĐ-UBND\nNam Định, ngày 3 tháng 4 năm 2024\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n';
const tasksOf = (body: string) => analyze(`${header}${body}\nCHỦ TỊCH\nNguyễn Văn An\n`, { format: 'text' }).tasks;

describe('cadence words that open an action', () => {
  it('"Thường xuyên <verb>" is a continuous deadline, cut from the description', () => {
    const [t] = tasksOf('Điều 1. Giao Sở Tài nguyên và Môi trường:\n- Thường xuyên kiểm tra việc thực hiện quy hoạch, kế hoạch sử dụng đất.');
    expect(t?.description).toBe('kiểm tra việc thực hiện quy hoạch, kế hoạch sử dụng đất');
    expect(t?.deadline?.text).toBe('Thường xuyên');
    expect(t?.deadline?.kind).toBe('continuous');
    expect(t?.deadline?.due).toBeNull();
  });

  it('"Liên tục <verb>" too', () => {
    const [t] = tasksOf('Điều 1. Giao Sở Thông tin và Truyền thông:\n- Liên tục cập nhật, công khai thông tin trên Cổng thông tin điện tử của tỉnh.');
    expect(t?.deadline?.kind).toBe('continuous');
    expect(t?.description.startsWith('cập nhật, công khai')).toBe(true);
  });

  it('inside the sentence the word is left in the description, with no deadline from it', () => {
    const [t] = tasksOf('Điều 1. Giao Công an tỉnh:\n- Chỉ đạo lực lượng thường xuyên trực, sẵn sàng ứng phó với các tình huống.');
    expect(t?.description).toContain('thường xuyên trực');
    expect(t?.deadline).toBeNull();
  });

  it('a dated deadline in the sentence wins over the opening word', () => {
    const [t] = tasksOf('Điều 1. Giao Sở Tài chính:\n- Thường xuyên rà soát các khoản chi, hoàn thành trước ngày 30/6/2024.');
    expect(t?.deadline?.due).toBe('2024-06-30');
    expect(t?.description.startsWith('Thường xuyên rà soát')).toBe(true);
  });
});
