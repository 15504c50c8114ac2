import { describe, expect, it } from 'vitest';
import { bodyLabel, streamFormat, toTrackerRecords } from '../../src/export/index.js';
import { LISTED, NO_DUE, RECURRING, WINDOW, sampleDocument } from './sample-document.js';

describe('tracker export', () => {
  const records = toTrackerRecords(sampleDocument());

  it('makes one record per task with the task id as external id', () => {
    expect(records.map((r) => r.externalId)).toEqual([RECURRING.id, WINDOW.id, NO_DUE.id, LISTED.id]);
  });

  it('has exactly the documented top-level fields', () => {
    for (const r of records) {
      expect(Object.keys(r).sort()).toEqual(
        ['body', 'citation', 'document', 'due', 'externalId', 'labels', 'recurrence', 'start', 'task', 'title'].sort(),
      );
    }
  });

  it('labels lead bodies by registry id, or by an ASCII slug of the name', () => {
    expect(records[0]?.labels).toEqual(['bo-tu-phap', 'so-thong-tin-va-truyen-thong']);
    expect(records[1]?.labels).toEqual(['ubnd-tinh:ha-tinh']);
    expect(records[2]?.labels).toEqual([]);
    expect(bodyLabel({ id: null, name: 'Ủy ban nhân dân tỉnh Đắk Lắk', text: 'UBND tỉnh', span: { start: 0, end: 1, line: 1 } })).toBe(
      'uy-ban-nhan-dan-tinh-dak-lak',
    );
  });

  it('carries due date, window start and recurrence from the deadline', () => {
    expect(records[0]).toMatchObject({ due: '2024-03-20', start: null, recurrence: RECURRING.deadline?.rrule });
    expect(records[1]).toMatchObject({ due: '2024-03-31', start: '2024-03-01', recurrence: null });
    expect(records[2]).toMatchObject({ due: null, start: null, recurrence: null });
  });

  it('writes a Markdown body with the bodies, the deadline and the source citation', () => {
    const body = records[0]?.body ?? '';
    expect(body.startsWith(RECURRING.description)).toBe(true);
    expect(body).toContain('- **Chủ trì:** Bộ Tư pháp; Sở Thông tin và Truyền thông');
    expect(body).toContain('- **Phối hợp:** Văn phòng Chính phủ');
    expect(body).toContain('- **Thời hạn:** Trước ngày 20 các tháng 3, 6, 9, 12/2024 (2024-03-20)');
    expect(body).toContain('Nguồn: Quyết định 16/QĐ-TCTCCTTHC ngày 07/02/2024 của Tổ công tác');
    expect(body).toContain('mục 1');
    expect(body).toContain('https://example.gov.vn/van-ban/16-qd-tctcctthc (dòng 11)');
  });

  it('keeps the document and the citation span for linking back', () => {
    expect(records[0]?.document).toEqual({
      number: '16/QĐ-TCTCCTTHC',
      kind: 'QĐ',
      issued: '2024-02-07',
      issuer: 'Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ',
      title: 'Ban hành Kế hoạch hoạt động năm 2024 của Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ',
      path: 'archive/2024/ke-hoach-16.html',
      url: 'https://example.gov.vn/van-ban/16-qd-tctcctthc',
      sha256: 'a'.repeat(64),
    });
    expect(records[0]?.citation).toEqual({ start: 300, end: 460, line: 11 });
    expect(records[0]?.task.lead).toEqual(['Bộ Tư pháp', 'Sở Thông tin và Truyền thông']);
  });

  it('streams as one JSON record per line', () => {
    const chunk = streamFormat('tracker').document(sampleDocument());
    const lines = chunk.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => (JSON.parse(l) as { externalId: string }).externalId)).toEqual(records.map((r) => r.externalId));
  });
});
