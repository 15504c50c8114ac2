/** BodyContext (what callers give) → ScanContext (what the scanner reads). */
import { bodyFromId, provinceOfId, unknownBody } from './build.js';
import type { BodyContext, ScanContext, ScanMode } from './context.js';
import { MentionMemory } from './memory.js';
import { keysOfName, scan, type ScanBody } from './scan.js';
import { itemsOf } from './stream.js';
import type { ResolvedBody } from './types.js';

/** The issuer as a ResolvedBody: by its id, else by reading its name. */
export function issuerBody(ctx: BodyContext): ResolvedBody | null {
  const ref = ctx.issuer;
  if (!ref) return null;
  if (ref.id) {
    const b = bodyFromId(ref.id, ctx.date, ref.name);
    if (b) return b;
  }
  const items = itemsOf(ref.name);
  const bare: ScanContext = { date: ctx.date, issuer: null, issuerKeys: null, province: ctx.province ?? null, code: ctx.code ?? null, mode: 'name' };
  const found = scan(ref.name, items, bare, new MentionMemory()).filter((s): s is ScanBody => s.type === 'body');
  const last = found[found.length - 1];
  if (last && last.body.id) return last.body;
  return unknownBody(ref.name, 'other', 'unknown');
}

/**
 * @param fallbackProvince the document's own province, used when neither the context nor the
 *   issuer places it and the issuer is not a central body; a function is only called then
 *   (finding a document's province reads all its words, and most issuers place it)
 */
export function scanContext(ctx: BodyContext, mode: ScanMode, fallbackProvince: string | null | (() => string | null)): ScanContext {
  const issuer = issuerBody(ctx);
  const fromIssuer = provinceOfId(issuer?.id ?? null);
  const central = issuer !== null && issuer.level === 'central';
  const fallback = (): string | null => (typeof fallbackProvince === 'function' ? fallbackProvince() : fallbackProvince);
  const province = ctx.province ?? fromIssuer ?? (central ? null : fallback());
  return {
    date: ctx.date,
    issuer,
    // keysOfName: the issuer's keys are read again by every document the same body issues.
    issuerKeys: issuer ? keysOfName(issuer.name) : null,
    province,
    code: ctx.code ?? null,
    mode,
  };
}
