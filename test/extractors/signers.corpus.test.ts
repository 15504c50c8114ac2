/**
 * Signers and recipients over every document we have an answer for: the seeds, the real
 * thuvienphapluat pages, excerpts of published documents found with the code search (each
 * cites its source), the project's gold fixtures, and a few constructed layouts (marked as
 * such) for arrangements no published text in the corpora showed. Expected values were read
 * from the documents. The last test prints precision and recall over all of them.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import { signersExtractor } from '../../src/extractors/signers/index.js';
import { recipientsExtractor } from '../../src/extractors/recipients/index.js';
import type { ExtractContext } from '../../src/extractors/types.js';
import type { Diagnostic, Signer } from '../../src/schema.js';
import { createReporter } from '../../src/diagnostics.js';

type Expected = Partial<Omit<Signer, 'span'>> & { name: string };

interface Case {
  readonly id: string;
  /** Where the text comes from. */
  readonly source: string;
  readonly text: string | Uint8Array;
  readonly format?: 'html' | 'text' | 'markdown';
  readonly signers: readonly Expected[];
  /** Omitted: not checked. */
  readonly recipients?: readonly string[];
  /** Signers that must not be reported (names). */
  readonly notSigners?: readonly string[];
}

const SHARED = '/work/shared';
const seed = (f: string): string => fs.readFileSync(path.join(SHARED, 'seeds', f), 'utf8');
const page = (f: string): Uint8Array => fs.readFileSync(path.join(SHARED, 'real-html', f));

const SEEDS: Case[] = [
  {
    id: 'seed-000 news: Phó Thủ tướng … vừa ký Quyết định 62',
    source: 'shared/seeds/000',
    text: seed('000_008cee01a8e39ddc.txt'),
    signers: [{ name: 'Trần Lưu Quang', title: 'Phó Thủ tướng', authority: null, onBehalfOf: 'Tổ trưởng Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ', source: 'text' }],
  },
  { id: 'seed-001 news: conclusions conveyed, signer not stated', source: 'shared/seeds/001', text: seed('001_ea2c62b43708e1ba.txt'), signers: [], notSigners: ['Trần Lưu Quang'] },
  { id: 'seed-002 news: people who chaired, no signer', source: 'shared/seeds/002', text: seed('002_a6a92d43837c1cea.txt'), signers: [], notSigners: ['Phạm Minh Chính', 'Nguyễn Hồng Lĩnh'] },
  { id: 'seed-003 news: author line "Vũ Huệ" is not a signer', source: 'shared/seeds/003', text: seed('003_7ed60f4fc5e06c91.txt'), signers: [], notSigners: ['Vũ Huệ'], recipients: [] },
  {
    id: 'seed-004 QĐ 16/QĐ-TCTCCTTHC: TỔ TRƯỞNG / PHÓ THỦ TƯỚNG',
    source: 'shared/seeds/004',
    text: seed('004_ce81f495349be684.txt'),
    signers: [{ name: 'Trần Lưu Quang', title: 'PHÓ THỦ TƯỚNG', authority: null, onBehalfOf: 'TỔ TRƯỞNG', source: 'signature' }],
    recipients: [
      'Như Điều 3',
      'Thủ tướng Chính phủ, các Phó Thủ tướng Chính phủ',
      'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
      'UBND các tỉnh, thành phố trực thuộc trung ương',
      'Các thành viên Hội đồng tư vấn cải cách TTHC',
      'VPCP: BTCN, các PCN, Trợ lý TTg; TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc',
      'Lưu: VT, TCTCCTTHC (3b)',
    ],
  },
];

