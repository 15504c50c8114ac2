/**
 * Every body a document names, in order, found once per document and context: the mention
 * list of the `bodies` extractor, and the memory that short references in a task cell
 * ("Tổ công tác") are resolved against. Site chrome lines are left out. Cached per document
 * (a WeakMap: the cache goes with the document); the word streams, which do not depend on the
 * context, are shared by every context.
 */
import type { NormalizedDocument, TextRange, Line } from '../document.js';
import { chromeFlags } from '../segment/chrome.js';
import type { BodyContext, ScanContext, ScanMode } from './context.js';
import { scanContext } from './scan-context.js';
import { bodyFromId } from './build.js';
import { registry } from './registry.js';
import { MEMORY_LIMIT, MentionMemory, isRememberable, type Remembered } from './memory.js';
import { dominantProvince } from './places.js';
import { keysOf, keysOfName, printedText, scan, type ScanBody } from './scan.js';
import { itemsOf, type Item } from './stream.js';
import { foldedText } from '../text/fold.js';
import type { BodyMention } from './types.js';

export interface IndexedMention extends BodyMention {
  /** Name keys remembered for short references. */
  readonly keys: readonly string[];
  /** Whether it is remembered (a short reference itself is not). */
  readonly remembered: boolean;
}

export interface DocumentIndex {
  /** Sorted by start, the longer first at one start. */
  readonly mentions: readonly IndexedMention[];
  /**
   * The province the document is about, when neither the context nor the issuer says: found on
   * first call (scanContext asks only when the issuer does not place the document).
   */
  readonly province: () => string | null;
  readonly sctx: ScanContext;
}

interface DocumentStreams {
  readonly streams: readonly (readonly Item[])[];
  /** dominantProvince of the streams, once asked. */
  province?: string | null;
}

const cache = new WeakMap<NormalizedDocument, Map<string, DocumentIndex>>();
const streamCache = new WeakMap<NormalizedDocument, DocumentStreams>();

let shortNamedByCode: Map<string, string[]> | undefined;

/** Ids of the registry bodies with short names, by their code in lower case. */
function shortNamedBodies(code: string): readonly string[] {
  if (!shortNamedByCode) {
    shortNamedByCode = new Map();
    for (const b of registry().centralById.values()) {
      if (!b.code || b.shortNames.length === 0) continue;
      const k = b.code.toLowerCase();
      shortNamedByCode.set(k, [...(shortNamedByCode.get(k) ?? []), b.id]);
    }
  }
  return shortNamedByCode.get(code.toLowerCase()) ?? [];
}

/**
 * Whether the document number's issuer code can change what a scan reads. The scanner reads
 * the code in one place: a short name (Tổ công tác) binds to the body whose code the number
 * carries when nothing was named before — unless the issuer is that body already. So when no
 * body with short names has this code, or every one is the issuer (known by its id, no scan
 * of its name), the scan is the same with or without the code, and both contexts share it.
 */
function codeMatters(ctx: BodyContext): boolean {
  if (!ctx.code) return false;
  const ids = shortNamedBodies(ctx.code);
  if (ids.length === 0) return false;
  const issuerId = ctx.issuer?.id ? (bodyFromId(ctx.issuer.id, ctx.date, ctx.issuer.name)?.id ?? null) : null;
  return issuerId === null || ids.some((id) => id !== issuerId);
}

/** The fields a context key is made of, and the key: so one context object is keyed once. */
interface KeyedContext {
  readonly date: string | null;
  readonly issuerId: string | null;
  readonly issuerName: string | null;
  readonly province: string | null;
  readonly code: string | null;
  readonly key: string;
}

/**
 * Keys already made, by context object. A refiner asks for the document index with the same
 * context once per task; codeMatters resolves the issuer each time. The stored fields are
 * compared on every use, since a context is a plain object its owner may change.
 */
const keyedContexts = new WeakMap<BodyContext, KeyedContext>();

function contextKey(ctx: BodyContext): string {
  const issuerId = ctx.issuer?.id ?? null;
  const issuerName = ctx.issuer?.name ?? null;
  const province = ctx.province ?? null;
  const givenCode = ctx.code ?? null;
  const known = keyedContexts.get(ctx);
  if (
    known &&
    known.date === ctx.date &&
    known.issuerId === issuerId &&
    known.issuerName === issuerName &&
    known.province === province &&
    known.code === givenCode
  )
    return known.key;
  const code = codeMatters(ctx) ? givenCode : null;
  const key = JSON.stringify([ctx.date, issuerId, issuerName, province, code]);
  keyedContexts.set(ctx, { date: ctx.date, issuerId, issuerName, province, code: givenCode, key });
  return key;
}

/** Runs of consecutive non-chrome lines. */
export function contentRanges(doc: Pick<NormalizedDocument, 'text' | 'lines'>): TextRange[] {
  const lines = doc.lines;
  const ranges: TextRange[] = [];
  const chrome = chromeFlags(doc);
  let start = -1;
  let end = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (chrome[i]) {
      if (start >= 0) ranges.push({ start, end });
      start = -1;
      continue;
    }
    if (start < 0) start = l.start;
    end = l.end;
  }
  if (start >= 0) ranges.push({ start, end });
  return ranges;
}

