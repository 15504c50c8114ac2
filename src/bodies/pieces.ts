/**
 * Responsibility phrases (a table cell, "X chủ trì") → BodyRefs, one per body, each with the
 * span of its own words. Registry names are read first, so "Bộ Văn hóa, Thể thao và Du lịch"
 * and "các bộ, ngành, địa phương" stay whole; what is left is split at ";" "/" and bullets
 * (segments), then at "," "và" and " - " (parts).
 *
 * - A segment about a person ("Đồng chí Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an, Tổ phó Tổ
 *   công tác") gives the person's body: the first body named in it (Bộ Công an).
 * - A title in front of a body names it (Thủ trưởng các sở, ban, ngành → the collective, its
 *   printed text with the title); a part that is only a role (Tổ trưởng, Ủy viên thường trực)
 *   is kept as printed, id null.
 * - A collective that announces examples ("các đơn vị như X, Y") gives way to them.
 * - "X - Y" where one side is a registry body and the other only describes it (Cơ quan thường
 *   trực Tổ công tác - Văn phòng Chính phủ) gives the registry body.
 * - Left-over capitalised words become a body of their own, named as printed, id null.
 * - The same body twice (same id, or same name when unknown) is kept once.
 */
import { spanOf, type NormalizedDocument, type TextRange } from '../document.js';
import type { TextPiece } from '../extractors/types.js';
import type { BodyRef } from '../schema.js';
import type { BodyContext, ScanContext } from './context.js';
import { documentIndex, rememberedBefore, type DocumentIndex } from './document-index.js';
import { MentionMemory, TracingMemory, replays, type MemoryStep } from './memory.js';
import { scan, type ScanBody, type Scanned } from './scan.js';
import { scanContext } from './scan-context.js';
import { itemsOf, type Item } from './stream.js';
import { registry } from './registry.js';
import { crossNoComma } from './local.js';
import { foldKey, foldedText } from '../text/fold.js';
import { charsOrSpace, trimEndWhere, trimStartWhere } from '../text/trim.js';
import { collapseSpaces } from '../text/space.js';

type Unit =
  | { readonly type: 'body'; readonly from: number; readonly to: number; readonly scan: ScanBody }
  | { readonly type: 'role'; readonly from: number; readonly to: number; readonly person: boolean; readonly honorific: boolean }
  | { readonly type: 'loose'; readonly from: number; readonly to: number };

type Separator = 'start' | 'space' | 'comma' | 'and' | 'dash';

interface Part {
  readonly units: Unit[];
  /** What stands before the part. */
  readonly sep: Separator;
}

// [ \t] rather than \s after the line break: \s would match the break again and backtrack.
const HARD = /[;/]|\n[ \t]*[-+•*–—]|\n[ \t]*\d{1,2}[.)]/u;
const DASH = /\s[-–—]\s|^[-–—]\s|\s[-–—]$/u;

function separatorOf(gap: string): Separator {
  if (gap.includes(',')) return 'comma';
  if (DASH.test(gap) || /^\s*[-–—]\s*$/u.test(gap) && /\s/u.test(gap)) return 'dash';
  return 'space';
}

/** Cover items [0, n) with the scanned readings and loose runs between them. */
function unitsOf(items: readonly Item[], scanned: readonly Scanned[]): Unit[] {
  const units: Unit[] = [];
  let k = 0;
  const loose = (to: number): void => {
    for (let j = k; j < to; j++) {
      if ((items[j] as Item).optional) continue;
      const last = units[units.length - 1];
      if (last && last.type === 'loose' && last.to === j && !/[,;]/u.test((items[j] as Item).gap)) units[units.length - 1] = { ...last, to: j + 1 };
      else units.push({ type: 'loose', from: j, to: j + 1 });
    }
  };
  for (const s of scanned) {
    loose(s.from);
    if (s.type === 'body') units.push({ type: 'body', from: s.from, to: s.to, scan: s });
    else if (s.type === 'title' || s.type === 'honorific') units.push({ type: 'role', from: s.from, to: s.to, person: s.person, honorific: s.type === 'honorific' });
    k = s.to;
  }
  loose(items.length);
  return units;
}

