/** Registry facts about an id: validity, predecessors and successors (the links the contract's BodyRef has no room for). */
import { bodyFromId } from './build.js';
import { registry } from './registry.js';
import type { BodyKind, BodyLevel } from './types.js';

export interface BodyInfo {
  readonly id: string;
  readonly name: string;
  readonly kind: BodyKind;
  readonly level: BodyLevel;
  readonly code: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly predecessors: readonly string[];
  readonly successors: readonly string[];
}

/**
 * @example lookupBody('bo-ke-hoach-va-dau-tu')?.successors // ['bo-tai-chinh']
 */
export function lookupBody(id: string, date: string | null = null): BodyInfo | null {
  const central = registry().centralById.get(id);
  if (central) {
    const { name, kind, code, validFrom, validTo, predecessors, successors } = central;
    return { id, name, kind, level: 'central', code, validFrom, validTo, predecessors, successors };
  }
  const b = bodyFromId(id, date);
  if (!b) return null;
  return {
    id,
    name: b.name,
    kind: b.kind,
    level: b.level,
    code: null,
    validFrom: b.era?.validFrom ?? null,
    validTo: b.era?.validTo ?? null,
    predecessors: [],
    successors: b.era?.successors ?? [],
  };
}
