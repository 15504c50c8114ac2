/**
 * A trie of printed phrases whose matches must also agree in tone: the keys are folded (no
 * tone marks), and each stored form keeps the tone of its words, so that "giáo" never reads
 * as "giao", "quản" as "quận" or "số" as "sở" (see tone.ts for which words are checked).
 */
import { itemsOf, type Item } from './stream.js';
import { hasDiacritics, printedToneKey, toneKey } from './tone.js';
import { KeyTrie, type GapPolicy, type TrieMatch } from './trie.js';

interface Spelled<V> {
  readonly value: V;
  readonly tones: readonly string[];
}

/** Answers remembered per position of one stream: an array (read at most positions) or a map (at a few). */
type Memo<V> = (TrieMatch<V>[] | undefined)[] | Map<number, TrieMatch<V>[]>;

export class PhraseTrie<V> {
  private readonly trie = new KeyTrie<Spelled<V>>();

  /**
   * @param memo how answers are remembered per stream: 'dense', in an array as long as the
   *   stream (a trie read at most words, as the registry's main trie); 'sparse', in a map (the
   *   other tries are read at a few words, and an array per stream and policy would mostly
   *   hold nothing); 'none', for a trie asked once per word
   */
  constructor(private readonly memo: 'dense' | 'sparse' | 'none' = 'sparse') {}

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
    if (end !== items.length || this.memo === 'none') return this.read(items, i, cross, end);
    let byPolicy = this.memos.get(items);
    if (!byPolicy) {
      byPolicy = new Map();
      this.memos.set(items, byPolicy);
    }
    let memo = byPolicy.get(cross);
    if (!memo) {
      memo = this.memo === 'dense' ? new Array<TrieMatch<V>[] | undefined>(items.length) : new Map<number, TrieMatch<V>[]>();
      byPolicy.set(cross, memo);
    }
    if (Array.isArray(memo)) return (memo[i] ??= this.read(items, i, cross, end));
    let known = memo.get(i);
    if (!known) {
      known = this.read(items, i, cross, end);
      memo.set(i, known);
    }
    return known;
  }

  private readonly memos = new WeakMap<readonly Item[], Map<GapPolicy, Memo<V>>>();

  private read(items: readonly Item[], i: number, cross: GapPolicy, end: number): TrieMatch<V>[] {
    const matches = this.trie.matchesAt(items, i, cross, end);
    if (matches.length === 0) return NONE;
    const ascii = isAscii(items);
    const out: TrieMatch<V>[] = [];
    for (const m of matches) {
      const values = this.agreeing(items, m, ascii);
      if (values.length > 0) out.push({ end: m.end, values, path: m.path, longer: m.longer });
    }
    return out.length > 0 ? out : NONE;
  }

  /**
   * The values of a match whose forms agree in tone with the print, each once. The list
   * depends only on the node and on which of its forms agree: it is made once per such pair
   * (answers are remembered per stream, so a list per answer would be kept for every name of
   * a long page).
   */
  private agreeing(items: readonly Item[], m: TrieMatch<Spelled<V>>, ascii: boolean): readonly V[] {
    const spelled = m.values;
    // The printed words' tone keys, looked up once per match for all its forms.
    const printed: (string | undefined)[] = [];
    if (spelled.length > MAX_CACHED_FORMS) return uniqueValues(spelled, (s) => spelledAlike(items, m.path, s.tones, ascii, printed));
    let agree = 0;
    for (let v = 0; v < spelled.length; v++) if (spelledAlike(items, m.path, (spelled[v] as Spelled<V>).tones, ascii, printed)) agree |= 1 << v;
    let byAgreement = this.valueLists.get(spelled);
    if (!byAgreement) {
      byAgreement = new Map();
      this.valueLists.set(spelled, byAgreement);
    }
    let values = byAgreement.get(agree);
    if (!values) {
      values = uniqueValues(spelled, (_, v) => (agree & (1 << v)) !== 0);
      byAgreement.set(agree, values);
    }
    return values;
  }

  /** Value lists by a node's forms, then by which of them agree (a bit per form). */
  private readonly valueLists = new Map<readonly Spelled<V>[], Map<number, readonly V[]>>();
}

/** Forms of one node whose agreement fits in the bits of a number. */
const MAX_CACHED_FORMS = 30;

function uniqueValues<V>(spelled: readonly Spelled<V>[], keep: (s: Spelled<V>, index: number) => boolean): V[] {
  const values: V[] = [];
  spelled.forEach((s, v) => {
    if (keep(s, v) && !values.includes(s.value)) values.push(s.value);
  });
  return values;
}

/**
 * Whether the printed words at `path` agree in tone with a stored form's words (tone.ts: the
 * short words and the first one must); `printed` keeps the tone keys of the words at path[k]
 * once looked up.
 */
function spelledAlike(items: readonly Item[], path: readonly number[], tones: readonly string[], ascii: boolean, printed: (string | undefined)[]): boolean {
  // A text printed without diacritics agrees with every form.
  if (ascii) return true;
  for (let k = 0; k < path.length; k++) {
    const it = items[path[k] as number] as Item;
    const expected = tones[k] ?? '';
    if (it.expanded || expected === '' || !(k === 0 || it.key.length <= 3)) continue;
    let key = printed[k];
    if (key === undefined) {
      key = printedToneKey(it.raw);
      printed[k] = key;
    }
    if (key !== expected) return false;
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
