/**
 * bodies extractor: every body the document names (site chrome left out), merged by id, with
 * each mention's printed text and span. Resolution is the registry's (src/bodies): era-aware
 * by the issue date, local bodies placed by the issuer or the page's province, short names
 * bound to what was named before.
 *
 * Rules (`bodies:<rule>`):
 * - `out-of-era` — a body named outside its time (Bộ Kế hoạch và Đầu tư after 2025-02-28,
 *   UBND tỉnh Kon Tum after 2025-06-30, a district after the tier ended); the message names
 *   the successor ids. warning, or info when every mention is a citation of an older
 *   document or a basis line, or when the dates vary by province (department mergers).
 *
 * Bodies the registry does not know get the id `other:<slug of the name>` (Body.id is
 * required); in BodyRefs their id stays null.
 */
import { spanOf, type TextRange } from '../../document.js';
import { findDocumentMentions, lookupBody, derivedBodyId, type BodyContext, type BodyMention, type ResolvedBody } from '../../bodies/index.js';
import type { Body } from '../../schema.js';
import { regionsOf } from '../../segment/types.js';
import { defineExtractor, type ExtractContext } from '../types.js';
import { eraMessage, isCitationContext } from './era.js';

interface Group {
  readonly id: string;
  readonly body: ResolvedBody;
  readonly mentions: BodyMention[];
  /** Ranges already in the group, as rangeKey: a set, not a scan of the group, so a body named thousands of times stays linear. */
  readonly placed: Set<number | string>;
}

/** One number per range of a text of `length` characters (a string when the numbers would not be exact). */
function rangeKeyOf(length: number): (r: TextRange) => number | string {
  const base = length + 1;
  if (base * base > Number.MAX_SAFE_INTEGER) return (r) => `${r.start}:${r.end}`;
  return (r) => r.start * base + r.end;
}

function groupMentions(mentions: readonly BodyMention[], textLength: number): Group[] {
  const groups = new Map<string, Group>();
  const rangeKey = rangeKeyOf(textLength);
  for (const m of mentions) {
    const id = m.body.id ?? derivedBodyId(m.body.name);
    let g = groups.get(id);
    if (!g) {
      g = { id, body: m.body, mentions: [], placed: new Set() };
      groups.set(id, g);
    }
    const at = rangeKey(m.range);
    if (!g.placed.has(at)) {
      g.placed.add(at);
      g.mentions.push(m);
    }
  }
  return [...groups.values()];
}

function reportEra(ctx: ExtractContext, g: Group, date: string | null, basis: readonly TextRange[]): void {
  const era = g.body.era;
  if (!date || !era || (era.status !== 'before' && era.status !== 'after')) return;
  const inBasis = (r: TextRange): boolean => basis.some((b) => r.start >= b.start && r.end <= b.end);
  const historical = g.mentions.every((m) => inBasis(m.range) || isCitationContext(ctx.doc.text, m.range));
  const first = g.mentions.find((m) => !inBasis(m.range) && !isCitationContext(ctx.doc.text, m.range)) ?? g.mentions[0];
  ctx.report({
    rule: 'out-of-era',
    severity: historical || era.approximate ? 'info' : 'warning',
    message: eraMessage(g.id, g.body.name, era, date),
    ...(first ? { range: first.range } : {}),
  });
}

export const bodiesExtractor = defineExtractor({
  id: 'bodies',
  requires: ['issuer', 'issued', 'number'],
  extract(ctx) {
    const issuer = ctx.get('issuer');
    const date = ctx.get('issued')?.date ?? ctx.options.reference ?? null;
    const bctx: BodyContext = { date, issuer, code: ctx.get('number')?.issuerCode ?? null };
    const groups = groupMentions(findDocumentMentions(ctx.doc, bctx), ctx.doc.text.length);
    // The issuer is a body of the document even when its header line was not read as a mention.
    if (issuer?.id && !groups.some((g) => g.id === issuer.id)) {
      const info = lookupBody(issuer.id, date);
      if (info) {
        const body: ResolvedBody = { id: issuer.id, name: info.name, kind: info.kind, level: info.level, era: null };
        groups.unshift({ id: issuer.id, body, mentions: [{ range: { start: issuer.span.start, end: issuer.span.end }, text: issuer.text, body, rule: 'issuer' }], placed: new Set() });
      }
    }
    const basis = regionsOf(ctx.segments, 'basis');
    const bodies: Body[] = [];
    for (const g of groups) {
      reportEra(ctx, g, date, basis);
      bodies.push({
        id: g.id,
        name: g.body.name,
        kind: g.body.kind,
        level: g.body.level,
        mentions: g.mentions.map((m) => ({ text: m.text, span: spanOf(ctx.doc, m.range) })),
      });
    }
    return bodies;
  },
});
