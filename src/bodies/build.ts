/**
 * ResolvedBody builders: one per kind of registry answer, each with its canonical name, id
 * and era facts. Id grammar (src/data/README.md): central `bo-tu-phap`; province level
 * `<kind prefix>:<province slug>`; district and commune `<kind prefix>:<province slug>:<unit slug>`;
 * collectives `collective:<id>`, members `collective:thanh-vien:<body id or name slug>`.
 */
import type { CentralBody, CollectiveBody, LevelWord, LocalBodyKind } from '../data/schema.js';
import { makeEra, worstEra } from './era.js';
import { slugify } from './ids.js';
import { levelWordOf, provinceOn } from './places.js';
import { registry } from './registry.js';
import type { BodyEra, BodyKind, BodyLevel, ResolvedBody } from './types.js';

export function centralBody(b: CentralBody, date: string | null): ResolvedBody {
  return {
    id: b.id,
    name: b.name,
    kind: b.kind,
    level: 'central',
    era: makeEra(b.validFrom, b.validTo, date, b.name, b.successors),
  };
}

export function collectiveBody(c: CollectiveBody): ResolvedBody {
  return { id: `collective:${c.id}`, name: c.name, kind: 'collective', level: c.level, era: null };
}

/** The members or units of a body ("Thành viên Tổ công tác …", "Các đơn vị thuộc Bộ Tư pháp"). */
export function membersBody(inner: ResolvedBody, group: { readonly id: string; readonly name: string } = { id: 'thanh-vien', name: 'Thành viên' }): ResolvedBody {
  return {
    id: `collective:${group.id}:${inner.id ?? slugify(inner.name)}`,
    name: `${group.name} ${inner.name}`,
    kind: 'collective',
    level: inner.level,
    era: null,
  };
}

/** A kind of body in every place of a level: "Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương". */
export function pluralBody(prefix: string, name: string, pluralId: string, level: BodyLevel): ResolvedBody {
  return { id: `collective:${prefix}:${pluralId}`, name, kind: 'collective', level, era: null };
}

export function unknownBody(name: string, kind: BodyKind, level: BodyLevel): ResolvedBody {
  return { id: null, name, kind, level, era: null };
}

/** Department mergers happened on different dates in each province: their dates are indicative. */
function kindEra(kind: LocalBodyKind, date: string | null, successorIds: readonly string[]): BodyEra {
  return makeEra(kind.validFrom, kind.validTo, date, kind.name, successorIds, kind.kind === 'department' || kind.kind === 'provincial-agency');
}

function levelEra(lw: LevelWord | null, date: string | null): BodyEra | null {
  if (!lw || (!lw.validFrom && !lw.validTo)) return null;
  const tier = lw.level === 'district' ? 'cấp huyện' : `"${lw.word}"`;
  return makeEra(lw.validFrom, lw.validTo, date, tier);
}

/** A province-level local body: "Sở Nội vụ tỉnh Kon Tum", id so-noi-vu:kon-tum. */
export function provinceBody(kind: LocalBodyKind, slug: string, date: string | null, lw: LevelWord | null = null): ResolvedBody {
  const prefix = kind.idPrefix.province ?? kind.id;
  const p = provinceOn(slug, date);
  const placeName = p ? (kind.placeWithoutLevel ? p.name : `${levelWordOf(p)} ${p.name}`) : slug;
  const kindSuccessors = kind.successors.map((s) => `${registry().localById.get(s)?.idPrefix.province ?? s}:${slug}`);
  const provinceSuccessors = p?.successor && p.successor !== slug ? [`${prefix}:${p.successor}`] : [];
  const provinceEra = p ? makeEra(p.validFrom, p.validTo, date, p.fullName, provinceSuccessors) : null;
  return {
    id: `${prefix}:${slug}`,
    name: `${kind.name} ${placeName}`,
    kind: kind.kind,
    level: 'province',
    era: worstEra([kindEra(kind, date, kindSuccessors), provinceEra, levelEra(lw, date)]),
  };
}

/** A district or commune body: "Ủy ban nhân dân huyện Đăk Hà" (id ubnd-huyen:kon-tum:huyen-dak-ha when the province is known). */
export function unitBody(
  kind: LocalBodyKind,
  level: 'district' | 'commune',
  levelWordText: string,
  unitName: string | null,
  provinceSlug: string | null,
  date: string | null,
  lw: LevelWord | null,
): ResolvedBody {
  const prefix = kind.idPrefix[level];
  const unit = unitName ? `${levelWordText} ${unitName}` : levelWordText;
  const id = prefix && unitName && provinceSlug ? `${prefix}:${provinceSlug}:${slugify(unit)}` : null;
  return { id, name: `${kind.name} ${unit}`, kind: kind.kind, level, era: worstEra([kindEra(kind, date, []), levelEra(lw, date)]) };
}

/** A local body whose place nobody states: "Ủy ban nhân dân tỉnh" in a central document. */
export function unplacedBody(kind: LocalBodyKind, level: BodyLevel, levelWordText: string | null, date: string | null, lw: LevelWord | null): ResolvedBody {
  return {
    id: null,
    name: levelWordText ? `${kind.name} ${levelWordText}` : kind.name,
    kind: kind.kind,
    level,
    era: worstEra([kindEra(kind, date, []), levelEra(lw, date)]),
  };
}

/**
 * A ResolvedBody from a registry id (and the name it was given, for ids the registry cannot
 * name by itself such as a commune's). Null for an id the registry does not know.
 */
export function bodyFromId(id: string, date: string | null, name?: string): ResolvedBody | null {
  const reg = registry();
  const central = reg.centralById.get(id);
  if (central) return centralBody(central, date);
  const [prefix, rest, unit] = id.split(':');
  if (prefix === 'collective' && rest) {
    const c = reg.collectiveById.get(rest);
    return c ? collectiveBody(c) : null;
  }
  if (!prefix || !rest) return null;
  const local = reg.localByPrefix.get(prefix);
  if (!local || !reg.provinces.has(rest)) return null;
  if (local.level === 'province' && !unit) return provinceBody(local.kind, rest, date);
  if (unit && local.level !== 'province') {
    return { id, name: name ?? `${local.kind.name} ${unit}`, kind: local.kind.kind, level: local.level, era: null };
  }
  return null;
}

/** The province slug an id places its body in (ubnd-tinh:kon-tum → kon-tum). */
export function provinceOfId(id: string | null): string | null {
  if (!id) return null;
  const [prefix, slug] = id.split(':');
  if (!prefix || !slug || prefix === 'collective' || prefix === 'other') return null;
  return registry().provinces.has(slug) ? slug : null;
}
