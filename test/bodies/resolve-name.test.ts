/**
 * resolveBodyName: every province and ministry name and abbreviation round-trips to its id,
 * header lines, era cases on both sides of 2025-03-01 and 2025-07-01, confusable pairs,
 * typos and tone-placement variants.
 */
import { describe, expect, it } from 'vitest';
import abbreviations from '../../src/data/abbreviations.json';
import central from '../../src/data/central-bodies.json';
import localKinds from '../../src/data/local-body-kinds.json';
import provinces from '../../src/data/provinces.json';
import { findBodyMentions, lookupBody, resolveBodyCode, resolveBodyName, type BodyContext } from '../../src/bodies/index.js';

const at = (date: string | null, extra: Partial<BodyContext> = {}): BodyContext => ({ date, issuer: null, ...extra });
const id = (name: string, ctx: BodyContext = at(null)): string | null | undefined => resolveBodyName(name, ctx)?.id;

/** A date inside an era's validity. */
function dateIn(p: { validFrom: string | null; validTo: string | null }): string {
  if (p.validFrom) return p.validFrom;
  if (p.validTo) return p.validTo;
  return '2024-01-01';
}

describe('every province name round-trips', () => {
  const rows = provinces.provinces.map((p) => [`${p.name} (${p.era})`, p] as const);
  it.each(rows)('%s', (_label, p) => {
    const date = dateIn(p);
    const level = p.unitType === 'city' ? 'thành phố' : 'tỉnh';
    for (const printed of [`UBND ${level} ${p.name}`, `Ủy ban nhân dân ${level} ${p.name}`, `ỦY BAN NHÂN DÂN\n${level.toUpperCase()} ${p.name.toUpperCase()}`]) {
      const r = resolveBodyName(printed, at(date));
      expect(r?.id, printed).toBe(`ubnd-tinh:${p.slug}`);
      expect(r?.name, printed).toBe(`Ủy ban nhân dân ${level} ${p.name}`);
      expect(r?.era?.status, printed).toBe('in');
    }
    expect(id(`Sở Nội vụ ${level} ${p.name}`, at(date))).toBe(`so-noi-vu:${p.slug}`);
    expect(id(`HĐND ${level} ${p.name}`, at(date))).toBe(`hdnd-tinh:${p.slug}`);
    for (const alias of p.aliases) {
      expect(id(`UBND ${/^(tp|thành phố|thủ đô)/iu.test(alias) ? '' : `${level} `}${alias}`, at(date)), alias).toBe(`ubnd-tinh:${p.slug}`);
    }
  });
});

describe('every central body name and alias round-trips', () => {
  const rows = central.bodies.map((b) => [b.id, b] as const);
  it.each(rows)('%s', (bodyId, b) => {
    const date = b.validFrom ?? b.validTo ?? '2024-01-01';
    for (const n of [b.name, ...b.aliases]) {
      expect(id(n, at(date)), n).toBe(bodyId);
      expect(id(n.toUpperCase(), at(date)), n.toUpperCase()).toBe(bodyId);
      const words = n.split(' ');
      if (words.length >= 3) {
        const broken = `${words.slice(0, 2).join(' ')}\n${words.slice(2).join(' ')}`;
        expect(id(broken.toUpperCase(), at(date)), broken).toBe(bodyId);
      }
    }
    expect(resolveBodyName(b.name, at(date))?.level).toBe('central');
  });
});