const REAL_HTML: Case[] = [
  {
    id: 'QĐ 1397/QĐ-UBND Nam Định 2021: TM. / KT. nested, no Nơi nhận',
    source: 'shared/real-html/qd-1397-ubnd-namdinh-2021.html',
    text: page('qd-1397-ubnd-namdinh-2021.html'),
    signers: [{ name: 'Trần Anh Dũng', title: 'PHÓ CHỦ TỊCH', authority: 'KT', onBehalfOf: 'CHỦ TỊCH', source: 'signature' }],
    recipients: [],
  },
  {
    id: 'QĐ 1456/QĐ-UBND Nam Định 2021',
    source: 'shared/real-html/qd-1456-ubnd-namdinh-2021.html',
    text: page('qd-1456-ubnd-namdinh-2021.html'),
    signers: [{ name: 'Trần Anh Dũng', title: 'PHÓ CHỦ TỊCH', authority: 'KT', onBehalfOf: 'CHỦ TỊCH', source: 'signature' }],
  },
  {
    id: 'QĐ 20574/QĐ-CT-THNVDT Cục Thuế Hà Nội 2009: KT. CỤC TRƯỞNG',
    source: 'shared/real-html/qd-20574-ct-hanoi-2009.html',
    text: page('qd-20574-ct-hanoi-2009.html'),
    signers: [{ name: 'Nguyễn Văn Hổ', title: 'PHÓ CỤC TRƯỞNG', authority: 'KT', onBehalfOf: 'CỤC TRƯỞNG', source: 'signature' }],
    recipients: ['Bộ Tài chính (để báo cáo)', 'Tổng cục thuế (để báo cáo)', 'UBND thành phố Hà Nội (để báo cáo)', 'Sở Tài chính Hà Nội (để phối hợp)', 'Như điều 5; (để thực hiện)', 'Lưu: HCLT, THNVDT (3 bản)'],
  },
  {
    id: 'QĐ 2083/QĐ-UBND Bạc Liêu 2016: two-cell table, annex forms with more Nơi nhận',
    source: 'shared/real-html/qd-2083-ubnd-baclieu-2016.html',
    text: page('qd-2083-ubnd-baclieu-2016.html'),
    signers: [{ name: 'Lê Minh Chiến', title: 'PHÓ CHỦ TỊCH', authority: 'KT', onBehalfOf: 'CHỦ TỊCH', source: 'signature' }],
    recipients: ['Như Điều 3', 'Cục KSTTHC-Bộ Tư pháp (để b/c)', 'CT và các PCT UBND tỉnh', 'Các PCVP UBND tỉnh', 'Cổng TT điện tử tỉnh', 'Lưu: VT, NC (T-430)'],
  },
  {
    id: 'QĐ 715/QĐ-UBND Bình Định 2023',
    source: 'shared/real-html/qd-715-ubnd-binhdinh-2023.html',
    text: page('qd-715-ubnd-binhdinh-2023.html'),
    signers: [{ name: 'Lâm Hải Giang', title: 'PHÓ CHỦ TỊCH', authority: 'KT', onBehalfOf: 'CHỦ TỊCH', source: 'signature' }],
    recipients: ['Như Điều 4', 'Văn phòng Chính phủ (Cục Kiểm soát TTHC)', 'Bộ Công Thương', 'CT, các PCT UBND tỉnh', 'LĐVP UBND tỉnh', 'VNPT Bình Định', 'Trung tâm Tin học - Công báo', 'Lưu: VT, K6, KSTT(C)'],
  },
  {
    id: 'QĐ 784/QĐ-BVHTTDL 2020: KT. BỘ TRƯỞNG / THỨ TRƯỞNG; the signer is also a recipient',
    source: 'shared/real-html/qd-784-bvhttdl-2020.html',
    text: page('qd-784-bvhttdl-2020.html'),
    signers: [{ name: 'Trịnh Thị Thủy', title: 'THỨ TRƯỞNG', authority: 'KT', onBehalfOf: 'BỘ TRƯỞNG', source: 'signature' }],
    recipients: ['Như Điều 4', 'Bộ trưởng (để báo cáo)', 'Thứ trưởng Trịnh Thị Thủy', 'Lưu: VT, VHCS (02), BDC (15)'],
  },
];

/**
 * Excerpts of published documents (the signature end and what precedes it), found with the
 * code search. Sources are the documents; the stored copies are third-party repositories.
 */
