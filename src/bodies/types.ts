/**
 * What the body registry resolves a printed name to, and the context it resolves it in.
 * A ResolvedBody is richer than the contract's BodyRef: it keeps the kind, the level and the
 * era facts the `bodies` extractor needs for Body and for the out-of-era diagnostic.
 */
import type { TextRange } from '../document.js';
import type { BodyRef } from '../schema.js';
import type { BodyKind, BodyLevel } from '../data/schema.js';

export type { BodyKind, BodyLevel };

/** Where a resolved body stands against the document's date. */
export interface BodyEra {
  /** in: valid on the date; before: not yet established; after: already gone; unknown: no date. */
  readonly status: 'in' | 'before' | 'after' | 'unknown';
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** Ids of the bodies that took over (after) — empty when none is known. */
  readonly successors: readonly string[];
  /** What ended or had not begun: the body, the province, or the administrative tier. */
  readonly subject: string;
  /** National dates that vary locally (department mergers): report as info only. */
  readonly approximate: boolean;
}

export interface ResolvedBody {
  /** Registry id (bo-tu-phap, ubnd-tinh:kon-tum, collective:cac-bo-nganh), null when not known. */
  readonly id: string | null;
  /** Canonical name; for a body not in the registry, the printed name, cleaned. */
  readonly name: string;
  readonly kind: BodyKind;
  readonly level: BodyLevel;
  readonly era: BodyEra | null;
}

/** A body found in text: where, as printed, and what it resolves to. */
export interface BodyMention {
  readonly range: TextRange;
  /** As printed, white space (line breaks included) collapsed to one space. */
  readonly text: string;
  readonly body: ResolvedBody;
  /** Which rule found it: registry, collective, local, members, short-name, unknown-head, fuzzy. */
  readonly rule: string;
}

export interface BodyContext {
  /** Issue date (YYYY-MM-DD) for era-aware resolution. */
  date: string | null;
  /** The issuing body, for "UBND tỉnh", "Sở Nội vụ" without a place, and for short names. */
  issuer: BodyRef | null;
  /** Province slug to place unplaced local bodies in when the issuer does not say (kon-tum). */
  province?: string | null;
  /** Issuer code of the document number (TCTCCTTHC), which confirms a short header name. */
  code?: string | null;
}