/** Group units into segments (hard separators) and parts (",", "và", " - "). */
function segmentsOf(items: readonly Item[], units: readonly Unit[]): Part[][] {
  const segments: Part[][] = [];
  let parts: Part[] = [];
  let current: Unit[] = [];
  let sep: Separator = 'start';
  const closePart = (): void => {
    if (current.length > 0) parts.push({ units: current, sep });
    current = [];
  };
  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as Unit;
    const gap = (items[unit.from] as Item).gap;
    const prevUnit = units[u - 1];
    const andBefore = prevUnit !== undefined && unit.from > prevUnit.to && items.slice(prevUnit.to, unit.from).some((it) => it.optional);
    if (u > 0 && HARD.test(gap)) {
      closePart();
      if (parts.length > 0) segments.push(parts);
      parts = [];
      sep = 'start';
    } else if (u > 0) {
      const s = separatorOf(gap);
      const between = andBefore ? 'and' : s;
      if (between !== 'space' || unit.type !== prevUnit?.type || unit.type === 'body') {
        // A title followed by its body, or loose words, stay in one part.
        const glue = between === 'space' && prevUnit?.type === 'role' && !prevUnit.person;
        if (!glue) {
          closePart();
          sep = between;
        }
      }
    }
    current.push(unit);
  }
  closePart();
  if (parts.length > 0) segments.push(parts);
  return segments;
}

/** Words that announce a list of examples after a collective (như, gồm, bao gồm). */
const ANNOUNCERS = new Set(['nhu', 'gom']);

function announces(items: readonly Item[], k: number): boolean {
  const next = items[k];
  const second = items[k + 1];
  if (!next) return false;
  if (next.key === 'bao' && second?.key === 'gom') return true;
  return ANNOUNCERS.has(next.key) && !next.cap;
}

interface Picked {
  readonly from: number;
  readonly to: number;
  readonly scan: ScanBody | null;
}

function hasRegistryBody(p: Part): boolean {
  return p.units.some((u) => u.type === 'body' && u.scan.body.id !== null && u.scan.body.kind !== 'collective');
}

/**
 * Words after "và" that open lower-case, name no body and hold a capitalised word (so they would
 * be a headless piece of their own) go on with the unknown body or the unread name just before
 * them ("Cục đo đạc | và bản đồ Nhà nước"): a second body would open with its head, printed
 * capitalised, or with an opener (các, những, cơ quan …). A known body before "và" keeps its
 * name; lower-case words alone ("… tỉnh và địa phương") are left out as before.
 */
function continuesUnknownName(items: readonly Item[], p: Part, previous: Picked | undefined, before: Part | undefined): boolean {
  if (p.sep !== 'and' || !previous || !before || (previous.scan !== null && previous.scan.body.id !== null)) return false;
  if (previous.to !== (before.units[before.units.length - 1] as Unit).to) return false;
  const at = (p.units[0] as Unit).from;
  const opening = items[at] as Item;
  if (opening.cap || opening.upper || !/\p{L}/u.test(opening.key)) return false;
  // "… và các tổ chức …", "… và cá nhân …": an opener starts another group of bodies.
  return registry().openers.matchesAt(items, at, crossNoComma, items.length).length === 0;
}

