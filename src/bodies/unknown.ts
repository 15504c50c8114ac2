/**
 * Bodies the registry does not know, read from a head word on (Tổ công tác, Cục, Hội đồng tư
 * vấn …). The name goes on while the words look like a name: capitalised words, expanded
 * abbreviations (TTHC), topic words (cải cách thủ tục hành chính), "của" + a body, a level word
 * and place (… tỉnh Kon Tum). It stops at punctuation, at a word that is none of these (a
 * verb), at another body, and before a person's name (a frequent surname + a capitalised word).
 *
 *   Tổ công tác cải cách TTHC của Chủ tịch UBND tỉnh Kon Tum → one unknown body, level province
 *   Cơ quan thường trực Tổ công tác                            → one unknown body (X of Y)
 *   Hội đồng tư vấn cũng như …                                 → "Hội đồng tư vấn" (bare head)
 */
import type { ScanContext } from './context.js';
import { crossNoComma } from './local.js';
import { placeAt } from './places.js';
import { entriesAt, registry, type BodyHead } from './registry.js';
import type { Item } from './stream.js';
import type { ScanBody } from './scan.js';

/** A body (or nothing) starting at item k: the scanner's own reading, passed in to avoid a cycle. */
export type BodyAt = (k: number) => ScanBody | null;

export interface UnknownName {
  /** Item index after the name. */
  readonly to: number;
  /** Words after the head. */
  readonly tailWords: number;
  /** The body after "của", or the Y of "X Y" for a sub-unit head. */
  readonly owner: ScanBody | null;
  /** A place the name ends with. */
  readonly placed: boolean;
  /** Running text only: the name looks cut short (not reported). */
  readonly cutShort: boolean;
}

const MAX_WORDS = 16;

function isBodyStart(items: readonly Item[], k: number, end: number): boolean {
  return entriesAt(items, k, end).some((m) => m.values.some((v) => v.type !== 'title' && v.type !== 'honorific' && v.type !== 'block'));
}

/** A comma, a dash or "&" between words of one name (spaces around allowed). */
const SOFT_GAP = /^\s{0,2}[,\-–—&]\s{1,2}$/u;

/** Another phrase starts at item k: a body, a cue, a role, an opener (các, cơ quan …). */
function opensOther(items: readonly Item[], k: number, end: number): boolean {
  return isBodyStart(items, k, end) || isCue(items, k, end) || isRole(items, k, end) || registry().openers.matchesAt(items, k, crossNoComma, end).length > 0;
}

/** May the name go on across the gap before item k? */
function gapAllows(items: readonly Item[], k: number, end: number, lenient: boolean): boolean {
  const it = items[k] as Item;
  const gap = it.gap;
  if (/^\s*$/u.test(gap)) {
    if (gap.indexOf('\n') !== gap.lastIndexOf('\n')) return false;
    return lenient || !gap.includes('\n') || (items[k - 1] as Item).upper;
  }
  return lenient && SOFT_GAP.test(gap) && !opensOther(items, k, end);
}

function isCue(items: readonly Item[], k: number, end: number): boolean {
  return registry().cueWords.matchesAt(items, k, crossNoComma, end).length > 0;
}

function isRole(items: readonly Item[], k: number, end: number): boolean {
  return entriesAt(items, k, end).some((m) => m.values.some((v) => v.type === 'title' || v.type === 'honorific'));
}

function isBlock(items: readonly Item[], k: number, end: number): boolean {
  const m = entriesAt(items, k, end)[0];
  return m !== undefined && m.values.some((v) => v.type === 'block');
}

