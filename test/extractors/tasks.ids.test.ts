/**
 * Task ids (resolve-tasks refiner): the same document analysed again, or scraped again with other
 * white space or markup, keeps its ids; two tasks of one document never share one.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { seed } from './tasks-helpers.js';

const HEADER = ['ỦY BAN NHÂN DÂN TỈNH KON TUM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND', 'Kon Tum, ngày 05 tháng 3 năm 2024', 'KẾ HOẠCH', 'Triển khai công tác cải cách hành chính năm 2024'];
const ROWS = [
  ['1', 'Xây dựng quy chế phối hợp', 'Sở Nội vụ', 'Quý II/2024'],
  ['2', 'Rà soát thủ tục hành chính nội bộ', 'Văn phòng UBND tỉnh', 'Tháng 9/2024'],
  ['3', 'Rà soát thủ tục hành chính nội bộ', 'Sở Tư pháp', 'Tháng 9/2024'],
];

const markdown = [
  ...HEADER.flatMap((l) => [l, '']),
  'I. NHIỆM VỤ',
  '',
  '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |',
  '| --- | --- | --- | --- |',
  ...ROWS.map((r) => `| ${r.join(' | ')} |`),
  '',
].join('\n');

const html = `<html><body><div class="content">${HEADER.map((l) => `<p>${l}</p>`).join('\n')}
<p><b>I.  NHIỆM VỤ</b></p>
<table border="1"><tr><th>STT</th><th>Nhiệm   vụ</th><th>Cơ quan chủ trì</th><th>Thời hạn</th></tr>
${ROWS.map((r) => `<tr>${r.map((c) => `<td>\n  ${c}\n</td>`).join('')}</tr>`).join('\n')}
</table></div></body></html>`;

describe('task ids', () => {
  it('are the same when the same document is analysed twice', () => {
    const a = analyze(seed('004'));
    const b = analyze(seed('004'));
    expect(a.tasks.length).toBe(17);
    expect(b.tasks.map((t) => t.id)).toEqual(a.tasks.map((t) => t.id));
  });

  it('are unique inside a document, even for two rows with the same text', () => {
    for (const doc of [analyze(seed('004')), analyze(markdown, { format: 'markdown' })]) {
      const ids = doc.tasks.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const md = analyze(markdown, { format: 'markdown' });
    expect(md.tasks.map((t) => t.description)).toEqual(ROWS.map((r) => r[1]));
  });

  it('are the same for the HTML and the Markdown copy of one plan', () => {
    const a = analyze(markdown, { format: 'markdown' });
    const b = analyze(html, { format: 'html' });
    expect(a.number?.text).toBe('12/KH-UBND');
    expect(b.number?.text).toBe('12/KH-UBND');
    expect(b.tasks.map((t) => t.description)).toEqual(a.tasks.map((t) => t.description));
    expect(b.tasks.map((t) => t.id)).toEqual(a.tasks.map((t) => t.id));
  });

  it('are the same when a page without a number is scraped again with other white space and markup', () => {
    const text = new TextDecoder().decode(seed('003'));
    const respaced = text.replace(/ /gu, '  ').replace(/\n\n/gu, '\n\n\n');
    const asHtml = `<html><body><article>${text
      .split(/\n+/u)
      .filter((l) => l.trim())
      .map((l) => `<p>${l.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')}</p>`)
      .join('\n')}</article></body></html>`;
    const a = analyze(text, { format: 'text' });
    const b = analyze(respaced, { format: 'text' });
    const c = analyze(asHtml, { format: 'html' });
    expect(a.tasks).toHaveLength(7);
    expect(b.tasks.map((t) => t.id)).toEqual(a.tasks.map((t) => t.id));
    expect(c.tasks.map((t) => t.id)).toEqual(a.tasks.map((t) => t.id));
  });

  it('change when the task changes', () => {
    const a = analyze(markdown, { format: 'markdown' });
    const b = analyze(markdown.replace('Xây dựng quy chế phối hợp', 'Xây dựng quy chế làm việc'), { format: 'markdown' });
    expect(b.tasks[0]?.id).not.toBe(a.tasks[0]?.id);
    expect(b.tasks[1]?.id).toBe(a.tasks[1]?.id);
  });
});
