import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { NormalizedDocument, Table } from '../../src/document.js';

const REAL = new URL('../../../shared/real-html/', import.meta.url);
const page = (name: string): NormalizedDocument => normalize(readFileSync(new URL(name, REAL)), { path: name });

const lineTexts = (doc: NormalizedDocument): string[] => doc.lines.map((l) => l.text);
const codes = (doc: NormalizedDocument): string[] => doc.diagnostics.map((d) => d.code);

/** Header facts read from each page (the formal header ND 30 prescribes). */
const HEADERS = [
  { file: 'qd-784-bvhttdl-2020.html', issuer: ['BỘ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH'], number: 'Số: 784/QĐ-BVHTTDL', date: 'Hà Nội, ngày 11 tháng 3 năm 2020' },
  { file: 'qd-715-ubnd-binhdinh-2023.html', issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH ĐỊNH'], number: 'Số: 715/QĐ-UBND', date: 'Bình Định, ngày 10 tháng 03 năm 2023' },
  { file: 'qd-2083-ubnd-baclieu-2016.html', issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH BẠC LIÊU'], number: 'Số: 2083/QĐ-UBND', date: 'Bạc Liêu, ngày 08 tháng 12 năm 2016' },
  { file: 'qd-1397-ubnd-namdinh-2021.html', issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH NAM ĐỊNH'], number: 'Số: 1397/QĐ-UBND', date: 'Nam Định, ngày 02 tháng 7 năm 2021' },
  { file: 'qd-1456-ubnd-namdinh-2021.html', issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH NAM ĐỊNH'], number: 'Số: 1456/QĐ-UBND', date: 'Nam Định, ngày 09 tháng 7 năm 2021' },
  { file: 'qd-20574-ct-hanoi-2009.html', issuer: ['TỔNG CỤC THUẾ', 'CỤC THUẾ TP HÀ NỘI'], number: 'Số: 20574/QĐ-CT-THNVDT', date: 'Hà Nội, ngày 26 tháng 11 năm 2009' },
];

/** Strings of the site around the document (menus, login box, scripts, tabs). */
const CHROME = ['Đăng nhập', 'LawNet', 'Tra cứu Pháp Luật mới', 'Quên mật khẩu', 'Đang tải văn bản', 'function(', 'var ', '$(', 'MỤC LỤC VĂN BẢN', 'Tiếng Anh (English)', 'Văn bản này chưa cập nhật nội dung Tiếng Anh'];

describe('the six real thuvienphapluat.vn pages', () => {
  it.each(HEADERS)('$file: issuer, motto, number and date are separate lines, in order', (h) => {
    const doc = page(h.file);
    const lines = lineTexts(doc);
    const idx = (s: string): number => lines.indexOf(s);
    for (const s of [...h.issuer, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', h.number, h.date]) {
      expect(idx(s), s).toBeGreaterThanOrEqual(0);
    }
    expect(idx(h.issuer[0] as string)).toBeLessThan(idx('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(idx(h.number)).toBeLessThan(idx(h.date));
    // The document starts with the issuer: nothing of the site comes before it.
    expect(lines[0]).toBe(h.issuer[0]);
  });

  it.each(HEADERS.map((h) => h.file))('%s: no site chrome or script text', (file) => {
    const doc = page(file);
    for (const s of CHROME) expect(doc.text.includes(s), s).toBe(false);
    expect(doc.source.format).toBe('html');
    expect(doc.source.encoding).toBe('utf-8');
    expect(codes(doc).filter((c) => !c.endsWith('boilerplate-removed'))).toEqual([]);
  });

  it('qd-784: the signature block and the plan keep their lines', () => {
    const lines = lineTexts(page('qd-784-bvhttdl-2020.html'));
    expect(lines).toContain('QUYẾT ĐỊNH:');
    expect(lines).toContain('- Đơn vị chủ trì: Cục Văn hóa cơ sở.');
    expect(lines).toContain('- Thời gian thực hiện: Từ tháng 4 đến tháng 10 năm 2020.');
    expect(lines).toContain('III. KINH PHÍ THỰC HIỆN');
  });

  it('qd-715: the signature cell keeps its line breaks and inline tags do not split words', () => {
    const doc = page('qd-715-ubnd-binhdinh-2023.html');
    const lines = lineTexts(doc);
    const kt = lines.indexOf('KT. CHỦ TỊCH');
    expect(lines.slice(kt, kt + 4)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Lâm Hải Giang']);
    expect(lines).toContain('Nơi nhận:');
    expect(lines).toContain('- Lưu: VT, K6, KSTT(C).');
    // "(2) Thời gian giải quy</span>ế</b><b><span>t" is one word.
    expect(lines).toContain('(2) Thời gian giải quyết');
  });

  it('qd-715: the procedure table is a grid with rowspan and colspan expanded', () => {
    const doc = page('qd-715-ubnd-binhdinh-2023.html');
    const table = doc.tables.find((t) => t.rows[0]?.[0]?.text === 'STT') as Table;
    expect(table).toBeDefined();
    expect(table.source).toBe('html');
    expect(table.width).toBe(9);
    expect(table.rows).toHaveLength(6); // two header rows, three procedures, the total
    const [h1, h2, r1, , r3, total] = table.rows as Table['rows'];
    const t = (row: Table['rows'][number] | undefined, c: number): string => row?.[c]?.text ?? '';
    // "(3) Trình tự …" spans four columns; its copies are not origins.
    expect([4, 5, 6, 7].map((c) => t(h1, c))).toEqual(Array(4).fill('(3) Trình tự các bước thực hiện (ngày làm việc)'));
    expect(h1?.[4]?.origin).toBe(true);
    expect(h1?.[5]?.origin).toBe(false);
    expect(h1?.[4]?.colSpan).toBe(4);
    // STT spans two rows: row 2 column 0 is a copy pointing at the same text.
    expect(t(h2, 0)).toBe('STT');
    expect(h2?.[0]?.origin).toBe(false);
    expect(h2?.[0]?.range).toEqual(h1?.[0]?.range);
    expect(t(h2, 4).startsWith('(3A)')).toBe(true);
    expect(t(h2, 7).startsWith('(3D)')).toBe(true);
    expect(t(h2, 8)).toBe(t(h1, 8));
    expect(t(r1, 0)).toBe('1');
    expect(t(r1, 2)).toBe('Huấn luyện và cấp mới thẻ an toàn điện\n\n2.000621.000.00.00.H08');
    expect(t(r3, 0)).toBe('3');
    expect(t(total, 0)).toBe('TỔNG SỐ: 03 TTHC');
    // Every cell's range points at its text.
    for (const row of table.rows) for (const cell of row) expect(doc.text.slice(cell.range.start, cell.range.end)).toBe(cell.text);
  });

  it('qd-1397: the land-use table keeps every row and its figures', () => {
    const doc = page('qd-1397-ubnd-namdinh-2021.html');
    const table = doc.tables.find((t) => t.rows[0]?.[0]?.text === 'STT') as Table;
    expect(table).toBeDefined();
    const row = table.rows.find((r) => r[1]?.text === 'Đất trồng lúa');
    expect(row?.map((c) => c.text)).toEqual(['1.1', 'Đất trồng lúa', '9.279,76', '40,68', '4.989,18', '21,87', '-4.290,58']);
  });

  it('qd-20574: the price table after the decision has its header', () => {
    const doc = page('qd-20574-ct-hanoi-2009.html');
    expect(doc.tables.some((t) => t.rows[0]?.[1]?.text === 'LOẠI TÀI SẢN')).toBe(true);
  });
});

describe('HTML structure', () => {
  const wrap = (body: string): string => `<!doctype html><html><head><title>Tiêu đề trang</title><style>p{color:red}</style></head><body>${body}</body></html>`;

  it('keeps inline elements on one line and breaks lines at <br> and blocks', () => {
    const doc = normalize(wrap('<p><b>Số:</b> 16/<i>QĐ</i>-UBND</p><div>Hà Nội, <span>ngày</span> 07</div><div>dòng một<br>dòng hai<br/>dòng ba</div>'));
    expect(lineTexts(doc).filter(Boolean)).toEqual(['Số: 16/QĐ-UBND', 'Hà Nội, ngày 07', 'dòng một', 'dòng hai', 'dòng ba']);
  });

  it('keeps the line breaks of <pre>', () => {
    const doc = normalize(wrap('<pre>Điều 1.\n  Điều 2.</pre>'));
    expect(lineTexts(doc)).toEqual(['Điều 1.', 'Điều 2.']);
  });

  it('drops scripts, styles, navigation, menus, share bars, tickers, loading banners, comment forms and hidden elements', () => {
    const html = wrap(`
<nav><a href="/">Trang chủ</a> <a href="/dang-nhap">Đăng nhập</a></nav>
<div id="main-menu"><ul><li>Giới thiệu</li><li>Tin tức</li></ul></div>
<div class="ticker">Tin mới: Hà Tĩnh bổ sung 89 giáo viên | Pháo hoa đón năm mới</div>
<div class="loading">Đang tải nội dung, vui lòng chờ giây lát...</div>
<script>var x = "Quyết định giả"; function f() {}</script>
<div class="social-share">Chia sẻ Facebook Zalo</div>
<div style="display: none">Nội dung ẩn</div>
<div>QUYẾT ĐỊNH</div>
<div>Về việc ban hành Kế hoạch cải cách hành chính năm 2024</div>
<p>Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh.</p>
<form class="binhluan"><textarea>Bình luận của bạn</textarea><input type="submit" value="Gửi bình luận"><label>Họ tên</label></form>
<footer>Bản quyền thuộc Cổng thông tin điện tử tỉnh</footer>`);
    const doc = normalize(html);
    expect(lineTexts(doc)).toEqual([
      'QUYẾT ĐỊNH',
      'Về việc ban hành Kế hoạch cải cách hành chính năm 2024',
      '',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh.',
    ]);
    expect(codes(doc)).toContain('normalize:boilerplate-removed');
  });

  it('does not drop an ASP.NET page wrapped in one big <form>', () => {
    const para = '<p>Điều 1. Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan tổ chức thực hiện Kế hoạch này.</p>';
    const doc = normalize(wrap(`<form id="aspnetForm" method="post"><div>QUYẾT ĐỊNH</div>${para.repeat(15)}</form>`));
    expect(lineTexts(doc)[0]).toBe('QUYẾT ĐỊNH');
    expect(doc.text.length).toBeGreaterThan(1000);
  });

  it('takes the document container when there is one, whatever surrounds it', () => {
    const body = 'Điều 1. Phê duyệt Kế hoạch tuyên truyền thực hiện nếp sống văn minh trong lễ hội năm 2020. '.repeat(4);
    const doc = normalize(wrap(`<div class="header">THƯ VIỆN PHÁP LUẬT</div><div class="content1"><p>${body}</p></div><div class="content1"><div>Văn bản này chưa cập nhật nội dung Tiếng Anh</div></div>`));
    expect(doc.text).toBe(body.trim());
  });

  it('survives 10,000-deep nesting without a stack overflow', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}Số: 12/QĐ-UBND${'</div>'.repeat(10_000)}<p>Hà Nội, ngày 01 tháng 02 năm 2024</p></body></html>`;
    const doc = normalize(html);
    expect(lineTexts(doc)).toEqual(['Số: 12/QĐ-UBND', '', 'Hà Nội, ngày 01 tháng 02 năm 2024']);
  });

  it('reads 100,000-deep nesting as flat text, with a warning and exact offsets', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}Số: 12/QĐ-UBND${'</div>'.repeat(100_000)}<p>Hà Nội, ngày 01 tháng 02 năm 2024</p></body></html>`;
    const doc = normalize(html);
    expect(lineTexts(doc)).toEqual(['Số: 12/QĐ-UBND', '', 'Hà Nội, ngày 01 tháng 02 năm 2024']);
    expect(codes(doc)).toContain('normalize:html-nesting-flattened');
    const src = doc.toSource({ start: 0, end: 'Số: 12/QĐ-UBND'.length });
    expect(src && html.slice(src.start, src.end)).toBe('Số: 12/QĐ-UBND');
  });

  it('survives 10,000 nested tables', () => {
    const html = `<html><body>${'<table><tr><td>'.repeat(10_000)}Ô trong cùng${'</td></tr></table>'.repeat(10_000)}</body></html>`;
    const doc = normalize(html);
    expect(doc.text).toBe('Ô trong cùng');
  });

  it('clamps absurd rowspan/colspan and reports it', () => {
    const html = wrap(`<table><tr><td rowspan="2147483647" colspan="99999">STT</td><td>Nhiệm vụ</td></tr>${'<tr><td colspan="100000">x</td></tr>'.repeat(50)}</table>`);
    const t0 = performance.now();
    const doc = normalize(html);
    expect(performance.now() - t0).toBeLessThan(5000);
    const table = doc.tables[0] as Table;
    expect(table.width).toBeLessThanOrEqual(200);
    expect(table.rows.length * table.width).toBeLessThanOrEqual(250_000);
    expect(codes(doc)).toContain('normalize:table-clamped');
    for (const row of table.rows) expect(row).toHaveLength(table.width);
  });

  it('pads ragged rows and treats junk spans as 1', () => {
    const doc = normalize(wrap('<table><tr><td>a</td><td colspan="x">b</td><td rowspan="-3">c</td></tr><tr><td>d</td></tr></table>'));
    const table = doc.tables[0] as Table;
    expect(table.width).toBe(3);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([['a', 'b', 'c'], ['d', '', '']]);
  });
});