const PUBLISHED: Case[] = [
  {
    // Công văn 7991/BGDĐT-GDTrH (Bộ GDĐT, 17/12/2024), as quoted in a public repository
    // (code search, file id 22181938640). TL. with a nested KT. and "(đã ký)"; Nơi nhận
    // without dashes.
    id: 'CV 7991/BGDĐT-GDTrH: TL. BỘ TRƯỞNG / KT. VỤ TRƯỞNG … / PHÓ VỤ TRƯỞNG, (đã ký)',
    source: 'Công văn 7991/BGDĐT-GDTrH ngày 17/12/2024',
    text: `Trong quá trình thực hiện, nếu có vướng mắc, đề nghị Sở GDĐT phản ánh về Bộ GDĐT (qua Vụ Giáo dục Trung học).

Nơi nhận

Như trên;

Bộ trưởng (để báo cáo);

TT. Phạm Ngọc Thưởng (để báo cáo);

Vụ trưởng (để báo cáo);

Lưu: VT, Vụ GDTrH.

TL. BỘ TRƯỞNG
KT. VỤ TRƯỞNG VỤ GIÁO DỤC TRUNG HỌC
PHÓ VỤ TRƯỞNG

(đã ký)
Đỗ Đức Quế

(1) Công văn số 6569/BGDĐT-GDTrH ngày 16/10/2024 về việc tập huấn giáo viên cốt cán về tăng cường năng lực thực hiện CT GDPT 2018 của Bộ GDĐT.
`,
    signers: [{ name: 'Đỗ Đức Quế', title: 'PHÓ VỤ TRƯỞNG', authority: 'KT', onBehalfOf: 'VỤ TRƯỞNG VỤ GIÁO DỤC TRUNG HỌC', source: 'signature' }],
    recipients: ['Như trên', 'Bộ trưởng (để báo cáo)', 'TT. Phạm Ngọc Thưởng (để báo cáo)', 'Vụ trưởng (để báo cáo)', 'Lưu: VT, Vụ GDTrH'],
    notSigners: ['Phạm Ngọc Thưởng'],
  },
  {
    // Thông tư 05/2022/TT-BXD (30/11/2022), Markdown rendering in a public repository (code
    // search, file id 68631878682): the signature is a Markdown table, "*(Đã ký)*".
    id: 'TT 05/2022/TT-BXD: Markdown table | NƠI NHẬN | KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG |, (Đã ký)',
    source: 'Thông tư 05/2022/TT-BXD ngày 30/11/2022',
    format: 'markdown',
    text: `**Điều 3.** Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này./.

---

| NƠI NHẬN | KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG |
| :--- | :---: |
| \\\\- Văn phòng Quốc hội; Văn phòng Chủ tịch nước;<br>\\\\- Văn phòng Chính phủ;<br>\\\\- Các bộ, cơ quan ngang bộ, cơ quan thuộc CP;<br>\\\\- Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;<br>\\\\- UBND các tỉnh, thành phố trực thuộc TW;<br>\\\\- Bộ Khoa học và Công nghệ (để đăng ký);<br>\\\\- Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;<br>\\\\- Các Sở: XD, GTVT, NN&PTNT các tỉnh, TP trực thuộc TW;<br>\\\\- Công báo, Cổng thông tin điện tử Chính phủ;<br>\\\\- Cổng thông tin điện tử Bộ Xây dựng;<br>\\\\- Các cơ quan, đơn vị thuộc Bộ Xây dựng;<br>\\\\- Lưu: VT, Vụ KHCN&MT. | *(Đã ký)*<br><br>**Lê Quang Hùng** |
`,
    signers: [{ name: 'Lê Quang Hùng', title: 'THỨ TRƯỞNG', authority: 'KT', onBehalfOf: 'BỘ TRƯỞNG', source: 'signature' }],
    recipients: [
      'Văn phòng Quốc hội; Văn phòng Chủ tịch nước',
      'Văn phòng Chính phủ',
      'Các bộ, cơ quan ngang bộ, cơ quan thuộc CP',
      'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      'UBND các tỉnh, thành phố trực thuộc TW',
      'Bộ Khoa học và Công nghệ (để đăng ký)',
      'Cục Kiểm tra văn bản QPPL - Bộ Tư pháp',
      'Các Sở: XD, GTVT, NN&PTNT các tỉnh, TP trực thuộc TW',
      'Công báo, Cổng thông tin điện tử Chính phủ',
      'Cổng thông tin điện tử Bộ Xây dựng',
      'Các cơ quan, đơn vị thuộc Bộ Xây dựng',
      'Lưu: VT, Vụ KHCN&MT',
    ],
  },
  {
    // Nghị định 30/2020/NĐ-CP (05/3/2020), Markdown conversion in ericphan28/van-ban-plus :
    // docs/van-ban-phap-quy/nghi-dinh/30-2020-ND-CP/van-ban-goc/30.2020.NĐ-CP/30_2020_ND_CP.md
    // @2358a46. The whole block and the whole list each sit in one table cell on one line.
    id: 'NĐ 30/2020/NĐ-CP: one-line cells "TM. CHÍNH PHỦ THỦ TƯỚNG [ (Đã ký) Nguyễn Xuân Phúc"',
    source: 'Nghị định 30/2020/NĐ-CP ngày 05/3/2020',
    format: 'markdown',
    text: `2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương, người đứng đầu các doanh nghiệp nhà nước và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị định này./.

| CHÍNH PHỦ _______  Số: 30/2020/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ________________________________________ Hà Nội, ngày 05 tháng 3 năm 2020 |
| --- | --- |

| Nơi nhận: - Ban Bí thư Trung ương Đảng; - Thủ tướng, các Phó Thủ tướng Chính phủ; - Các bộ, cơ quan ngang bộ,    cơ quan thuộc Chính phủ; - HĐND, UBND các tỉnh,    thành phố trực thuộc Trung ương; - Văn phòng Trung ương và các Ban của Đảng; - Văn phòng Tổng Bí thư; - Văn phòng Chủ tịch nước; - Hội đồng Dân tộc và các UB của Quốc hội; - Văn phòng Quốc hội; - Viện kiểm sát nhân dân tối cao; - Tòa án nhân dân tối cao; - Kiểm toán Nhà nước; - Ủy ban Giám sát tài chính Quốc gia; - Ngân hàng Chính sách xã hội; - Ngân hàng Phát triển Việt Nam; - Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; - Cơ quan Trung ương của các đoàn thể; - Các tập đoàn kinh tế, tổng công ty nhà nước; - Cục Văn thư và Lưu trữ nhà nước; - VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,  các Vụ, Cục, đơn vị trực thuộc, Công báo; - Lưu: VT, HC (2). | TM. CHÍNH PHỦ THỦ TƯỚNG    [ (Đã ký)     Nguyễn Xuân Phúc |
| --- | --- |
`,
    signers: [{ name: 'Nguyễn Xuân Phúc', title: 'THỦ TƯỚNG', authority: 'TM', onBehalfOf: 'CHÍNH PHỦ', source: 'signature' }],
    recipients: [
      'Ban Bí thư Trung ương Đảng',
      'Thủ tướng, các Phó Thủ tướng Chính phủ',
      'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
      'HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương',
      'Văn phòng Trung ương và các Ban của Đảng',
      'Văn phòng Tổng Bí thư',
      'Văn phòng Chủ tịch nước',
      'Hội đồng Dân tộc và các UB của Quốc hội',
      'Văn phòng Quốc hội',
      'Viện kiểm sát nhân dân tối cao',
      'Tòa án nhân dân tối cao',
      'Kiểm toán Nhà nước',
      'Ủy ban Giám sát tài chính Quốc gia',
      'Ngân hàng Chính sách xã hội',
      'Ngân hàng Phát triển Việt Nam',
      'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      'Cơ quan Trung ương của các đoàn thể',
      'Các tập đoàn kinh tế, tổng công ty nhà nước',
      'Cục Văn thư và Lưu trữ nhà nước',
      'VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo',
      'Lưu: VT, HC (2)',
    ],
  },
  {
    // Lệnh 07/2025/L-CTN (16/6/2025) as extracted from the Công báo PDF, quoted in a public
    // test suite (code search, file id 43967203441): the digital-signature stamp of the
    // Government portal on top, the President's post wrapped on two lines, no Nơi nhận.
    id: 'Lệnh 07/2025/L-CTN: digital-signature stamp (an organisation), CHỦ TỊCH / NƯỚC … wrapped',
    source: 'Lệnh 07/2025/L-CTN ngày 16/6/2025 (Công báo số 807 + 808)',
    text: `Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ
Email: thongtinchinhphu@chinhphu.vn
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Thời gian ký: 26/06/2025 15:19:01 +07:00

CÔNG BÁO/Số: 807 + 808/Ngày 24-6-2025

VĂN BẢN QUY PHẠM PHÁP LUẬT
CHỦ TỊCH NƯỚC - QUỐC HỘI
CHỦ TỊCH NƯỚC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 07/2025/L-CTN

Hà Nội, ngày 16 tháng 6 năm 2025

LỆNH
Về việc công bố Nghị quyết sửa đổi, bổ sung một số điều
của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam

CHỦ TỊCH
NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Căn cứ Điều 88 và Điều 120 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa
Việt Nam;
NAY CÔNG BỐ:
Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp nước Cộng hòa xã
hội chủ nghĩa Việt Nam
Đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp
thứ 9 thông qua ngày 16 tháng 6 năm 2025.
CHỦ TỊCH
NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Lương Cường
`,
    signers: [{ name: 'Lương Cường', title: 'CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', authority: null, onBehalfOf: null, source: 'signature' }],
    recipients: [],
  },
  {
    // Nghị quyết of the Ủy ban Thường vụ Quốc hội adopted at its 32nd session (15/4/2024), as
    // quoted in a public repository (code search, file id 60174389539); a tracking line
    // ("Epas: 31184.") right above the block.
    id: 'NQ UBTVQH (phiên họp 32, 15/4/2024): TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI / CHỦ TỊCH',
    source: 'Nghị quyết của UBTVQH khóa XV thông qua ngày 15/4/2024',
    text: `Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực thi hành từ ngày thông qua./.
Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, phiên họp thứ 32 thông qua ngày 15 tháng 4 năm 2024.
 
Epas: 31184.
TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
CHỦ TỊCH




Vương Đình Huệ
`,
    signers: [{ name: 'Vương Đình Huệ', title: 'CHỦ TỊCH', authority: 'TM', onBehalfOf: 'ỦY BAN THƯỜNG VỤ QUỐC HỘI', source: 'signature' }],
  },
  {
    // Quyết định 1026/QĐ-UBND (UBND huyện Đức Hòa, Long An, 10/11/2012), OCR transcription of
    // an archive file in a public repository (code search, file id 54543647592, page 61).
    id: 'QĐ 1026/QĐ-UBND Đức Hòa 2012 (OCR): TM. ỦY BAN NHÂN DÂN HUYỆN / Q. CHỦ TỊCH',
    source: 'Quyết định 1026/QĐ-UBND huyện Đức Hòa ngày 10/11/2012',
    format: 'markdown',
    text: `**Điều 3.** Chánh văn phòng HĐND, UBND huyện, Trưởng Phòng Lao động – TBXH, Chủ tịch UBND thị trấn Đức Hòa và ông Nguyễn Tấn Đông căn cứ quyết định thi hành./.

**Nơi nhận:**

-Sở LĐTBXH;

-Như điều 3;

-Lâu.

**TM. ỦY BAN NHÂN DÂN HUYỆN  
Q. CHỦ TỊCH**

**\\* Võ Thị Tuyết**
`,
    signers: [{ name: 'Võ Thị Tuyết', title: 'CHỦ TỊCH', authority: 'Q', onBehalfOf: 'ỦY BAN NHÂN DÂN HUYỆN', source: 'signature' }],
    recipients: ['Sở LĐTBXH', 'Như điều 3', 'Lâu'],
    notSigners: ['Nguyễn Tấn Đông'],
  },
  {
    // Quyết định 1815/QĐ-CTN (Chủ tịch nước, 17/10/2011) and its certified copy by Cục X15
    // (25/10/2014), same OCR source (pages 73–74). The copy certifier is not a signer.
    id: 'QĐ 1815/QĐ-CTN 2011 (OCR): CHỦ TỊCH / NƯỚC …, [Signature], then SAO Y BẢN CHÍNH',
    source: 'Quyết định 1815/QĐ-CTN ngày 17/10/2011, bản sao Cục X15 ngày 25/10/2014',
    format: 'markdown',
    text: `Điều 2. Quyết định này có hiệu lực thi hành từ ngày 15.

Thu tương Chính phủ, Chủ nhiệm Văn phòng Chủ tịch nước và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này. / *[Signature]*

CHỦ TỊCH  
NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

*[Signature]*  
Trương Tấn Sang

Nơi nhận:

- - Chính phủ;
- - Chủ nhiệm VPCIN;
- - Ban Thi đua - Khen thưởng TW;
- - Lưu: VT, Vụ TĐKT-KTXH (2).

TỔNG CỤC III  
CỤC X15

Số 1203 / X15(P4)

Nơi nhận:

- -
- -
- - Lưu: VT (X15).

SAO Y BẢN CHÍNH

Hà Nội, ngày 25 tháng 10 năm 2014.

CỤC TRƯỞNG

*[Signature]*  
Thiếu tướng Đặng Thái Giáp

BẢN SAO

*[Signature]*  
Nguyễn Thị Thiệu
`,
    signers: [{ name: 'Trương Tấn Sang', title: 'CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', authority: null, onBehalfOf: null, source: 'signature' }],
    recipients: ['Chính phủ', 'Chủ nhiệm VPCIN', 'Ban Thi đua - Khen thưởng TW', 'Lưu: VT, Vụ TĐKT-KTXH (2)'],
    notSigners: ['Đặng Thái Giáp', 'Nguyễn Thị Thiệu'],
  },
  {
    // Công văn A308/TUBND-VX (UBND tỉnh Long An, 19/4/2010), same OCR source (page 56): a
    // Kính gửi list (not recipients), "- -" bullets, a recipient naming the signer.
    id: 'CV A308/TUBND-VX Long An 2010 (OCR): TM. ỦY BAN NHÂN DÂN TỈNH / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
    source: 'Công văn A308/TUBND-VX ngày 19/4/2010',
    format: 'markdown',
    text: `Kính gửi:

- - Các thành viên Ban Tổ chức các ngày lễ lớn của tỉnh và tổ chức huyện;
- - Ban Tuyên giáo Tỉnh ủy;
- - Sở Nội vụ;

- Đề nghị Ban Tuyên giáo Tỉnh ủy bổ sung nội dung tổ chức trao tặng danh hiệu AHLVTND vào điển văn chính tại buổi lễ/.

Nơi nhận:

- - CT, PCT.UBND tỉnh (Trần Hữu Phước);
- - Như trên;
- - Giám đốc Sở VHTTDL;
- - Phòng NCVX;
- - Lưu: VT, V.

TM. ỦY BAN NHÂN DÂN TỈNH  
KT. CHỦ TỊCH  
PHÓ CHỦ TỊCH

Trần Hữu Phước
`,
    signers: [{ name: 'Trần Hữu Phước', title: 'PHÓ CHỦ TỊCH', authority: 'KT', onBehalfOf: 'CHỦ TỊCH', source: 'signature' }],
    recipients: ['CT, PCT.UBND tỉnh (Trần Hữu Phước)', 'Như trên', 'Giám đốc Sở VHTTDL', 'Phòng NCVX', 'Lưu: VT, V'],
  },
  {
    // Quyết định 65/QĐ (Sở LĐTBXH Long An, 26/7/2012), same OCR source (page 57): the KT.
    // prefix lost in the scan, posts only.
    id: 'QĐ 65 Sở LĐTBXH Long An 2012 (OCR): GIÁM ĐỐC / PHÓ GIÁM ĐỐC without prefix',
    source: 'Quyết định 65/QĐ-SLĐTBXH ngày 26/7/2012',
    format: 'markdown',
    text: `**Điều 3.** Trưởng phòng Người có công, Trưởng phòng Kế hoạch - Tài chính, Trưởng phòng Lao động - Thương binh và Xã hội huyện Cần Giuộc và Ông Trần Văn Năm chịu trách nhiệm thi hành Quyết định.

**Nơi nhận:**

- - Như điều 2;
- - Cục NCC- Bộ LĐTBXH;
- - Lưu HSCS.

**GIÁM ĐỐC**  
PHÓ GIÁM ĐỐC  
  
**Nguyễn Văn Chim**
`,
    signers: [{ name: 'Nguyễn Văn Chim', title: 'PHÓ GIÁM ĐỐC', authority: null, onBehalfOf: 'GIÁM ĐỐC', source: 'signature' }],
    recipients: ['Như điều 2', 'Cục NCC- Bộ LĐTBXH', 'Lưu HSCS'],
    notSigners: ['Trần Văn Năm'],
  },
  {
    // Quyết định 67/QĐ-UBND (UBND huyện Đức Hòa, 09/3/2022), same OCR source (page 65): a
    // surname missing from the list (Liệu) is kept, with a diagnostic.
    id: 'QĐ 67/QĐ-UBND Đức Hòa 2022 (OCR): unknown surname "Liệu"',
    source: 'Quyết định 67/QĐ-UBND ngày 09/3/2022',
    format: 'markdown',
    text: `**Điều 2.** Chánh văn phòng HDND, UBND huyện; Trưởng Phòng Lao động - TBXH huyện Đức Hòa, Chủ tịch UBND xã Tân Phú và ông (bà) **Phan Thị Năm** và thân nhân ông (bà) có tên ở điều 1 cần cử quyết định thi hành./

Nơi nhận:  
-Sở LDTBXH;  
-Như điều 2;  
-Lưu VT.

**TM. ỦY BAN NHÂN DÂN**

**KT. CHỦ TỊCH  
PHÓ CHỦ TỊCH**

**Liệu Văn Bùng**
`,
    signers: [{ name: 'Liệu Văn Bùng', title: 'PHÓ CHỦ TỊCH', authority: 'KT', onBehalfOf: 'CHỦ TỊCH', source: 'signature' }],
    recipients: ['Sở LDTBXH', 'Như điều 2', 'Lưu VT'],
    notSigners: ['Phan Thị Năm'],
  },
  {
    // Thông tư 45/2015/TT-BTC as extracted from the Công báo PDF, the fragment quoted in a
    // public test suite (code search, file id 67158445879): the portal's digital signature
    // stamp in the middle of the body is no signer.
    id: 'TT 45/2015/TT-BTC fragment: "Ký bởi: Cổng Thông tin điện tử Chính phủ" mid-body',
    source: 'Thông tư 45/2015/TT-BTC (Công báo)',
    text: `Nhân viên thu phí phát Thẻ vào đường;
Ký bởi: Cổng Thông tin điện tử Chính phủ
Email: thongtinchinhphu@chinhphu.vn
Cơ quan: Văn phòng Chính phủ
Thời gian ký: 12.05.2015 10:32:58 +07:00

4

b) Tại Trạm ra: người điều khiển dừng lại.
`,
    signers: [],
  },
  {
    // News page of hiephoidoanhnghieptuyenquang.com (27/11/2018), pages corpus: TL. stated
    // in prose ("thừa lệnh Chủ tịch UBND tỉnh …").
    id: 'news Tuyên Quang 2018: "thừa lệnh Chủ tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng … Nguyễn Thanh đã ký"',
    source: 'https://hiephoidoanhnghieptuyenquang.com/2018/11/27/ubnd-tinh-co-y-kien-ve-de-xuat-cua-so-tai-nguyen-moi-truong/',
    text: `UBND tỉnh có ý kiến về đề xuất của Sở Tài nguyên & Môi trường

Ngày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng UBND tỉnh Tuyên Quang Nguyễn Thanh đã ký ban hành văn bản số 3653/UBND-TNMT, V/v đề xuất của Sở TM & MT. Toàn văn như sau:
`,
    signers: [{ name: 'Nguyễn Thanh', title: 'Phó Chánh Văn phòng UBND tỉnh Tuyên Quang', authority: 'TL', onBehalfOf: 'Chủ tịch UBND tỉnh Tuyên Quang', source: 'text' }],
  },
];

