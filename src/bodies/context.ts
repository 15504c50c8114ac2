/**
 * The context a scan resolves in: the date, the issuer (as a ResolvedBody), the province that
 * unplaced local bodies belong to, and the scan mode.
 */
import type { BodyContext, ResolvedBody } from './types.js';

export type ScanMode =
  /** Running text: names stop at line breaks and punctuation; only registry and well-formed names count. */
  | 'prose'
  /** A responsibility cell or phrase: whatever is printed is an actor, role-only parts included. */
  | 'piece'
  /** A header or a name given on its own: lines are joined. */
  | 'name';

export interface ScanContext {
  readonly date: string | null;
  readonly issuer: ResolvedBody | null;
  /** Name keys of the issuer, for bare heads that refer to it (Tổ công tác in its own plan). */
  readonly issuerKeys: readonly string[] | null;
  /** Province slug for unplaced local bodies, or null. */
  readonly province: string | null;
  /** Issuer code of the document number. */
  readonly code: string | null;
  readonly mode: ScanMode;
}

export type { BodyContext };
