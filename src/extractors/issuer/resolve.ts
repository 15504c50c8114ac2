/**
 * A printed issuer → BodyRef. The body registry (src/bodies) resolves the name, or the issuer
 * code, to a registry id and its canonical name, era-aware; when it knows no body, the id is
 * null and the name is ours (the issuer-codes name or the sentence-case header).
 */
import { spanOf, type NormalizedDocument, type TextRange } from '../../document.js';
import type { BodyRef } from '../../schema.js';
import { resolveBodyCode, resolveBodyName } from '../../bodies/index.js';

export interface PrintedIssuer {
  /** Our canonical name (issuer-codes or sentence case), used when the registry knows none. */
  readonly name: string;
  /** As printed, lines joined with spaces. */
  readonly text: string;
  readonly range: TextRange;
}

export interface IssuerContext {
  readonly date: string | null;
  /** Issuer code of the document number, which confirms a short header name. */
  readonly code: string | null;
  /**
   * What the registry reads: the whole header (parent lines too, "TỔNG CỤC THUẾ\nCỤC THUẾ TP
   * HÀ NỘI", so the lowest body is placed in its parent's province), or a code ("code:TTg").
   */
  readonly lookup: string | { readonly code: string };
}

export function resolveIssuer(doc: NormalizedDocument, printed: PrintedIssuer, ctx: IssuerContext): BodyRef {
  const resolved =
    typeof ctx.lookup === 'string'
      ? resolveBodyName(ctx.lookup, { date: ctx.date, issuer: null, code: ctx.code })
      : resolveBodyCode(ctx.lookup.code, { date: ctx.date });
  const known = resolved !== null && resolved.id !== null;
  return {
    id: known ? resolved.id : null,
    name: known ? resolved.name : printed.name,
    text: printed.text,
    span: spanOf(doc, printed.range),
  };
}
