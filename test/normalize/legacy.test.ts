import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { isWordSplit, repairLegacyText } from '../../src/normalize/legacy.js';
import { convertTcvn3, convertVni, repairMojibake } from '../../src/normalize/legacy-convert.js';
import { isVietnameseSyllable } from '../../src/normalize/vietnamese-syllable.js';
import { allLetters, latin1Bytes, toTcvn3, toVni } from './legacy-encoders.js';

const SHARED = new URL('../../../shared/', import.meta.url);
const seeds = readdirSync(new URL('seeds/', SHARED)).map((f) => ({ name: f, text: readFileSync(new URL(`seeds/${f}`, SHARED), 'utf8') }));
const pages = readdirSync(new URL('real-html/', SHARED))
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ name: f, bytes: readFileSync(new URL(`real-html/${f}`, SHARED)) }));
const seed004 = (seeds.find((s) => s.name.startsWith('004')) as { text: string }).text;

const codes = (doc: { diagnostics: readonly { code: string }[] }): string[] => doc.diagnostics.map((d) => d.code);

describe('the letter tables', () => {
  const letters = allLetters();

  it('cover the 134 Vietnamese letters outside ASCII', () => {
    expect(letters).toHaveLength(134);
    expect(new Set(letters.map((l) => l.unicode)).size).toBe(134);
  });

  it('TCVN3: every lower-case letter decodes to itself', () => {
    const lower = letters.filter((l) => l.unicode === l.unicode.toLowerCase());
    expect(lower).toHaveLength(67);
    for (const l of lower) expect(convertTcvn3(`x${l.tcvn3}`).text, `${l.unicode} ← ${l.tcvn3}`).toBe(`x${l.unicode}`);
  });

  it('TCVN3: every capital decodes inside an upper-case word (the .VnTimeH font)', () => {
    const upper = letters.filter((l) => l.unicode !== l.unicode.toLowerCase());
    expect(upper).toHaveLength(67);
    for (const l of upper) expect(convertTcvn3(`NG${l.tcvn3}N`).text, `${l.unicode} ← ${l.tcvn3}`).toBe(`NG${l.unicode}N`);
  });

  it('VNI: every letter, lower and upper case, decodes to itself', () => {
    for (const l of letters) {
      const out = convertVni(`t${l.vni}`).text;
      expect(out, `${l.unicode} ← ${l.vni}`).toBe(`t${l.unicode}`);
    }
  });
});