describe('every body abbreviation round-trips', () => {
  const sector = abbreviations.abbreviations.filter((a) => a.inBodyNames && a.category === 'sector');
  it.each(sector.map((a) => [a.abbr, a] as const))('Bộ %s', (_abbr, a) => {
    const full = resolveBodyName(`Bộ ${a.expansion}`, at(null));
    // Sectors without a ministry of their own name (PT-TH) are not ministries.
    if (!full?.id) return;
    for (const form of a.forms) {
      expect(id(`Bộ ${form}`), `Bộ ${form}`).toBe(full.id);
      expect(id(`BỘ ${form.toUpperCase()}`), `BỘ ${form.toUpperCase()}`).toBe(full.id);
    }
  });

  it('expands UBND, HĐND, VPCP, TP, BQL, KKT, VP with and without dots', () => {
    const kt = at('2023-09-22');
    expect(id('UBND tỉnh Kon Tum', kt)).toBe('ubnd-tinh:kon-tum');
    expect(id('U.B.N.D tỉnh Kon Tum', kt)).toBe('ubnd-tinh:kon-tum');
    expect(id('HĐND tỉnh Hà Tĩnh', kt)).toBe('hdnd-tinh:ha-tinh');
    expect(id('VPCP', kt)).toBe('van-phong-chinh-phu');
    expect(id('V.P.C.P', kt)).toBe('van-phong-chinh-phu');
    expect(id('UBND TP. Hồ Chí Minh', kt)).toBe('ubnd-tinh:ho-chi-minh');
    expect(id('UBND Tp.HCM', kt)).toBe('ubnd-tinh:ho-chi-minh');
    expect(id('UBND TPHCM', kt)).toBe('ubnd-tinh:ho-chi-minh');
    expect(id('BQL Khu kinh tế tỉnh Kon Tum', kt)).toBe('ban-quan-ly-khu-kinh-te:kon-tum');
    expect(id('Ban Quản lý KKT tỉnh Kon Tum', kt)).toBe('ban-quan-ly-khu-kinh-te:kon-tum');
    expect(id('VP UBND tỉnh Kon Tum', kt)).toBe('van-phong-ubnd-tinh:kon-tum');
    expect(id('Ban Chỉ đạo CCHC của Chính phủ', kt)).toBe('ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu');
    expect(id('BCĐ cải cách hành chính của Chính phủ', kt)).toBe('ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu');
    expect(id('Bộ KH và ĐT', kt)).toBe('bo-ke-hoach-va-dau-tu');
    expect(id('Sở KH&ĐT tỉnh Kon Tum', kt)).toBe('so-ke-hoach-va-dau-tu:kon-tum');
  });

  it('reads issuer codes of document numbers', () => {
    expect(resolveBodyCode('TTg', at('2024-01-25'))?.id).toBe('thu-tuong-chinh-phu');
    expect(resolveBodyCode('BKHĐT', at('2024-01-25'))?.id).toBe('bo-ke-hoach-va-dau-tu');
    expect(resolveBodyCode('BKHDT', at('2024-01-25'))?.id).toBe('bo-ke-hoach-va-dau-tu');
    expect(resolveBodyCode('TCTCCTTHC', at('2024-02-07'))?.id).toBe('to-cong-tac-cai-cach-thu-tuc-hanh-chinh');
    expect(resolveBodyCode('UBND', at('2024-02-07'))).toBeNull();
    expect(resolveBodyCode('BKHĐT', at('2026-01-01'))?.era?.status).toBe('after');
  });
});

describe('header issuer lines', () => {
  it('joins a name broken over lines and takes the lower body of a stacked header', () => {
    expect(resolveBodyName('ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH', at('2021-06-30'))).toMatchObject({
      id: 'ubnd-tinh:nam-dinh',
      name: 'Ủy ban nhân dân tỉnh Nam Định',
      kind: 'people-committee',
      level: 'province',
    });
    expect(id('BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH', at('2020-03-01'))).toBe('bo-van-hoa-the-thao-va-du-lich');
    expect(resolveBodyName('TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI', at('2009-12-31'))).toMatchObject({ id: 'cuc-thue-tinh:ha-noi', name: 'Cục Thuế thành phố Hà Nội' });
    expect(resolveBodyName('UBND TỈNH KON TUM\nSỞ NỘI VỤ', at('2023-05-01'))).toMatchObject({ id: 'so-noi-vu:kon-tum', name: 'Sở Nội vụ tỉnh Kon Tum' });
    expect(id('ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH', at('2023-04-01'))).toBe('ubnd-tinh:binh-dinh');
    expect(id('ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU', at('2016-11-01'))).toBe('ubnd-tinh:bac-lieu');
  });

  it('keeps a body the registry does not know, named as printed, under its parent level', () => {
    const r = resolveBodyName('BỘ NỘI VỤ\nCỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC', at('2020-03-05'));
    expect(r).toMatchObject({ id: null, name: 'CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC', level: 'central' });
    expect(resolveBodyName('Cục Văn hóa cơ sở', at('2020-03-05'))).toMatchObject({ id: null, name: 'Cục Văn hóa cơ sở' });
    expect(resolveBodyName('Hội đồng tư vấn cải cách thủ tục hành chính', at('2024-02-07'))).toMatchObject({ id: null, name: 'Hội đồng tư vấn cải cách thủ tục hành chính' });
  });

  it('reads a short header name as the task force only when the number or the issuer says so', () => {
    expect(id('TỔ CÔNG TÁC CẢI CÁCH\nTHỦ TỤC HÀNH CHÍNH', at('2024-02-07', { code: 'TCTCCTTHC' }))).toBe('to-cong-tac-cai-cach-thu-tuc-hanh-chinh');
    expect(id('TỔ CÔNG TÁC CẢI CÁCH\nTHỦ TỤC HÀNH CHÍNH', at('2024-02-07'))).toBeNull();
    expect(id('Tổ công tác cải cách TTHC của Chủ tịch UBND tỉnh Kon Tum', at('2023-09-22', { code: 'TCTCCTTHC' }))).toBeNull();
  });
});

