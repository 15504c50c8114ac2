/**
 * Laws cited by name in căn cứ lines (domain notes §1.2: a Luật or Pháp lệnh is cited by
 * name, without a number): "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật
 * sửa đổi, bổ sung một số điều của … ngày 22 tháng 11 năm 2019;" gives two laws. Each
 * ';'-separated clause that opens with a law type and holds no symbol is one law; its name
 * runs to the last date of the clause ("…ngày 22 tháng 11 năm 2019"), or to the clause end.
 */
import type { Line, NormalizedDocument, TextRange } from '../../document.js';
import type { Segments } from '../../segment/types.js';
import { holdsNumber } from './numbers.js';
import { findDate, type DateMatch } from '../issued/date.js';
import { logicalEnd } from './paragraph.js';
import { citationPhrases } from './phrases.js';
import { indexOfWithin } from '../../text/search.js';
import { SPACE, unitClass } from '../../text/char-class.js';

export interface LawCitation {
  readonly range: TextRange;
  /** The law type as printed ("Luật", "Bộ luật"). */
  readonly type: string;
  readonly date: DateMatch | null;
  /** Folded name without the date, for de-duplication. */
  readonly key: string;
}

let lawRe: RegExp | undefined;

/** Lines that open a căn cứ statement, in the basis and body regions before any annex. */
function basisLines(doc: NormalizedDocument, segments: Segments, folded: string): number[] {
  const p = citationPhrases();
  const annex = segments.regions.find((r) => r.kind === 'annex');
  const out = new Set<number>();
  for (const region of segments.regions) {
    if (region.kind !== 'basis' && region.kind !== 'body') continue;
    for (let i = region.firstLine; i <= region.lastLine; i++) {
      const line = doc.lines[i] as Line;
      if (annex && line.start >= annex.start) break;
      const head = Math.min(line.end, line.start + 40);
      // Most lines open with a character no basis start opens with: no slice and no regex then.
      const first = firstNonSpace(folded, line.start, head);
      if (first < 0 || !p.basisFirstChars.has(folded.charAt(first))) continue;
      if (p.basisStart.test(folded.slice(line.start, head).trimStart())) out.add(i);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** The first offset in text[from, to) that String#trimStart would keep (`/\s/u` is its set), or -1. */
function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if ((unitClass(text.charCodeAt(i)) & SPACE) === 0) return i;
  return -1;
}

export function lawsInBasis(doc: NormalizedDocument, segments: Segments, folded: string): LawCitation[] {
  const p = citationPhrases();
  lawRe ??= new RegExp(`^(?<type>${p.lawTypes})\\s+\\S`, 'du');
  const out: LawCitation[] = [];
  for (const i of basisLines(doc, segments, folded)) {
    const line = doc.lines[i] as Line;
    // The statement may be wrapped over several lines (hard-wrapped pages).
    const stop = (doc.lines[logicalEnd(doc, i)] as Line).end;
    const key = folded.slice(line.start, stop);
    const basis = p.basisStart.exec(key.trimStart()) as RegExpExecArray;
    let pos = line.start + (key.length - key.trimStart().length) + basis[0].length;
    while (pos < stop) {
      const semi = indexOfWithin(doc.text, ';', pos, stop);
      const clauseEnd = semi < 0 ? stop : semi;
      const lead = /^[\s,]*/u.exec(doc.text.slice(pos, clauseEnd))?.[0].length ?? 0;
      const start = pos + lead;
      const m = lawRe.exec(folded.slice(start, clauseEnd));
      if (m && !holdsNumber(doc.text, start, clauseEnd)) {
        let end = clauseEnd;
        let last: DateMatch | null = null;
        for (let d = findDate(doc.text, start, clauseEnd, folded); d; d = findDate(doc.text, d.range.end, clauseEnd, folded)) last = d;
        if (last) end = last.range.end;
        while (end > start && /[\s.,;]/u.test(doc.text[end - 1] as string)) end--;
        const typeEnd = start + (m.indices?.groups?.type?.[1] ?? 0);
        const nameEnd = last ? last.range.start : end;
        out.push({
          range: { start, end },
          type: doc.text.slice(start, typeEnd),
          date: last,
          key: folded.slice(start, nameEnd).replace(/[^\p{L}\p{N}]+/gu, ''),
        });
      }
      pos = clauseEnd + 1;
    }
  }
  return out;
}
