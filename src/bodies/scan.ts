/**
 * The scanner: walks the word stream left to right and, at each word, takes the longest
 * reading the registry offers — a registry name, a collective, a local-body kind with its
 * place, "thành viên X", a short name bound to what the text (or the issuer) named before, a
 * title or honorific and the person after it, a look-alike to skip, or an unknown name from a
 * head word; failing all, a close spelling of a registry name (fuzzy). One pass, bounded
 * look-ahead: linear in the text.
 */
import { centralBody, collectiveBody, membersBody, unknownBody } from './build.js';
import type { ScanContext } from './context.js';
import { fuzzyAt } from './fuzzy.js';
import { readLocal, crossNoComma, type Found } from './local.js';
import type { MentionMemory } from './memory.js';
import { placeAt } from './places.js';
import { ENTRY_PRIORITY, entriesAt, registry, type BodyHead, type Entry } from './registry.js';
import { nameKeys, type Item } from './stream.js';
import type { TrieMatch } from './trie.js';
import type { ResolvedBody } from './types.js';
import { readUnknownName } from './unknown.js';
import { collapseSpaces } from '../text/space.js';

export interface ScanBody {
  readonly type: 'body';
  /** Item indices [from, to). */
  readonly from: number;
  readonly to: number;
  readonly body: ResolvedBody;
  readonly rule: string;
  /** The body named inside this one: whose members ("thành viên X"), or the owner ("… của X"). */
  readonly inner: ScanBody | null;
}

export interface ScanMark {
  readonly type: 'title' | 'honorific' | 'block';
  readonly from: number;
  readonly to: number;
  /** A person's name follows the title or honorific (inside [from, to)). */
  readonly person: boolean;
}

/** "Các Bộ: Công Thương, Xây dựng, …": one head word shared by a list of registry names. */
export interface ScanList {
  readonly type: 'list';
  readonly from: number;
  readonly to: number;
  readonly bodies: readonly ScanBody[];
}

export type Scanned = ScanBody | ScanMark;

const MAX_PERSON_WORDS = 5;
/** How deep a body may be named inside another (Tổ công tác … của Chủ tịch UBND tỉnh …). */
const MAX_NESTING = 3;
/** Words of one item of a distributive list (Nông nghiệp và Phát triển nông thôn). */
const MAX_LIST_ITEM_WORDS = 10;

export function keysOf(items: readonly Item[], from: number, to: number): string[] {
  const keys: string[] = [];
  for (let k = from; k < to; k++) {
    const it = items[k] as Item;
    if (!it.optional) keys.push(it.key);
  }
  return keys;
}

export function printedText(text: string, items: readonly Item[], from: number, to: number): string {
  return collapseSpaces(text.slice((items[from] as Item).start, (items[to - 1] as Item).end));
}

