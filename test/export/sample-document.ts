/**
 * A hand-written AnalyzedDocument for the exporter tests: the exporters are pure functions
 * of the contract, so they are tested against it, not against today's extractor output.
 * The tasks are modelled on a Kế hoạch of the Tổ công tác cải cách TTHC (2024).
 */
import { AnalyzedDocumentSchema, type AnalyzedDocument, type BodyRef, type Span, type Task } from '../../src/schema.js';

const span = (start: number, end: number, line: number): Span => ({ start, end, line });
const body = (id: string | null, name: string, text = name): BodyRef => ({ id, name, text, span: span(0, 1, 1) });

export const RECURRING: Task = {
  id: 't-3f2a9c01',
  ordinal: '1',
  section: 'II. Nhiệm vụ',
  description: 'Báo cáo tình hình, kết quả thực hiện nhiệm vụ cải cách thủ tục hành chính, gửi Văn phòng Chính phủ; nêu rõ "khó khăn, vướng mắc"',
  lead: [body('bo-tu-phap', 'Bộ Tư pháp'), body(null, 'Sở Thông tin và Truyền thông', 'Sở TT&TT')],
  support: [body('van-phong-chinh-phu', 'Văn phòng Chính phủ')],
  deadline: {
    text: 'Trước ngày 20 các tháng 3, 6, 9, 12/2024',
    kind: 'recurring',
    start: null,
    due: '2024-03-20',
    rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20;UNTIL=20241231',
    occurrences: ['2024-03-20', '2024-06-20', '2024-09-20', '2024-12-20'],
    span: span(400, 441, 12),
  },
  deliverable: 'Báo cáo quý',
  source: 'table',
  span: span(300, 460, 11),
};

export const WINDOW: Task = {
  id: 't-77b0e412',
  ordinal: '2',
  section: null,
  description: '=SUM(A1) công thức; rà soát, đơn giản hóa các thủ tục hành chính\nthuộc phạm vi quản lý',
  lead: [body('ubnd-tinh:ha-tinh', 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'UBND tỉnh')],
  support: [],
  deadline: {
    text: 'Trong tháng 3 năm 2024',
    kind: 'month',
    start: '2024-03-01',
    due: '2024-03-31',
    rrule: null,
    occurrences: [],
    span: span(520, 542, 14),
  },
  deliverable: null,
  source: 'list',
  span: span(470, 560, 13),
};

export const NO_DUE: Task = {
  id: 't-0c55aa9e',
  ordinal: null,
  section: null,
  description: 'Theo dõi, đôn đốc việc thực hiện Kế hoạch',
  lead: [],
  support: [],
  deadline: {
    text: 'Thường xuyên',
    kind: 'continuous',
    start: null,
    due: null,
    rrule: null,
    occurrences: [],
    span: span(600, 612, 16),
  },
  deliverable: null,
  source: 'text',
  span: span(570, 620, 15),
};

export const LISTED: Task = {
  id: 't-91d3be20',
  ordinal: 'I.2',
  section: null,
  description: 'Tổng kết việc thực hiện Đề án',
  lead: [body('bo-noi-vu', 'Bộ Nội vụ')],
  support: [],
  deadline: {
    text: 'tháng 7/2024 và tháng 01/2025',
    kind: 'month',
    start: '2024-07-01',
    due: '2024-07-31',
    rrule: null,
    occurrences: ['2024-07-31', '2025-01-31'],
    span: span(640, 668, 17),
  },
  deliverable: null,
  source: 'text',
  span: span(630, 680, 17),
};

export function sampleDocument(tasks: Task[] = [RECURRING, WINDOW, NO_DUE, LISTED]): AnalyzedDocument {
  return AnalyzedDocumentSchema.parse({
    schemaVersion: '1',
    source: {
      path: 'archive/2024/ke-hoach-16.html',
      url: 'https://example.gov.vn/van-ban/16-qd-tctcctthc',
      format: 'html',
      encoding: 'utf-8',
      bytes: 12345,
      sha256: 'a'.repeat(64),
    },
    kind: { code: 'QĐ', name: 'Quyết định' },
    number: { text: '16/QĐ-TCTCCTTHC', serial: '16', year: null, typeCode: 'QĐ', issuerCode: 'TCTCCTTHC', span: span(10, 25, 2) },
    title: 'Ban hành Kế hoạch hoạt động năm 2024 của Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ',
    issuer: body(null, 'Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ'),
    issued: { date: '2024-02-07', place: 'Hà Nội', span: span(30, 60, 3) },
    references: [],
    signers: [],
    tasks,
    bodies: [],
    recipients: [],
    diagnostics: [],
  });
}
