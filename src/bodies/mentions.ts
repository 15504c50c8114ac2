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
  return mentionsIn(text, [range ?? { start: 0, end: text.length }], ctx).mentions.map(strip);
}

/** The mentions of a whole document, site chrome left out (cached per document and context). */
export function findDocumentMentions(doc: NormalizedDocument, ctx: BodyContext): BodyMention[] {
  return documentIndex(doc, ctx).mentions.map(strip);
}