/**
 * Constructed layouts, for arrangements the corpora gave no published text of (a joint
 * liên tịch block pair, TUQ., [daky], plain-text columns). Names are placeholders; the
 * layouts follow ND 30/2020 Phụ lục I Mục II khoản 7 and the scrapers' flattening.
 */
const CONSTRUCTED: Case[] = [
  {
    id: 'constructed: joint document, two blocks in two HTML cells',
    source: 'constructed (liên tịch layout)',
    format: 'html',
    text: `<p>Điều 5. Thông tư liên tịch này có hiệu lực kể từ ngày 01 tháng 7 năm 2020./.</p>
<table><tr><td><p><b>KT. BỘ TRƯỞNG BỘ NỘI VỤ<br>THỨ TRƯỞNG<br><br>Nguyễn Văn An</b></p></td>
<td><p><b>KT. BỘ TRƯỞNG BỘ TÀI CHÍNH<br>THỨ TRƯỞNG<br><br>Trần Thị Bình</b></p></td></tr></table>
<table><tr><td><p><b><i>Nơi nhận:</i></b><br>- Văn phòng Chính phủ;<br>- Lưu: VT, BNV, BTC.</p></td><td></td></tr></table>`,
    signers: [
      { name: 'Nguyễn Văn An', title: 'THỨ TRƯỞNG', authority: 'KT', onBehalfOf: 'BỘ TRƯỞNG BỘ NỘI VỤ', source: 'signature' },
      { name: 'Trần Thị Bình', title: 'THỨ TRƯỞNG', authority: 'KT', onBehalfOf: 'BỘ TRƯỞNG BỘ TÀI CHÍNH', source: 'signature' },
    ],
    recipients: ['Văn phòng Chính phủ', 'Lưu: VT, BNV, BTC'],
  },
  {
    id: 'constructed: joint document flattened row by row (both blocks interleaved)',
    source: 'constructed (liên tịch layout, row flattening)',
    text: `Điều 5. Thông tư liên tịch này có hiệu lực kể từ ngày ký./.
KT. BỘ TRƯỞNG BỘ NỘI VỤ
KT. BỘ TRƯỞNG BỘ TÀI CHÍNH
THỨ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An
Trần Thị Bình
`,
    signers: [
      { name: 'Nguyễn Văn An', title: 'THỨ TRƯỞNG', authority: 'KT', onBehalfOf: 'BỘ TRƯỞNG BỘ NỘI VỤ', source: 'signature' },
      { name: 'Trần Thị Bình', title: 'THỨ TRƯỞNG', authority: 'KT', onBehalfOf: 'BỘ TRƯỞNG BỘ TÀI CHÍNH', source: 'signature' },
    ],
  },
  {
    id: 'constructed: plain-text columns (recipients left, block right) with [daky]',
    source: 'constructed (two text columns)',
    text: `Điều 3. Chánh Văn phòng và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:                                    TUQ. CHỦ TỊCH
- Như Điều 3;                                CHÁNH VĂN PHÒNG
- Lưu: VT, TH.
                                                 [daky]
                                             Lê Văn Cường
`,
    signers: [{ name: 'Lê Văn Cường', title: 'CHÁNH VĂN PHÒNG', authority: 'TUQ', onBehalfOf: 'CHỦ TỊCH', source: 'signature' }],
    recipients: ['Như Điều 3', 'Lưu: VT, TH'],
  },
  {
    id: 'constructed: name in upper case, KT.BỘ TRƯỞNG without space',
    source: 'constructed (scraped variants of §1.5)',
    text: `Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT.BỘ TRƯỞNG
THỨ TRƯỞNG
(Đã ký)
NGUYỄN VĂN A
`,
    signers: [{ name: 'Nguyễn Văn A', title: 'THỨ TRƯỞNG', authority: 'KT', onBehalfOf: 'BỘ TRƯỞNG', source: 'signature' }],
    recipients: ['Như Điều 3', 'Lưu: VT'],
  },
  {
    id: 'constructed news: "do Phó Thủ tướng … ký", "Phó Chủ tịch UBND tỉnh … ký ban hành", "Thay mặt …"',
    source: 'issue 4 text (phrases quoted there)',
    text: `Tin tức

Quyết định số 62/QĐ-TCTCCTTHC do Phó Thủ tướng Trần Lưu Quang ký.
Ngày 5/3, Phó Chủ tịch UBND tỉnh Vũ Huệ ký ban hành Kế hoạch số 12/KH-UBND.
Thay mặt UBND tỉnh, Phó Chủ tịch Thường trực Nguyễn Hồng Lĩnh đã ký Công văn số 20/UBND-NC.
`,
    signers: [
      { name: 'Trần Lưu Quang', title: 'Phó Thủ tướng', authority: null, onBehalfOf: null, source: 'text' },
      { name: 'Vũ Huệ', title: 'Phó Chủ tịch UBND tỉnh', authority: null, onBehalfOf: null, source: 'text' },
      { name: 'Nguyễn Hồng Lĩnh', title: 'Phó Chủ tịch Thường trực', authority: 'TM', onBehalfOf: 'UBND tỉnh', source: 'text' },
    ],
  },
];

