/**
 * resolveBodyPieces: the responsibility cells of the seed plan (QĐ 16/QĐ-TCTCCTTHC, 2024),
 * read row by row, and the splitting rules on small cases. Expected values are read from the
 * document; every ref's span must hold its text.
 */
import { describe, expect, it } from 'vitest';
import { resolveBodyPieces, type BodyContext } from '../../src/bodies/index.js';
import { issuerRef, pieceOf, ref, seedDoc, shape, TASK_FORCE, TASK_FORCE_NAME, textDoc } from './helpers.js';

const members = (text: string) => ref(`collective:thanh-vien:${TASK_FORCE}`, `Thành viên ${TASK_FORCE_NAME}`, text);
const standing = (text = 'Cơ quan thường trực Tổ công tác') => ref(null, 'Cơ quan thường trực Tổ công tác', text);
const advisory = (text: string) => ref(null, 'Hội đồng tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ', text);
const ministriesLocal = (text = 'Các bộ, ngành, địa phương') => ref('collective:cac-bo-nganh-dia-phuong', 'Các bộ, ngành, địa phương', text);
const persons = (text: string) => ref('collective:ca-nhan-to-chuc-lien-quan', 'Các cá nhân, tổ chức liên quan', text);
const vpcp = ref('van-phong-chinh-phu', 'Văn phòng Chính phủ');

describe('the task table of the 2024 plan of the Tổ công tác (seed 004)', () => {
  const doc = seedDoc('004');
  const ctx: BodyContext = { date: '2024-02-07', issuer: issuerRef(TASK_FORCE, TASK_FORCE_NAME) };
  const cell = (text: string, row: string) => resolveBodyPieces(doc, [pieceOf(doc, text, `\n${row}.\n`)], ctx);

  it('row 1: each member and the standing body lead, the ministries and localities support', () => {
    expect(shape(doc, cell('Từng thành viên Tổ công tác; Cơ quan thường trực Tổ công tác', '1'))).toEqual([
      members('Từng thành viên Tổ công tác'),
      standing(),
    ]);
    expect(shape(doc, cell('Các bộ, ngành, địa phương', '1'))).toEqual([ministriesLocal()]);
  });

  it('row 2: the advisory council by its short name is the one named in full before', () => {
    expect(shape(doc, cell('Từng thành viên Tổ công tác; Cơ quan thường trực Tổ công tác; Hội đồng tư vấn cải cách thủ tục hành chính', '2'))).toEqual([
      members('Từng thành viên Tổ công tác'),
      standing(),
      advisory('Hội đồng tư vấn cải cách thủ tục hành chính'),
    ]);
    expect(shape(doc, cell('Các bộ, ngành, địa phương; các cá nhân, tổ chức liên quan', '2'))).toEqual([
      ministriesLocal(),
      persons('các cá nhân, tổ chức liên quan'),
    ]);
  });

  it('row 4: a role alone stays as printed; "X - Văn phòng Chính phủ" is the Office', () => {
    expect(shape(doc, cell('Ủy viên thường trực; Cơ quan thường trực Tổ công tác - Văn phòng Chính phủ', '4'))).toEqual([
      ref(null, 'Ủy viên thường trực'),
      vpcp,
    ]);
    expect(
      shape(doc, cell('Các thành viên tổ công tác; Hội đồng tư vấn cải cách thủ tục hành chính, các cá nhân, tổ chức liên quan', '4')),
    ).toEqual([members('Các thành viên tổ công tác'), advisory('Hội đồng tư vấn cải cách thủ tục hành chính'), persons('các cá nhân, tổ chức liên quan')]);
  });

  it('rows 7 and 8: roles split at "," and "và", members kept whole', () => {
    expect(shape(doc, cell('Tổ trưởng, Tổ phó thường trực', '7'))).toEqual([ref(null, 'Tổ trưởng'), ref(null, 'Tổ phó thường trực')]);
    expect(shape(doc, cell('Các thành viên Tổ công tác; Văn phòng Chính phủ; các bộ, ngành, địa phương', '7'))).toEqual([
      members('Các thành viên Tổ công tác'),
      vpcp,
      ministriesLocal('các bộ, ngành, địa phương'),
    ]);
    expect(shape(doc, cell('Tổ trưởng, Tổ phó và thành viên Tổ công tác', '8'))).toEqual([
      ref(null, 'Tổ trưởng'),
      ref(null, 'Tổ phó'),
      members('thành viên Tổ công tác'),
    ]);
  });

  it('row 11: a person with two posts gives the body of the first; the same body twice is kept once', () => {
    expect(shape(doc, cell('Đồng chí Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an, Tổ phó Tổ công tác; Bộ Công an', '11'))).toEqual([ref('bo-cong-an', 'Bộ Công an')]);
    expect(
      shape(doc, cell('Các thành viên Tổ công tác; Văn phòng Chính phủ; Bộ Thông tin và Truyền thông; các bộ, ngành, địa phương', '11')),
    ).toEqual([members('Các thành viên Tổ công tác'), vpcp, ref('bo-thong-tin-va-truyen-thong', 'Bộ Thông tin và Truyền thông'), ministriesLocal('các bộ, ngành, địa phương')]);
  });

  it('rows 10, 12 and 15: full and short names, a comma inside a name', () => {
    expect(shape(doc, cell('Cơ quan thường trực Tổ công tác; Hội đồng tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ', '10'))).toEqual([
      standing(),
      advisory('Hội đồng tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ'),
    ]);
    expect(shape(doc, cell('Cơ quan thường trực Tổ công tác; Hội đồng tư vấn cải cách thủ tục hành chính; Văn phòng Chính phủ', '12'))).toEqual([
      standing(),
      advisory('Hội đồng tư vấn cải cách thủ tục hành chính'),
      vpcp,
    ]);
    expect(shape(doc, cell('Tổ phó và các thành viên Tổ công tác', '15'))).toEqual([ref(null, 'Tổ phó'), members('các thành viên Tổ công tác')]);
    expect(shape(doc, cell('Cơ quan, thường trực Tổ công tác', '15'))).toEqual([standing('Cơ quan, thường trực Tổ công tác')]);
  });
});

