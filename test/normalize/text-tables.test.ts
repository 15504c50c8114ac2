import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { NormalizedDocument, Table } from '../../src/document.js';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seedName = readdirSync(SEEDS).find((f) => f.startsWith('004_')) as string;
const seed004 = readFileSync(new URL(seedName, SEEDS), 'utf8');

const texts = (t: Table): string[][] => t.rows.map((r) => r.map((c) => c.text));

function expectRangesPointAtText(doc: NormalizedDocument, t: Table): void {
  for (const row of t.rows) for (const c of row) expect(doc.text.slice(c.range.start, c.range.end)).toBe(c.text);
}

describe('a table flattened to one cell per paragraph (seed 004)', () => {
  const doc = normalize(seed004, { path: seedName });
  const table = doc.tables[0] as Table;

  it('is found once, as a text-flattened table of 6 columns', () => {
    expect(doc.tables).toHaveLength(1);
    expect(table.source).toBe('text-flattened');
    expect(table.width).toBe(6);
  });

  it('has the header row and exactly 17 data rows numbered 1. to 17.', () => {
    expect(texts(table)[0]).toEqual(['Stt', 'Nhiệm vụ', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Thời gian thực hiện', 'Sản phẩm']);
    expect(table.rows).toHaveLength(18);
    expect(table.rows.slice(1).map((r) => r[0]?.text)).toEqual(Array.from({ length: 17 }, (_, i) => `${i + 1}.`));
    for (const row of table.rows) {
      expect(row).toHaveLength(6);
      for (const c of row) {
        expect(c.origin).toBe(true);
        expect(c.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('puts every paragraph in the right column', () => {
    expect(texts(table)[1]).toEqual([
      '1.',
      'Chỉ đạo, đôn đốc hoặc phối hợp chỉ đạo, đôn đốc việc thực hiện các nhiệm vụ, giải pháp về cải cách thủ tục hành chính theo Kế hoạch cải cách thủ tục hành chính trọng tâm năm 2024 (Quyết định số 104/QĐ-TTg ngày 25/01/2024 của Thủ tướng Chính phủ), Nghị quyết số 01/NQ-CP, Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ tại các bộ, ngành, địa phương được phân công theo dõi chỉ đạo, đôn đốc.',
      'Từng thành viên Tổ công tác; Cơ quan thường trực Tổ công tác',
      'Các bộ, ngành, địa phương',
      'Thường xuyên',
      'Các buổi làm việc, văn bản đôn đốc thực hiện của thành viên Tổ công tác.',
    ]);
    const row = (n: number): string[] => texts(table)[n] as string[];
    expect(row(3)[3]).toBe('các bộ, ngành, địa phương; các cá nhân, tổ chức liên quan');
    expect(row(11)[2]).toBe('Đồng chí Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an, Tổ phó Tổ công tác; Bộ Công an');
    expect(row(15)[4]).toBe('Trước ngày 20 các tháng 3, 6, 9, 12/2024');
    expect(row(17)[5]).toBe('Văn bản đôn đốc thực hiện; báo cáo Tổ trưởng Tổ công tác và văn bản thông báo ý kiến chỉ đạo.');
  });

  it('keeps a cell of two "- …" paragraphs (row 6, Sản phẩm) as one cell', () => {
    const cell = table.rows[6]?.[5];
    expect(cell?.text).toBe(
      '- Dịch vụ công trực tuyến liên thông được cung cấp một cách thuận lợi, dễ khai thác, sử dụng.\n\n- Các buổi làm việc hoặc văn bản chỉ đạo đôn đốc của thành viên Tổ công tác.',
    );
    expect(table.rows[6]?.[4]?.text).toBe('Thường xuyên');
  });

  it('gives every cell a range that points at its text, and the table a range covering them', () => {
    expectRangesPointAtText(doc, table);
    expect(doc.text.slice(table.range.start, table.range.start + 3)).toBe('Stt');
    expect(doc.text.slice(0, table.range.end).endsWith('báo cáo Tổ trưởng Tổ công tác và văn bản thông báo ý kiến chỉ đạo.')).toBe(true);
  });

  it('maps a cell back to the input', () => {
    const cell = table.rows[15]?.[4];
    if (!cell) throw new Error('no cell');
    const r = doc.toSource(cell.range);
    expect(r && seed004.slice(r.start, r.end)).toBe('Trước ngày 20 các tháng 3, 6, 9, 12/2024');
  });
});

describe('other flattened tables', () => {
  it('makes a Roman-numbered group row one cell repeated across the width', () => {
    const text = [
      'TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Thời hạn hoàn thành',
      'I', 'Nhóm nhiệm vụ về thể chế',
      '1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Quý II/2024',
      '2', 'Xây dựng quy chế phối hợp', 'Văn phòng UBND tỉnh', 'Tháng 9/2024',
      'II. Nhóm nhiệm vụ về thủ tục hành chính',
      '1', 'Công bố danh mục thủ tục hành chính', 'Các sở, ngành', 'Thường xuyên',
    ].join('\n\n');
    const doc = normalize(text, { path: 'x.txt' });
    const t = doc.tables[0] as Table;
    expect(t.width).toBe(4);
    expect(t.rows).toHaveLength(6);
    const group = t.rows[1] as Table['rows'][number];
    expect(group.map((c) => c.text)).toEqual(Array(4).fill('I\n\nNhóm nhiệm vụ về thể chế'));
    expect(group.map((c) => c.origin)).toEqual([true, false, false, false]);
    expect(group[0]?.colSpan).toBe(4);
    expect(t.rows[4]?.map((c) => c.text)).toEqual(Array(4).fill('II. Nhóm nhiệm vụ về thủ tục hành chính'));
    expect(t.rows[5]?.map((c) => c.text)).toEqual(['1', 'Công bố danh mục thủ tục hành chính', 'Các sở, ngành', 'Thường xuyên']);
    expectRangesPointAtText(doc, t);
  });

  it('stops at the section heading after the table', () => {
    const text = [
      'STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Tiến độ',
      '1.', 'Tuyên truyền về cải cách hành chính', 'Sở Thông tin và Truyền thông', 'Năm 2024',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Các sở, ngành căn cứ Kế hoạch này triển khai thực hiện.',
    ].join('\n');
    const doc = normalize(text, { path: 'x.txt' });
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]?.rows).toHaveLength(2);
    expect(doc.text.slice(doc.tables[0]?.range.end)).toContain('III. TỔ CHỨC THỰC HIỆN');
  });

  it('ignores numbered paragraphs in prose (no header row of table words)', () => {
    const text = [
      'I. MỤC TIÊU, YÊU CẦU',
      '1.', 'Giúp Thủ tướng Chính phủ chỉ đạo, đôn đốc các bộ, ngành.', 'Kịp thời nắm bắt, chỉ đạo xử lý.',
      '2.', 'Phát huy vai trò của Tổ công tác.', 'Thường xuyên',
      'a)', 'Nâng cao trách nhiệm.',
    ].join('\n\n');
    expect(normalize(text, { path: 'x.txt' }).tables).toEqual([]);
  });

  it('ignores an STT line followed by labels that are not table words', () => {
    const text = ['STT', 'Họ và tên', 'Ngày sinh', 'Quê quán', '1.', 'Nguyễn Văn A', '01/01/1980', 'Hà Tĩnh'].join('\n\n');
    expect(normalize(text, { path: 'x.txt' }).tables).toEqual([]);
  });
});

describe('pipe tables in plain text', () => {
  it('reads "| a | b |" lines into a grid, skipping the separator line', () => {
    const text = [
      'Phân công nhiệm vụ:',
      '| STT | Nhiệm vụ | Chủ trì |',
      '|-----|----------|---------|',
      '| 1 | Rà soát thủ tục | Sở Tư pháp |',
      '| 2 | Báo cáo kết quả | Văn phòng UBND tỉnh |',
      'Hết.',
    ].join('\n');
    const doc = normalize(text, { path: 'x.txt' });
    expect(doc.source.format).toBe('text');
    const t = doc.tables[0] as Table;
    expect(t.source).toBe('text-pipes');
    expect(texts(t)).toEqual([
      ['STT', 'Nhiệm vụ', 'Chủ trì'],
      ['1', 'Rà soát thủ tục', 'Sở Tư pháp'],
      ['2', 'Báo cáo kết quả', 'Văn phòng UBND tỉnh'],
    ]);
    expectRangesPointAtText(doc, t);
  });

  it('pads short rows and needs at least two rows', () => {
    const doc = normalize('| a | b | c |\n| d |\n', { path: 'x.txt' });
    expect(texts(doc.tables[0] as Table)).toEqual([['a', 'b', 'c'], ['d', '', '']]);
    expect(normalize('| chỉ một dòng |\n', { path: 'x.txt' }).tables).toEqual([]);
  });
});
