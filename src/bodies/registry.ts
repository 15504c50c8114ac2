/**
 * The body registry compiled for matching, once, on first use: one trie of everything that
 * can open a body phrase (registry names, collectives, local-body kinds, titles, honorifics,
 * look-alikes, heads of unknown names), one of place names, one of level words, one of topic
 * words. All keys go through `nameKeys`, the same path as the text.
 */
import { bodyData } from './data.js';
import { itemsOf, nameKeys } from './stream.js';
import { PhraseTrie } from './phrase-trie.js';
import { KeyTrie, crossInName, type TrieMatch } from './trie.js';
import type { Item } from './stream.js';
import type {
  CentralBody,
  CollectiveBody,
  LevelWord,
  LocalBodyKind,
  Province,
} from '../data/schema.js';
import type { BodyKind } from './types.js';

export interface BodyHead {
  readonly head: string;
  readonly kind: BodyKind;
  readonly lowercaseTail: boolean;
  readonly keys: readonly string[];
}

export type Entry =
  | { readonly type: 'central'; readonly body: CentralBody }
  | { readonly type: 'short'; readonly body: CentralBody }
  | { readonly type: 'local'; readonly kind: LocalBodyKind }
  | { readonly type: 'collective'; readonly collective: CollectiveBody }
  | { readonly type: 'members'; readonly group: { readonly id: string; readonly name: string } }
  | { readonly type: 'title' }
  | { readonly type: 'honorific' }
  | { readonly type: 'block' }
  | { readonly type: 'head'; readonly head: BodyHead };

/** Which reading of a phrase is tried first when several share its words. */
export const ENTRY_PRIORITY: Record<Entry['type'], number> = {
  central: 0,
  collective: 1,
  local: 2,
  members: 3,
  short: 4,
  block: 5,
  title: 6,
  honorific: 7,
  head: 8,
};

export interface FuzzyForm {
  readonly text: string;
  readonly keys: readonly string[];
  readonly entry: Entry;
}

/** Registry names that open with one head word, and which of them use each later word. */
export interface FuzzyHead {
  readonly forms: readonly FuzzyForm[];
  readonly byWord: ReadonlyMap<string, readonly FuzzyForm[]>;
  readonly maxWords: number;
}

export interface Registry {
  readonly main: PhraseTrie<Entry>;
  /**
   * The central bodies' names of `main` alone: where `main` reads a central body, this trie
   * reads the same match (names hold no "và" to skip, so both walks take the same words);
   * for a reader that only asks whether a central body starts at a word.
   */
  readonly central: PhraseTrie<Entry>;
  readonly places: KeyTrie<string>;
  readonly levels: PhraseTrie<LevelWord>;
  readonly topics: PhraseTrie<true>;
  /** "có liên quan", "liên quan" after a collective. */
  readonly relatedSuffix: PhraseTrie<true>;
  /** "các tỉnh, thành phố …" after a local kind or a head. */
  readonly pluralPlaces: PhraseTrie<{ readonly id: string; readonly level: string }>;
  /** Lead, support and assigning words, where an unknown name in a cell stops. */
  readonly cueWords: PhraseTrie<true>;
  /** Words that may follow a complete name in running text. */
  readonly followers: PhraseTrie<true>;
  /** Words that open a new phrase after a comma or "và". */
  readonly openers: PhraseTrie<true>;
  readonly centralById: ReadonlyMap<string, CentralBody>;
  readonly centralByCode: ReadonlyMap<string, CentralBody>;
  readonly localById: ReadonlyMap<string, LocalBodyKind>;
  /** Local kind by id prefix (ubnd-tinh → ubnd). */
  readonly localByPrefix: ReadonlyMap<string, { kind: LocalBodyKind; level: 'province' | 'district' | 'commune' }>;
  readonly collectiveById: ReadonlyMap<string, CollectiveBody>;
  /** Province entries by slug, oldest era first. */
  readonly provinces: ReadonlyMap<string, readonly Province[]>;
  readonly surnames: ReadonlySet<string>;
  /** Registry names by their first key, for fuzzy matching. */
  readonly fuzzyForms: ReadonlyMap<string, readonly FuzzyForm[]>;
  readonly fuzzyHeads: ReadonlyMap<string, FuzzyHead>;
  readonly cues: { lead: PhraseTrie<true>; support: PhraseTrie<true>; assign: PhraseTrie<true> };
}

