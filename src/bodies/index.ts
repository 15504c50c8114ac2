/**
 * The body registry and resolution: printed names → BodyRefs with stable ids, era-aware and
 * in context. Data in src/data (central-bodies, provinces, local-body-kinds,
 * collective-bodies, abbreviations, body-phrases); id grammar in src/data/README.md.
 */
export type { BodyContext, BodyEra, BodyKind, BodyLevel, BodyMention, ResolvedBody } from './types.js';
export { resolveBodyPieces } from './pieces.js';
export { resolveBodyName, resolveBodyCode } from './names.js';
export { findBodyMentions, findDocumentMentions } from './mentions.js';
export { findLeadSupport, type LeadSupport } from './lead-support.js';
export { lookupBody, type BodyInfo } from './lookup.js';
export { derivedBodyId, slugify } from './ids.js';
