/**
 * Signature blocks, one prefix or layout per row (textlint-style valid table): the value
 * expected and the text the span must cover. Block lines follow ND 30/2020 Phụ lục I
 * Mục II khoản 7; names are placeholders unless a row cites its document.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import { signersExtractor } from '../../src/extractors/signers/index.js';
import { createReporter } from '../../src/diagnostics.js';
import type { Diagnostic, Signer } from '../../src/schema.js';
import type { ExtractContext } from '../../src/extractors/types.js';

function signersOf(input: string, format: 'text' | 'html' | 'markdown' = 'text') {
  const doc = normalize(input, { format });
  const segments = segment(doc);
  const diagnostics: Diagnostic[] = [];
  const ctx: ExtractContext = {
    doc,
    segments,
    options: { reference: null, includeText: true },
    get: () => {
      throw new TypeError('not needed');
    },
    report: createReporter(doc, 'signers', diagnostics),
  };
  const signers = signersExtractor.extract(ctx);
  return { doc, signers, diagnostics, slice: (s: Signer) => doc.text.slice(s.span.start, s.span.end) };
}

const BODY = 'Điều 3. Chánh Văn phòng và Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.\n';
const RECIPIENTS = 'Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n';

interface Row {
  readonly name: string;
  readonly block: string;
  readonly expected: Omit<Signer, 'span'>;
  /** What the span covers (first header line to the end of the name). */
  readonly spanText: string;
}