describe('splitting printed phrases', () => {
  const at = (text: string, ctx: BodyContext = { date: '2024-01-01', issuer: null }) => {
    const doc = textDoc(text);
    return shape(doc, resolveBodyPieces(doc, [{ text, range: { start: 0, end: doc.text.length } }], ctx));
  };

  it('keeps registry names with commas and "và" whole, and splits lists of them', () => {
    expect(at('Bộ Văn hóa, Thể thao và Du lịch, Bộ Y tế').map((r) => r.id)).toEqual(['bo-van-hoa-the-thao-va-du-lich', 'bo-y-te']);
    expect(at('Bộ Lao động - Thương binh và Xã hội và Bộ Nội vụ').map((r) => r.id)).toEqual(['bo-lao-dong-thuong-binh-va-xa-hoi', 'bo-noi-vu']);
    expect(at('Bộ Công an/Bộ Quốc phòng').map((r) => r.id)).toEqual(['bo-cong-an', 'bo-quoc-phong']);
    expect(at('- Bộ Công an;\n- Bộ Tư pháp.').map((r) => r.id)).toEqual(['bo-cong-an', 'bo-tu-phap']);
    expect(at('UBND các tỉnh, thành phố trực thuộc Trung ương').map((r) => r.id)).toEqual(['collective:ubnd-cac-tinh-thanh-pho']);
  });

  it('splits "X và Y" and "X, Y" into separate bodies in the document province', () => {
    const konTum: BodyContext = { date: '2023-09-22', issuer: issuerRef('ubnd-tinh:kon-tum', 'Ủy ban nhân dân tỉnh Kon Tum') };
    expect(at('Sở Tài chính và Sở Kế hoạch và Đầu tư', konTum)).toEqual([
      ref('so-tai-chinh:kon-tum', 'Sở Tài chính tỉnh Kon Tum', 'Sở Tài chính'),
      ref('so-ke-hoach-va-dau-tu:kon-tum', 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum', 'Sở Kế hoạch và Đầu tư'),
    ]);
    expect(at('Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh, Ban Quản lý Khu kinh tế tỉnh; Chủ tịch UBND các huyện, thành phố', konTum)).toEqual([
      // The printed text keeps the title before the body: that is how the cell names the actor.
      ref('collective:cac-co-quan-chuyen-mon-thuoc-ubnd-tinh', 'Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh', 'Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh'),
      ref('ban-quan-ly-khu-kinh-te:kon-tum', 'Ban Quản lý Khu kinh tế tỉnh Kon Tum', 'Ban Quản lý Khu kinh tế tỉnh'),
      ref('collective:ubnd-cac-huyen-thanh-pho', 'Ủy ban nhân dân các huyện, thành phố', 'Chủ tịch UBND các huyện, thành phố'),
    ]);
    expect(at('Sở Nội vụ chủ trì', konTum)).toEqual([ref('so-noi-vu:kon-tum', 'Sở Nội vụ tỉnh Kon Tum', 'Sở Nội vụ')]);
  });

  it('drops a collective that only announces its examples ("các đơn vị như X, Y")', () => {
    expect(at('các đơn vị như Cổng thông tin điện tử Bộ Nội vụ, Báo Dân trí').map((r) => r.text)).toEqual(['Cổng thông tin điện tử Bộ Nội vụ', 'Báo Dân trí']);
  });

  it('reads "Bộ" alone in a ministry\'s own text as the ministry', () => {
    const btp: BodyContext = { date: '2015-02-01', issuer: issuerRef('bo-tu-phap', 'Bộ Tư pháp') };
    expect(at('Các đơn vị thuộc Bộ', btp)).toEqual([ref('collective:don-vi-thuoc:bo-tu-phap', 'Các đơn vị thuộc Bộ Tư pháp', 'Các đơn vị thuộc Bộ')]);
    expect(at('Văn phòng Bộ', btp)).toEqual([ref(null, 'Văn phòng Bộ')]);
  });

  it('keeps the registry side of an apposition', () => {
    expect(at('Văn phòng Chính phủ - Cơ quan thường trực Tổ công tác và Hội đồng tư vấn').map((r) => r.id)).toEqual(['van-phong-chinh-phu']);
  });

  it('keeps a body the registry does not know, named as printed', () => {
    expect(at('Cục Văn hóa cơ sở; Bộ Văn hóa, Thể thao và Du lịch')).toEqual([
      ref(null, 'Cục Văn hóa cơ sở'),
      ref('bo-van-hoa-the-thao-va-du-lich', 'Bộ Văn hóa, Thể thao và Du lịch'),
    ]);
  });

  it('reads a whole cell as the name of a body the registry does not know', () => {
    expect(at('Vụ Phổ biến, giáo dục pháp luật; Vụ Pháp luật hình sự - hành chính').map((r) => r.text)).toEqual([
      'Vụ Phổ biến, giáo dục pháp luật',
      'Vụ Pháp luật hình sự - hành chính',
    ]);
    expect(at('Cục Quản lý Khám, chữa bệnh')).toEqual([ref(null, 'Cục Quản lý Khám, chữa bệnh')]);
    expect(at('Cục Kiểm tra văn bản quy phạm pháp luật, Cục Trợ giúp pháp lý').map((r) => r.text)).toEqual([
      'Cục Kiểm tra văn bản quy phạm pháp luật',
      'Cục Trợ giúp pháp lý',
    ]);
    // A comma followed by another phrase ends the name.
    expect(at('Cục Bảo tồn thiên nhiên và Đa dạng sinh học, cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn')).toEqual([
      ref(null, 'Cục Bảo tồn thiên nhiên và Đa dạng sinh học'),
      ref(
        'collective:co-quan-chuyen-mon:bo-nong-nghiep-va-phat-trien-nong-thon',
        'Các cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn',
        'cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn',
      ),
    ]);
    // The head is written as the registry writes it; the text stays as printed.
    expect(at('Đảng uỷ Bộ Nội vụ')).toEqual([ref(null, 'Đảng ủy Bộ Nội vụ', 'Đảng uỷ Bộ Nội vụ')]);
    expect(at('Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh').map((r) => r.text)).toEqual(['Ban Chỉ đạo các quân khu', 'Ban Chỉ đạo các tỉnh']);
  });

  it('reads the units of a body and a kind of body in every province as collectives', () => {
    expect(at('Các đơn vị thuộc Bộ Tư pháp')).toEqual([ref('collective:don-vi-thuoc:bo-tu-phap', 'Các đơn vị thuộc Bộ Tư pháp')]);
    expect(at('Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương')).toEqual([
      ref('collective:so-tu-phap:cac-tinh-thanh-pho', 'Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương'),
    ]);
  });

  it('gives each name of a distributive list ("Các Bộ: X, Y") its own ministry', () => {
    const text = '1. Các Bộ: Công Thương, Giao thông vận tải, Nông nghiệp và Phát triển nông thôn:';
    const doc = textDoc(text);
    // The task extractor hands over "Các Bộ"; the names after the colon are read on.
    const start = doc.text.indexOf('Các Bộ');
    const refs = shape(doc, resolveBodyPieces(doc, [{ text: 'Các Bộ', range: { start, end: start + 6 } }], { date: '2024-05-02', issuer: null }));
    expect(refs.map((r) => [r.id, r.text])).toEqual([
      ['bo-cong-thuong', 'Công Thương'],
      ['bo-giao-thong-van-tai', 'Giao thông vận tải'],
      ['bo-nong-nghiep-va-phat-trien-nong-thon', 'Nông nghiệp và Phát triển nông thôn'],
    ]);
    expect(at('các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Tư pháp').map((r) => r.id)).toEqual([
      'bo-tai-nguyen-va-moi-truong',
      'bo-nong-nghiep-va-phat-trien-nong-thon',
      'bo-tu-phap',
    ]);
  });

  it('lists a body once across pieces', () => {
    const doc = textDoc('Bộ Công an\nBộ Công an; Bộ Tư pháp');
    const pieces = [
      { text: 'Bộ Công an', range: { start: 0, end: 10 } },
      { text: 'Bộ Công an; Bộ Tư pháp', range: { start: 11, end: doc.text.length } },
    ];
    expect(resolveBodyPieces(doc, pieces, { date: null, issuer: null }).map((r) => r.id)).toEqual(['bo-cong-an', 'bo-tu-phap']);
    expect(resolveBodyPieces(doc, [], { date: null, issuer: null })).toEqual([]);
  });
});

describe('"và" inside an unknown name', () => {
  const names = (text: string) => {
    const doc = textDoc(text);
    return resolveBodyPieces(doc, [pieceOf(doc, text)], { date: '1980-06-10', issuer: null }).map((r) => r.name);
  };

  it('lower-case words with a capitalised one after "và" go on with the name before (Chỉ thị 299-TTg, 1980)', () => {
    expect(names('Cục đo đạc và bản đồ Nhà nước')).toEqual(['Cục đo đạc và bản đồ Nhà nước']);
  });

  it('a second body, an opener or lower-case words alone after "và" do not', () => {
    expect(names('Sở Tài chính và Kho bạc Nhà nước')).toEqual(['Sở Tài chính', 'Kho bạc Nhà nước']);
    expect(names('Cục đo đạc và các cơ quan Nhà nước')).toEqual(['Cục đo đạc', 'các cơ quan Nhà nước']);
    expect(names('Liên đoàn Lao động tỉnh và địa phương')).toEqual(['Liên đoàn Lao động tỉnh']);
  });
});
