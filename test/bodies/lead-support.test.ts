/**
 * findLeadSupport: lead and supporting bodies from the wording of tasks written as prose
 * (sentences from seeds 001, 002 and 003), resolved with resolveBodyPieces as the refiner does.
 */
import { describe, expect, it } from 'vitest';
import { findLeadSupport, resolveBodyPieces, type BodyContext } from '../../src/bodies/index.js';
import type { NormalizedDocument } from '../../src/document.js';
import { issuerRef, seedDoc, TASK_FORCE, textDoc } from './helpers.js';

function sentence(doc: NormalizedDocument, start: string): { start: number; end: number } {
  const s = doc.text.indexOf(start);
  if (s < 0) throw new TypeError(`not found: ${start}`);
  const nl = doc.text.indexOf('\n', s);
  return { start: s, end: nl < 0 ? doc.text.length : nl };
}

function leadSupport(doc: NormalizedDocument, start: string, ctx: BodyContext): { lead: string[]; support: string[] } {
  const r = findLeadSupport(doc, sentence(doc, start), ctx);
  const names = (pieces: typeof r.lead): string[] => resolveBodyPieces(doc, pieces, ctx).map((b) => b.id ?? b.text);
  return { lead: names(r.lead), support: names(r.support) };
}

describe('lead and support from wording', () => {
  it('"X chủ trì phối hợp với Y": X leads, Y supports (seed 002, Hà Tĩnh)', () => {
    const doc = seedDoc('002');
    const ctx: BodyContext = { date: '2023-07-19', issuer: null };
    expect(leadSupport(doc, 'Phó Chủ tịch Thường trực UBND tỉnh đề nghị Sở Nội vụ', ctx)).toEqual({
      lead: ['so-noi-vu:ha-tinh'],
      support: ['collective:cac-co-quan-don-vi-dia-phuong'],
    });
  });

  it('"đề nghị / yêu cầu X": X leads, not the speaker (seed 002)', () => {
    const doc = seedDoc('002');
    const ctx: BodyContext = { date: '2023-07-19', issuer: null };
    expect(leadSupport(doc, 'Để tiếp tục nâng cao hiệu quả công tác CCHC, Thủ tướng Chính phủ đề nghị các ngành', ctx)).toEqual({
      lead: ['collective:cac-nganh'],
      support: [],
    });
    expect(leadSupport(doc, 'Ngay sau kết luận của Thủ tướng Chính phủ', ctx).lead).toEqual(['collective:cac-so-nganh-dia-phuong']);
  });

  it('"giao X, …, tham mưu": X leads (seed 003, Kon Tum)', () => {
    const doc = seedDoc('003');
    const ctx: BodyContext = { date: '2023-09-22', issuer: issuerRef('ubnd-tinh:kon-tum', 'Ủy ban nhân dân tỉnh Kon Tum') };
    expect(leadSupport(doc, 'Chủ tịch UBND tỉnh giao Văn phòng UBND tỉnh', ctx)).toEqual({ lead: ['van-phong-ubnd-tinh:kon-tum'], support: [] });
  });

  it('the bodies a sentence opens with lead when no word assigns (seed 001)', () => {
    const doc = seedDoc('001');
    const ctx: BodyContext = { date: '2024-02-29', issuer: issuerRef('van-phong-chinh-phu', 'Văn phòng Chính phủ') };
    expect(leadSupport(doc, 'Các bộ, ngành, địa phương và thành viên Tổ công tác duy trì', ctx).lead).toEqual([
      'collective:cac-bo-nganh-dia-phuong',
      `collective:thanh-vien:${TASK_FORCE}`,
    ]);
    expect(leadSupport(doc, 'Văn phòng Chính phủ - Cơ quan thường trực Tổ công tác và Hội đồng tư vấn theo dõi', ctx).lead).toEqual(['van-phong-chinh-phu']);
    expect(leadSupport(doc, 'Năm 2024, Tổ công tác và Hội đồng tư vấn', ctx).lead).toEqual([
      TASK_FORCE,
      'Hội đồng tư vấn',
    ]);
  });

  it('"X tiếp tục phối hợp với Y": X leads, Y supports; a sentence without bodies has none', () => {
    const doc = textDoc('Bộ Nội vụ tiếp tục phối hợp với các bộ, ngành hoàn thiện quy định.\nKhẩn trương nghiên cứu, trả lời bằng văn bản.');
    const ctx: BodyContext = { date: '2023-07-19', issuer: null };
    expect(leadSupport(doc, 'Bộ Nội vụ', ctx)).toEqual({ lead: ['bo-noi-vu'], support: ['collective:cac-bo-nganh'] });
    expect(leadSupport(doc, 'Khẩn trương', ctx)).toEqual({ lead: [], support: [] });
  });
});