let compiled: Registry | undefined;

export function registry(): Registry {
  compiled ??= compile();
  return compiled;
}

function compile(): Registry {
  const data = bodyData();
  const main = new PhraseTrie<Entry>('dense');
  const central = new PhraseTrie<Entry>('none');
  const add = (form: string, entry: Entry): void => main.add(form, entry);
  const fuzzy = new Map<string, FuzzyForm[]>();
  // Fuzzy forms keep "và": a misspelt "và" (vg, âà) then costs one edit, not three.
  const addFuzzy = (text: string, entry: Entry): void => {
    const keys = itemsOf(text).map((it) => it.key);
    const first = keys[0];
    if (!first || keys.length < 2) return;
    const list = fuzzy.get(first) ?? [];
    list.push({ text: keys.join(' '), keys, entry });
    fuzzy.set(first, list);
  };

  const centralById = new Map<string, CentralBody>();
  const centralByCode = new Map<string, CentralBody>();
  for (const b of data.central.bodies) {
    centralById.set(b.id, b);
    if (b.code) centralByCode.set(b.code.toLowerCase(), b);
    const entry: Entry = { type: 'central', body: b };
    for (const n of [b.name, ...b.aliases]) {
      add(n, entry);
      central.add(n, entry);
      addFuzzy(n, entry);
    }
    for (const n of b.shortNames) add(n, { type: 'short', body: b });
  }

  const localById = new Map<string, LocalBodyKind>();
  const localByPrefix = new Map<string, { kind: LocalBodyKind; level: 'province' | 'district' | 'commune' }>();
  for (const k of data.localKinds.kinds) {
    localById.set(k.id, k);
    for (const level of ['province', 'district', 'commune'] as const) {
      const prefix = k.idPrefix[level];
      if (prefix) localByPrefix.set(prefix, { kind: k, level });
    }
    const entry: Entry = { type: 'local', kind: k };
    for (const n of [k.name, ...k.aliases]) {
      add(n, entry);
      addFuzzy(n, entry);
    }
  }

  const collectiveById = new Map<string, CollectiveBody>();
  for (const c of data.collectives.collectives) {
    collectiveById.set(c.id, c);
    for (const f of c.forms) add(f, { type: 'collective', collective: c });
  }
  for (const g of data.collectives.groups) {
    const entry: Entry = { type: 'members', group: { id: g.id, name: g.name } };
    for (const f of g.forms) add(f, entry);
  }

  const p = data.phrases;
  const title: Entry = { type: 'title' };
  for (const t of p.titles) add(t, title);
  const honorific: Entry = { type: 'honorific' };
  for (const h of p.honorifics) add(h, honorific);
  const block: Entry = { type: 'block' };
  for (const b of p.notBodies) add(b, block);
  for (const h of p.heads) {
    const keys = nameKeys(h.head);
    add(h.head, { type: 'head', head: { ...h, keys } });
  }

  const places = new KeyTrie<string>();
  const provinces = new Map<string, Province[]>();
  for (const pr of data.provinces.provinces) {
    const list = provinces.get(pr.slug) ?? [];
    list.push(pr);
    provinces.set(pr.slug, list);
    for (const n of [pr.name, ...pr.aliases]) places.add(nameKeys(n), pr.slug);
  }
  const eraOrder = ['pre-2025-01', 'pre-2025-07', 'post-2025-07', 'post-2026-04'];
  for (const list of provinces.values()) list.sort((a, b) => eraOrder.indexOf(a.era) - eraOrder.indexOf(b.era));

  const levels = new PhraseTrie<LevelWord>();
  for (const lw of data.localKinds.levelWords) levels.add(lw.word, lw);

  // Topic words allowed in an unknown body's name: the data list, and the field words of the
  // registry's own names (everything after the head word: "kế hoạch đầu tư", "y tế").
  const topics = new PhraseTrie<true>();
  for (const t of p.topics) topics.add(t, true);
  for (const n of [...data.central.bodies.map((b) => b.name), ...data.localKinds.kinds.map((k) => k.name)]) {
    const items = itemsOf(n);
    if (items.length <= 2) continue;
    topics.add(n.slice(n.indexOf(' ') + 1), true);
    // Each field of the name too: "văn hóa", "thể thao", "du lịch" from Bộ Văn hóa, Thể thao và Du lịch.
    let field: Item[] = [];
    const addField = (): void => {
      const first = field[0];
      const last = field[field.length - 1];
      if (field.length >= 2 && first && last) topics.add(n.slice(first.start, last.end), true);
      field = [];
    };
    for (const it of items.slice(1)) {
      if (it.optional || /[,\-–]/u.test(it.gap)) {
        addField();
        if (it.optional) continue;
      }
      field.push(it);
    }
    addField();
  }

  const relatedSuffix = new PhraseTrie<true>();
  // What may follow a collective and belongs to it: "… có liên quan", "… tỉnh", "… trên địa bàn tỉnh".
  for (const suffix of ['có liên quan', 'liên quan', 'tỉnh', 'thành phố', 'trên địa bàn tỉnh', 'trên địa bàn thành phố', 'trên địa bàn', 'của tỉnh', 'thuộc tỉnh']) {
    relatedSuffix.add(suffix, true);
  }

  const pluralPlaces = new PhraseTrie<{ readonly id: string; readonly level: string }>();
  for (const pp of data.collectives.pluralPlaces) for (const f of pp.forms) pluralPlaces.add(f, { id: pp.id, level: pp.level });

  const cueTrie = (list: readonly string[]): PhraseTrie<true> => {
    const t = new PhraseTrie<true>();
    for (const c of list) t.add(c, true);
    return t;
  };

  return {
    main,
    central,
    places,
    levels,
    topics,
    relatedSuffix,
    pluralPlaces,
    cueWords: cueTrie([...p.cues.lead, ...p.cues.support, ...p.cues.assign]),
    followers: cueTrie(p.followers),
    openers: cueTrie(p.openers),
    centralById,
    centralByCode,
    localById,
    localByPrefix,
    collectiveById,
    provinces,
    surnames: new Set(data.surnames.flatMap((s) => nameKeys(s))),
    fuzzyForms: fuzzy,
    fuzzyHeads: new Map(
      [...fuzzy.entries()].map(([head, forms]) => {
        const byWord = new Map<string, FuzzyForm[]>();
        for (const f of forms) {
          for (const w of new Set(f.keys.slice(1))) byWord.set(w, [...(byWord.get(w) ?? []), f]);
        }
        return [head, { forms, byWord, maxWords: Math.max(...forms.map((f) => f.keys.length)) }];
      }),
    ),
    cues: { lead: cueTrie(p.cues.lead), support: cueTrie(p.cues.support), assign: cueTrie(p.cues.assign) },
  };
}

/**
 * The registry readings that start at items[i], longest first, each keeping only the entries
 * whose spelling agrees with the printed tones (sở ≠ số, Vụ ≠ Vũ).
 */
export function entriesAt(items: readonly Item[], i: number, end = items.length): TrieMatch<Entry>[] {
  // (The trie remembers its answers per stream: the scanner asks again for the same position.)
  return registry().main.matchesAt(items, i, crossInName, end);
}