interface GoldCase extends Case {
  readonly gold: true;
}

function goldCases(): GoldCase[] {
  const root = 'fixtures/gold';
  if (!fs.existsSync(root)) return [];
  const out: GoldCase[] = [];
  for (const kind of fs.readdirSync(root)) {
    for (const slug of fs.readdirSync(path.join(root, kind))) {
      const dir = path.join(root, kind, slug);
      const expFile = path.join(dir, 'expected.json');
      if (!fs.existsSync(expFile)) continue;
      const exp = JSON.parse(fs.readFileSync(expFile, 'utf8')) as { signers?: Expected[]; recipients?: string[] };
      const input = fs.readdirSync(dir).find((f) => f.startsWith('input.'));
      if (!input || exp.signers === undefined) continue;
      out.push({
        id: `gold ${kind}/${slug}`,
        source: dir,
        text: fs.readFileSync(path.join(dir, input)),
        gold: true,
        signers: exp.signers,
        ...(exp.recipients ? { recipients: exp.recipients } : {}),
      });
    }
  }
  return out;
}

const OURS: Case[] = [...SEEDS, ...REAL_HTML, ...PUBLISHED, ...CONSTRUCTED];

/** The two extractors alone on the normalized, segmented document (no other extractor). */
function runExtractors(input: string | Uint8Array, format?: 'html' | 'text' | 'markdown', file?: string) {
  const doc = normalize(input, { ...(format ? { format } : {}), ...(file ? { path: file } : {}) });
  const segments = segment(doc);
  const diagnostics: Diagnostic[] = [];
  const ctx = (source: string): ExtractContext => ({
    doc,
    segments,
    options: { reference: null, includeText: true },
    get: () => {
      throw new TypeError('not needed');
    },
    report: createReporter(doc, source, diagnostics),
  });
  const signers = signersExtractor.extract(ctx('signers'));
  const recipients = recipientsExtractor.extract(ctx('recipients'));
  return { doc, signers, recipients, diagnostics };
}

