/**
 * Every body a document names, in order, found once per document and context: the mention
 * list of the `bodies` extractor, and the memory that short references in a task cell
 * ("Tổ công tác") are resolved against. Site chrome lines are left out. Cached per document
 * (a WeakMap: the cache goes with the document).
 */
import type { NormalizedDocument, TextRange, Line } from '../document.js';
import { isChromeLine } from '../segment/chrome.js';
import type { BodyContext, ScanContext, ScanMode } from './context.js';
import { scanContext } from './scan-context.js';
import { MentionMemory } from './memory.js';
import { dominantProvince } from './places.js';
import { keysOf, printedText, scan, type ScanBody } from './scan.js';
import { itemsOf, nameKeys, type Item } from './stream.js';
import type { BodyMention } from './types.js';

export interface IndexedMention extends BodyMention {
  /** Name keys remembered for short references. */
  readonly keys: readonly string[];
  /** Whether it is remembered (a short reference itself is not). */
  readonly remembered: boolean;
}

export interface DocumentIndex {
  readonly mentions: readonly IndexedMention[];
  /** The province the document is about, when neither the context nor the issuer says. */
  readonly province: string | null;
  readonly sctx: ScanContext;
}

const cache = new WeakMap<NormalizedDocument, Map<string, DocumentIndex>>();

function contextKey(ctx: BodyContext): string {
  return JSON.stringify([ctx.date, ctx.issuer?.id ?? null, ctx.issuer?.name ?? null, ctx.province ?? null, ctx.code ?? null]);
}

/** Runs of consecutive non-chrome lines. */
export function contentRanges(lines: readonly Line[]): TextRange[] {
  const ranges: TextRange[] = [];
  let start = -1;
  let end = -1;
  for (const l of lines) {
    if (isChromeLine(l.text)) {
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
      keys: b.body.id === null ? keysOf(items, b.from, b.to) : nameKeys(b.body.name),
      remembered,
    });
  };
  for (const b of scanned) add(b);
  return out.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
}

/** Mentions in `ranges` of `text`, sharing one memory, in one context. */
export function mentionsIn(text: string, ranges: readonly TextRange[], ctx: BodyContext, mode: ScanMode = 'prose'): DocumentIndex {
  const streams = ranges.map((r) => itemsOf(text, r));
  const province = ctx.province ?? dominantProvince(streams.flat());
  const sctx = scanContext(ctx, mode, province);
  const memory = new MentionMemory();
  const mentions: IndexedMention[] = [];
  for (const items of streams) {
    const scanned = scan(text, items, sctx, memory).filter((s): s is ScanBody => s.type === 'body');
    mentions.push(...toMentions(text, items, scanned));
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
    idx = mentionsIn(doc.text, contentRanges(doc.lines), ctx);
    byCtx.set(key, idx);
  }
  return idx;
}

/** A memory of what the document named before `offset`. */
export function memoryBefore(idx: DocumentIndex, offset: number): MentionMemory {
  const memory = new MentionMemory();
  for (const m of idx.mentions) {
    if (m.range.end > offset) break;
    if (m.remembered) memory.remember(m.keys, m.body);
  }
  return memory;
}