describe('TCVN3 (ABC)', () => {
  it('reads the known strings', () => {
    expect(convertTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam').text).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(convertTcvn3('§éc lËp - Tù do - H¹nh phóc').text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(convertTcvn3('B¸o c¸o tµi chÝnh').text).toBe('Báo cáo tài chính');
    expect(convertTcvn3('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM').text).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(convertTcvn3('QUYÕT §ÞNH').text).toBe('QUYẾT ĐỊNH');
  });

  it('reads ư from the soft-hyphen slot and from the U+2212 a PDF extractor leaves', () => {
    expect(convertTcvn3('Thñ t\u00ADíng').text).toBe('Thủ tướng');
    expect(convertTcvn3('Thñ t−íng').text).toBe('Thủ tướng');
    // a minus sign between digits stays a minus sign
    expect(convertTcvn3('5 − 3').text).toBe('5 − 3');
  });

  it('detects a TCVN3 page and reports it', () => {
    const text = toTcvn3(seed004);
    const doc = normalize(text, { path: 'x.txt' });
    expect(codes(doc)).toContain('normalize:legacy-encoding');
    expect(doc.source.encoding).toBe('utf-16+tcvn3');
    const lines = doc.lines.map((l) => l.text);
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(lines).toContain('Số: 16/QĐ-TCTCCTTHC');
    expect(lines).toContain('Hà Nội, ngày 07 tháng 02 năm 2024');
    // Capitals such as "Ủ" in "Ủy ban" mid-sentence are lost in ABC text (they were a font
    // change); apart from case the text is the original.
    const ref = normalize(seed004, { path: 'x.txt' });
    expect(doc.text.toLowerCase()).toBe(ref.text.toLowerCase());
  });

  it('reads TCVN3 bytes (a .VnTime file) even though they are not UTF-8', () => {
    const bytes = latin1Bytes(toTcvn3('Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nBáo cáo tài chính của Bộ Tài chính năm 2009\n'));
    const doc = normalize(bytes, { path: 'x.txt' });
    expect(doc.source.encoding).toBe('windows-1252+tcvn3');
    expect(doc.lines.map((l) => l.text)).toEqual([
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
      'Độc lập - Tự do - Hạnh phúc',
      'Báo cáo tài chính của Bộ Tài chính năm 2009',
    ]);
  });

  it('converts only the TCVN3 part of a page whose site chrome is Unicode', () => {
    const html = `<html><head><meta charset="utf-8"></head><body>
<div class="menu-top">Trang chủ | Văn bản mới | Các câu hỏi thường gặp</div>
<p>Tin tức: Các sở, ban, ngành thực hiện cải cách hành chính</p>
<div class="noidung">
<p>${toTcvn3('QUYẾT ĐỊNH')}</p>
<p>${toTcvn3('Về việc ban hành Kế hoạch cải cách hành chính năm 2010 của Ủy ban nhân dân tỉnh')}</p>
<p>${toTcvn3('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính.')}</p>
<p>${toTcvn3('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.')}</p>
</div></body></html>`;
    const doc = normalize(html, { path: 'x.html' });
    expect(codes(doc)).toContain('normalize:legacy-encoding');
    expect(doc.text).toContain('Tin tức: Các sở, ban, ngành thực hiện cải cách hành chính');
    expect(doc.text).toContain('QUYẾT ĐỊNH');
    expect(doc.text).toContain('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.');
  });
});

describe('VNI', () => {
  it('reads the known strings', () => {
    expect(convertVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam').text).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(convertVni('Ñoäc laäp - Töï do - Haïnh phuùc').text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(convertVni('Haø Noäi').text).toBe('Hà Nội');
  });

  it('detects a VNI page, converts it exactly and maps spans back to the VNI characters', () => {
    const vni = toVni(seed004);
    const doc = normalize(vni, { path: 'x.txt' });
    expect(codes(doc)).toContain('normalize:legacy-encoding');
    expect(doc.source.encoding).toBe('utf-16+vni');
    const ref = normalize(seed004, { path: 'x.txt' });
    expect(doc.text).toBe(ref.text);
    // "Độc lập" is "Ñoäc laäp" in the input: the span maps to those 9 characters.
    const at = doc.text.indexOf('Độc lập');
    const src = doc.toSource({ start: at, end: at + 'Độc lập'.length });
    expect(src && vni.slice(src.start, src.end)).toBe('Ñoäc laäp');
  });

  it('reads VNI bytes', () => {
    const bytes = latin1Bytes(toVni('Ủy ban nhân dân tỉnh Bình Phước\nCộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n'));
    const doc = normalize(bytes, { path: 'x.txt' });
    expect(doc.source.encoding).toBe('windows-1252+vni');
    expect(doc.lines[0]?.text).toBe('Ủy ban nhân dân tỉnh Bình Phước');
  });
});

describe('mojibake', () => {
  const original = 'Nghị định số 59/2022/NĐ-CP của Chính phủ quy định về định danh và xác thực điện tử; Thủ tướng Chính phủ giao Bộ Công an chủ trì.';

  it('repairs UTF-8 read as windows-1252 ("Nghá»‹ Ä‘á»‹nh")', () => {
    const broken = iconv.decode(Buffer.from(original, 'utf8'), 'windows-1252');
    expect(broken).toContain('Nghá»‹ Ä‘á»‹nh');
    expect(repairMojibake(broken).text).toBe(original);
    const doc = normalize(broken);
    expect(doc.text).toBe(original);
    expect(codes(doc)).toContain('normalize:mojibake-repaired');
    expect(codes(doc)).not.toContain('normalize:legacy-encoding');
  });

  it('repairs UTF-8 read as Latin-1 (C1 controls instead of ‹ and ‘)', () => {
    const broken = Buffer.from(original, 'utf8').toString('latin1');
    expect(normalize(broken).text).toBe(original);
  });

  it('maps a repaired span back to the mojibake characters', () => {
    const broken = iconv.decode(Buffer.from(original, 'utf8'), 'windows-1252');
    const doc = normalize(broken);
    const at = doc.text.indexOf('Nghị định');
    const src = doc.toSource({ start: at, end: at + 'Nghị định'.length });
    expect(src && broken.slice(src.start, src.end)).toBe('Nghá»‹ Ä‘á»‹nh');
  });
});

describe('no conversion of real Unicode text (false positives are worse than misses)', () => {
  it.each(seeds.map((s) => [s.name, s.text] as const))('seed %s is left alone', (_name, text) => {
    expect(repairLegacyText(text).encoding).toBeNull();
    const doc = normalize(text, { path: 'x.txt' });
    expect(codes(doc).filter((c) => c.includes('legacy') || c.includes('mojibake'))).toEqual([]);
  });

  it.each(pages.map((p) => [p.name, p.bytes] as const))('real page %s is left alone', (_name, bytes) => {
    const doc = normalize(bytes, { path: 'x.html' });
    expect(doc.source.encoding).toBe('utf-8');
    expect(codes(doc).filter((c) => c.includes('legacy') || c.includes('mojibake'))).toEqual([]);
  });

  it('leaves text with a few Latin-1 symbols and foreign names alone', () => {
    const text = [
      'Nhiệt độ trung bình 25°C, diện tích 1.200 m² (khoảng ½ ha); § 3 của Hiệp định.',
      'Ông José Müller, Señor García và bà Zoë đã ký biên bản « Hợp tác » năm 2023.',
      'Các cơ quan, đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2024.',
    ].join('\n');
    expect(repairLegacyText(text).encoding).toBeNull();
  });

  it('leaves windows-1258 text that was decoded correctly alone (combining tone marks)', () => {
    const nfd = seed004.normalize('NFD');
    expect(repairLegacyText(nfd).encoding).toBeNull();
  });
});

describe('the syllable judge', () => {
  it.each(['hoà', 'hòa', 'Cộng', 'nghĩa', 'người', 'đường', 'khuya', 'quốc', 'giữa', 'thuỷ', 'Việt', 'NGHIÊNG'])('accepts %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(['hoµ', 'Coäng', 'xãà', 'ñy', 'Müller', 'hóà', 'bcd', 'ngh'])('rejects %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});

describe('isWordSplit', () => {
  it('is the class /[\\s!-@[-`{-~]/u, code unit by code unit', () => {
    const re = /[\s!-@[-`{-~]/u;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWordSplit(c) !== re.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
