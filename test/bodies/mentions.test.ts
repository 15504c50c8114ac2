/**
 * findBodyMentions / findDocumentMentions: abbreviations with and without dots, upper-case
 * header lines, names over line breaks, collectives, "X và Y" and "X, Y", context, and every
 * seed's bodies (read from the seeds).
 */
import { describe, expect, it } from 'vitest';
import { findBodyMentions, findDocumentMentions, type BodyContext, type BodyMention } from '../../src/bodies/index.js';
import { issuerRef, seedDoc, TASK_FORCE, TASK_FORCE_NAME } from './helpers.js';

const none: BodyContext = { date: '2024-01-01', issuer: null };
const found = (text: string, ctx: BodyContext = none): [string, string | null][] =>
  findBodyMentions(text, undefined, ctx).map((m) => {
    expect(text.slice(m.range.start, m.range.end).replace(/\s+/gu, ' ')).toBe(m.text);
    return [m.text, m.body.id];
  });

describe('mentions in running text', () => {
  it('finds full names, abbreviations with and without dots, and upper-case header lines', () => {
    expect(found('Văn phòng Chính phủ (VPCP) phối hợp với Bộ KH&ĐT và UBND tỉnh Kon Tum.')).toEqual([
      ['Văn phòng Chính phủ', 'van-phong-chinh-phu'],
      ['Bộ KH&ĐT', 'bo-ke-hoach-va-dau-tu'],
      ['UBND tỉnh Kon Tum', 'ubnd-tinh:kon-tum'],
    ]);
    expect(found('Gửi V.P.C.P và U.B.N.D tỉnh Kon Tum')).toEqual([
      ['V.P.C.P', 'van-phong-chinh-phu'],
      ['U.B.N.D tỉnh Kon Tum', 'ubnd-tinh:kon-tum'],
    ]);
    expect(found('ỦY BAN NHÂN DÂN TỈNH KON TUM')).toEqual([['ỦY BAN NHÂN DÂN TỈNH KON TUM', 'ubnd-tinh:kon-tum']]);
  });

  it('reads a name split by a line break as one', () => {
    expect(found('BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH\n-------')).toEqual([['BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'bo-van-hoa-the-thao-va-du-lich']]);
    expect(found('ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH')).toEqual([['ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH', 'ubnd-tinh:nam-dinh']]);
  });

  it('splits "X và Y" and "X, Y"', () => {
    expect(found('Bộ Công an và Bộ Tư pháp, Bộ Y tế').map((m) => m[1])).toEqual(['bo-cong-an', 'bo-tu-phap', 'bo-y-te']);
    expect(found('Bộ Văn hóa, Thể thao và Du lịch').map((m) => m[1])).toEqual(['bo-van-hoa-the-thao-va-du-lich']);
  });

  it('keeps collective mentions as collectives, with their kind and level', () => {
    const ms = findBodyMentions('đề nghị các bộ, ngành và các sở, ban, ngành; các địa phương; UBND các tỉnh, thành phố trực thuộc Trung ương', undefined, none);
    expect(ms.map((m) => [m.body.id, m.body.kind, m.body.level])).toEqual([
      ['collective:cac-bo-nganh', 'collective', 'central'],
      ['collective:cac-so-ban-nganh', 'collective', 'province'],
      ['collective:cac-dia-phuong', 'collective', 'unknown'],
      ['collective:ubnd-cac-tinh-thanh-pho', 'collective', 'province'],
    ]);
  });

  it('reads "thành viên X" as the members of X, and X itself', () => {
    const ms = findBodyMentions('Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ. Từng thành viên Tổ công tác chủ động.', undefined, none);
    expect(ms.map((m) => [m.text, m.body.id])).toEqual([
      ['Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ', TASK_FORCE],
      ['Từng thành viên Tổ công tác', `collective:thanh-vien:${TASK_FORCE}`],
      ['Tổ công tác', TASK_FORCE],
    ]);
  });

  it('places "UBND tỉnh", "Sở Nội vụ", "Văn phòng UBND tỉnh" in the issuer province', () => {
    const ctx: BodyContext = { date: '2023-09-22', issuer: issuerRef('ubnd-tinh:kon-tum', 'Ủy ban nhân dân tỉnh Kon Tum') };
    expect(found('Chủ tịch UBND tỉnh giao Văn phòng UBND tỉnh và Sở Nội vụ', ctx)).toEqual([
      ['UBND tỉnh', 'ubnd-tinh:kon-tum'],
      ['Văn phòng UBND tỉnh', 'van-phong-ubnd-tinh:kon-tum'],
      ['Sở Nội vụ', 'so-noi-vu:kon-tum'],
    ]);
  });

  it('does not read look-alikes as bodies', () => {
    expect(found('Chính phủ điện tử, Chính phủ số; Phó Thủ tướng Trần Lưu Quang; Bộ luật Dân sự; Ban hành kèm theo')).toEqual([]);
    expect(found('công tác lãnh đạo của một số ngành, địa phương')).toEqual([]);
    expect(found('Công văn số 3198/UBND-TTHCC và Quyết định số 104/QĐ-TTg')).toEqual([]);
    expect(found('II. CÁC NHIỆM VỤ TRIỂN KHAI VÀ TỔ CHỨC THỰC HIỆN')).toEqual([]);
    expect(found('Vũ Huệ')).toEqual([]);
    expect(found('lấy người dân làm trung tâm phục vụ; ban hành kế hoạch')).toEqual([]);
    // A place named like a head word after its level word.
    expect(found('quy hoạch sử dụng đất huyện Vụ Bản, tỉnh Nam Định')).toEqual([]);
    // Cut short by the name rules (Cục Biến | đổi khí hậu): not reported from running text.
    expect(found('giao Cục Biến đổi khí hậu chủ trì')).toEqual([]);
  });
});

type Expected = Record<string, string>;

/** id → a printed text expected among the body's mentions (read from the seed). */
function expectBodies(ms: readonly BodyMention[], expected: Expected, unknownNames: readonly string[]): void {
  const ids = new Map<string, Set<string>>();
  for (const m of ms) {
    const key = m.body.id ?? `null:${m.body.name}`;
    ids.set(key, (ids.get(key) ?? new Set()).add(m.text));
  }
  const known = [...ids.keys()].filter((k) => !k.startsWith('null:')).sort();
  expect(known).toEqual(Object.keys(expected).sort());
  for (const [id, text] of Object.entries(expected)) expect([...(ids.get(id) ?? [])], id).toContain(text);
  const unknown = [...ids.keys()].filter((k) => k.startsWith('null:')).map((k) => k.slice(5)).sort();
  expect(unknown).toEqual([...unknownNames].sort());
}

describe("every seed's bodies", () => {
  it('000: news on QĐ 62/QĐ-TCTCCTTHC (2023)', () => {
    const ms = findDocumentMentions(seedDoc('000'), { date: '2023-09-18', issuer: null });
    expectBodies(
      ms,
      {
        [TASK_FORCE]: 'Tổ công tác',
        'thu-tuong-chinh-phu': 'Thủ tướng Chính phủ',
        'chinh-phu': 'Chính phủ',
        'collective:cac-bo-nganh-dia-phuong': 'các bộ, ngành, địa phương',
        'collective:co-quan-ngang-bo': 'cơ quan ngang bộ',
        'collective:co-quan-thuoc-chinh-phu': 'cơ quan thuộc Chính phủ',
        'collective:ubnd-cac-cap': 'Ủy ban nhân dân các cấp',
        [`collective:thanh-vien:${TASK_FORCE}`]: 'từng thành viên Tổ công tác',
      },
      ['Cơ quan thường trực Tổ công tác'],
    );
  });

  it('001: news on Thông báo 71/TB-VPCP (2024)', () => {
    const ctx: BodyContext = { date: '2024-02-29', issuer: issuerRef('van-phong-chinh-phu', 'Văn phòng Chính phủ') };
    const ms = findDocumentMentions(seedDoc('001'), ctx);
    const advisory = 'Hội đồng tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ';
    expectBodies(
      ms,
      {
        [TASK_FORCE]: 'Tổ công tác',
        'van-phong-chinh-phu': 'Văn phòng Chính phủ',
        'thu-tuong-chinh-phu': 'Thủ tướng Chính phủ',
        'collective:cac-bo-nganh-dia-phuong': 'Các bộ, ngành, địa phương',
        'collective:cac-bo-co-quan': 'các bộ, cơ quan',
        'collective:cac-co-quan-hanh-chinh-nha-nuoc': 'các cơ quan hành chính nhà nước',
        [`collective:thanh-vien:${TASK_FORCE}`]: 'thành viên Tổ công tác',
        'collective:thanh-vien:hoi-dong-tu-van-cai-cach-thu-tuc-hanh-chinh-cua-thu-tuong-chinh-phu': 'Các thành viên Hội đồng tư vấn',
      },
      [advisory, 'Cơ quan thường trực Tổ công tác'],
    );
    // "Hội đồng tư vấn" alone is the council named in full before.
    expect(ms.filter((m) => m.text === 'Hội đồng tư vấn').every((m) => m.body.name === advisory)).toBe(true);
  });

  it('002: news on the CCHC steering committee meeting, Hà Tĩnh (2023)', () => {
    const ms = findDocumentMentions(seedDoc('002'), { date: '2023-07-19', issuer: null });
    expectBodies(
      ms,
      {
        'thu-tuong-chinh-phu': 'Thủ tướng Chính phủ',
        'chinh-phu': 'Chính phủ',
        'bo-noi-vu': 'Bộ Nội vụ',
        'ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu': 'Ban Chỉ đạo CCHC của Chính phủ',
        // The page is about Hà Tĩnh: its UBND tỉnh and Sở Nội vụ are Hà Tĩnh's.
        'ubnd-tinh:ha-tinh': 'UBND tỉnh',
        'so-noi-vu:ha-tinh': 'Sở Nội vụ',
        'collective:cac-cap-cac-nganh': 'các cấp, ngành',
        'collective:cac-bo-co-quan-ngang-bo': 'các bộ, cơ quan ngang bộ',
        'collective:cac-dia-phuong': 'các địa phương',
        'collective:cac-bo-nganh-trung-uong': 'các bộ, ngành Trung ương',
        'collective:ubnd-cac-tinh-thanh-pho': 'UBND các tỉnh, thành phố',
        'collective:cac-bo-nganh': 'các bộ, ngành',
        'collective:cac-so-ban-nganh': 'các sở, ban, ngành',
        'collective:ubnd-cap-huyen': 'UBND cấp huyện',
        'collective:cac-bo-nganh-dia-phuong': 'các bộ, ngành và địa phương',
        'collective:cac-nganh': 'các ngành',
        'collective:cac-so-nganh-dia-phuong': 'các sở, ngành, địa phương',
        'collective:cac-co-quan-don-vi-dia-phuong': 'các cơ quan, đơn vị, địa phương',
        // "tại nội bộ các đơn vị" (not "các đơn vị sự nghiệp công lập", which are no addressees).
        'collective:cac-don-vi': 'các đơn vị',
      },
      ['Ban Chỉ đạo CCHC tỉnh'],
    );
  });

  it('003: news on Công văn 3198/UBND-TTHCC, Kon Tum (2023)', () => {
    const ctx: BodyContext = { date: '2023-09-22', issuer: issuerRef('ubnd-tinh:kon-tum', 'Ủy ban nhân dân tỉnh Kon Tum') };
    const ms = findDocumentMentions(seedDoc('003'), ctx);
    const provincial = 'Tổ công tác cải cách TTHC của Chủ tịch UBND tỉnh Kon Tum';
    expectBodies(
      ms,
      {
        'ubnd-tinh:kon-tum': 'UBND tỉnh',
        [TASK_FORCE]: 'Tổ công tác cải cách thủ tục hành chính (TTHC) của Thủ tướng Chính phủ',
        'collective:cac-co-quan-chuyen-mon-thuoc-ubnd-tinh': 'các cơ quan chuyên môn thuộc UBND tỉnh',
        'ban-quan-ly-khu-kinh-te:kon-tum': 'Ban Quản lý Khu kinh tế tỉnh',
        'collective:ubnd-cac-huyen-thanh-pho': 'UBND các huyện, thành phố',
        'collective:cac-co-quan-don-vi': 'các cơ quan, đơn vị',
        'van-phong-ubnd-tinh:kon-tum': 'Văn phòng UBND tỉnh',
        'collective:cac-so-nganh-dia-phuong': 'các sở, ngành, địa phương trên địa bàn tỉnh',
        'collective:thanh-vien:to-cong-tac-cai-cach-tthc-cua-chu-tich-ubnd-tinh-kon-tum': 'thành viên Tổ công tác cải cách TTHC',
      },
      [provincial],
    );
    // After the province's own task force is named, "Tổ công tác" is that one, not the Prime Minister's.
    const later = ms.filter((m) => m.text === 'Tổ công tác');
    expect(later.length).toBe(2);
    expect(later.every((m) => m.body.name === provincial)).toBe(true);
  });

  it('004: QĐ 16/QĐ-TCTCCTTHC and its 2024 plan', () => {
    const ctx: BodyContext = { date: '2024-02-07', issuer: issuerRef(TASK_FORCE, TASK_FORCE_NAME) };
    const ms = findDocumentMentions(seedDoc('004'), ctx);
    expectBodies(
      ms,
      {
        [TASK_FORCE]: 'TỔ CÔNG TÁC CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
        'thu-tuong-chinh-phu': 'Thủ tướng Chính phủ',
        'chinh-phu': 'Chính phủ',
        'van-phong-chinh-phu': 'VPCP',
        'bo-cong-an': 'Bộ Công an',
        'bo-thong-tin-va-truyen-thong': 'Bộ Thông tin và Truyền thông',
        [`collective:thanh-vien:${TASK_FORCE}`]: 'Từng thành viên Tổ công tác',
        'collective:thanh-vien:hoi-dong-tu-van-cai-cach-thu-tuc-hanh-chinh-cua-thu-tuong-chinh-phu': 'các thành viên Hội đồng tư vấn cải cách thủ tục hành chính',
        'collective:co-quan-ngang-bo': 'cơ quan ngang bộ',
        'collective:co-quan-thuoc-chinh-phu': 'cơ quan thuộc Chính phủ',
        'collective:ubnd-cac-tinh-thanh-pho': 'UBND các tỉnh, thành phố trực thuộc trung ương',
        'collective:ca-nhan-to-chuc-lien-quan': 'các tổ chức, cá nhân có liên quan',
        'collective:cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu': 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
        'collective:cac-bo-co-quan-dia-phuong': 'các bộ, cơ quan, địa phương',
        'collective:ubnd-cac-cap': 'Ủy ban nhân dân các cấp',
        'collective:cac-bo-nganh-dia-phuong': 'các bộ, ngành, địa phương có liên quan',
        'collective:cac-dia-phuong': 'các địa phương',
      },
      ['Hội đồng tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ', 'Cơ quan thường trực Tổ công tác'],
    );
    // "Luật Tổ chức Chính phủ" in the basis is a law, not the Government.
    const basis = seedDoc('004').text.indexOf('Căn cứ Luật Tổ chức Chính phủ');
    expect(ms.some((m) => m.range.start > basis && m.range.start < basis + 40)).toBe(false);
  });
});

describe('one document, one context object', () => {
  it('reads the context again when its owner changes it between calls', async () => {
    const { normalize } = await import('../../src/index.js');
    const doc = normalize('Giao Sở Tài chính chủ trì, phối hợp với UBND huyện.', { format: 'text' });
    const ctx: BodyContext = { date: '2024-01-01', issuer: null, province: 'kon-tum' };
    expect(findDocumentMentions(doc, ctx)[0]?.body.id).toBe('so-tai-chinh:kon-tum');
    ctx.province = 'nghe-an';
    expect(findDocumentMentions(doc, ctx)[0]?.body.id).toBe('so-tai-chinh:nghe-an');
  });
});
