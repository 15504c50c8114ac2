/**
 * What must not become a signer: mentions, chairs, author lines, titles or bodies read as
 * names, blocks without a name, copy certifiers, digital-signature stamps, prefixes that are
 * something else. And a hostile input must not hang.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recipientsExtractor } from '../../src/extractors/recipients/index.js';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import { signersExtractor } from '../../src/extractors/signers/index.js';
import { createReporter } from '../../src/diagnostics.js';
import type { Diagnostic } from '../../src/schema.js';
import type { ExtractContext } from '../../src/extractors/types.js';

function signersOf(input: string, format: 'text' | 'html' | 'markdown' = 'text') {
  const doc = normalize(input, { format });
  const segments = segment(doc);
  const diagnostics: Diagnostic[] = [];
  const ctx: ExtractContext = {
    doc,
    segments,
    options: { reference: null, includeText: false },
    get: () => {
      throw new TypeError('not needed');
    },
    report: createReporter(doc, 'signers', diagnostics),
  };
  return { signers: signersExtractor.extract(ctx), diagnostics, codes: diagnostics.map((d) => d.code), isNews: segments.isNewsPage };
}

const HEADER = `ỦY BAN NHÂN DÂN
TỈNH KON TUM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 12/QĐ-UBND
Kon Tum, ngày 05 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
`;

describe('no invented signer', () => {
  it('a formal document without a signature block: none, with a warning', () => {
    const r = signersOf(`${HEADER}Điều 1. Thành lập Ban Chỉ đạo.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n`);
    expect(r.signers).toEqual([]);
    expect(r.codes).toContain('signers:missing');
  });

  it('members listed in the body are not signers', () => {
    const r = signersOf(`${HEADER}Điều 1. Thành lập Ban Chỉ đạo gồm:\n1. Ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh - Trưởng ban;\n2. Bà Trần Thị B, Giám đốc Sở Nội vụ - Phó Trưởng ban;\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n`);
    expect(r.signers).toEqual([]);
  });

  it('a member table in upper case inside the body is dropped (no prefix, no mark, not in the tail)', () => {
    const r = signersOf(`${HEADER}Điều 1. Thành lập Tổ công tác:\nTỔ TRƯỞNG\nNguyễn Văn Hải\nĐiều 2. Tổ công tác có nhiệm vụ tham mưu cho Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo, điều hành công tác cải cách hành chính trên địa bàn.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký./.\n`);
    expect(r.signers).toEqual([]);
    expect(r.codes).toContain('signers:outside-tail');
  });

  it('the header authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") is not a block', () => {
    const r = signersOf(`${HEADER}Điều 1. Nội dung.\n`);
    expect(r.signers).toEqual([]);
  });

  it('a block without a name gives no signer and an info diagnostic', () => {
    const r = signersOf(`${HEADER}Điều 1. Nội dung./.\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nPHỤ LỤC\n(Kèm theo Quyết định số 12/QĐ-UBND)\nNội dung phụ lục gồm các biểu mẫu sau đây để các cơ quan áp dụng.\n`);
    expect(r.signers).toEqual([]);
    expect(r.codes).toContain('signers:block-without-name');
  });

  it('a copy certifier after SAO Y BẢN CHÍNH is not a signer', () => {
    const r = signersOf(`${HEADER}Điều 1. Nội dung./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\nSAO Y BẢN CHÍNH\nKon Tum, ngày 10 tháng 3 năm 2024.\nCHÁNH VĂN PHÒNG\n(Đã ký)\nTrần Văn Bảo\n`);
    expect(r.signers.map((s) => s.name)).toEqual(['Lê Văn An']);
    expect(r.codes).toContain('signers:copy-certification');
  });

  it('the Government portal digital-signature stamp names no signer', () => {
    const r = signersOf('Ký bởi: Cổng Thông tin điện tử Chính phủ\nEmail: thongtinchinhphu@chinhphu.vn\nCơ quan: Văn phòng Chính phủ\nThời gian ký: 12.05.2015 10:32:58 +07:00\n');
    expect(r.signers).toEqual([]);
  });

  it('a person digital signature "Người ký:" names the signer (source text)', () => {
    const r = signersOf(`${HEADER}Điều 1. Nội dung./.\nNgười ký: Nguyễn Văn Hải\nEmail: hai@kontum.gov.vn\nThời gian ký: 05.03.2024 09:00:00 +07:00\n`);
    expect(r.signers).toEqual([expect.objectContaining({ name: 'Nguyễn Văn Hải', source: 'text', title: null })]);
  });

  it('titles, bodies and places after a post are not names', () => {
    for (const line of ['Văn Phòng Chính Phủ', 'Ủy Ban Nhân Dân', 'Phó Chủ Tịch', 'Hà Nội', 'Kon Tum']) {
      const r = signersOf(`${HEADER}Điều 1. Nội dung./.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n${line}\n`);
      expect(r.signers, line).toEqual([]);
    }
  });

  it('Q. meaning Quận and KT / TM in other senses are not prefixes', () => {
    const r = signersOf(`${HEADER}Điều 1. Trụ sở đặt tại số 12 Q. Ba Đình, Hà Nội; TMĐT và KT-XH.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n`);
    expect(r.signers).toEqual([]);
  });
});

describe('news pages: only signing verbs count', () => {
  const news = (s: string) => signersOf(`Tin tức\n\n${s}\n`);
  it.each([
    ['chaired a meeting', 'Phó Thủ tướng Trần Lưu Quang chủ trì phiên họp thứ nhất Tổ công tác.'],
    ['asked', 'Chủ tịch UBND tỉnh yêu cầu các sở tập trung cải cách thủ tục hành chính.'],
    ['conclusions conveyed', 'Văn phòng Chính phủ ban hành Thông báo 71/TB-VPCP kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang.'],
    ['signed an agreement (ký kết)', 'Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã ký kết biên bản ghi nhớ với đối tác.'],
    ['a title with no name', 'Chủ tịch UBND tỉnh đã ký Công văn số 3198/UBND-TTHCC.'],
    ['an author line after the body', 'Tiếp tục đẩy mạnh việc tham mưu, theo dõi đôn đốc triển khai thực hiện./.\n\nVũ Huệ'],
  ])('%s', (_n, text) => {
    const r = news(text);
    expect(r.isNews).toBe(true);
    expect(r.signers).toEqual([]);
  });
});

describe('robustness', () => {
  const pieces = fc.constantFrom(
    'KT. BỘ TRƯỞNG', 'TM. ỦY BAN NHÂN DÂN', 'TL.', 'Q. CHỦ TỊCH', 'THỨ TRƯỞNG', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A', 'TRẦN THỊ B',
    '(Đã ký)', '[daky]', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.', 'Ký bởi: Cổng TTĐT', 'SAO Y BẢN CHÍNH', 'vừa ký',
    'Phó Thủ tướng', 'do', 'ký', ';', '.', ',', ' ', '\n', '\t', '|', '<br>', '*', '(', ')', '[', ']', 'Đ', 'ư', '\u0300',
  );
  it('never throws, and every span lies inside the text and holds the name (property test)', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const input = parts.join('');
        const doc = normalize(input, { format: 'text' });
        const segments = segment(doc);
        const ctx: ExtractContext = {
          doc,
          segments,
          options: { reference: null, includeText: false },
          get: () => {
            throw new TypeError('not needed');
          },
          report: () => {},
        };
        const found = signersExtractor.extract(ctx);
        recipientsExtractor.extract(ctx);
        for (const s of found) {
          expect(s.span.start).toBeGreaterThanOrEqual(0);
          expect(s.span.end).toBeLessThanOrEqual(doc.text.length);
          expect(s.name.length).toBeGreaterThan(0);
          expect(doc.text.slice(s.span.start, s.span.end).toLocaleLowerCase('vi').replace(/\s+/gu, ' ')).toContain(s.name.toLocaleLowerCase('vi'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a 1 MB hostile page quickly', () => {
    const pieces = [
      'KT. '.repeat(20000),
      `- ${'BỘ TRƯỞNG '.repeat(30000)}\n`,
      `${'Phó Chủ tịch UBND tỉnh '.repeat(20000)} vừa ký Quyết định.\n`,
      `${'Nguyễn Văn '.repeat(20000)}\n`,
      `Nơi nhận: ${'- A; '.repeat(40000)}\n`,
      `${'(Đã ký) '.repeat(20000)}\n`,
    ];
    const input = `Tin tức\n${pieces.join('\n')}`;
    expect(input.length).toBeGreaterThan(1_000_000);
    const t0 = performance.now();
    signersOf(input);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