class Scanner {
  private readonly reg = registry();
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly items: readonly Item[],
    private readonly sctx: ScanContext,
    private readonly memory: MentionMemory,
    private readonly end: number,
  ) {}

  run(from: number): Scanned[] {
    const out: Scanned[] = [];
    for (let i = from; i < this.end; ) {
      const list = this.distributive(i);
      if (list) {
        // The shared head ("Các Bộ:") is no body of its own.
        const first = list.bodies[0] as ScanBody;
        if (first.from > i) out.push({ type: 'block', from: i, to: first.from, person: false });
        for (const b of list.bodies) {
          this.remember(b);
          out.push(b);
        }
        i = list.to;
        continue;
      }
      const r = this.at(i);
      if (!r || r.to <= i) {
        i++;
        continue;
      }
      if (r.type === 'body') this.remember(r);
      out.push(r);
      i = r.to;
    }
    return out;
  }

  private remember(r: ScanBody): void {
    if (r.inner) this.remember(r.inner);
    if (r.rule === 'members' || r.rule === 'short-name' || r.rule === 'head-reference') return;
    const keys = r.body.id === null ? keysOf(this.items, r.from, r.to) : keysOfName(r.body.name);
    this.memory.remember(keys, r.body);
  }

  private matches(i: number): TrieMatch<Entry>[] {
    const it = this.items[i];
    if (!it || it.group !== i) return [];
    return entriesAt(this.items, i, this.end);
  }

  /** The reading at item i, if any. */
  at(i: number): Scanned | null {
    const matches = this.matches(i);
    for (const m of matches) {
      const entries = inPriorityOrder(m.values) ? m.values : [...m.values].sort((a, b) => ENTRY_PRIORITY[a.type] - ENTRY_PRIORITY[b.type]);
      for (const e of entries) {
        const r = this.entry(e, i, m, matches);
        if (r) return r;
      }
    }
    const f = fuzzyAt(this.text, this.items, i, this.sctx, this.end);
    return f ? { type: 'body', from: i, to: f.to, body: f.body, rule: f.rule, inner: null } : null;
  }

  /** Only a body at item k (for "của X", "thành viên X"); nesting is bounded ("của X của Y của …"). */
  bodyAt(k: number): ScanBody | null {
    if (k >= this.end || this.depth >= MAX_NESTING) return null;
    this.depth++;
    try {
      const r = this.at(k);
      return r && r.type === 'body' ? r : null;
    } finally {
      this.depth--;
    }
  }

  private body(from: number, f: Found, inner: ScanBody | null = null): ScanBody {
    return { type: 'body', from, to: f.to, body: f.body, rule: f.rule, inner };
  }

  private entry(e: Entry, i: number, m: TrieMatch<Entry>, matches: readonly TrieMatch<Entry>[]): Scanned | null {
    const first = this.items[i] as Item;
    const end = m.end;
    switch (e.type) {
      case 'central':
        return this.longerMisspelt(i, m) ?? this.body(i, { to: end, body: centralBody(e.body, this.sctx.date), rule: 'registry' });
      case 'collective': {
        const suffix = end < this.end ? this.reg.relatedSuffix.matchesAt(this.items, end, crossNoComma, this.end)[0] : undefined;
        return this.body(i, { to: suffix ? suffix.end : end, body: collectiveBody(e.collective), rule: 'collective' });
      }
      case 'local': {
        const longer = this.longerMisspelt(i, m);
        if (longer) return longer;
        const f = readLocal(this.text, this.items, end, e.kind, this.sctx, this.end);
        return f ? this.body(i, f) : null;
      }
      case 'members': {
        const inner = end < this.end && /^\s+$/u.test((this.items[end] as Item).gap) ? this.bodyAt(end) : null;
        if (!inner || inner.body.kind === 'collective') return null;
        return this.body(i, { to: inner.to, body: membersBody(inner.body, e.group), rule: 'members' }, inner);
      }
      case 'short':
        return this.shortName(e, i, end, matches);
      case 'block':
        return { type: 'block', from: i, to: end, person: false };
      case 'title': {
        const to = this.personEnd(end);
        return { type: 'title', from: i, to, person: to > end };
      }
      case 'honorific': {
        const to = this.personEnd(end);
        return to > end && first.cap ? { type: 'honorific', from: i, to, person: true } : null;
      }
      case 'head':
        return this.head(e.head, i, end);
    }
  }

  /**
   * "(Các) Bộ: Công Thương, Giao thông vận tải, Xây dựng" — a head word before a colon, then
   * names that the head completes. Each item must complete to a registry name.
   */
  private distributive(i: number): ScanList | null {
    let h = i;
    const plural = (this.items[h] as Item).key === 'cac';
    if (plural) h++;
    const head = this.items[h];
    const next = this.items[h + 1];
    if (!head || !next || (!head.cap && !head.upper) || !this.reg.fuzzyHeads.has(head.key)) return null;
    const colon = /^\s*:\s*$/u.test(next.gap);
    // "các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Tư pháp": no colon,
    // the first name is whole and the next ones share its head.
    if (!colon && (!plural || !/^\s+$/u.test(next.gap))) return null;
    const bodies: ScanBody[] = [];
    let k = h + 1;
    if (!colon) {
      const first = this.at(h);
      if (!first || first.type !== 'body' || first.body.id === null || first.rule !== 'registry' && first.rule !== 'local') return null;
      const after = this.items[first.to];
      if (!after || !/^\s*,\s*$/u.test(after.gap) || after.key === head.key) return null;
      bodies.push({ ...first, rule: 'list' });
      k = first.to;
    }
    if (bodies.length > 0) k = this.afterSeparator(k) ?? this.end;
    while (k < this.end) {
      const window = this.items.slice(k, Math.min(this.end, k + MAX_LIST_ITEM_WORDS));
      const virtual: Item[] = [
        { ...head, start: (this.items[k] as Item).start, end: (this.items[k] as Item).start, gap: '', group: 0 },
        ...window.map((it, j) => ({ ...it, gap: j === 0 ? ' ' : it.gap, group: it.group - k + 1 })),
      ];
      const match = entriesAt(virtual, 0).find((m) => m.values.some((v) => v.type === 'central' || v.type === 'local'));
      if (!match) break;
      const e = match.values.find((v) => v.type === 'central' || v.type === 'local') as Extract<Entry, { type: 'central' | 'local' }>;
      const found = e.type === 'central' ? { to: match.end, body: centralBody(e.body, this.sctx.date), rule: 'registry' } : readLocal(this.text, virtual, match.end, e.kind, this.sctx, virtual.length);
      if (!found) break;
      const to = k + found.to - 1;
      bodies.push({ type: 'body', from: k, to, body: found.body, rule: 'list', inner: null });
      const after = this.afterSeparator(to);
      if (after === null) break;
      k = after;
    }
    return bodies.length > 0 ? { type: 'list', from: i, to: (bodies[bodies.length - 1] as ScanBody).to, bodies } : null;
  }

  /** The next list item after "," / ";" / "và" at item k; null when a colon, a full stop or a line break ends the list. */
  private afterSeparator(k: number): number | null {
    const next = this.items[k];
    if (!next || /[:.\n]/u.test(next.gap)) return null;
    if (next.optional) return k + 1;
    return /[,;]/u.test(next.gap) ? k : null;
  }

  /**
   * A registry name that is the start of a longer one (Sở Văn hóa, Thể thao | và Du lịch) is
   * not taken when the words after it are a misspelling of the longer name.
   */
  private longerMisspelt(i: number, m: TrieMatch<Entry>): ScanBody | null {
    // (m.longer: the registry has a longer name with the words matched.)
    if (!m.longer) return null;
    const end = m.end;
    const f = fuzzyAt(this.text, this.items, i, this.sctx, this.end);
    return f && f.to > end ? this.body(i, f) : null;
  }

  private afterLevelWord(i: number): boolean {
    if (!/^\s+$/u.test((this.items[i] as Item).gap)) return false;
    // The one or two words before i (loops, not an array and two closures per call).
    for (let s = i - 1; s >= 0 && s >= i - 2; s--) {
      for (const m of this.reg.levels.matchesAt(this.items, s, crossNoComma, i)) if (m.end === i) return true;
    }
    return false;
  }

  /** After a title or honorific: a person's name (2–5 capitalised words that start nothing else). */
  private personEnd(k: number): number {
    let j = k;
    while (j < this.end && j - k < MAX_PERSON_WORDS) {
      const it = this.items[j] as Item;
      if (!/^\s+$/u.test(it.gap) || it.gap.includes('\n') || !it.cap || it.upper || it.expanded) break;
      if (this.matches(j).length > 0 || placeAt(this.items, j, this.end)) break;
      j++;
    }
    return j - k >= 2 ? j : k;
  }

  /** A short name (Tổ công tác): the body the text named last with these words, else the issuer. */
  private shortName(e: Extract<Entry, { type: 'short' }>, i: number, end: number, matches: readonly TrieMatch<Entry>[]): Scanned | null {
    const first = this.items[i] as Item;
    if (this.sctx.mode === 'prose' && !first.cap && !first.upper) return null;
    const next = this.items[end];
    if (next && (next.key === 'cua' || this.reg.levels.matchesAt(this.items, end, crossNoComma, this.end).length > 0 || placeAt(this.items, end, this.end))) {
      return null;
    }
    const keys = keysOf(this.items, i, end);
    const issuerIsIt = this.sctx.issuer?.id === e.body.id || (e.body.code !== null && this.sctx.code?.toLowerCase() === e.body.code.toLowerCase());
    const bound = this.memory.recall(keys) ?? (issuerIsIt ? centralBody(e.body, this.sctx.date) : null);
    // A longer unknown name from the same head wins (Tổ công tác cải cách TTHC của …), unless
    // it only adds lower-case words to a name the text already knows (Tổ công tác chỉ đạo …).
    const head = headOf(matches);
    if (head) {
      const u = readUnknownName(this.items, head.end, head.head, this.sctx, this.end, (k) => this.bodyAt(k));
      const named = u.owner !== null || u.placed || this.items.slice(end, u.to).some((it) => it.cap || it.upper || it.expanded);
      // In a cell the printed phrase is the whole name (Ban Chỉ đạo quốc gia).
      if (u.to > end && (named || !bound || this.sctx.mode !== 'prose')) return this.head(head.head, i, head.end);
    }
    return bound ? this.body(i, { to: end, body: bound, rule: 'short-name' }) : null;
  }

  /** A name from a head word: unknown to the registry, or a short reference to one named before. */
  private head(head: BodyHead, i: number, end: number): Scanned | null {
    const first = this.items[i] as Item;
    if (!first.cap && !first.upper && !(this.sctx.mode !== 'prose' && head.lowercaseTail)) return null;
    // In running text an upper-case head opens a line (a header); inside a line it is a word of a heading (NHIỆM VỤ).
    if (this.sctx.mode === 'prose' && first.upper && i > 0 && !first.gap.includes('\n')) return null;
    // After a level word the word is a place name: huyện Vụ Bản, xã Ban Mai.
    if (this.afterLevelWord(i)) return null;
    const u = readUnknownName(this.items, end, head, this.sctx, this.end, (k) => this.bodyAt(k));
    if (u.tailWords === 0) {
      // "Bộ" alone in a ministry's own text ("các đơn vị thuộc Bộ", "Văn phòng Bộ") is the ministry.
      const own = this.sctx.issuerKeys;
      if (!head.lowercaseTail && this.sctx.issuer?.id && own && own.length > head.keys.length && head.keys.every((k, j) => own[j] === k) && first.cap) {
        return this.body(i, { to: end, body: this.sctx.issuer, rule: 'head-reference' });
      }
      if (!head.lowercaseTail) return null;
      const keys = keysOf(this.items, i, end);
      const recalled = this.memory.recall(keys);
      if (recalled) return this.body(i, { to: end, body: recalled, rule: 'head-reference' });
      const ik = this.sctx.issuerKeys;
      if (this.sctx.issuer && ik && keys.every((k, j) => ik[j] === k)) {
        return this.body(i, { to: end, body: this.sctx.issuer, rule: 'head-reference' });
      }
      if (this.sctx.mode === 'prose') return null;
      return this.body(i, { to: end, body: unknownBody(printedText(this.text, this.items, i, end), head.kind, 'unknown'), rule: 'unknown-head' });
    }
    const fuzzy = fuzzyAt(this.text, this.items, i, this.sctx, this.end);
    if (fuzzy && fuzzy.to >= u.to - 1) return this.body(i, fuzzy);
    if (u.cutShort) return null;
    const keys = keysOf(this.items, i, u.to);
    if (!u.owner && !u.placed) {
      // The first words of a longer name seen before ("Hội đồng tư vấn cải cách thủ tục hành chính").
      const earlier = this.memory.recall(keys, true);
      if (earlier) return this.body(i, { to: u.to, body: earlier, rule: 'head-reference' });
    }
    const printed = printedText(this.text, this.items, i, u.to);
    const tail = printedText(this.text, this.items, end, u.to);
    const name = /\p{Ll}/u.test(printed) ? `${head.head} ${tail}` : printed;
    const level = u.owner ? u.owner.body.level : u.placed ? 'province' : 'unknown';
    return this.body(i, { to: u.to, body: unknownBody(name, head.kind, level), rule: 'unknown-head' }, u.owner);
  }
}