describe('era: 2025-03-01 ministries', () => {
  it('reads Bộ Kế hoạch và Đầu tư as that ministry on both sides, out of era after 2025-02-28', () => {
    const before = resolveBodyName('Bộ Kế hoạch và Đầu tư', at('2024-06-01'));
    expect(before).toMatchObject({ id: 'bo-ke-hoach-va-dau-tu', era: { status: 'in' } });
    expect(resolveBodyName('Bộ KH&ĐT', at('2025-02-28'))?.era?.status).toBe('in');
    const after = resolveBodyName('Bộ Kế hoạch và Đầu tư', at('2026-01-15'));
    expect(after).toMatchObject({ id: 'bo-ke-hoach-va-dau-tu', era: { status: 'after', validTo: '2025-02-28', successors: ['bo-tai-chinh'] } });
    expect(lookupBody('bo-ke-hoach-va-dau-tu')?.successors).toEqual(['bo-tai-chinh']);
    expect(lookupBody('bo-tai-chinh')?.validTo).toBeNull();
  });

  it('reads the new ministries as not yet established before 2025-03-01', () => {
    expect(resolveBodyName('Bộ Nông nghiệp và Môi trường', at('2025-02-28'))?.era?.status).toBe('before');
    expect(resolveBodyName('Bộ Nông nghiệp và Môi trường', at('2025-03-01'))?.era?.status).toBe('in');
    expect(resolveBodyName('Bộ Dân tộc và Tôn giáo', at('2025-03-01'))?.era?.status).toBe('in');
    expect(resolveBodyName('Ủy ban Dân tộc', at('2025-03-01'))?.era).toMatchObject({ status: 'after', successors: ['bo-dan-toc-va-ton-giao'] });
    expect(resolveBodyName('Bộ Thông tin và Truyền thông', at('2025-03-01'))?.era?.successors).toEqual([
      'bo-khoa-hoc-va-cong-nghe',
      'bo-van-hoa-the-thao-va-du-lich',
    ]);
  });

  it('reads the merged departments with province successors, as info-level (dates vary)', () => {
    const r = resolveBodyName('Sở Kế hoạch và Đầu tư tỉnh Kon Tum', at('2025-05-01'));
    expect(r).toMatchObject({ id: 'so-ke-hoach-va-dau-tu:kon-tum', era: { status: 'after', successors: ['so-tai-chinh:kon-tum'], approximate: true } });
    expect(resolveBodyName('Sở Kế hoạch và Đầu tư tỉnh Kon Tum', at('2024-05-01'))?.era?.status).toBe('in');
  });
});