/** The bodies of one segment. */
function pickSegment(items: readonly Item[], parts: readonly Part[]): Picked[] {
  const units = parts.flatMap((p) => p.units);
  const first = units[0];
  // A person: their body is the first one named.
  if (first && first.type === 'role' && first.person) {
    const body = units.find((u): u is Extract<Unit, { type: 'body' }> => u.type === 'body');
    return body ? [{ from: body.from, to: body.to, scan: body.scan }] : [{ from: first.from, to: (units[units.length - 1] as Unit).to, scan: null }];
  }
  // Apposition around " - ": keep the registry side.
  let kept = [...parts];
  const dash = kept.findIndex((p, i) => i > 0 && p.sep === 'dash');
  if (dash > 0) {
    const left = kept.slice(0, dash);
    const right = kept.slice(dash);
    const leftReg = left.some(hasRegistryBody);
    const rightReg = right[0] !== undefined && hasRegistryBody(right[0]);
    if (leftReg && !rightReg) kept = left;
    else if (rightReg && !leftReg) kept = right;
  }
  const out: Picked[] = [];
  for (const p of kept) {
    const bodies = p.units.filter((u): u is Extract<Unit, { type: 'body' }> => u.type === 'body');
    if (bodies.length > 0) {
      // "các đơn vị như X, Y": the examples name the bodies, the collective only announces them.
      const announced = bodies.filter((b) => b.scan.body.kind === 'collective' && announces(items, b.to));
      if (announced.length > 0 && kept.length > 1) continue;
      for (const b of bodies) {
        // The printed text of a body starts at the title before it (Thủ trưởng các sở, ban, ngành).
        const at = p.units.indexOf(b);
        const before = p.units[at - 1];
        const from = before && before.type === 'role' && !before.person && at === 1 ? before.from : b.from;
        out.push({ from, to: b.to, scan: b.scan });
      }
      continue;
    }
    const from = (p.units[0] as Unit).from;
    const to = (p.units[p.units.length - 1] as Unit).to;
    const roles = p.units.some((u) => u.type === 'role');
    const capital = items.slice(from, to).some((it) => (it.cap || it.upper) && /\p{L}/u.test(it.key));
    const previous = out[out.length - 1];
    if (!roles && capital && continuesUnknownName(items, p, previous, kept[kept.indexOf(p) - 1])) {
      // "Cục đo đạc và bản đồ Nhà nước": one unknown name, read from its whole text.
      out[out.length - 1] = { from: (previous as Picked).from, to, scan: null };
      continue;
    }
    if (roles || capital) out.push({ from, to, scan: null });
  }
  return out;
}

const punctuation = charsOrSpace(',;:.-–—+•*');

function clean(s: string): string {
  const trimmed = trimEndWhere(trimStartWhere(collapseSpaces(s), punctuation), punctuation);
  return trimmed.startsWith('và ') ? trimmed.slice(3) : trimmed;
}

/**
 * A piece cut at the colon of a distributive heading ("Các Bộ" of "Các Bộ: Công Thương, Xây
 * dựng, …:") reads on to the end of its line, where the names are. The words are read only
 * when a colon follows (most pieces keep their range); `items` are the words of `range` when
 * they were read.
 */
function readOnAfterColon(doc: NormalizedDocument, range: TextRange): { range: TextRange; items: Item[] | null } {
  const after = doc.text.slice(range.end, range.end + 3);
  if (!/^\s*:/u.test(after)) return { range, items: null };
  const items = itemsOf(doc.text, range, foldedText(doc));
  const last = items[items.length - 1];
  if (!last || !registry().fuzzyHeads.has(last.key) || (!last.cap && !last.upper)) return { range, items };
  let end = doc.text.indexOf('\n', range.end);
  if (end < 0) end = doc.text.length;
  while (end > range.end && /[\s:.;]/u.test(doc.text[end - 1] as string)) end--;
  const longer = { start: range.start, end };
  return { range: longer, items: end === range.end ? items : null };
}

