/**
 * Lead and supporting bodies from the wording of a task written as prose:
 *
 *   "Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị, địa phương …" → lead Sở Nội vụ, support the collective
 *   "Chủ tịch UBND tỉnh giao Văn phòng UBND tỉnh, …, tham mưu …"         → lead Văn phòng UBND tỉnh
 *   "Thủ tướng Chính phủ đề nghị các ngành tập trung …"                    → lead các ngành
 *   "Các bộ, ngành, địa phương và thành viên Tổ công tác duy trì …"      → lead both (the subject)
 *
 * An assigning word (giao, đề nghị, yêu cầu) points at the lead after it; without one, the
 * bodies just before "chủ trì" / "tham mưu" / "phối hợp" lead, and failing that the bodies
 * the sentence opens with. The bodies right after "phối hợp (với)" support. A run of bodies
 * joined by ",", ";", "và" or " - " is returned as one piece, for resolveBodyPieces to split.
 */
import type { NormalizedDocument, TextRange } from '../document.js';
import type { TextPiece } from '../extractors/types.js';
import type { BodyContext } from './context.js';
import { documentIndex, memoryBefore } from './document-index.js';
import { crossNoComma } from './local.js';
import { registry } from './registry.js';
import { scan, type Scanned } from './scan.js';
import { scanContext } from './scan-context.js';
import { itemsOf, type Item } from './stream.js';
import { foldedText } from '../text/fold.js';
import type { PhraseTrie } from './phrase-trie.js';

export interface LeadSupport {
  readonly lead: TextPiece[];
  readonly support: TextPiece[];
}

interface Run {
  /** Item indices [from, to). */
  readonly from: number;
  readonly to: number;
}

/** Words allowed between a run and the cue after it (Bộ Nội vụ tiếp tục phối hợp). */
const MAX_FILLER = 3;
/** Words a sentence may open with before its subject ("Năm 2024, Tổ công tác …"). */
const MAX_FRONTED = 4;

function cueEnds(trie: PhraseTrie<true>, items: readonly Item[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    const m = trie.matchesAt(items, i, crossNoComma)[0];
    if (m) {
      out.push({ from: i, to: m.end });
      i = m.end - 1;
    }
  }
  return out;
}

/** Bodies (titles allowed in front) joined only by separators and "và". */
function runsOf(items: readonly Item[], scanned: readonly Scanned[]): Run[] {
  const runs: { from: number; to: number; hasBody: boolean }[] = [];
  for (const s of scanned) {
    if (s.type === 'block') continue;
    const last = runs[runs.length - 1];
    const between = last ? items.slice(last.to, s.from) : [];
    const gap = (items[s.from] as Item).gap;
    const joined = last !== undefined && between.every((it) => it.optional) && !/[.:]\s*$/u.test(gap) && !/\n/u.test(gap);
    if (joined && last) {
      last.to = s.to;
      last.hasBody ||= s.type === 'body';
    } else runs.push({ from: s.from, to: s.to, hasBody: s.type === 'body' });
  }
  return runs.filter((r) => r.hasBody);
}

function piece(doc: NormalizedDocument, items: readonly Item[], r: Run): TextPiece {
  const range: TextRange = { start: (items[r.from] as Item).start, end: (items[r.to - 1] as Item).end };
  return { text: doc.text.slice(range.start, range.end), range };
}

/** Lead and support pieces in `range` (a task's sentence or paragraph). */
export function findLeadSupport(doc: NormalizedDocument, range: TextRange, ctx: BodyContext): LeadSupport {
  const items = itemsOf(doc.text, range, foldedText(doc));
  if (items.length === 0) return { lead: [], support: [] };
  const idx = documentIndex(doc, ctx);
  const sctx = scanContext(ctx, 'prose', idx.province);
  const scanned = scan(doc.text, items, sctx, memoryBefore(idx, range.start));
  const runs = runsOf(items, scanned);
  const cues = registry().cues;
  const assign = cueEnds(cues.assign, items);
  const lead = cueEnds(cues.lead, items);
  const support = cueEnds(cues.support, items);

  const runAfter = (k: number, slack: number): Run | undefined => runs.find((r) => r.from >= k && r.from <= k + slack);
  const runBefore = (k: number): Run | undefined => {
    const before = runs.filter((r) => r.to <= k && k - r.to <= MAX_FILLER && !/[.;:]/u.test(items.slice(r.to, k + 1).map((it) => it.gap).join('')));
    return before[before.length - 1];
  };

  const leadRuns = new Set<Run>();
  const supportRuns = new Set<Run>();
  for (const c of support) {
    const r = runAfter(c.to, 3);
    if (r) supportRuns.add(r);
  }
  for (const c of assign) {
    const r = runAfter(c.to, 0);
    if (r && !supportRuns.has(r)) leadRuns.add(r);
  }
  if (leadRuns.size === 0) {
    for (const c of [...lead, ...support]) {
      const r = runBefore(c.from);
      if (r && !supportRuns.has(r)) {
        leadRuns.add(r);
        break;
      }
    }
  }
  // The subject: the run the sentence opens with, after at most a short fronted phrase ("Năm 2024, …").
  const opening = runs[0];
  const fronted = opening !== undefined && opening.from <= MAX_FRONTED && (opening.from <= 1 || (items[opening.from] as Item).gap.includes(','));
  if (leadRuns.size === 0 && opening && fronted && !supportRuns.has(opening)) leadRuns.add(opening);
  const ordered = (set: Set<Run>): TextPiece[] => [...set].sort((a, b) => a.from - b.from).map((r) => piece(doc, items, r));
  return { lead: ordered(leadRuns), support: ordered(supportRuns) };
}
