/**
 * Provinces by era: which entry of a slug stands on a date, what a "thành phố X" names, and
 * which province a page is about when nothing else says.
 */
import type { Province } from '../data/schema.js';
import { registry } from './registry.js';
import { crossInName } from './trie.js';
import type { Item } from './stream.js';

/** The entry of `slug` in force on `date`; without a date, the last one before 2025-07-01 if any (most archives are older). */
export function provinceOn(slug: string, date: string | null): Province | null {
  const list = registry().provinces.get(slug);
  if (!list || list.length === 0) return null;
  if (!date) return list.find((p) => p.era === 'pre-2025-07') ?? (list[0] as Province);
  const inForce = list.find((p) => (!p.validFrom || p.validFrom <= date) && (!p.validTo || date <= p.validTo));
  if (inForce) return inForce;
  // Out of its time: the nearest entry (the last that ended before, or the first that begins after).
  const before = list.filter((p) => p.validTo && p.validTo < date);
  return before[before.length - 1] ?? (list[0] as Province);
}

export function isProvinceSlug(slug: string): boolean {
  return registry().provinces.has(slug);
}

/** "tỉnh" or "thành phố", as the name of the unit is written. */
export function levelWordOf(p: Province): string {
  return p.unitType === 'city' ? 'thành phố' : 'tỉnh';
}

/** Province slugs matched at items[i], longest first (a place name, an alias). */
export function placeAt(items: readonly Item[], i: number, end = items.length): { end: number; slugs: readonly string[] } | null {
  const m = registry().places.matchesAt(items, i, crossInName, end)[0];
  return m ? { end: m.end, slugs: m.values } : null;
}

/**
 * The province a text is about: its place names counted, twice when a level word stands
 * before them ("tỉnh Kon Tum"), once bare ("tại điểm cầu Hà Tĩnh"); a place-date line
 * ("Hà Nội, ngày …") does not count. Null unless one province leads.
 */
export function dominantProvince(items: readonly Item[]): string | null {
  const reg = registry();
  const score = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.group !== i) continue;
    // Skip registry names that contain a place name (Học viện … Hồ Chí Minh). (The central
    // trie answers as entriesAt would for central bodies, without reading every other entry
    // at every word.)
    const central = reg.central.matchesAt(items, i, crossInName)[0];
    if (central) {
      i = central.end - 1;
      continue;
    }
    const place = placeAt(items, i);
    if (!place || place.slugs.length !== 1) continue;
    const next = items[place.end];
    if (next && next.key === 'ngay' && next.gap.includes(',')) continue;
    const afterLevel = [i - 1, i - 2].some((s) => s >= 0 && reg.levels.matchesAt(items, s, crossInName).some((m) => m.end === i));
    const slug = place.slugs[0] as string;
    score.set(slug, (score.get(slug) ?? 0) + (afterLevel ? 2 : 1));
    i = place.end - 1;
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2 || (second && second[1] >= best[1])) return null;
  return best[0];
}
