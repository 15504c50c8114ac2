/**
 * references extractor: every other document the text cites.
 *
 * A citation with a number: "Quyết định số 932/QĐ-TTg ngày 06 tháng 8 năm 2023 của Thủ tướng
 * Chính phủ về việc …" → number, typeCode QĐ, issuerCode TTg, date 2023-08-06, issuer
 * "Thủ tướng Chính phủ". When no "của …" follows, an issuer code that names one body gives the
 * issuer (CP → Chính phủ). A law cited by name in a căn cứ line ("Luật Tổ chức Chính phủ ngày
 * 19 tháng 6 năm 2015") is a reference with number null. The document's own number, "Quyết
 * định này" and numbers without a symbol are never references. Repeated citations of one
 * number are merged: the occurrence with the most detail is kept (the first on a tie), with
 * the strongest relation any occurrence has (basis > amends > replaces > implements > mentions).
 * On a news page every cited document other than the reported one is 'mentions'.
 *
 * typeCode is the symbol's type code, else the type word's (Công văn → CV, Luật → QH).
 *
 * Rules (`references:<rule>`):
 * - `unknown-type-code`, `unknown-issuer-code` (info): a cited symbol with a code not in the tables.
 * - `invalid-date` (info): a cited date that does not exist; the reference keeps date null.
 */
import { defineExtractor } from '../types.js';
import { spanOf, type TextRange } from '../../document.js';
import type { Reference, Relation } from '../../schema.js';
import type { RegionKind, Segments } from '../../segment/types.js';
import { foldedText } from '../../text/fold.js';
import { indexOfWithin } from '../../text/search.js';
import { SPACE, unitClass } from '../../text/char-class.js';
import { issuerRow, typeByName } from '../number/codes.js';
import { scanNumbers, type NumberMatch } from '../number/grammar.js';
import { reportUnknownCodes } from '../number/index.js';
import { typeWordBefore } from '../number/type-word.js';
import { dateAt, type DateMatch } from '../issued/date.js';
import { clauseStart } from '../number/sentence.js';
import { detailsAfter } from './details.js';
import { lawsInBasis } from './laws.js';
import { relationOf } from './relation.js';
import { holdsNumber } from './numbers.js';

/** Never read for citations: site chrome, the header's names and the signature and recipients. */
const SKIP: readonly RegionKind[] = ['chrome', 'issuer', 'motto', 'kind', 'authority', 'signature', 'recipients'];

/**
 * Where citations are read: from the header on (a page title above it repeats the number),
 * minus the skipped regions. Text outside every region counts too: an annex the segmenter
 * did not recognise is still the document's text, and a flattened page runs its body into the
 * number and place–date lines.
 */
function citationScopes(segments: Segments, length: number): TextRange[] {
  const header = segments.isNewsPage ? undefined : segments.regions.find((r) => r.kind === 'issuer' || r.kind === 'motto' || r.kind === 'number');
  const skipped = mergeRanges(segments.regions.filter((r) => SKIP.includes(r.kind)));
  const out: TextRange[] = [];
  let pos = header?.start ?? 0;
  for (const s of skipped) {
    if (s.end <= pos) continue;
    if (s.start > pos) out.push({ start: pos, end: s.start });
    pos = Math.max(pos, s.end);
  }
  if (pos < length) out.push({ start: pos, end: length });
  return out;
}

const STRENGTH: Record<Relation, number> = { basis: 5, amends: 4, replaces: 3, implements: 2, mentions: 1 };

interface Found {
  readonly ref: Reference;
  readonly key: string;
  readonly detail: number;
}

const SPACE_OR_LONG_DASH = /[\s–—]/u;

