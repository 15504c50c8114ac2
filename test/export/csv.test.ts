import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvRows, toCsv } from '../../src/export/index.js';
import { parseCsv } from './parse-csv.js';
import { LISTED, NO_DUE, RECURRING, WINDOW, sampleDocument } from './sample-document.js';

const col = (name: (typeof CSV_HEADER)[number]): number => CSV_HEADER.indexOf(name);

describe('csv export', () => {
  const text = toCsv([sampleDocument()]);
  const rows = parseCsv(text.slice(1));

  it('starts with a UTF-8 byte-order mark so Excel reads Vietnamese', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('has the header then one row per task, every row as wide as the header', () => {
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(1 + 4);
    for (const r of rows) expect(r).toHaveLength(CSV_HEADER.length);
    expect(rows.slice(1).map((r) => r[col('Task ID')])).toEqual([RECURRING.id, WINDOW.id, NO_DUE.id, LISTED.id]);
  });

  it('fills the document columns on every row', () => {
    for (const r of rows.slice(1)) {
      expect(r[col('Document number')]).toBe('16/QĐ-TCTCCTTHC');
      expect(r[col('Issued')]).toBe('2024-02-07');
      expect(r[col('Issuer')]).toBe('Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ');
      expect(r[col('Source')]).toBe('https://example.gov.vn/van-ban/16-qd-tctcctthc');
    }
  });

  it('writes the task, bodies and deadline of a row', () => {
    const r = rows[1] as string[];
    expect(r[col('Ordinal')]).toBe('1');
    expect(r[col('Description')]).toBe(RECURRING.description);
    expect(r[col('Lead')]).toBe('Bộ Tư pháp; Sở Thông tin và Truyền thông');
    expect(r[col('Support')]).toBe('Văn phòng Chính phủ');
    expect(r[col('Deadline')]).toBe('Trước ngày 20 các tháng 3, 6, 9, 12/2024');
    expect(r[col('Due date')]).toBe('2024-03-20');
    expect(r[col('Deadline kind')]).toBe('recurring');
    expect(r[col('Deliverable')]).toBe('Báo cáo quý');
  });

  it('quotes commas, quotes and line breaks, and keeps rows on one line', () => {
    expect(text).toContain('"Báo cáo tình hình, kết quả');
    expect(text).toContain('""khó khăn, vướng mắc""');
    expect(rows[2]?.[col('Description')]).toBe(
      "'=SUM(A1) công thức; rà soát, đơn giản hóa các thủ tục hành chính thuộc phạm vi quản lý",
    );
  });

  it('turns formula-looking cells into text (CSV injection)', () => {
    expect(rows[2]?.[col('Summary')]?.startsWith("'=SUM")).toBe(true);
  });

  it('leaves empty cells for what a task does not have', () => {
    const r = rows[3] as string[];
    expect(r[col('Ordinal')]).toBe('');
    expect(r[col('Lead')]).toBe('');
    expect(r[col('Due date')]).toBe('');
    expect(r[col('Deadline kind')]).toBe('continuous');
  });

  it('keeps the Summary within Jira\'s 255 characters, cut at a word', () => {
    const long = { ...WINDOW, description: `Xây dựng ${'cơ sở dữ liệu quốc gia '.repeat(30)}về thủ tục hành chính` };
    const [, row] = parseCsv(toCsv([sampleDocument([long])]).slice(1));
    const summary = row?.[col('Summary')] as string;
    expect(summary.length).toBeLessThanOrEqual(250);
    expect(summary.endsWith('…')).toBe(true);
    expect(long.description.replace(/\s+/gu, ' ')).toContain(summary.slice(0, -1));
    expect(summary.at(-2)).not.toBe(' ');
  });

  it('writes nothing for a document without tasks', () => {
    expect(csvRows(sampleDocument([]))).toBe('');
  });
});
