/**
 * A trie over word keys, walked along the item stream. A walk may skip "và" (the registry's
 * names are stored without it) and crosses a gap only when `cross` allows it; it never ends
 * inside an expanded abbreviation. Cost: one step per word, at most the depth of the trie.
 */
import type { Item } from './stream.js';
import { SPACE, unitClass } from '../text/char-class.js';

class TrieNode<V> {
  readonly next = new Map<string, TrieNode<V>>();
  readonly values: V[] = [];
}

export interface TrieMatch<V> {
  /** Item index after the last word matched. */
  readonly end: number;
  readonly values: readonly V[];
  /** Indices of the items matched, in order ("và" skipped over is not among them). */
  readonly path: readonly number[];
  /** Some stored sequence goes on after these keys (hasLonger of the keys matched). */
  readonly longer: boolean;
}

export type GapPolicy = (gap: string, prev: Item) => boolean;

export class KeyTrie<V> {
  private readonly root = new TrieNode<V>();
  private size = 0;

  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = new TrieNode<V>();
        node.next.set(k, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
    this.size++;
  }

  get entries(): number {
    return this.size;
  }

  /** Some stored sequence is longer than `keys` and starts with it. */
  hasLonger(keys: readonly string[]): boolean {
    let node: TrieNode<V> | undefined = this.root;
    for (const k of keys) {
      node = node.next.get(k);
      if (!node) return false;
    }
    return node.next.size > 0;
  }

  /**
   * Whether a stored sequence may start at items[i]: the cheap first test of matchesAt, for
   * callers that skip their own bookkeeping on the many words that open nothing.
   */
  opensAt(items: readonly Item[], i: number, end = items.length): boolean {
    const first = items[i];
    return first !== undefined && first.group === i && !first.optional && i < end && this.root.next.has(first.key);
  }

  /** Exact lookup of a key sequence. */
  get(keys: readonly string[]): readonly V[] {
    let node: TrieNode<V> | undefined = this.root;
    for (const k of keys) {
      node = node.next.get(k);
      if (!node) return [];
    }
    return node.values;
  }

  /** Matches that start at items[i], longest first. */
  matchesAt(items: readonly Item[], i: number, cross: GapPolicy, end = items.length): TrieMatch<V>[] {
    // Most words open no stored sequence: answer before building anything (a shared empty
    // answer; callers only read matches).
    if (!this.opensAt(items, i, end)) return NO_MATCHES;
    // Most walks end without a stored sequence: the list of matches and the path taken are
    // only made once one is found (the path so far is kept in a scratch array until then).
    let found: TrieMatch<V>[] | null = null;
    let node = this.root;
    let k = i;
    let prev: Item | null = null;
    let steps = 0;
    while (k < end) {
      const item = items[k] as Item;
      if (prev && !cross(item.gap, prev)) break;
      const child = node.next.get(item.key);
      if (!child) {
        if (item.optional && prev) {
          prev = item;
          k++;
          continue;
        }
        break;
      }
      node = child;
      prev = item;
      scratchPath[steps++] = k;
      k++;
      const next = items[k];
      const atBoundary = !next || next.group !== item.group;
      if (node.values.length > 0 && atBoundary) (found ??= []).push({ end: k, values: node.values, path: scratchPath.slice(0, steps), longer: node.next.size > 0 });
    }
    return found === null ? NO_MATCHES : found.reverse();
  }
}

/** The path of the walk in progress (matchesAt does not nest: a GapPolicy never walks a trie). */
const scratchPath: number[] = [];

const NO_MATCHES: TrieMatch<never>[] = [];

/**
 * `/^[\s,\-–—&.]*$/u.test(gap)` with at most one line break, and whether it holds a dot: a
 * loop over the (at most six) characters, as the scanner asks at every word.
 */
function nameGap(gap: string): { ok: boolean; dot: boolean } {
  let breaks = 0;
  let dot = false;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 0x2e) dot = true;
    else if (c === 0x0a) breaks++;
    else if (c !== 0x2c && c !== 0x2d && c !== 0x2013 && c !== 0x2014 && c !== 0x26 && (unitClass(c) & SPACE) === 0) return NOT_A_NAME_GAP;
  }
  if (breaks > 1) return NOT_A_NAME_GAP;
  return dot ? NAME_GAP_WITH_DOT : NAME_GAP;
}

const NOT_A_NAME_GAP = { ok: false, dot: false };
const NAME_GAP = { ok: true, dot: false };
const NAME_GAP_WITH_DOT = { ok: true, dot: true };

/** Inside a registry name: white space, line breaks, commas, dashes, "&", and a dot after a short word (TP. Hà Nội). */
export const crossInName: GapPolicy = (gap, prev) => {
  if (gap.length === 0 || gap === ' ') return true;
  if (gap.length > 6) return false;
  const g = nameGap(gap);
  if (!g.ok) return false;
  if (g.dot) return prev.end - prev.start <= 3;
  return true;
};