const ROWS: Row[] = [
  {
    name: 'TM. (collective) / CHỦ TỊCH',
    block: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hải\n',
    expected: { name: 'Nguyễn Văn Hải', title: 'CHỦ TỊCH', authority: 'TM', onBehalfOf: 'ỦY BAN NHÂN DÂN', source: 'signature' },
    spanText: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hải',
  },
  {
    name: 'KT. (deputy for the head)',
    block: 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrịnh Thị Thủy\n',
    expected: { name: 'Trịnh Thị Thủy', title: 'THỨ TRƯỞNG', authority: 'KT', onBehalfOf: 'BỘ TRƯỞNG', source: 'signature' },
    spanText: 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrịnh Thị Thủy',
  },
  {
    name: 'TM. / KT. nested: the innermost prefix applies',
    block: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Anh Dũng\n',
    expected: { name: 'Trần Anh Dũng', title: 'PHÓ CHỦ TỊCH', authority: 'KT', onBehalfOf: 'CHỦ TỊCH', source: 'signature' },
    spanText: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Anh Dũng',
  },
  {
    name: 'TL. with the unit title',
    block: 'TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ\nLê Thị Hoa\n',
    expected: { name: 'Lê Thị Hoa', title: 'VỤ TRƯỞNG VỤ PHÁP CHẾ', authority: 'TL', onBehalfOf: 'BỘ TRƯỞNG', source: 'signature' },
    spanText: 'TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ\nLê Thị Hoa',
  },
  {
    name: 'TUQ. with the unit title',
    block: 'TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nPhạm Văn Nam\n',
    expected: { name: 'Phạm Văn Nam', title: 'CHÁNH VĂN PHÒNG', authority: 'TUQ', onBehalfOf: 'CHỦ TỊCH', source: 'signature' },
    spanText: 'TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nPhạm Văn Nam',
  },
  {
    name: 'Q. (acting head): the post is the title',
    block: 'Q. CHỦ TỊCH\nĐỗ Minh Tuấn\n',
    expected: { name: 'Đỗ Minh Tuấn', title: 'CHỦ TỊCH', authority: 'Q', onBehalfOf: null, source: 'signature' },
    spanText: 'Q. CHỦ TỊCH\nĐỗ Minh Tuấn',
  },
  {
    name: 'no prefix: advisory role over the agency post (seed 004)',
    block: 'TỔ TRƯỞNG\nPHÓ THỦ TƯỚNG\nTrần Lưu Quang\n',
    expected: { name: 'Trần Lưu Quang', title: 'PHÓ THỦ TƯỚNG', authority: null, onBehalfOf: 'TỔ TRƯỞNG', source: 'signature' },
    spanText: 'TỔ TRƯỞNG\nPHÓ THỦ TƯỚNG\nTrần Lưu Quang',
  },
  {
    name: 'the head signs: one post line',
    block: 'GIÁM ĐỐC\nHoàng Văn Bình\n',
    expected: { name: 'Hoàng Văn Bình', title: 'GIÁM ĐỐC', authority: null, onBehalfOf: null, source: 'signature' },
    spanText: 'GIÁM ĐỐC\nHoàng Văn Bình',
  },
  {
    name: 'a post wrapped over two lines',
    block: 'KT. BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH\nTHỨ TRƯỞNG\nTạ Quang Đông\n',
    expected: { name: 'Tạ Quang Đông', title: 'THỨ TRƯỞNG', authority: 'KT', onBehalfOf: 'BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', source: 'signature' },
    spanText: 'KT. BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH\nTHỨ TRƯỞNG\nTạ Quang Đông',
  },
  {
    name: '(Đã ký) between post and name',
    block: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nVũ Thị Lan\n',
    expected: { name: 'Vũ Thị Lan', title: 'PHÓ GIÁM ĐỐC', authority: 'KT', onBehalfOf: 'GIÁM ĐỐC', source: 'signature' },
    spanText: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nVũ Thị Lan',
  },
  {
    name: '[daky] seal placeholder',
    block: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n[daky]\nĐặng Quốc Khánh\n',
    expected: { name: 'Đặng Quốc Khánh', title: 'PHÓ CHỦ TỊCH', authority: 'KT', onBehalfOf: 'CHỦ TỊCH', source: 'signature' },
    spanText: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n[daky]\nĐặng Quốc Khánh',
  },
  {
    name: 'name in upper case becomes title case',
    block: 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNGUYỄN VĂN A\n',
    expected: { name: 'Nguyễn Văn A', title: 'THỨ TRƯỞNG', authority: 'KT', onBehalfOf: 'BỘ TRƯỞNG', source: 'signature' },
    spanText: 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNGUYỄN VĂN A',
  },
  {
    name: 'rank in front of the name is dropped',
    block: 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThượng tướng Lê Quốc Hùng\n',
    expected: { name: 'Lê Quốc Hùng', title: 'THỨ TRƯỞNG', authority: 'KT', onBehalfOf: 'BỘ TRƯỞNG', source: 'signature' },
    spanText: 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThượng tướng Lê Quốc Hùng',
  },
  {
    name: 'whole block on one line (KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Name)',
    block: 'KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Phạm Lương Sơn\n',
    expected: { name: 'Phạm Lương Sơn', title: 'PHÓ TỔNG GIÁM ĐỐC', authority: 'KT', onBehalfOf: 'TỔNG GIÁM ĐỐC', source: 'signature' },
    spanText: 'KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Phạm Lương Sơn',
  },
  {
    name: 'prefix alone on its line ("TL." / "BỘ TRƯỞNG CHÁNH VĂN PHÒNG Name")',
    block: 'TL.\nBỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm\n',
    expected: { name: 'Nguyễn Đức Tâm', title: 'CHÁNH VĂN PHÒNG', authority: 'TL', onBehalfOf: 'BỘ TRƯỞNG', source: 'signature' },
    spanText: 'TL.\nBỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm',
  },
  {
    name: 'a block printed in mixed case (reprints): KT. Bộ trưởng / Thứ trưởng',
    block: 'KT. Bộ trưởng\nThứ trưởng\nNguyễn Văn Bình\n',
    expected: { name: 'Nguyễn Văn Bình', title: 'Thứ trưởng', authority: 'KT', onBehalfOf: 'Bộ trưởng', source: 'signature' },
    spanText: 'KT. Bộ trưởng\nThứ trưởng\nNguyễn Văn Bình',
  },
  {
    name: 'K/T and T/M slash forms',
    block: 'T/M ỦY BAN NHÂN DÂN\nK/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\nBùi Văn Tám\n',
    expected: { name: 'Bùi Văn Tám', title: 'PHÓ CHỦ TỊCH', authority: 'KT', onBehalfOf: 'CHỦ TỊCH', source: 'signature' },
    spanText: 'T/M ỦY BAN NHÂN DÂN\nK/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\nBùi Văn Tám',
  },
];

