/**
 * A local-body kind (Ủy ban nhân dân, Sở Nội vụ, Công an …) read on from its name: a level word
 * (tỉnh, thành phố, huyện, xã …), then a place or a unit name, else the document's province.
 *
 *   UBND tỉnh Kon Tum        → ubnd-tinh:kon-tum
 *   UBND TP. Hồ Chí Minh     → ubnd-tinh:ho-chi-minh (a centrally-run city is province level)
 *   UBND thành phố Kon Tum   → ubnd-huyen:kon-tum:thanh-pho-kon-tum (a provincial city, until 2025-06-30)
 *   UBND huyện Đăk Hà        → ubnd-huyen:<document province>:huyen-dak-ha
 *   Sở Nội vụ (Kon Tum doc)  → so-noi-vu:kon-tum
 *   UBND tỉnh (central doc)  → id null, "Ủy ban nhân dân tỉnh"
 */
import type { LevelWord, LocalBodyKind } from '../data/schema.js';
import { pluralBody, provinceBody, provinceOfId, unitBody, unplacedBody } from './build.js';
import type { ScanContext } from './context.js';
import { placeAt, provinceOn } from './places.js';
import { entriesAt, registry } from './registry.js';
import type { Item } from './stream.js';
import { crossInName, type GapPolicy } from './trie.js';
import type { ResolvedBody } from './types.js';
import { collapseSpaces } from '../text/space.js';

export interface Found {
  readonly to: number;
  readonly body: ResolvedBody;
  readonly rule: string;
}

/** Between a kind's name, its level word and its place: spaces, one line break, a dot after a short word (TP.). */
export const crossNoComma: GapPolicy = (gap, prev) => {
  if (gap.length === 0 || gap === ' ') return true;
  if (gap.length > 4 || !/^[\s.]*$/u.test(gap) || gap.indexOf('\n') !== gap.lastIndexOf('\n')) return false;
  return !gap.includes('.') || prev.end - prev.start <= 3;
};

const MAX_UNIT_WORDS = 5;

/** The printed name of a district or commune after its level word: capitalised words or a number (Đăk Hà, 3). */
function unitNameEnd(items: readonly Item[], k: number, end: number): number {
  const reg = registry();
  let j = k;
  while (j < end && j - k < MAX_UNIT_WORDS) {
    const it = items[j] as Item;
    if (j > k && !crossNoComma(it.gap, items[j - 1] as Item)) break;
    if (j === k && !crossNoComma(it.gap, items[j - 1] ?? it)) break;
    if (!(it.cap || it.upper || /^\d+$/u.test(it.key)) || it.expanded) break;
    // A unit may be named like a head word (huyện Vụ Bản), not like another body or a level.
    const other = entriesAt(items, j, end).some((m) => m.values.some((v) => v.type !== 'head'));
    if (other || reg.levels.matchesAt(items, j, crossNoComma, end).length > 0) break;
    j++;
  }
  return j;
}

function printed(text: string, items: readonly Item[], from: number, to: number): string {
  return collapseSpaces(text.slice((items[from] as Item).start, (items[to - 1] as Item).end));
}

/** The issuer when it is a body of this kind (TM. ỦY BAN NHÂN DÂN in a UBND's own decision). */
function issuerOfKind(kind: LocalBodyKind, sctx: ScanContext): ResolvedBody | null {
  const id = sctx.issuer?.id;
  if (!id) return null;
  const colon = id.indexOf(':');
  const prefix = colon < 0 ? id : id.slice(0, colon);
  return registry().localByPrefix.get(prefix)?.kind.id === kind.id ? sctx.issuer : null;
}