function run(c: Case): { signers: Omit<Signer, 'span'>[]; recipients: string[]; text: string; spans: Signer['span'][] } {
  const file = c.source.endsWith('.html') ? c.source : `${c.id}.${c.format === 'markdown' ? 'md' : c.format === 'html' ? 'html' : 'txt'}`;
  const r = runExtractors(c.text, c.format, file);
  return { signers: r.signers.map(({ span: _span, ...s }) => s), recipients: r.recipients, text: r.doc.text, spans: r.signers.map((s) => s.span) };
}

/** Field-wise match of a found signer against an expected one (only the fields given). */
function matches(found: Omit<Signer, 'span'>, exp: Expected): boolean {
  return (Object.keys(exp) as (keyof Expected)[]).every((k) => found[k] === exp[k]);
}

describe.each(OURS.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  it('finds exactly the expected signers', () => {
    const got = run(c);
    expect(got.signers.length).toBe(c.signers.length);
    c.signers.forEach((e, i) => expect(got.signers[i]).toMatchObject(e));
    for (const n of c.notSigners ?? []) expect(got.signers.map((s) => s.name)).not.toContain(n);
  });
  it('gives spans that hold the name', () => {
    const got = run(c);
    got.spans.forEach((span, i) => {
      const slice = got.text.slice(span.start, span.end);
      const name = (got.signers[i] as Omit<Signer, 'span'>).name;
      expect(slice.toLocaleLowerCase('vi').replace(/\s+/gu, ' ')).toContain(name.toLocaleLowerCase('vi'));
    });
  });
  if (c.recipients !== undefined) {
    it('lists the recipients', () => {
      expect(run(c).recipients).toEqual(c.recipients);
    });
  }
});