/** Already sorted by ENTRY_PRIORITY (the sort is stable: it would give the same order). */
function inPriorityOrder(values: readonly Entry[]): boolean {
  for (let k = 1; k < values.length; k++) if (ENTRY_PRIORITY[(values[k - 1] as Entry).type] > ENTRY_PRIORITY[(values[k] as Entry).type]) return false;
  return true;
}

function headOf(matches: readonly TrieMatch<Entry>[]): { head: BodyHead; end: number } | null {
  for (const m of matches) {
    const h = m.values.find((v): v is Extract<Entry, { type: 'head' }> => v.type === 'head');
    if (h) return { head: h.head, end: m.end };
  }
  return null;
}

let nameKeyCache: Map<string, string[]> | undefined;

/** Name keys of a canonical name, cached (the same bodies recur in every document). */
export function keysOfName(name: string): string[] {
  nameKeyCache ??= new Map();
  let k = nameKeyCache.get(name);
  if (!k) {
    k = nameKeys(name);
    if (nameKeyCache.size < 5000) nameKeyCache.set(name, k);
  }
  return k;
}

/** Scan items [from, end) of `text`. */
export function scan(text: string, items: readonly Item[], sctx: ScanContext, memory: MentionMemory, from = 0, end = items.length): Scanned[] {
  return new Scanner(text, items, sctx, memory, end).run(from);
}
