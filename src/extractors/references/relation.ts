/**
 * How a citing document relates to a document it cites:
 * - basis: the citation stands in a căn cứ line;
 * - amends / replaces: the clause opens with the cue ("Sửa đổi, bổ sung Quyết định số …",
 *   "Điều 3. Điều chỉnh … tại quyết định số …") or with "<loại> này" and holds it ("Quyết định
 *   này sửa đổi, bổ sung …"); a lead-in line ending in ':' passes its cue to the list items
 *   under it ("… thay thế các Quyết định sau:" / "- Quyết định số 18/QĐ-UBND …");
 * - implements: "theo / thực hiện / triển khai" right before the type word, or a clause that
 *   opens with "Thực hiện …";
 * - mentions: anything else.
 */
import type { Line, NormalizedDocument } from '../../document.js';
import { lineIndexAt } from '../../document.js';
import type { Relation } from '../../schema.js';
import { clauseStart } from '../number/sentence.js';
import { citationPhrases } from './phrases.js';

/** "Điều 2.", "2.", "a)", "- " labels at the start of a folded clause. */
const LABEL = /^\s*(?:dieu\s+\d+\s*[.:]\s*|[-+•*]\s*|\d+(?:\.\d+)*[.)]\s*|[a-zđ]\)\s*)*/u;
const LIST_ITEM = /^\s*(?:[-+•*]|\d+(?:\.\d+)*[.)]|[a-zđ]\))\s*/u;

function cueRelation(foldedClause: string): Relation | null {
  const p = citationPhrases();
  const clause = foldedClause.replace(LABEL, '');
  const self = p.selfReference.exec(clause);
  const opensWithSelf = self !== null && self.index === 0;
  for (const [re, relation] of [
    [p.replaces, 'replaces'],
    [p.amends, 'amends'],
  ] as const) {
    const m = re.exec(clause);
    if (m && (m.index === 0 || opensWithSelf)) return relation;
  }
  return null;
}

/** The lead-in line of a list: the nearest line above the list items, if it ends with ':'. */
function leadIn(lines: readonly Line[], index: number): Line | null {
  for (let i = index - 1; i >= Math.max(0, index - 30); i--) {
    const t = (lines[i] as Line).text.trim();
    if (!t) continue;
    if (LIST_ITEM.test(t)) continue;
    return t.endsWith(':') ? (lines[i] as Line) : null;
  }
  return null;
}

export function relationOf(doc: NormalizedDocument, folded: string, citeStart: number, isNews: boolean): Relation {
  if (isNews) return 'mentions';
  const p = citationPhrases();
  const lineIndex = lineIndexAt(doc.lines, citeStart);
  const line = doc.lines[lineIndex] as Line;
  const lineKey = folded.slice(line.start, line.end).trim().replace(LIST_ITEM, '');
  if (p.basisStart.test(lineKey)) return 'basis';

  const from = clauseStart(doc.text, citeStart);
  const clause = folded.slice(from, citeStart);
  const cue = cueRelation(clause);
  if (cue) return cue;
  if (LIST_ITEM.test(line.text) && from <= line.start + 4) {
    const lead = leadIn(doc.lines, lineIndex);
    if (lead) {
      const leadCue = cueRelation(folded.slice(lead.start, lead.end).trim());
      if (leadCue) return leadCue;
    }
  }
  if (p.implementsBefore.test(folded.slice(Math.max(from, citeStart - 40), citeStart))) return 'implements';
  if (p.implementsStart.test(clause.replace(LABEL, ''))) return 'implements';
  return 'mentions';
}
