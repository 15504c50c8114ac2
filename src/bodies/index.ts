/** Body registry and resolution — first wiring; the bodies issue fills it in. */
import { spanOf, type NormalizedDocument } from '../document.js';
import type { TextPiece } from '../extractors/types.js';
import type { BodyRef } from '../schema.js';

export interface BodyContext {
  /** Issue date (YYYY-MM-DD) for era-aware resolution. */
  date: string | null;
  /** The issuing body, for "UBND tỉnh", "Sở Nội vụ" without a place. */
  issuer: BodyRef | null;
}

/** Printed phrases (a table cell, "X chủ trì") → BodyRefs, split on ";", ",", "và". */
export function resolveBodyPieces(doc: NormalizedDocument, pieces: readonly TextPiece[], _ctx: BodyContext): BodyRef[] {
  return pieces.map((p) => ({ id: null, name: p.text, text: p.text, span: spanOf(doc, p.range) }));
}
