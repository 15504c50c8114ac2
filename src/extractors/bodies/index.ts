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
}

/** Sorted by start, the longer first at one start (as the document index lists them). */
function isSorted(mentions: readonly BodyMention[]): boolean {
  for (let k = 1; k < mentions.length; k++) {
    const a = (mentions[k - 1] as BodyMention).range;
    const b = (mentions[k] as BodyMention).range;
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
}

function groupMentions(mentions: readonly BodyMention[]): Group[] {
  const groups = new Map<string, Group>();
  // A range is kept once per group. In a sorted list a group's repeats of one range follow
  // each other, so the last one kept is all there is to compare with; otherwise a set of the
  // ranges kept ("id start end"), not a scan of the group, keeps a body named thousands of
  // times linear.
  const sorted = isSorted(mentions);
  const placed = new Set<string>();
  // A body the registry does not know is mostly named many times: its id is made once.
  const derived = new Map<string, string>();
  const idOf = (name: string): string => {
    let id = derived.get(name);
    if (id === undefined) {
      id = derivedBodyId(name);
      derived.set(name, id);
    }
    return id;
  };
  for (const m of mentions) {
    const id = m.body.id ?? idOf(m.body.name);
    let g = groups.get(id);
    if (!g) {
      g = { id, body: m.body, mentions: [] };
      groups.set(id, g);
    }
    if (sorted) {
      const last = g.mentions[g.mentions.length - 1];
      if (last && last.range.start === m.range.start && last.range.end === m.range.end) continue;
    } else {
      const at = `${id}\u0000${m.range.start}\u0000${m.range.end}`;
      if (placed.has(at)) continue;
      placed.add(at);
    }
    g.mentions.push(m);
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
    const groups = groupMentions(findDocumentMentions(ctx.doc, bctx));
    // The issuer is a body of the document even when its header line was not read as a mention.
    if (issuer?.id && !groups.some((g) => g.id === issuer.id)) {
      const info = lookupBody(issuer.id, date);
      if (info) {
        const body: ResolvedBody = { id: issuer.id, name: info.name, kind: info.kind, level: info.level, era: null };
        groups.unshift({ id: issuer.id, body, mentions: [{ range: { start: issuer.span.start, end: issuer.span.end }, text: issuer.text, body, rule: 'issuer' }] });
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