/** Upper-case canonical number for identity ("16/qđ-ubnd" = "16/QĐ-UBND"). */
export function numberIdentity(text: string): string {
  const upper = text.toUpperCase();
  // Most numbers hold neither a space nor a long dash: no replace passes then.
  return SPACE_OR_LONG_DASH.test(upper) ? upper.replace(/\s+/gu, '').replace(/[–—]/gu, '-') : upper;
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

function detailOf(r: Reference): number {
  return (r.date !== null ? 1 : 0) + (r.issuer !== null ? 1 : 0) + (r.typeCode !== null ? 1 : 0);
}

export const referencesExtractor = defineExtractor({
  id: 'references',
  requires: ['number', 'kind'],
  extract(ctx): Reference[] {
    const { doc, segments } = ctx;
    // One diagnostic per distinct problem, however often the document cites it.
    const seen = new Set<string>();
    const report: typeof ctx.report = (d) => {
      const key = `${d.rule}|${d.actual ?? d.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      ctx.report(d);
    };
    const folded = foldedText(doc);
    const own = ctx.get('number');
    const ownKey = own ? numberIdentity(own.text) : null;
    const isNews = segments.isNewsPage;
    const ownKind = ctx.get('kind')?.name ?? null;
    const annexesAndTables = segments.regions.filter((r) => r.kind === 'annex' || r.kind === 'table');
    const found: Found[] = [];

    const dateOf = (d: DateMatch | null): string | null => {
      if (d && d.iso === null) {
        report({ rule: 'invalid-date', severity: 'info', message: `${d.day}/${d.month}/${d.year} is not a calendar date`, range: d.range });
      }
      return d?.iso ?? null;
    };

    const cite = (m: NumberMatch): void => {
      // The document's own number first: it is dropped whatever stands before it.
      const key = numberIdentity(m.text);
      if (key === ownKey) return;
      const word = typeWordBefore(doc.text, m.range.start, folded);
      const wordRow = word ? typeByName(doc.text.slice(word.start, word.end)) : null;
      // A one-segment number without a year ("11/MKT", "169-CP") counts only after a type word;
      // after Đề án / Dự án only with "số": "Đề án 06/CP" is a project's name.
      if (m.weak) {
        if (!word) return;
        const withSo = folded.slice(word.end, m.range.start).includes('so');
        if (!withSo && (wordRow?.code === 'ĐA' || wordRow?.code === 'DA')) return;
      }
      const details = detailsAfter(doc.text, folded, m.range.end);
      const start = word?.start ?? m.range.start;
      const codeRow = m.issuerCode ? issuerRow(m.issuerCode) : null;
      const issuer = details.issuer
        ? doc.text.slice(details.issuer.start, details.issuer.end)
        : codeRow?.identifiesBody
          ? codeRow.name
          : null;
      reportUnknownCodes(report, m);
      const ref: Reference = {
        text: doc.text.slice(start, details.end),
        number: m.text,
        typeCode: m.typeCode ?? wordRow?.code ?? null,
        issuerCode: m.issuerCode,
        date: dateOf(details.date ?? openingDate(doc.text, folded, start)),
        issuer,
        relation: relationOf(doc, folded, start, isNews, ownKind, annexesAndTables.some((r) => r.start <= start && start < r.end)),
        span: spanOf(doc, { start, end: details.end }),
      };
      found.push({ ref, key, detail: detailOf(ref) });
    };

    for (const scope of citationScopes(segments, doc.text.length)) for (const m of scanNumbers(doc.text, scope.start, scope.end)) cite(m);

    if (!isNews) {
      for (const law of lawsInBasis(doc, segments, folded)) {
        const ref: Reference = {
          text: doc.text.slice(law.range.start, law.range.end),
          number: null,
          typeCode: typeByName(law.type)?.code ?? null,
          issuerCode: null,
          date: dateOf(law.date),
          issuer: null,
          relation: 'basis',
          span: spanOf(doc, law.range),
        };
        found.push({ ref, key: `law:${law.key}`, detail: detailOf(ref) });
      }
    }
    return dedupe(found);
  },
});

/**
 * "Ngày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP": a date that opens
 * the clause dates the document cited in it, when no other number stands between them (and
 * a comma follows the date, or the citation is near: "Ngày 24 tháng 6 năm 1977 Hội đồng Chính
 * phủ đã ra Quyết định số 169-CP").
 */
function openingDate(text: string, folded: string, citeStart: number): DateMatch | null {
  const from = clauseStart(text, citeStart, 300, true);
  // The clause, or one of the lines it runs over, opens with the date.
  const starts = [from];
  for (let nl = indexOfWithin(text, '\n', from, citeStart); nl >= 0; nl = indexOfWithin(text, '\n', nl + 1, citeStart)) starts.push(nl + 1);
  for (const at of starts) {
    const lead = skipSpaces(text, at, Math.min(text.length, at + 40));
    const d = dateAt(text, lead, folded);
    if (!d || d.range.start !== lead || d.range.end > citeStart) continue;
    const comma = text.slice(d.range.end, d.range.end + 3).trimStart().startsWith(',');
    if (!comma && citeStart - d.range.end > 80) continue;
    if (!holdsNumber(text, d.range.end, citeStart)) return d;
  }
  return null;
}

/** The first offset in text[from, to) that is not white space (`/\s/u`, trimStart's set), else `to`. */
function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (unitClass(text.charCodeAt(i)) & SPACE) !== 0) i++;
  return i;
}

/** One reference per number (or per law name), in the order of first appearance. */
function dedupe(found: readonly Found[]): Reference[] {
  // One pass, in place per key: copying a group for each repeat was quadratic in a page that
  // cites one act thousands of times.
  const groups = new Map<string, { best: Found; relation: Relation; at: number }>();
  for (const f of found) {
    const g = groups.get(f.key);
    if (!g) {
      groups.set(f.key, { best: f, relation: f.ref.relation, at: f.ref.span.start });
      continue;
    }
    // The most detailed occurrence (the first on a tie), the strongest relation, the first position.
    if (f.detail > g.best.detail) g.best = f;
    if (STRENGTH[f.ref.relation] > STRENGTH[g.relation]) g.relation = f.ref.relation;
    if (f.ref.span.start < g.at) g.at = f.ref.span.start;
  }
  const merged = [...groups.values()];
  // A kept occurrence that already has the group's relation is handed on as it is (no copy).
  return merged.sort((a, b) => a.at - b.at).map((g) => (g.best.ref.relation === g.relation ? g.best.ref : { ...g.best.ref, relation: g.relation }));
}
