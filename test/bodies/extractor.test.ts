/**
 * The `bodies` extractor, run on its own (issuer, issued and number given as the extractors
 * before it would give them): bodies merged by id with their mentions, and the out-of-era
 * diagnostic on both sides of 2025-03-01 and 2025-07-01.
 */
import { describe, expect, it } from 'vitest';
import { bodiesExtractor } from '../../src/extractors/bodies/index.js';
import { createReporter } from '../../src/diagnostics.js';
import { segment } from '../../src/segment/index.js';
import type { ExtractContext, ExtractorResults } from '../../src/extractors/types.js';
import type { NormalizedDocument } from '../../src/document.js';
import type { Body, BodyRef, Diagnostic } from '../../src/schema.js';
import { BodySchema } from '../../src/schema.js';
import { issuerRef, seedDoc, TASK_FORCE, TASK_FORCE_NAME, textDoc } from './helpers.js';

function run(doc: NormalizedDocument, given: { date: string | null; issuer?: BodyRef | null; code?: string | null }): { bodies: Body[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const results: Partial<ExtractorResults> = {
    issuer: given.issuer ?? null,
    issued: given.date ? { date: given.date, place: null, span: { start: 0, end: 0, line: 1 } } : null,
    number: given.code ? { text: `1/QĐ-${given.code}`, serial: '1', year: null, typeCode: 'QĐ', issuerCode: given.code, span: { start: 0, end: 0, line: 1 } } : null,
  };
  const ctx: ExtractContext = {
    doc,
    segments: segment(doc),
    options: { reference: null, includeText: false },
    get: ((id: keyof ExtractorResults) => results[id] ?? null) as ExtractContext['get'],
    report: createReporter(doc, 'bodies', diagnostics),
  };
  const bodies = bodiesExtractor.extract(ctx);
  for (const b of bodies) {
    expect(BodySchema.safeParse(b).success).toBe(true);
    // (The test issuers carry no span; real ones point at the header.)
    for (const m of b.mentions) if (m.span.end > m.span.start) expect(doc.text.slice(m.span.start, m.span.end).replace(/\s+/gu, ' ')).toBe(m.text);
  }
  return { bodies, diagnostics };
}

describe('bodies extractor', () => {
  it('merges the mentions of each body under its id, unknown bodies under other:<slug>', () => {
    const { bodies, diagnostics } = run(seedDoc('004'), { date: '2024-02-07', issuer: issuerRef(TASK_FORCE, TASK_FORCE_NAME), code: 'TCTCCTTHC' });
    const byId = new Map(bodies.map((b) => [b.id, b]));
    expect(byId.get(TASK_FORCE)).toMatchObject({ name: TASK_FORCE_NAME, kind: 'task-force', level: 'central' });
    expect(byId.get(TASK_FORCE)?.mentions[0]?.text).toBe('TỔ CÔNG TÁC CẢI CÁCH THỦ TỤC HÀNH CHÍNH');
    expect(byId.get('bo-cong-an')?.mentions.map((m) => m.text)).toEqual(['Bộ Công an', 'Bộ Công an']);
    expect(byId.get('van-phong-chinh-phu')?.mentions.map((m) => m.text)).toContain('VPCP');
    expect(byId.get('other:co-quan-thuong-truc-to-cong-tac')).toMatchObject({ name: 'Cơ quan thường trực Tổ công tác', kind: 'other' });
    expect(byId.get('collective:cac-bo-nganh-dia-phuong')?.kind).toBe('collective');
    expect(new Set(bodies.map((b) => b.id)).size).toBe(bodies.length);
    expect(diagnostics).toEqual([]);
  });

  it('reads the content, not the site chrome', () => {
    const doc = textDoc('Skip Ribbon Commands\nSkip to main content\nBộ Tư pháp chủ trì.\nThống kê trong ngày Bộ Y tế');
    expect(run(doc, { date: '2024-01-01' }).bodies.map((b) => b.id)).toEqual(['bo-tu-phap']);
  });

  it('lists the issuer even when no line names it', () => {
    const doc = textDoc('Các bộ, ngành thực hiện.');
    const issuer = issuerRef('ubnd-tinh:kon-tum', 'Ủy ban nhân dân tỉnh Kon Tum');
    expect(run(doc, { date: '2023-09-22', issuer }).bodies.map((b) => b.id)).toEqual(['ubnd-tinh:kon-tum', 'collective:cac-bo-nganh']);
  });
});

describe('out-of-era diagnostics', () => {
  it('only informs about a department merged on dates that vary by province', () => {
    const { diagnostics } = run(textDoc('Sở Kế hoạch và Đầu tư tỉnh Kon Tum chủ trì.'), { date: '2025-05-01' });
    expect(diagnostics.map((d) => [d.severity, d.message.includes('so-tai-chinh:kon-tum')])).toEqual([['info', true]]);
  });

  it('says nothing about Bộ Kế hoạch và Đầu tư in 2024', () => {
    expect(run(textDoc('Bộ Kế hoạch và Đầu tư chủ trì thực hiện.'), { date: '2024-05-01' }).diagnostics).toEqual([]);
  });

  it('warns when a 2026 document gives Bộ Kế hoạch và Đầu tư a task, naming the successor', () => {
    const doc = textDoc('Giao Bộ Kế hoạch và Đầu tư chủ trì thực hiện.');
    const { bodies, diagnostics } = run(doc, { date: '2026-01-15' });
    expect(bodies.map((b) => b.id)).toEqual(['bo-ke-hoach-va-dau-tu']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'bodies:out-of-era', severity: 'warning' });
    expect(diagnostics[0]?.message).toContain('2025-02-28');
    expect(diagnostics[0]?.message).toContain('bo-tai-chinh');
    expect(doc.text.slice(diagnostics[0]!.span!.start, diagnostics[0]!.span!.end)).toBe('Bộ Kế hoạch và Đầu tư');
  });

  it('only informs when the old ministry is named in a citation of an older document', () => {
    const doc = textDoc('Căn cứ Thông tư số 12/2024/TT-BKHĐT ngày 01/02/2024 của Bộ Kế hoạch và Đầu tư;');
    expect(run(doc, { date: '2026-01-15' }).diagnostics.map((d) => [d.code, d.severity])).toEqual([['bodies:out-of-era', 'info']]);
  });

  it('reports a new ministry named before it existed', () => {
    const { diagnostics } = run(textDoc('Bộ Nông nghiệp và Môi trường chủ trì.'), { date: '2025-02-01' });
    expect(diagnostics[0]?.message).toContain('began on 2025-03-01');
  });

  it('reports a merged province after 2025-07-01 with its successor, not before', () => {
    const text = 'UBND tỉnh Kon Tum chủ trì, phối hợp với Sở Nội vụ tỉnh Nam Định.';
    expect(run(textDoc(text), { date: '2025-06-30' }).diagnostics).toEqual([]);
    const after = run(textDoc(text), { date: '2025-07-01' }).diagnostics;
    // Both are province mergers, a national date: warnings (department mergers alone would be info).
    expect(after.map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(after[0]?.message).toContain('ubnd-tinh:quang-ngai');
    expect(after[1]?.message).toContain('so-noi-vu:ninh-binh');
  });

  it('reports a district named after the tier ended', () => {
    const issuer = issuerRef('ubnd-tinh:quang-ngai', 'Ủy ban nhân dân tỉnh Quảng Ngãi');
    const { bodies, diagnostics } = run(textDoc('UBND huyện Đăk Hà báo cáo.'), { date: '2025-09-01', issuer });
    expect(bodies.map((b) => b.id)).toContain('ubnd-huyen:quang-ngai:huyen-dak-ha');
    expect(diagnostics.map((d) => d.message).join(' ')).toContain('cấp huyện');
  });
});
