/**
 * The identity fields (kind, number, issued, issuer, title) on the five seeds and the six real
 * pages in ../shared, with the values read from the documents themselves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzedDocument } from '../../src/index.js';

const SHARED = new URL('../../../shared/', import.meta.url);

function page(path: string): AnalyzedDocument {
  return analyze(readFileSync(new URL(path, SHARED)), { path, includeText: true });
}

interface Identity {
  kind: string | null;
  number: string | null;
  date: string | null;
  place: string | null;
  issuer: string | null;
  title: string | null;
}

const pages: [string, Identity][] = [
  [
    'seeds/000_008cee01a8e39ddc.txt',
    {
      kind: 'QĐ',
      number: '62/QĐ-TCTCCTTHC',
      date: '2023-09-18',
      place: null,
      issuer: 'Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ',
      title: 'ban hành Kế hoạch hoạt động 4 tháng cuối năm 2023 của Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ',
    },
  ],
  [
    'seeds/001_ea2c62b43708e1ba.txt',
    // The page does not say when TB 71 was issued: 26/02/2024 is the meeting's date (it stays in
    // the trích yếu the page gives, which describes that meeting).
    {
      kind: 'TB',
      number: '71/TB-VPCP',
      date: null,
      place: null,
      issuer: 'Văn phòng Chính phủ',
      title:
        'kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang - Tổ trưởng Tổ công tác tại Phiên họp thứ ba của Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ và Hội đồng tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ ngày 26 tháng 02 năm 2024',
    },
  ],
  ['seeds/002_a6a92d43837c1cea.txt', { kind: null, number: null, date: null, place: null, issuer: null, title: null }],
  [
    'seeds/003_7ed60f4fc5e06c91.txt',
    {
      kind: 'CV',
      number: '3198/UBND-TTHCC',
      date: '2023-09-22',
      place: null,
      issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
      title: 'về triển khai thực hiện Thông báo kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang - Tổ trưởng Tổ công tác cải cách thủ tục hành chính (TTHC) của Thủ tướng Chính phủ',
    },
  ],
  [
    'seeds/004_ce81f495349be684.txt',
    {
      kind: 'QĐ',
      number: '16/QĐ-TCTCCTTHC',
      date: '2024-02-07',
      place: 'Hà Nội',
      issuer: 'Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ',
      title: 'BAN HÀNH KẾ HOẠCH HOẠT ĐỘNG NĂM 2024 CỦA TỔ CÔNG TÁC CẢI CÁCH THỦ TỤC HÀNH CHÍNH CỦA THỦ TƯỚNG CHÍNH PHỦ',
    },
  ],
  [
    'real-html/qd-1397-ubnd-namdinh-2021.html',
    {
      kind: 'QĐ',
      number: '1397/QĐ-UBND',
      date: '2021-07-02',
      place: 'Nam Định',
      issuer: 'Ủy ban nhân dân tỉnh Nam Định',
      title: 'VỀ VIỆC PHÊ DUYỆT QUY HOẠCH SỬ DỤNG ĐẤT ĐẾN NĂM 2030 VÀ KẾ HOẠCH SỬ DỤNG ĐẤT NĂM ĐẦU CỦA QUY HOẠCH SỬ DỤNG ĐẤT HUYỆN HẢI HẬU, TỈNH NAM ĐỊNH',
    },
  ],
  [
    'real-html/qd-1456-ubnd-namdinh-2021.html',
    {
      kind: 'QĐ',
      number: '1456/QĐ-UBND',
      date: '2021-07-09',
      place: 'Nam Định',
      issuer: 'Ủy ban nhân dân tỉnh Nam Định',
      title: 'VỀ VIỆC PHÊ DUYỆT QUY HOẠCH SỬ DỤNG ĐẤT ĐẾN NĂM 2030 VÀ KẾ HOẠCH SỬ DỤNG ĐẤT NĂM ĐẦU CỦA QUY HOẠCH SỬ DỤNG ĐẤT HUYỆN VỤ BẢN, TỈNH NAM ĐỊNH',
    },
  ],
  [
    'real-html/qd-20574-ct-hanoi-2009.html',
    {
      kind: 'QĐ',
      number: '20574/QĐ-CT-THNVDT',
      date: '2009-11-26',
      place: 'Hà Nội',
      issuer: 'Cục Thuế thành phố Hà Nội',
      title: 'VỀ VIỆC BAN HÀNH BẢNG GIÁ TỐI THIỂU TÍNH LỆ PHÍ TRƯỚC BẠ MỘT SỐ LOẠI TÀI SẢN NHƯ: TÀU THUYỀN, Ô TÔ, XE MÁY, SÚNG SĂN, SÚNG THỂ THAO',
    },
  ],
  [
    'real-html/qd-2083-ubnd-baclieu-2016.html',
    {
      kind: 'QĐ',
      number: '2083/QĐ-UBND',
      date: '2016-12-08',
      place: 'Bạc Liêu',
      issuer: 'Ủy ban nhân dân tỉnh Bạc Liêu',
      title: 'VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC CHUẨN HÓA THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BẠC LIÊU',
    },
  ],
  [
    'real-html/qd-715-ubnd-binhdinh-2023.html',
    {
      kind: 'QĐ',
      number: '715/QĐ-UBND',
      date: '2023-03-10',
      place: 'Bình Định',
      issuer: 'Ủy ban nhân dân tỉnh Bình Định',
      title: 'PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH KHÔNG LIÊN THÔNG TRONG LĨNH VỰC ĐIỆN THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ CÔNG THƯƠNG',
    },
  ],
  [
    'real-html/qd-784-bvhttdl-2020.html',
    {
      kind: 'QĐ',
      number: '784/QĐ-BVHTTDL',
      date: '2020-03-11',
      place: 'Hà Nội',
      issuer: 'Bộ Văn hóa, Thể thao và Du lịch',
      title: 'PHÊ DUYỆT KẾ HOẠCH TUYÊN TRUYỀN THỰC HIỆN NẾP SỐNG VĂN MINH TRONG LỄ HỘI NĂM 2020',
    },
  ],
];

describe('identity of the seeds and real pages', () => {
  it.each(pages)('%s', (path, expected) => {
    const doc = page(path);
    expect({
      kind: doc.kind?.code ?? null,
      number: doc.number?.text ?? null,
      date: doc.issued?.date ?? null,
      place: doc.issued?.place ?? null,
      issuer: doc.issuer?.name ?? null,
      title: doc.title,
    }).toEqual(expected);
    // Every span points at its own evidence.
    if (doc.number) expect(doc.text?.slice(doc.number.span.start, doc.number.span.end).replace(/\s+/gu, '')).toBe(doc.number.text.replace(/Ð/gu, 'Đ'));
    if (doc.issuer) expect(doc.text?.slice(doc.issuer.span.start, doc.issuer.span.end).replace(/\s+/gu, ' ')).toBe(doc.issuer.text);
    if (doc.issued?.place) expect(doc.text?.slice(doc.issued.span.start, doc.issued.span.end).startsWith(doc.issued.place)).toBe(true);
  });

  it('marks the news-derived values with info diagnostics (seed 000)', () => {
    const codes = page('seeds/000_008cee01a8e39ddc.txt').diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['number:from-news', 'issued:from-news', 'title:from-news', 'issuer:from-code']));
  });
});
