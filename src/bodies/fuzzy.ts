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
 * Answers by key sequence, kept in a tree of keys (one node per word) rather than by the
 * joined text: the scanner asks at every capitalised head word with up to 12 lengths, and
 * joining and hashing a fresh string per length was most of its cost on long pages. The
 * scanner asks at every registry name that has a longer one, and the same names recur; the
 * registry is fixed once compiled, so an answer never goes stale. Bounded: cleared when full.
 */
interface MemoNode {
  /** The answer for the keys that lead here; undefined until asked. */
  hit: FuzzyHit | null | undefined;
  readonly next: Map<string, MemoNode>;
}

let memoRoot = new Map<string, MemoNode>();
let memoSize = 0;
const MEMO_LIMIT = 20_000;

/** The child of a memo level for one more key, made when missing. */
function memoNode(parent: Map<string, MemoNode>, key: string): MemoNode {
  let node = parent.get(key);
  if (!node) {
    node = { hit: undefined, next: new Map() };
    parent.set(key, node);
    memoSize++;
  }
  return node;
}

function clearMemoWhenFull(): void {
  if (memoSize < MEMO_LIMIT) return;
  memoRoot = new Map();
  memoSize = 0;
}

/** The registry name `keys` is a misspelling of, or null (none close enough, or two too close). */
export function closestName(keys: readonly string[]): FuzzyHit | null {
  if (keys.length === 0) return null;
  clearMemoWhenFull();
  let level = memoRoot;
  let node: MemoNode | undefined;
  for (const k of keys) {
    node = memoNode(level, k);
    level = node.next;
  }
  const at = node as MemoNode;
  if (at.hit === undefined) at.hit = closestUncached(keys, keys.join(' '));
  return at.hit;
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

function keysBetween(items: readonly Item[], from: number, to: number): string[] {
  const keys: string[] = [];
  for (let k = from; k < to; k++) keys.push((items[k] as Item).key);
  return keys;
}

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
  // The memo nodes of keys[i, i + 1), keys[i, i + 2), … keys[i, last): one walk for every length tried.
  clearMemoWhenFull();
  const nodes: MemoNode[] = [];
  let level = memoRoot;
  for (let k = i; k < last; k++) {
    const node = memoNode(level, (items[k] as Item).key);
    nodes.push(node);
    level = node.next;
  }
  for (let n = last; n >= i + 2; n--) {
    const next = items[n];
    if (next && next.group !== n) continue;
    const node = nodes[n - i - 1] as MemoNode;
    if (node.hit === undefined) {
      const keys = keysBetween(items, i, n);
      node.hit = closestUncached(keys, keys.join(' '));
    }
    const hit = node.hit;
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