export function readUnknownName(
  items: readonly Item[],
  headEnd: number,
  head: BodyHead,
  sctx: ScanContext,
  end: number,
  bodyAt: BodyAt,
): UnknownName {
  const reg = registry();
  // In a cell or a name given alone the whole phrase is the name: lower-case words, and a
  // comma or a dash followed by more of it (Vụ Phổ biến, giáo dục pháp luật; Vụ Pháp luật
  // hình sự - hành chính) belong to it. In running text only name-like words do.
  const lenient = sctx.mode !== 'prose';
  const gapOk = (k: number): boolean => gapAllows(items, k, end, lenient);
  const opensAnother = (k: number): boolean => opensOther(items, k, end);
  let k = headEnd;
  let words = 0;
  let owner: ScanBody | null = null;
  let placed = false;
  while (k < end && words < MAX_WORDS && gapOk(k)) {
    const it = items[k] as Item;
    if (words === 0 && !(head.lowercaseTail || it.cap || it.upper || it.expanded || /^\d/u.test(it.key))) {
      // A head may still be followed directly by the body it belongs to (Đảng ủy Bộ Nội vụ).
      if (!isBodyStart(items, k, end)) break;
    }
    if (isBlock(items, k, end)) break;
    if (lenient && isCue(items, k, end)) break;
    // "Ban Chỉ đạo các tỉnh": the head in every place of a level.
    const plural = words > 0 || head.lowercaseTail ? reg.pluralPlaces.matchesAt(items, k, crossNoComma, end)[0] : undefined;
    if (plural && it.key === 'cac') {
      k = plural.end;
      words++;
      placed = true;
      break;
    }
    // Another body: part of this name only as its owner.
    if (isBodyStart(items, k, end) && !reg.topics.matchesAt(items, k, crossNoComma, end).length) {
      // (For a one-word head the owner must be a registry reading, not just another head.)
      const own = sctx.issuerKeys;
      const registryAt =
        head.lowercaseTail ||
        entriesAt(items, k, end).some((m) => m.values.some((v) => v.type !== 'head' || (own !== null && v.head.keys.every((key, j) => own[j] === key))));
      if (words === 0 && registryAt) {
        const b = bodyAt(k);
        // Without "của", the owner is a body the registry or the text knows (Đảng ủy Bộ Nội vụ).
        if (b && (b.body.id !== null || head.lowercaseTail || b.rule === 'head-reference' || b.rule === 'short-name')) {
          owner = b;
          k = b.to;
          words++;
        }
      }
      break;
    }
    if (it.key === 'cua') {
      let j = k + 1;
      const title = j < end ? entriesAt(items, j, end).find((m) => m.values.some((v) => v.type === 'title')) : undefined;
      if (title) j = title.end;
      const b = j < end && gapOk(j) ? bodyAt(j) : null;
      if (b) {
        owner = b;
        k = b.to;
        words += 1;
      }
      break;
    }
    const level = reg.levels.matchesAt(items, k, crossNoComma, end)[0];
    if (level && words > 0) {
      const place = level.end < end ? placeAt(items, level.end, end) : null;
      k = place ? place.end : level.end;
      placed = true;
      words++;
      break;
    }
    if (it.expanded) {
      const group = it.group;
      while (k < end && (items[k] as Item).group === group) k++;
      words++;
      continue;
    }
    const topic = reg.topics.matchesAt(items, k, crossNoComma, end)[0];
    if (topic) {
      words += topic.end - k;
      k = topic.end;
      continue;
    }
    if (it.optional) {
      const next = items[k + 1];
      if (next && (lenient || next.cap || next.upper) && gapOk(k + 1) && !opensAnother(k + 1)) {
        k += 1;
        continue;
      }
      break;
    }
    // Right after a head such as Ban Chỉ đạo, "các …" names its scope (Ban Chỉ đạo các quân khu).
    const scope = words === 0 && head.lowercaseTail && it.key === 'cac' && !isBodyStart(items, k, end);
    if (it.cap || it.upper || /^\d+$/u.test(it.key) || scope || (lenient && words > 0 && !opensAnother(k))) {
      const next = items[k + 1];
      if (it.cap && !it.upper && reg.surnames.has(it.key) && next && next.cap && !placeAt(items, k, end)) break;
      const place = placeAt(items, k, end);
      if (place && words > 0) {
        k = place.end;
        placed = true;
        words++;
        break;
      }
      k++;
      words++;
      continue;
    }
    break;
  }
  // A name does not end on "và" or on a dangling function word.
  while (k > headEnd && (items[k - 1] as Item).optional) {
    k--;
    words--;
  }
  return { to: k, tailWords: words, owner, placed, cutShort: !lenient && owner === null && !placed && cutShort(items, headEnd, k, end) };
}

/**
 * In running text, a name that stops on a capitalised word right before a lower-case word
 * that cannot follow a name (Cục Biến | đổi khí hậu, Tạp Chí Tổ | chức Nhà nước) was cut
 * short by the name rules.
 */
function cutShort(items: readonly Item[], headEnd: number, k: number, end: number): boolean {
  if (k <= headEnd || k >= end) return false;
  const last = items[k - 1] as Item;
  const next = items[k] as Item;
  if (!last.cap || last.upper || last.expanded || next.cap || next.upper || !/^\s+$/u.test(next.gap) || next.gap.includes('\n')) return false;
  if (registry().topics.matchesAt(items, k - 1, crossNoComma, end).some((m) => m.end === k)) return false;
  return registry().followers.matchesAt(items, k, crossNoComma, end).length === 0 && !next.optional;
}
