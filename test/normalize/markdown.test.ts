import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { Table } from '../../src/document.js';

const MD = `# QUYẾT ĐỊNH

**Số:** 16/QĐ-TCTCCTTHC

*Hà Nội, ngày 07 tháng 02 năm 2024*

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 932/QĐ-TTg ngày 06 tháng 8 năm 2023;

## II. CÁC NHIỆM VỤ

| Stt | Nhiệm vụ | Chủ trì thực hiện | Thời gian thực hiện |
| --- | :--- | --- | ---: |
| 1. | Chỉ đạo, đôn đốc &amp; kiểm tra | Từng thành viên Tổ công tác | Thường xuyên |
| 2. | Tổ chức phiên họp \\| chuyên đề | Cơ quan thường trực | Tháng 7/2024 |

Nơi nhận:
- Như Điều 3;
- Lưu: VT, TCTCCTTHC (3b).

1. Mục tiêu
2. Yêu cầu

> Trích: "thực hiện có kết quả"
> (Quyết định 104/QĐ-TTg)
`;

describe('Markdown', () => {
  const doc = normalize(MD, { path: 'plan.md' });
  const lines = doc.lines.map((l) => l.text);

  it('is read as Markdown', () => {
    expect(doc.source.format).toBe('markdown');
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('turns headings, paragraphs and list items into lines without their markup', () => {
    expect(lines.slice(0, 8)).toEqual([
      'QUYẾT ĐỊNH',
      '',
      'Số: 16/QĐ-TCTCCTTHC',
      '',
      'Hà Nội, ngày 07 tháng 02 năm 2024',
      '',
      'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
      'Căn cứ Quyết định số 932/QĐ-TTg ngày 06 tháng 8 năm 2023;',
    ]);
    expect(lines).toContain('II. CÁC NHIỆM VỤ');
  });

  it('keeps list markers, and a list right under a line stays under it', () => {
    const at = lines.indexOf('Nơi nhận:');
    expect(lines.slice(at, at + 3)).toEqual(['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, TCTCCTTHC (3b).']);
    expect(lines).toContain('1. Mục tiêu');
    expect(lines).toContain('2. Yêu cầu');
  });

  it('reads block quotes line by line', () => {
    expect(lines.slice(-2)).toEqual(['Trích: "thực hiện có kết quả"', '(Quyết định 104/QĐ-TTg)']);
  });

  it('turns a GFM table into a grid whose cells point at their text', () => {
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0] as Table;
    expect(t.source).toBe('markdown');
    expect(t.width).toBe(4);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Stt', 'Nhiệm vụ', 'Chủ trì thực hiện', 'Thời gian thực hiện'],
      ['1.', 'Chỉ đạo, đôn đốc & kiểm tra', 'Từng thành viên Tổ công tác', 'Thường xuyên'],
      ['2.', 'Tổ chức phiên họp | chuyên đề', 'Cơ quan thường trực', 'Tháng 7/2024'],
    ]);
    for (const row of t.rows) for (const c of row) expect(doc.text.slice(c.range.start, c.range.end)).toBe(c.text);
  });

  it('maps spans back to the Markdown source, escapes and references included', () => {
    const back = (needle: string): string | null => {
      const at = doc.text.indexOf(needle);
      const r = doc.toSource({ start: at, end: at + needle.length });
      return r && MD.slice(r.start, r.end);
    };
    expect(back('Số:')).toBe('Số:');
    expect(back('16/QĐ-TCTCCTTHC')).toBe('16/QĐ-TCTCCTTHC');
    expect(back('Chỉ đạo, đôn đốc & kiểm tra')).toBe('Chỉ đạo, đôn đốc &amp; kiểm tra');
    expect(back('phiên họp | chuyên đề')).toBe('phiên họp \\| chuyên đề');
    expect(back('- Như Điều 3;')).toBe('- Như Điều 3;');
    expect(back('(Quyết định 104/QĐ-TTg)')).toBe('(Quyết định 104/QĐ-TTg)');
  });

  it('is detected from content when the file has no extension', () => {
    expect(normalize('| a | b |\n| --- | --- |\n| 1 | 2 |\n').source.format).toBe('markdown');
  });

  it('survives deeply nested block quotes and lists', () => {
    const deep = `${'> '.repeat(3000)}Điều 1.\n\n${Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- mục ${i}`).join('\n')}\n`;
    const d = normalize(deep, { path: 'x.md' });
    expect(d.text).toContain('Điều 1.');
    expect(d.text).toContain('mục 499');
  });
});
