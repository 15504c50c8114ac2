/**
 * A name given on its own → the body: the issuer lines of a header ("ỦY BAN NHÂN DÂN\nTỈNH NAM
 * ĐỊNH", "TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI", "UBND TỈNH KON TUM\nSỞ NỘI VỤ"), a name in a
 * citation, an issuer code. When several bodies are stacked (parent over issuer), the last
 * is the one meant, placed in the parent's province when it names none itself.
 */
import { centralBody, provinceOfId } from './build.js';
import type { BodyContext } from './context.js';
import { MentionMemory } from './memory.js';
import { registry } from './registry.js';
import { scan, type ScanBody } from './scan.js';
import { scanContext } from './scan-context.js';
import { itemsOf } from './stream.js';
import type { ResolvedBody } from './types.js';
import { foldKey } from '../text/fold.js';

function bodiesIn(name: string, ctx: BodyContext): ResolvedBody[] {
  const items = itemsOf(name);
  const sctx = scanContext(ctx, 'name', null);
  return scan(name, items, sctx, new MentionMemory())
    .filter((s): s is ScanBody => s.type === 'body')
    .map((s) => s.body);
}

/**
 * @returns the body the name means, or null when it names none
 * @example
 * resolveBodyName('ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH', { date: '2021-06-30', issuer: null })
 * // → { id: 'ubnd-tinh:nam-dinh', name: 'Ủy ban nhân dân tỉnh Nam Định', kind: 'people-committee', level: 'province', … }
 */
export function resolveBodyName(name: string, ctx: BodyContext): ResolvedBody | null {
  let bodies = bodiesIn(name, ctx);
  if (bodies.length > 1 && !ctx.province) {
    const parentProvince = bodies.slice(0, -1).map((b) => provinceOfId(b.id)).find((p) => p !== null);
    if (parentProvince) bodies = bodiesIn(name, { ...ctx, province: parentProvince });
  }
  const last = bodies[bodies.length - 1];
  if (!last) return null;
  const parent = bodies[bodies.length - 2];
  if (last.id === null && last.level === 'unknown' && parent) return { ...last, level: parent.level };
  return last;
}

let byCode: Map<string, ResolvedBody['id']> | undefined;

/**
 * An issuer code of a document number → the central body it names (TTg, VPCP, BKHĐT, TCTCCTTHC),
 * era-checked against the date. Codes that name no single body (UBND, HĐND, CT) give null.
 */
export function resolveBodyCode(code: string, ctx: Pick<BodyContext, 'date'>): ResolvedBody | null {
  if (!byCode) {
    byCode = new Map();
    for (const b of registry().centralById.values()) if (b.code) byCode.set(foldKey(b.code), b.id);
  }
  const id = byCode.get(foldKey(code.trim()));
  const b = id ? registry().centralById.get(id) : undefined;
  return b ? centralBody(b, ctx.date) : null;
}
