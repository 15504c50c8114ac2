/** Body mentions in running text. */
import type { NormalizedDocument, TextRange } from '../document.js';
import type { BodyContext } from './context.js';
import { documentIndex, mentionsIn } from './document-index.js';
import type { BodyMention } from './types.js';

const strip = ({ range, text, body, rule }: BodyMention): BodyMention => ({ range, text, body, rule });

/**
 * Every body named in `text` (or in `range` of it): registry names and abbreviations, local
 * bodies placed by the context, collectives, "thành viên X", well-formed unknown names, and
 * short references to bodies named before. Nested mentions come too: "Tổ công tác … của
 * Thủ tướng Chính phủ" gives the task force and the Prime Minister.
 * @example
 * findBodyMentions('Sở Nội vụ chủ trì, phối hợp với các sở, ngành', undefined, { date: '2023-07-19', issuer: null, province: 'ha-tinh' })
 * // → Sở Nội vụ tỉnh Hà Tĩnh (so-noi-vu:ha-tinh), Các sở, ngành (collective:cac-so-nganh)
 */
export function findBodyMentions(text: string, range?: TextRange, ctx: BodyContext = { date: null, issuer: null }): BodyMention[] {
  return stripAll(mentionsIn(text, [range ?? { start: 0, end: text.length }], ctx).mentions);
}

/** The mentions of a whole document, site chrome left out (cached per document and context). */
export function findDocumentMentions(doc: NormalizedDocument, ctx: BodyContext): BodyMention[] {
  return stripAll(documentIndex(doc, ctx).mentions);
}

/**
 * The mentions without the index's fields, pushed into the list rather than made by
 * Array.prototype.map: an optimised map gives a HOLEY_ELEMENTS array where the builtin gives
 * a PACKED one, and the bodies extractor's groupMentions was deoptimised ("wrong map") by the
 * second kind after warm-up (bench/jit.mjs).
 */
function stripAll(mentions: readonly BodyMention[]): BodyMention[] {
  const out: BodyMention[] = [];
  for (const m of mentions) out.push(strip(m));
  return out;
}
