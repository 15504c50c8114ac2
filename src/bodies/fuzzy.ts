/**
 * Close spellings of registry names (typos: "Bộ Tài chínhh", "Văn phòng Chíng phủ"; tone
 * placement never needs this, the keys have no tone marks). The threshold is built so that a
 * body is never read as another: the head word must be the same word (Sở ≠ Bộ), the distance
 * may be at most one edit per 10 letters (two at most), and the best name must beat every
 * other body's name by two edits. The data test checks that no two registry names with the
 * same head are that close.
 */
import { distance } from 'fastest-levenshtein';
import { centralBody } from './build.js';
import type { ScanContext } from './context.js';
import { readLocal, type Found } from './local.js';
import { registry, type FuzzyForm } from './registry.js';
import type { Item } from './stream.js';
import { crossInName } from './trie.js';

/** Edits allowed for a name of `length` characters (its key, spaces included). */
export function allowedEdits(length: number): number {
  return Math.min(2, Math.floor(length / 10));
}

export interface FuzzyHit {
  readonly form: FuzzyForm;
  readonly distance: number;
}

/**
 * Answers by joined keys (keys are words: no spaces inside, so the joined text names them).
 * The scanner asks at every registry name that has a longer one, and the same names recur;
 * the registry is fixed once compiled, so an answer never goes stale. Bounded: cleared when full.
 */
const closestMemo = new Map<string, FuzzyHit | null>();
const MEMO_LIMIT = 20_000;

/** The registry name `keys` is a misspelling of, or null (none close enough, or two too close). */
export function closestName(keys: readonly string[]): FuzzyHit | null {
  return closestJoined(keys.join(' '), () => keys);
}

/** closestName by the joined keys; the key list is asked for only when the answer is not remembered. */
function closestJoined(text: string, keysOf: () => readonly string[]): FuzzyHit | null {
  let hit = closestMemo.get(text);
  if (hit === undefined) {
    hit = closestUncached(keysOf(), text);
    if (closestMemo.size >= MEMO_LIMIT) closestMemo.clear();
    closestMemo.set(text, hit);
  }
  return hit;
}

function closestUncached(keys: readonly string[], text: string): FuzzyHit | null {
  const first = keys[0];
  if (!first) return null;
  const head = registry().fuzzyHeads.get(first);
  if (!head) return null;
  const limit = allowedEdits(text.length);
  if (limit === 0) return null;
  // One misspelt word leaves the others intact: compare only with names sharing a later word.
  const forms = new Set<FuzzyForm>();
  for (const w of keys.slice(1)) for (const f of head.byWord.get(w) ?? []) forms.add(f);
  if (forms.size === 0) return null;
  // Best distance per body (a body's name and its aliases count as one).
  const perBody = new Map<string, FuzzyHit>();
  for (const form of forms) {
    if (Math.abs(form.text.length - text.length) > limit + 2) continue;
    const d = distance(text, form.text);
    const id = bodyKey(form);
    const seen = perBody.get(id);
    if (!seen || d < seen.distance) perBody.set(id, { form, distance: d });
  }
  const ranked = [...perBody.values()].sort((a, b) => a.distance - b.distance);
  const [best, second] = ranked;
  if (!best || best.distance === 0 || best.distance > limit) return null;
  if (second && second.distance < best.distance + 2) return null;
  return best;
}

function bodyKey(f: FuzzyForm): string {
  return f.entry.type === 'central' ? f.entry.body.id : f.entry.type === 'local' ? f.entry.kind.id : f.text;
}

const MAX_WORDS = 12;

/** A misspelt registry name starting at item i (a capitalised head word), longest first. */
export function fuzzyAt(text: string, items: readonly Item[], i: number, sctx: ScanContext, end: number): Found | null {
  const first = items[i];
  // Asked at every word the registry does not read: the cheap tests before the lookup.
  if (!first || first.group !== i || (!first.cap && !first.upper)) return null;
  const head = registry().fuzzyHeads.get(first.key);
  if (!head) return null;
  let last = i + 1;
  const maxWords = Math.min(MAX_WORDS, head.maxWords + 1);
  while (last < end && last - i < maxWords && crossInName((items[last] as Item).gap, items[last - 1] as Item)) last++;
  // Nothing to compare with unless a later word is one of the registry's.
  let shared = false;
  for (let k = i + 1; k < last && !shared; k++) shared = head.byWord.has((items[k] as Item).key);
  if (!shared) return null;
  // The keys of items[i, last) and their joined prefixes, built once for every length tried.
  const keys: string[] = [];
  const joined: string[] = [];
  for (let k = i; k < last; k++) {
    const key = (items[k] as Item).key;
    joined.push(k === i ? key : `${joined[joined.length - 1] as string} ${key}`);
    keys.push(key);
  }
  for (let n = last; n >= i + 2; n--) {
    const next = items[n];
    if (next && next.group !== n) continue;
    const hit = closestJoined(joined[n - i - 1] as string, () => keys.slice(0, n - i));
    if (!hit) continue;
    const e = hit.form.entry;
    if (e.type === 'central') return { to: n, body: centralBody(e.body, sctx.date), rule: 'fuzzy' };
    if (e.type === 'local') {
      const f = readLocal(text, items, n, e.kind, sctx, end);
      if (f) return { ...f, rule: 'fuzzy' };
    }
  }
  return null;
}
