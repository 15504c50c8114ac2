/**
 * A printed issuer → BodyRef. The body registry (src/bodies) gives the id when it knows the
 * body; until it does, the id is null and the name is ours.
 */
import { spanOf, type NormalizedDocument, type TextRange } from '../../document.js';
import type { BodyRef } from '../../schema.js';

export interface PrintedIssuer {
  /** Canonical (sentence-case or issuer-codes) name. */
  readonly name: string;
  /** As printed, lines joined with spaces. */
  readonly text: string;
  readonly range: TextRange;
}

export function resolveIssuer(doc: NormalizedDocument, printed: PrintedIssuer, _date: string | null): BodyRef {
  return { id: null, name: printed.name, text: printed.text, span: spanOf(doc, printed.range) };
}
