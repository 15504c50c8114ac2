/**
 * A trie of printed phrases whose matches must also agree in tone: the keys are folded (no
 * tone marks), and each stored form keeps the tone of its words, so that "giáo" never reads
 * as "giao", "quản" as "quận" or "số" as "sở" (see tone.ts for which words are checked).
 */
import { itemsOf, type Item } from './stream.js';
import { hasDiacritics, toneAgrees, toneKey } from './tone.js';
import { KeyTrie, type GapPolicy, type TrieMatch } from './trie.js';

interface Spelled<V> {
  readonly value: V;
  readonly tones: readonly string[];
}

export class PhraseTrie<V> {
  private readonly trie = new KeyTrie<Spelled<V>>();

  /** Store `value` under the printed form (abbreviations expanded, "và" dropped). */
  add(form: string, value: V): void {
    const items = itemsOf(form).filter((it) => !it.optional);
    this.trie.add(
      items.map((it) => it.key),
      { value, tones: items.map((it) => (it.expanded ? '' : toneKey(form.slice(it.start, it.end)))) },
    );
  }

  /** See KeyTrie.opensAt. */
  opensAt(items: readonly Item[], i: number, end = items.length): boolean {
    return this.trie.opensAt(items, i, end);
  }

  hasLonger(keys: readonly string[]): boolean {
    return this.trie.hasLonger(keys);
  }

  /** Values stored under exactly these keys, whatever their tones. */
  get(keys: readonly string[]): V[] {
    return this.trie.get(keys).map((s) => s.value);
  }

  /** Matches at items[i], longest first, keeping the values whose tones agree with the print. */
  matchesAt(items: readonly Item[], i: number, cross: GapPolicy, end = items.length): TrieMatch<V>[] {
    // Most words open no phrase: answered before the memo is looked up.
    if (!this.trie.opensAt(items, i, end)) return NONE;
    // The scanner asks about the same word several times (as a head, a continuation, a cue): remember.
    if (end !== items.length) return this.read(items, i, cross, end);
    let byPolicy = this.memo.get(items);
    if (!byPolicy) {
      byPolicy = new Map();
      this.memo.set(items, byPolicy);
    }
    let memo = byPolicy.get(cross);
    if (!memo) {
      memo = new Array<TrieMatch<V>[] | undefined>(items.length);
      byPolicy.set(cross, memo);
    }
    return (memo[i] ??= this.read(items, i, cross, end));
  }

  private readonly memo = new WeakMap<readonly Item[], Map<GapPolicy, (TrieMatch<V>[] | undefined)[]>>();

  private read(items: readonly Item[], i: number, cross: GapPolicy, end: number): TrieMatch<V>[] {
    const matches = this.trie.matchesAt(items, i, cross, end);
    if (matches.length === 0) return NONE;
    const ascii = isAscii(items);
    const out: TrieMatch<V>[] = [];
    for (const m of matches) {
      const values: V[] = [];
      for (const s of m.values) {
        if (spelledAlike(items, m.path, s.tones, ascii) && !values.includes(s.value)) values.push(s.value);
      }
      if (values.length > 0) out.push({ end: m.end, values, path: m.path, longer: m.longer });
    }
    return out.length > 0 ? out : NONE;
  }
}

/** Whether the printed words at `path` agree in tone with a stored form's words. */
function spelledAlike(items: readonly Item[], path: readonly number[], tones: readonly string[], ascii: boolean): boolean {
  for (let k = 0; k < path.length; k++) {
    const it = items[path[k] as number] as Item;
    const expected = tones[k] ?? '';
    if (!(it.expanded || expected === '' || toneAgrees(it.raw, expected, k === 0 || it.key.length <= 3, ascii))) return false;
  }
  return true;
}

// Shared empty answer (never mutated).
const NONE: TrieMatch<never>[] = [];

const asciiMemo = new WeakMap<readonly Item[], boolean>();

/** The stream carries no diacritics at all (a text typed without them). */
function isAscii(items: readonly Item[]): boolean {
  let a = asciiMemo.get(items);
  if (a === undefined) {
    a = !items.some((it) => !it.expanded && hasDiacritics(it.raw));
    asciiMemo.set(items, a);
  }
  return a;
}