describe('signature blocks', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_n, row) => {
    const r = signersOf(BODY + RECIPIENTS + row.block);
    expect(r.signers).toHaveLength(1);
    const s = r.signers[0] as Signer;
    expect(s).toMatchObject(row.expected);
    expect(r.slice(s)).toBe(row.spanText);
  });

  it('reads the block when it stands above the recipients (signature first, then Nơi nhận)', () => {
    const r = signersOf(`${BODY}KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Tân\n${RECIPIENTS}`);
    expect(r.signers.map((s) => s.name)).toEqual(['Lê Văn Tân']);
  });

  it('reads a block glued to the last recipient line, dropping the drafter initials', () => {
    // Công văn 2739/VPCP-ĐMDN (2019) as flattened by a crawler (gold fixture 2019-vpcp-2739-dmdn).
    const r = signersOf(`${BODY}Nơi nhận:\n- Như trên;\n- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng\n`);
    expect(r.signers).toHaveLength(1);
    expect(r.signers[0]).toMatchObject({ name: 'Mai Tiến Dũng', title: 'BỘ TRƯỞNG, CHỦ NHIỆM', authority: null, onBehalfOf: null });
  });

  it('reads a block interleaved row by row with the recipients', () => {
    const r = signersOf(`${BODY}Nơi nhận: KT. GIÁM ĐỐC\n- Như trên;\n- UBND tỉnh (b/c); PHÓ GIÁM ĐỐC\n- Lưu: VT.\nHà Mạnh Cường\n`);
    expect(r.signers[0]).toMatchObject({ name: 'Hà Mạnh Cường', title: 'PHÓ GIÁM ĐỐC', authority: 'KT', onBehalfOf: 'GIÁM ĐỐC' });
  });

  it('reads a block in the right cell of an HTML table and the list in the left one', () => {
    const html = `<p>${BODY}</p><table><tr><td><p><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Lưu: VT.</p></td><td><p><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>Lê Minh Chiến</b></p></td></tr></table>`;
    const r = signersOf(html, 'html');
    expect(r.signers[0]).toMatchObject({ name: 'Lê Minh Chiến', title: 'PHÓ CHỦ TỊCH', authority: 'KT', onBehalfOf: 'CHỦ TỊCH' });
  });

  it('gives one signer per block in a joint document', () => {
    const r = signersOf(`${BODY}KT. BỘ TRƯỞNG BỘ TÀI CHÍNH\nTHỨ TRƯỞNG\nNguyễn Văn An\nBỘ TRƯỞNG BỘ NỘI VỤ\nLê Thị Bình\n`);
    expect(r.signers.map((s) => [s.name, s.title, s.authority, s.onBehalfOf])).toEqual([
      ['Nguyễn Văn An', 'THỨ TRƯỞNG', 'KT', 'BỘ TRƯỞNG BỘ TÀI CHÍNH'],
      ['Lê Thị Bình', 'BỘ TRƯỞNG BỘ NỘI VỤ', null, null],
    ]);
  });

  it('keeps a name whose surname is not in the list, with an info diagnostic', () => {
    const r = signersOf(BODY + RECIPIENTS + 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLiệu Văn Bùng\n');
    expect(r.signers.map((s) => s.name)).toEqual(['Liệu Văn Bùng']);
    const d = r.diagnostics.find((x) => x.code === 'signers:unknown-surname');
    expect(d?.severity).toBe('info');
    expect(d?.actual).toBe('Liệu Văn Bùng');
  });

  it('accepts a compound surname and an ethnic-minority family name without a diagnostic', () => {
    const a = signersOf(BODY + RECIPIENTS + 'GIÁM ĐỐC\nTôn Thất Bách\n');
    const b = signersOf(BODY + RECIPIENTS + 'CHỦ TỊCH\nKsor Phước\n');
    expect(a.signers[0]?.name).toBe('Tôn Thất Bách');
    expect(b.signers[0]?.name).toBe('Ksor Phước');
    expect([...a.diagnostics, ...b.diagnostics].filter((d) => d.code === 'signers:unknown-surname')).toEqual([]);
  });

  it('takes a bare name after the recipients when the posts were lost (OCR), title null', () => {
    const r = signersOf(`${BODY}Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nNguyễn Tiến Trường\n`);
    expect(r.signers).toEqual([expect.objectContaining({ name: 'Nguyễn Tiến Trường', title: null, authority: null, onBehalfOf: null, source: 'signature' })]);
    expect(r.diagnostics.map((d) => d.code)).toContain('signers:name-without-post');
  });
});

