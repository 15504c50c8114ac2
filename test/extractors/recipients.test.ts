/**
 * The "Nơi nhận" list: one entry per recipient, bullets and the final ";" or "." removed,
 * "Lưu: …" kept as its own entry; read down its column whatever the layout.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import { recipientsExtractor } from '../../src/extractors/recipients/index.js';
import { cleanItem } from '../../src/extractors/recipients/parse.js';
import { createReporter } from '../../src/diagnostics.js';
import type { Diagnostic } from '../../src/schema.js';
import type { ExtractContext } from '../../src/extractors/types.js';

function recipientsOf(input: string, format: 'text' | 'html' | 'markdown' = 'text') {
  const doc = normalize(input, { format });
  const diagnostics: Diagnostic[] = [];
  const ctx: ExtractContext = {
    doc,
    segments: segment(doc),
    options: { reference: null, includeText: false },
    get: () => {
      throw new TypeError('not needed');
    },
    report: createReporter(doc, 'recipients', diagnostics),
  };
  return { recipients: recipientsExtractor.extract(ctx), codes: diagnostics.map((d) => d.code) };
}

const BODY = 'Điều 3. Chánh Văn phòng và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.\n';

describe('recipients', () => {
  it('lists items in order, bullets and final punctuation removed, Lưu kept (seed 004 form)', () => {
    const r = recipientsOf(`${BODY}Nơi nhận:\n- Như Điều 3;\n- Thủ tướng Chính phủ, các Phó Thủ tướng Chính phủ;\n- VPCP: BTCN, các PCN, Trợ lý TTg; TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc;\n- Lưu: VT, TCTCCTTHC (3b);\n\nTỔ TRƯỞNG\nPHÓ THỦ TƯỚNG\nTrần Lưu Quang\n`);
    expect(r.recipients).toEqual([
      'Như Điều 3',
      'Thủ tướng Chính phủ, các Phó Thủ tướng Chính phủ',
      'VPCP: BTCN, các PCN, Trợ lý TTg; TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc',
      'Lưu: VT, TCTCCTTHC (3b)',
    ]);
  });

  it('splits items printed on one line at each dash', () => {
    const r = recipientsOf(`${BODY}Nơi nhận: - Ban Bí thư Trung ương Đảng; - Thủ tướng, các Phó Thủ tướng Chính phủ; - Lưu: VT, HC (2).\n`);
    expect(r.recipients).toEqual(['Ban Bí thư Trung ương Đảng', 'Thủ tướng, các Phó Thủ tướng Chính phủ', 'Lưu: VT, HC (2)']);
  });

  it('reads a list without bullets (Công văn 7991/BGDĐT-GDTrH form)', () => {
    const r = recipientsOf(`${BODY}Nơi nhận\n\nNhư trên;\n\nBộ trưởng (để báo cáo);\n\nLưu: VT, Vụ GDTrH.\n\nTL. BỘ TRƯỞNG\nVỤ TRƯỞNG\n`);
    expect(r.recipients).toEqual(['Như trên', 'Bộ trưởng (để báo cáo)', 'Lưu: VT, Vụ GDTrH']);
  });

  it('separates the list from a signature block interleaved row by row', () => {
    const r = recipientsOf(`${BODY}Nơi nhận: KT. GIÁM ĐỐC\n- Như trên;\n- UBND tỉnh (b/c); PHÓ GIÁM ĐỐC\n- Cổng thông tin điện tử tỉnh (đăng tải trên Website của\ntỉnh);\n- Lưu: VT, CCMT.\nHà Mạnh Cường\n`);
    expect(r.recipients).toEqual(['Như trên', 'UBND tỉnh (b/c)', 'Cổng thông tin điện tử tỉnh (đăng tải trên Website của tỉnh)', 'Lưu: VT, CCMT']);
  });

  it('keeps the Lưu line apart from a block glued after it', () => {
    const r = recipientsOf(`${BODY}Nơi nhận:\n- Như trên;\n- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng\n`);
    expect(r.recipients).toEqual(['Như trên', 'Lưu: VT, ĐMDN (2b)']);
  });

  it('reads the left cell of an HTML signature table', () => {
    const html = `<p>${BODY}</p><table><tr><td><p><b><i>Nơi nhận:</i></b><br>- Như Điều 4;<br>- Bộ trưởng (để báo cáo);<br>- Lưu: VT, VHCS (02).</p></td><td><p><b>KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG<br><br>Trịnh Thị Thủy</b></p></td></tr></table>`;
    expect(recipientsOf(html, 'html').recipients).toEqual(['Như Điều 4', 'Bộ trưởng (để báo cáo)', 'Lưu: VT, VHCS (02)']);
  });

  it('does not list the Kính gửi addressees of a công văn', () => {
    const r = recipientsOf(`Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính.\n\nĐề nghị các Bộ xem xét, cho ý kiến./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn A\n`);
    expect(r.recipients).toEqual(['Như trên', 'Lưu: VT']);
  });

  it('reads only the first list and says so', () => {
    const r = recipientsOf(`${BODY}Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn A\nPHỤ LỤC\nMẫu đơn kèm theo để các cơ quan, tổ chức và cá nhân sử dụng khi đề nghị.\nNơi nhận:\n- …;\n- Lưu.\n`);
    expect(r.recipients).toEqual(['Như Điều 3', 'Lưu: VT']);
    expect(r.codes).toContain('recipients:more-lists');
  });

  it('gives an empty list for a page without "Nơi nhận" (news, seed 003 form)', () => {
    expect(recipientsOf('Tin tức\n\nChủ tịch UBND tỉnh yêu cầu các sở thực hiện./.\n\nVũ Huệ\n').recipients).toEqual([]);
  });

  it('reports a heading with nothing after it', () => {
    const r = recipientsOf(`${BODY}Nơi nhận:\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn A\n`);
    expect(r.recipients).toEqual([]);
    expect(r.codes).toContain('recipients:empty');
  });
});

describe('cleanItem', () => {
  it.each([
    ['- Như Điều 3;', 'Như Điều 3'],
    ['- - CT, PCT.UBND tỉnh (Trần Hữu Phước);', 'CT, PCT.UBND tỉnh (Trần Hữu Phước)'],
    ['\\- Văn phòng Chính phủ;', 'Văn phòng Chính phủ'],
    ['~ Như trên;', 'Như trên'],
    ['- Lưu: VT, NN (2*b*).Thanh', 'Lưu: VT, NN (2b).Thanh'],
    ['- Lưu: VT, TrHT2)ÄR { by >)', 'Lưu: VT, TrHT2)ÄR { by >)'],
    ['+ Phong   TTKT 9;', 'Phong TTKT 9'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanItem(raw)).toBe(clean);
  });
});