/** The local body whose kind's name ends at item `nameEnd`: its level word, place or context. */
export function readLocal(
  text: string,
  items: readonly Item[],
  nameEnd: number,
  kind: LocalBodyKind,
  sctx: ScanContext,
  end: number,
): Found | null {
  const reg = registry();
  const date = sctx.date;
  // "Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương": the kind in every such place.
  const plural = nameEnd < end && crossNoComma((items[nameEnd] as Item).gap, items[nameEnd - 1] as Item) ? reg.pluralPlaces.matchesAt(items, nameEnd, crossInName, end)[0] : undefined;
  if (plural) {
    const pp = plural.values[0] as { id: string; level: string };
    const level = (pp.level === 'province' || pp.level === 'district' || pp.level === 'commune' ? pp.level : 'province') as 'province' | 'district' | 'commune';
    const prefix = kind.idPrefix[level] ?? kind.idPrefix.province ?? kind.id;
    const name = `${kind.name} ${printed(text, items, nameEnd, plural.end)}`;
    return { to: plural.end, body: pluralBody(prefix, name, pp.id, pp.level === 'unknown' ? 'unknown' : level), rule: 'collective' };
  }
  const levelMatch = nameEnd < end ? reg.levels.matchesAt(items, nameEnd, crossNoComma, end)[0] : undefined;
  const gapOk = nameEnd < end && crossNoComma((items[nameEnd] as Item).gap, items[nameEnd - 1] as Item);
  const lws: readonly LevelWord[] = levelMatch && gapOk ? levelMatch.values : [];
  const afterLevel = lws.length > 0 && levelMatch ? levelMatch.end : nameEnd;
  const placeGapOk = afterLevel < end && crossNoComma((items[afterLevel] as Item).gap, items[afterLevel - 1] as Item);
  const place = placeGapOk && (lws.length > 0 || kind.placeWithoutLevel || kind.levels.includes('province')) ? placeAt(items, afterLevel, end) : null;
  const supports = (level: LevelWord['level']): boolean => kind.levels.includes(level);

  if (lws.length > 0) {
    const provinceWords = lws.filter((l) => l.level === 'province');
    const unitWord = lws.find((l) => l.level !== 'province') ?? null;
    const levelText = printed(text, items, nameEnd, afterLevel);
    if (place) {
      for (const slug of place.slugs) {
        const p = provinceOn(slug, date);
        const lw = provinceWords.find((l) => p && l.unitTypes.includes(p.unitType));
        if (lw && supports('province')) return { to: place.end, body: provinceBody(kind, slug, date, lw), rule: 'local' };
      }
      const slug = place.slugs[0] as string;
      if (unitWord && unitWord.level !== 'province' && supports(unitWord.level)) {
        const unit = printed(text, items, afterLevel, place.end);
        return { to: place.end, body: unitBody(kind, unitWord.level, levelText, unit, slug, date, unitWord), rule: 'local' };
      }
      if (provinceWords[0] && supports('province')) return { to: place.end, body: provinceBody(kind, slug, date, provinceWords[0]), rule: 'local' };
    }
    // "thành phố" alone names the province in a centrally-run city's own documents.
    const ctxProvince = sctx.province ? provinceOn(sctx.province, date) : null;
    const unitEnd = unitWord ? unitNameEnd(items, afterLevel, end) : afterLevel;
    if (unitWord && unitWord.level !== 'province' && unitEnd > afterLevel) {
      const unit = printed(text, items, afterLevel, unitEnd);
      const body = supports(unitWord.level)
        ? unitBody(kind, unitWord.level, levelText, unit, sctx.province, date, unitWord)
        : unplacedBody(kind, unitWord.level, `${levelText} ${unit}`, date, unitWord);
      return { to: unitEnd, body, rule: 'local' };
    }
    const provinceWord = provinceWords.find((l) => ctxProvince && l.unitTypes.includes(ctxProvince.unitType)) ?? null;
    if (provinceWord && sctx.province && supports('province')) {
      return { to: afterLevel, body: provinceBody(kind, sctx.province, date, provinceWord), rule: 'local-context' };
    }
    if (unitWord && unitWord.level !== 'province') {
      return { to: afterLevel, body: unplacedBody(kind, unitWord.level, levelText, date, unitWord), rule: 'local' };
    }
    return { to: afterLevel, body: unplacedBody(kind, 'province', levelText, date, provinceWords[0] ?? null), rule: 'local' };
  }

  if (place && supports('province')) {
    return { to: place.end, body: provinceBody(kind, place.slugs[0] as string, date), rule: 'local' };
  }
  if (kind.needsLevel) return null;
  const own = issuerOfKind(kind, sctx);
  if (own) return { to: nameEnd, body: own, rule: 'local-issuer' };
  if (kind.levels.length === 1 && supports('province')) {
    if (sctx.province) return { to: nameEnd, body: provinceBody(kind, sctx.province, date), rule: 'local-context' };
    return { to: nameEnd, body: unplacedBody(kind, 'province', null, date, null), rule: 'local' };
  }
  return { to: nameEnd, body: unplacedBody(kind, 'unknown', null, date, null), rule: 'local' };
}

export { provinceOfId };