interface Score {
  tp: number;
  fp: number;
  fn: number;
  exact: number;
  rTp: number;
  rFp: number;
  rFn: number;
  docs: number;
}

function score(cases: readonly Case[]): Score {
  const sc: Score = { tp: 0, fp: 0, fn: 0, exact: 0, rTp: 0, rFp: 0, rFn: 0, docs: cases.length };
  for (const c of cases) {
    const got = run(c);
    const left = [...c.signers];
    for (const s of got.signers) {
      const i = left.findIndex((e) => e.name === s.name);
      if (i < 0) sc.fp++;
      else {
        sc.tp++;
        if (matches(s, left[i] as Expected)) sc.exact++;
        left.splice(i, 1);
      }
    }
    sc.fn += left.length;
    if (c.recipients !== undefined) {
      const want = [...c.recipients];
      for (const r of got.recipients) {
        const i = want.indexOf(r);
        if (i < 0) sc.rFp++;
        else {
          sc.rTp++;
          want.splice(i, 1);
        }
      }
      sc.rFn += want.length;
    }
  }
  return sc;
}

const ratio = (a: number, b: number): string => `${(a / Math.max(1, b)).toFixed(3)} (${a}/${b})`;

describe('precision and recall over all fixtures', () => {
  it('stays high on seeds, real pages, published excerpts, constructed layouts and gold', () => {
    const groups: [string, Case[]][] = [
      ['seeds', SEEDS],
      ['real-html', REAL_HTML],
      ['published excerpts', PUBLISHED],
      ['constructed', CONSTRUCTED],
      ['gold fixtures', goldCases()],
    ];
    const all = score(groups.flatMap(([, cs]) => cs));
    for (const [name, cs] of [...groups, ['all', groups.flatMap(([, c]) => c)] as [string, Case[]]]) {
      const sc = name === 'all' ? all : score(cs);
      console.log(
        `${name}: ${sc.docs} documents; signers precision ${ratio(sc.tp, sc.tp + sc.fp)}, recall ${ratio(sc.tp, sc.tp + sc.fn)}, all fields right ${sc.exact}/${sc.tp}; ` +
          `recipients precision ${ratio(sc.rTp, sc.rTp + sc.rFp)}, recall ${ratio(sc.rTp, sc.rTp + sc.rFn)}`,
      );
    }
    expect(all.tp / Math.max(1, all.tp + all.fp)).toBeGreaterThanOrEqual(0.95);
    expect(all.tp / Math.max(1, all.tp + all.fn)).toBeGreaterThanOrEqual(0.95);
    expect(all.rTp / Math.max(1, all.rTp + all.rFp)).toBeGreaterThanOrEqual(0.95);
    expect(all.rTp / Math.max(1, all.rTp + all.rFn)).toBeGreaterThanOrEqual(0.95);
  });
});