describe('era: 2025-07-01 provinces and the district tier', () => {
  it('reads UBND tỉnh Kon Tum as Kon Tum until 2025-06-30, then out of era with Quảng Ngãi as successor', () => {
    expect(resolveBodyName('UBND tỉnh Kon Tum', at('2025-06-30'))).toMatchObject({ id: 'ubnd-tinh:kon-tum', era: { status: 'in' } });
    expect(resolveBodyName('UBND tỉnh Kon Tum', at('2025-07-01'))).toMatchObject({
      id: 'ubnd-tinh:kon-tum',
      era: { status: 'after', validTo: '2025-06-30', successors: ['ubnd-tinh:quang-ngai'] },
    });
    expect(resolveBodyName('UBND tỉnh Quảng Ngãi', at('2025-06-30'))?.era?.status).toBe('in');
    expect(resolveBodyName('UBND tỉnh Quảng Ngãi', at('2025-07-01'))?.era?.status).toBe('in');
    expect(resolveBodyName('Sở Nội vụ tỉnh Nam Định', at('2025-08-01'))?.era?.successors).toEqual(['so-noi-vu:ninh-binh']);
  });

  it('ends the district tier on 2025-06-30', () => {
    const ctx = (date: string): BodyContext => at(date, { province: 'kon-tum' });
    expect(resolveBodyName('UBND huyện Đăk Hà', ctx('2025-06-30'))).toMatchObject({ id: 'ubnd-huyen:kon-tum:huyen-dak-ha', level: 'district', era: { status: 'in' } });
    expect(resolveBodyName('UBND huyện Đăk Hà', ctx('2025-07-01'))?.era).toMatchObject({ status: 'after', subject: 'cấp huyện' });
    expect(resolveBodyName('UBND xã Ia Chim', ctx('2025-07-01'))).toMatchObject({ id: 'ubnd-xa:kon-tum:xa-ia-chim', level: 'commune', era: { status: 'in' } });
    expect(resolveBodyName('UBND đặc khu Phú Quốc', at('2025-06-30', { province: 'an-giang' }))?.era?.status).toBe('before');
  });

  it('tells a provincial city from a centrally-run one', () => {
    expect(resolveBodyName('UBND thành phố Kon Tum', at('2023-01-01'))).toMatchObject({ id: 'ubnd-huyen:kon-tum:thanh-pho-kon-tum', level: 'district' });
    expect(resolveBodyName('UBND thành phố Đà Nẵng', at('2023-01-01'))).toMatchObject({ id: 'ubnd-tinh:da-nang', level: 'province' });
    expect(resolveBodyName('UBND tỉnh Thừa Thiên Huế', at('2024-06-01'))).toMatchObject({ id: 'ubnd-tinh:hue', name: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' });
    expect(resolveBodyName('UBND thành phố Huế', at('2025-03-01'))).toMatchObject({ id: 'ubnd-tinh:hue', name: 'Ủy ban nhân dân thành phố Huế' });
    expect(resolveBodyName('UBND thành phố Đồng Nai', at('2026-05-01'))).toMatchObject({ id: 'ubnd-tinh:dong-nai', name: 'Ủy ban nhân dân thành phố Đồng Nai' });
  });
});

describe('context', () => {
  const konTum = { id: 'ubnd-tinh:kon-tum', name: 'Ủy ban nhân dân tỉnh Kon Tum', text: 'UBND TỈNH KON TUM', span: { start: 0, end: 0, line: 1 } };
  const vpcp = { id: 'van-phong-chinh-phu', name: 'Văn phòng Chính phủ', text: 'VĂN PHÒNG CHÍNH PHỦ', span: { start: 0, end: 0, line: 1 } };
  it('places UBND tỉnh, Sở Nội vụ, Văn phòng UBND tỉnh in the issuer province', () => {
    const ctx = at('2023-09-22', { issuer: konTum });
    expect(id('UBND tỉnh', ctx)).toBe('ubnd-tinh:kon-tum');
    expect(id('Sở Nội vụ', ctx)).toBe('so-noi-vu:kon-tum');
    expect(id('Văn phòng UBND tỉnh', ctx)).toBe('van-phong-ubnd-tinh:kon-tum');
    expect(id('Ủy ban nhân dân', ctx)).toBe('ubnd-tinh:kon-tum');
    expect(id('Công an tỉnh', ctx)).toBe('cong-an-tinh:kon-tum');
    expect(id('UBND tỉnh Gia Lai', ctx)).toBe('ubnd-tinh:gia-lai');
  });

  it('leaves them unplaced in a central document', () => {
    const ctx = at('2023-09-22', { issuer: vpcp });
    expect(resolveBodyName('UBND tỉnh', ctx)).toMatchObject({ id: null, name: 'Ủy ban nhân dân tỉnh', level: 'province' });
    expect(resolveBodyName('Sở Nội vụ', ctx)).toMatchObject({ id: null, name: 'Sở Nội vụ', kind: 'department' });
  });
});

describe('confusable pairs', () => {
  const ctx = at('2024-01-01', { province: 'kon-tum' });
  it.each([
    ['Sở Tài chính', 'so-tai-chinh:kon-tum', 'Bộ Tài chính', 'bo-tai-chinh'],
    ['Sở Nội vụ', 'so-noi-vu:kon-tum', 'Bộ Nội vụ', 'bo-noi-vu'],
    ['Văn phòng UBND tỉnh', 'van-phong-ubnd-tinh:kon-tum', 'Văn phòng Chính phủ', 'van-phong-chinh-phu'],
    ['Thanh tra tỉnh', 'thanh-tra-tinh:kon-tum', 'Thanh tra Chính phủ', 'thanh-tra-chinh-phu'],
    ['Bảo hiểm xã hội tỉnh', 'bao-hiem-xa-hoi-tinh:kon-tum', 'Bảo hiểm xã hội Việt Nam', 'bao-hiem-xa-hoi-viet-nam'],
    ['Công an tỉnh', 'cong-an-tinh:kon-tum', 'Bộ Công an', 'bo-cong-an'],
    ['Ban Dân tộc tỉnh', 'ban-dan-toc:kon-tum', 'Ủy ban Dân tộc', 'uy-ban-dan-toc'],
    ['Văn phòng Quốc hội', 'van-phong-quoc-hoi', 'Quốc hội', 'quoc-hoi'],
    ['Sở Nông nghiệp và Môi trường', 'so-nong-nghiep-va-moi-truong:kon-tum', 'Bộ Nông nghiệp và Môi trường', 'bo-nong-nghiep-va-moi-truong'],
    ['Văn phòng Chủ tịch nước', 'van-phong-chu-tich-nuoc', 'Chủ tịch nước', 'chu-tich-nuoc'],
  ])('%s ≠ %s', (a, ida, b, idb) => {
    expect(id(a, ctx)).toBe(ida);
    expect(id(b, ctx)).toBe(idb);
  });

  it('never reads a one-letter typo of a registry name as another body', () => {
    // Local kinds are followed by their place; only the kind's own name is misspelt.
    const names: [string, string][] = [...central.bodies.map((b): [string, string] => [b.name, '']), ...localKinds.kinds.map((k): [string, string] => [k.name, ' tỉnh Kon Tum'])];
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
    const wrong: string[] = [];
    let read = 0;
    for (const [name, tail] of names) {
      const own = id(name + tail, ctx);
      for (let i = 1; i < name.length; i++) {
        for (const typo of [name.slice(0, i) + name.slice(i + 1), name.slice(0, i) + letters[(i * 7) % letters.length] + name.slice(i + 1)]) {
          const variant = typo + tail;
          // The body read where the name starts (another body named inside it, such as
          // "Chính phủ" in "Văn phòng Chíh phủ", is a body of its own and not counted).
          const first = findBodyMentions(variant, undefined, ctx).find((m) => m.range.start === 0);
          const got = first?.body.id ?? null;
          if (got === own) read++;
          if (got && got !== own && !got.startsWith('collective:')) wrong.push(`${variant} → ${got} (not ${own})`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // Most one-letter typos are still read (exactly, through folding, or as fuzzy matches).
    expect(read).toBeGreaterThan(1000);
  });
});

describe('spelling variants', () => {
  it('ignores tone placement and case', () => {
    expect(id('Uỷ ban Dân tộc')).toBe('uy-ban-dan-toc');
    expect(id('Bộ Văn hoá, Thể thao và Du lịch')).toBe('bo-van-hoa-the-thao-va-du-lich');
    expect(id('UBND tỉnh Khánh Hoà', at('2024-01-01'))).toBe('ubnd-tinh:khanh-hoa');
    expect(id('UBND tỉnh Thanh Hoá', at('2024-01-01'))).toBe('ubnd-tinh:thanh-hoa');
    expect(id('UBND tỉnh Hoà Bình', at('2024-01-01'))).toBe('ubnd-tinh:hoa-binh');
    expect(id('bộ công thương')).toBe('bo-cong-thuong');
    expect(id('Bo Tai chinh')).toBe('bo-tai-chinh');
  });

  it('reads close misspellings of registry names (fuzzy), never short ones', () => {
    expect(resolveBodyName('Bộ Tài chínhh', at('2024-01-01'))?.id).toBe('bo-tai-chinh');
    expect(resolveBodyName('Văn phòng Chíng phủ', at('2024-01-01'))?.id).toBe('van-phong-chinh-phu');
    expect(resolveBodyName('Bộ Nông nghiệp và Phát triển nông thông', at('2024-01-01'))?.id).toBe('bo-nong-nghiep-va-phat-trien-nong-thon');
    expect(resolveBodyName('Bộ Giáo dục và Đào tạoo', at('2024-01-01'))?.id).toBe('bo-giao-duc-va-dao-tao');
    // Short names get no edit, and short words must carry their own tone (Bộ Y tá is no ministry).
    expect(resolveBodyName('Bộ Y tá', at('2024-01-01'))?.id ?? null).not.toBe('bo-y-te');
    expect(resolveBodyName('Bộ Y tể', at('2024-01-01'))?.id ?? null).not.toBe('bo-y-te');
  });
});