/** A body of a piece, its range relative to the start of the piece's text. */
interface PieceRef {
  readonly id: string | null;
  readonly name: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** What a piece's text reads as, and the steps its scan took with the memory. */
interface PieceReading {
  readonly refs: readonly PieceRef[];
  readonly steps: readonly MemoryStep[];
}

/**
 * Readings by piece text, per document index (one context). A table names the same bodies in
 * cell after cell ("Sở Nội vụ"); a text met again is not scanned again when the memory before
 * it answers the first scan's questions alike (see TracingMemory), which makes the scan's
 * result the same.
 */
const readings = new WeakMap<DocumentIndex, Map<string, PieceReading>>();

function readingsOf(idx: DocumentIndex): Map<string, PieceReading> {
  let m = readings.get(idx);
  if (!m) {
    m = new Map();
    readings.set(idx, m);
  }
  return m;
}

/** Scan the words of `range` and pick its bodies. */
function readPiece(doc: NormalizedDocument, range: TextRange, known: Item[] | null, sctx: ScanContext, memory: MentionMemory): PieceRef[] {
  const items = known ?? itemsOf(doc.text, range, foldedText(doc));
  if (items.length === 0) return [];
  const scanned = scan(doc.text, items, sctx, memory);
  const refs: PieceRef[] = [];
  for (const parts of segmentsOf(items, unitsOf(items, scanned))) {
    for (const p of pickSegment(items, parts)) {
      const start = (items[p.from] as Item).start;
      const end = (items[p.to - 1] as Item).end;
      const text = clean(doc.text.slice(start, end));
      if (!text) continue;
      const name = p.scan ? p.scan.body.name : text;
      refs.push({ id: p.scan ? p.scan.body.id : null, name, text, start: start - range.start, end: end - range.start });
    }
  }
  return refs;
}

/** The bodies of one piece. */
function resolvePiece(doc: NormalizedDocument, idx: DocumentIndex, piece: TextPiece, sctx: ScanContext): BodyRef[] {
  const { range, items } = readOnAfterColon(doc, piece.range);
  const key = doc.text.slice(range.start, range.end);
  const cache = readingsOf(idx);
  const recent = rememberedBefore(idx, piece.range.start);
  let reading = cache.get(key);
  if (!reading || !replays(reading.steps, new MentionMemory(recent))) {
    const memory = new TracingMemory(recent);
    reading = { refs: readPiece(doc, range, items, sctx, memory), steps: memory.steps };
    cache.set(key, reading);
  }
  return reading.refs.map((r) => ({ id: r.id, name: r.name, text: r.text, span: spanOf(doc, { start: range.start + r.start, end: range.start + r.end }) }));
}

const pieceContexts = new WeakMap<DocumentIndex, ScanContext>();

/** The scan context of pieces: the index's, in piece mode (the index is per context, so once per index). */
function pieceContext(idx: DocumentIndex, ctx: BodyContext): ScanContext {
  let sctx = pieceContexts.get(idx);
  if (!sctx) {
    sctx = { ...scanContext(ctx, 'piece', idx.province), mode: 'piece' };
    pieceContexts.set(idx, sctx);
  }
  return sctx;
}

/**
 * Printed responsibility phrases → BodyRefs.
 * @param pieces table cells or phrases, each with its range in `doc.text`
 * @param ctx the issue date (era), the issuer (places "UBND tỉnh", binds "Tổ công tác")
 * @example
 * resolveBodyPieces(doc, [{ text: 'Bộ Công an; Văn phòng Chính phủ', range }], { date: '2024-02-07', issuer: null })
 * // → [{ id: 'bo-cong-an', … }, { id: 'van-phong-chinh-phu', … }]
 */
export function resolveBodyPieces(doc: NormalizedDocument, pieces: readonly TextPiece[], ctx: BodyContext): BodyRef[] {
  if (pieces.length === 0) return [];
  const idx = documentIndex(doc, ctx);
  const sctx = pieceContext(idx, ctx);
  const out: BodyRef[] = [];
  const seen = new Set<string>();
  for (const piece of pieces) {
    for (const ref of resolvePiece(doc, idx, piece, sctx)) {
      const key = ref.id ?? `name:${foldKey(ref.name).replace(/\s+/gu, ' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(ref);
    }
  }
  return out;
}
