import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../../src/normalize/text-builder.js';
import { normalize } from '../../src/normalize/index.js';

function build(input: string): { text: string; toSource: (s: number, e: number) => string | null } {
  const b = new TextBuilder();
  b.push(input, 0);
  const { text, map } = b.finish();
  return {
    text,
    toSource: (s, e) => {
      const r = map.toSource({ start: s, end: e });
      return r ? input.slice(r.start, r.end) : null;
    },
  };
}

describe('TextBuilder normalization', () => {
  it('composes decomposed letters to NFC (one cluster at a time)', () => {
    const nfd = 'Quyết định số 16 về Việt Nam'.normalize('NFD');
    const { text, toSource } = build(nfd);
    expect(text).toBe('Quyết định số 16 về Việt Nam');
    // "ệ" came from three input units; its span maps back to all three.
    const at = text.indexOf('ệ');
    expect(toSource(at, at + 1)).toBe('ệ'.normalize('NFD'));
    expect(toSource(at, at + 1)?.length).toBe(3);
  });

  it('composes windows-1258 style text (precomposed ê + combining tone)', () => {
    expect(build('Vi\u00EA\u0323t Nam, ng\u01B0\u01A1\u0300i').text).toBe('Việt Nam, người');
  });

  it('maps Ð (U+00D0 Eth) to Đ and ð to đ', () => {
    expect(build('933/QÐ-TTg và ðồng').text).toBe('933/QĐ-TTg và đồng');
  });

  it('turns NBSP, thin spaces and tabs into one space and drops zero-width characters and soft hyphens', () => {
    expect(build('Số:\u00A016/QĐ\u2009\u202F-\tUBND').text).toBe('Số: 16/QĐ - UBND');
    expect(build('Nghị\u200Bđịnh\u00ADsố\uFEFF 1\u2060').text).toBe('Nghịđịnhsố 1');
  });

  it('drops C0/C1 control characters', () => {
    expect(build('a\u0001b\u0085c\u009Fd').text).toBe('ab\nc' + 'd');
  });

  it('collapses spaces, trims line ends and keeps at most one blank line', () => {
    expect(build('  Điều 1.   Phạm vi  \r\n\r\n\r\n\r\nĐiều 2.\u2028Đối tượng  ').text).toBe('Điều 1. Phạm vi\n\nĐiều 2.\nĐối tượng');
  });

  it('maps every kept character to its input offset', () => {
    const input = '  Điều\u00A01.\r\nGiao  Sở Nội vụ';
    const { text, toSource } = build(input);
    expect(text).toBe('Điều 1.\nGiao Sở Nội vụ');
    for (const word of ['Điều', '1.', 'Giao', 'Sở Nội vụ']) {
      const at = text.indexOf(word);
      expect(toSource(at, at + word.length)).toBe(word);
    }
    // A span across the collapsed spaces covers them in the input.
    const at = text.indexOf('Giao Sở');
    expect(toSource(at, at + 'Giao Sở'.length)).toBe('Giao  Sở');
  });

  it('has no source for text it made up', () => {
    const b = new TextBuilder();
    b.push('Điều 1', 0);
    b.lineBreak(2);
    b.push('Điều 2', 10);
    const { text, map } = b.finish();
    expect(text).toBe('Điều 1\n\nĐiều 2');
    expect(map.toSource({ start: 6, end: 8 })).toBeNull();
    expect(map.toSource({ start: 0, end: text.length })).toEqual({ start: 0, end: 16 });
  });

  it('endLine never adds a blank line; two lineBreak(1) make one', () => {
    const b = new TextBuilder();
    b.push('a', 0);
    b.endLine();
    b.endLine();
    b.push('b', 1);
    b.lineBreak(1);
    b.lineBreak(1);
    b.push('c', 2);
    expect(b.finish().text).toBe('a\nb\n\nc');
  });
});

describe('toSource through normalize()', () => {
  it('plain text: spans map to the exact input characters', () => {
    const input = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\n\u00A0Số:\u00A016/QÐ-TCTCCTTHC\r\nHà Nội, ngày 07 tháng 02 năm 2024';
    const doc = normalize(input, { path: 'x.txt' });
    expect(doc.lines.map((l) => l.text)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 16/QĐ-TCTCCTTHC', 'Hà Nội, ngày 07 tháng 02 năm 2024']);
    const line = doc.lines[1];
    if (!line) throw new Error('no line');
    const r = doc.toSource(line);
    expect(r && input.slice(r.start, r.end)).toBe('Số:\u00A016/QÐ-TCTCCTTHC');
  });

  it('a BOM at the start of a string does not shift the offsets', () => {
    const input = '\uFEFFSố: 16/QĐ-UBND';
    const doc = normalize(input, { path: 'x.txt' });
    const r = doc.toSource({ start: 0, end: 3 });
    expect(r && input.slice(r.start, r.end)).toBe('Số:');
  });

  it('HTML: entities map back to the whole reference', () => {
    const html = '<html><body><p>B&#7897; T&agrave;i ch&iacute;nh &amp; B&#x1ED9; N&#7897;i v&#7909;</p><p>S&#7889;:&nbsp;<b>16/Q&#272;</b>-UBND</p></body></html>';
    const doc = normalize(html, { path: 'x.html' });
    expect(doc.lines.map((l) => l.text).filter(Boolean)).toEqual(['Bộ Tài chính & Bộ Nội vụ', 'Số: 16/QĐ-UBND']);
    const check = (needle: string, expected: string): void => {
      const at = doc.text.indexOf(needle);
      const r = doc.toSource({ start: at, end: at + needle.length });
      expect(r && html.slice(r.start, r.end)).toBe(expected);
    };
    check('Bộ Tài chính', 'B&#7897; T&agrave;i ch&iacute;nh');
    check('&', '&amp;');
    check('Nội vụ', 'N&#7897;i v&#7909;');
    check('16/QĐ', '16/Q&#272;');
    check('Số:', 'S&#7889;:');
  });

  it('Markdown: escapes and references map back to the source', () => {
    const md = 'Căn cứ \\*Luật\\* Tổ chức &amp; hoạt động\n\n- Như Điều 3;\n- Lưu: VT.\n';
    const doc = normalize(md, { path: 'x.md' });
    expect(doc.lines.map((l) => l.text)).toEqual(['Căn cứ *Luật* Tổ chức & hoạt động', '', '- Như Điều 3;', '- Lưu: VT.']);
    const check = (needle: string, expected: string): void => {
      const at = doc.text.indexOf(needle);
      const r = doc.toSource({ start: at, end: at + needle.length });
      expect(r && md.slice(r.start, r.end)).toBe(expected);
    };
    check('*Luật*', '\\*Luật\\*');
    check('& hoạt động', '&amp; hoạt động');
    check('- Như Điều 3;', '- Như Điều 3;');
  });
});