/** Flatten scanned bodies (a body named inside another comes too) into mentions. */
export function toMentions(text: string, items: readonly Item[], scanned: readonly ScanBody[]): IndexedMention[] {
  const out: IndexedMention[] = [];
  const add = (b: ScanBody): void => {
    if (b.inner) add(b.inner);
    const first = items[b.from] as Item;
    const last = items[b.to - 1] as Item;
    const remembered = b.rule !== 'members' && b.rule !== 'short-name' && b.rule !== 'head-reference';
    out.push({
      range: { start: first.start, end: last.end },
      text: printedText(text, items, b.from, b.to),
      body: b.body,
      rule: b.rule,
      keys: b.body.id === null ? keysOf(items, b.from, b.to) : keysOfName(b.body.name),
      remembered,
    });
  };
  for (const b of scanned) add(b);
  return out.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
}

/**
 * The word stream of each range, pushed into the list rather than made by Array.prototype.map:
 * once map is optimised it gives a HOLEY_ELEMENTS array where the builtin gives a PACKED one,
 * and mentionsInStreams, compiled for the one, was deoptimised ("wrong map") by the other
 * after warm-up (bench/jit.mjs).
 */
function streamsOf(text: string, ranges: readonly TextRange[], folded?: string): Item[][] {
  const streams: Item[][] = [];
  for (const r of ranges) streams.push(itemsOf(text, r, folded));
  return streams;
}

/** Mentions in `ranges` of `text`, sharing one memory, in one context. */
export function mentionsIn(text: string, ranges: readonly TextRange[], ctx: BodyContext, mode: ScanMode = 'prose'): DocumentIndex {
  const streams = streamsOf(text, ranges);
  const province = ctx.province ?? null;
  return mentionsInStreams(text, streams, province !== null ? () => province : once(() => dominantProvince(streams.flat())), ctx, mode);
}

/** f, called at most once. */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

function mentionsInStreams(text: string, streams: readonly (readonly Item[])[], province: () => string | null, ctx: BodyContext, mode: ScanMode): DocumentIndex {
  const sctx = scanContext(ctx, mode, province);
  const memory = new MentionMemory();
  const mentions: IndexedMention[] = [];
  for (const items of streams) {
    const scanned = scan(text, items, sctx, memory).filter((s): s is ScanBody => s.type === 'body');
    // A loop, not push(...list): a page may name hundreds of thousands of bodies (argument limit).
    for (const m of toMentions(text, items, scanned)) mentions.push(m);
  }
  return { mentions, province, sctx };
}

export function documentIndex(doc: NormalizedDocument, ctx: BodyContext): DocumentIndex {
  let byCtx = cache.get(doc);
  if (!byCtx) {
    byCtx = new Map();
    cache.set(doc, byCtx);
  }
  const key = contextKey(ctx);
  let idx = byCtx.get(key);
  if (!idx) {
    let ds = streamCache.get(doc);
    if (!ds) {
      const folded = foldedText(doc);
      ds = { streams: streamsOf(doc.text, contentRanges(doc), folded) };
      streamCache.set(doc, ds);
    }
    const given = ctx.province ?? null;
    const streams = ds;
    const province = (): string | null => {
      if (given !== null) return given;
      // The flattened streams, as mentionsIn reads them (group indices stay per stream). With one
      // stream of words that is the stream itself, whose registry readings the scan then reuses.
      if (streams.province === undefined) {
        const filled = streams.streams.filter((s) => s.length > 0);
        streams.province = dominantProvince(filled.length === 1 ? (filled[0] as readonly Item[]) : streams.streams.flat());
      }
      return streams.province;
    };
    idx = mentionsInStreams(doc.text, ds.streams, province, ctx, 'prose');
    byCtx.set(key, idx);
  }
  return idx;
}

/**
 * When the mention list is read up to an offset: `reach[i]` is the furthest end among the
 * first i + 1 mentions, so the first mention that ends after an offset is found by bisection;
 * `kept` lists the mentions a memory keeps, with their positions in the list.
 */
interface MemoryTimeline {
  readonly reach: Float64Array;
  readonly kept: readonly (Remembered & { readonly at: number })[];
}

const timelines = new WeakMap<DocumentIndex, MemoryTimeline>();

function timelineOf(idx: DocumentIndex): MemoryTimeline {
  let t = timelines.get(idx);
  if (t) return t;
  const reach = new Float64Array(idx.mentions.length);
  const kept: (Remembered & { at: number })[] = [];
  let furthest = -Infinity;
  idx.mentions.forEach((m, i) => {
    furthest = Math.max(furthest, m.range.end);
    reach[i] = furthest;
    if (m.remembered && isRememberable(m.keys, m.body)) kept.push({ keys: m.keys, body: m.body, at: i });
  });
  t = { reach, kept };
  timelines.set(idx, t);
  return t;
}

/** First index in [0, n) whose value is above `limit` (n when none); `values` ascending. */
function firstAbove(n: number, valueAt: (i: number) => number, limit: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) > limit) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A memory of what the document named before `offset`: the mentions in order, up to the
 * first one that ends after `offset`. Bisection on the timeline, not a walk from the start,
 * so asking once per task stays linear.
 */
export function memoryBefore(idx: DocumentIndex, offset: number): MentionMemory {
  return new MentionMemory(rememberedBefore(idx, offset));
}

/** What memoryBefore(idx, offset) holds, oldest first. */
export function rememberedBefore(idx: DocumentIndex, offset: number): readonly Remembered[] {
  const { reach, kept } = timelineOf(idx);
  const stop = firstAbove(reach.length, (i) => reach[i] as number, offset);
  const count = firstAbove(kept.length, (i) => (kept[i] as { at: number }).at, stop - 1);
  return kept.slice(Math.max(0, count - MEMORY_LIMIT), count);
}