describe('news sentences', () => {
  const news = (s: string) => signersOf(`Tin tức\n\n${s}\n`);
  it.each([
    ['vừa ký + capacity after the name (seed 000 wording)', 'Phó Thủ tướng Trần Lưu Quang, Tổ trưởng Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ vừa ký Quyết định số 62/QĐ-TCTCCTTHC ngày 18/9/2023.', { name: 'Trần Lưu Quang', title: 'Phó Thủ tướng', authority: null, onBehalfOf: 'Tổ trưởng Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ' }, 'Phó Thủ tướng Trần Lưu Quang, Tổ trưởng Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ'],
    ['ký ban hành, name after "UBND tỉnh"', 'Phó Chủ tịch UBND tỉnh Vũ Huệ ký ban hành Kế hoạch số 12/KH-UBND.', { name: 'Vũ Huệ', title: 'Phó Chủ tịch UBND tỉnh', authority: null, onBehalfOf: null }, 'Phó Chủ tịch UBND tỉnh Vũ Huệ'],
    ['do … ký', 'Quyết định số 62/QĐ-TCTCCTTHC do Phó Thủ tướng Trần Lưu Quang ký.', { name: 'Trần Lưu Quang', title: 'Phó Thủ tướng', authority: null, onBehalfOf: null }, 'Phó Thủ tướng Trần Lưu Quang'],
    ['a province name is not part of the name', 'Chủ tịch UBND tỉnh Kon Tum Lê Ngọc Tuấn đã ký Công văn số 3198/UBND-TTHCC.', { name: 'Lê Ngọc Tuấn', title: 'Chủ tịch UBND tỉnh Kon Tum', authority: null, onBehalfOf: null }, 'Chủ tịch UBND tỉnh Kon Tum Lê Ngọc Tuấn'],
    ['thay mặt … gives TM and the body', 'Thay mặt UBND tỉnh, Phó Chủ tịch Nguyễn Hồng Lĩnh đã ký Công văn số 20/UBND-NC.', { name: 'Nguyễn Hồng Lĩnh', title: 'Phó Chủ tịch', authority: 'TM', onBehalfOf: 'UBND tỉnh' }, 'Phó Chủ tịch Nguyễn Hồng Lĩnh'],
    ['Quyền Chủ tịch … gives Q', 'Quyền Chủ tịch UBND tỉnh Đặng Văn Minh vừa ký Quyết định số 5/QĐ-UBND.', { name: 'Đặng Văn Minh', title: 'Chủ tịch UBND tỉnh', authority: 'Q', onBehalfOf: null }, 'Quyền Chủ tịch UBND tỉnh Đặng Văn Minh'],
    ['đồng chí NAME, TITLE', 'Quyết định số 7/QĐ-UBND do đồng chí Nguyễn Văn Sơn, Phó Chủ tịch UBND huyện ký.', { name: 'Nguyễn Văn Sơn', title: 'Phó Chủ tịch UBND huyện', authority: null, onBehalfOf: null }, 'đồng chí Nguyễn Văn Sơn, Phó Chủ tịch UBND huyện'],
  ] as const)('%s', (_n, sentence, expected, spanText) => {
    const r = news(sentence);
    expect(r.signers).toHaveLength(1);
    const s = r.signers[0] as Signer;
    expect(s).toMatchObject({ ...expected, source: 'text' });
    expect(r.slice(s)).toBe(spanText);
  });
});
