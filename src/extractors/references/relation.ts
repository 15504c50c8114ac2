/**
 * How a citing document relates to a document it cites:
 * - basis: the citation stands in a căn cứ line;
 * - amends / replaces: the clause opens with the cue ("Sửa đổi, bổ sung Quyết định số …",
 *   "Điều 3. Điều chỉnh … tại quyết định số …") or with "<loại> này" and holds it ("Quyết định
 *   này sửa đổi, bổ sung …"); a lead-in line ending in ':' passes its cue to the list items
 *   under it ("… thay thế các Quyết định sau:" / "- Quyết định số 18/QĐ-UBND …");
 * - implements: "thực hiện / triển khai" right before the type word ("Thực hiện Kế hoạch số …"),
 *   unless "về" precedes the cue (then it describes another document);
 * - mentions: anything else.
 */
import type { Line, NormalizedDocument } from '../../document.js';
import { lineIndexAt } from '../../document.js';
import type { Relation } from '../../schema.js';
import { clauseStart } from '../number/sentence.js';
import { logicalStart } from './paragraph.js';
import { citationPhrases } from './phrases.js';
import { holdsNumber } from './numbers.js';
import { foldKey } from '../../text/fold.js';
import { WB_END, escapeRegExp } from '../../text/patterns.js';

/** "Điều 2.", "2.", "a)", "- " labels at the start of a folded clause. */
const LABEL = /^\s*(?:dieu\s+\d+\s*[.:]\s*|[-+•*]\s*|\d+(?:\.\d+)*[.)]\s*|[a-zđ]\)\s*)*/u;
const LIST_ITEM = /^\s*(?:[-+•*]|\d+(?:\.\d+)*[.)]|[a-zđ]\))\s*/u;

/** selfReference's pattern for each citing kind (a few kinds: the kind table's names). */
const ownKindSelfReference = new Map<string, RegExp>();

/** "<kind> này": the citing document itself. Its own kind when known ("Công văn này"), so that
 * "Luật này thay thế Luật Hải quan số 29/2001/QH10" inside a công văn is not taken as the công văn's act. */
function selfReference(ownKind: string | null): RegExp {
  if (ownKind === null) return citationPhrases().selfReference;
  // Built once per kind, not per citation.
  let re = ownKindSelfReference.get(ownKind);
  if (!re) {
    re = new RegExp(`^${escapeRegExp(foldKey(ownKind))}\\s{1,3}nay${WB_END}`, 'u');
    ownKindSelfReference.set(ownKind, re);
  }
  return re;
}

/**
 * amends / replaces from a clause: it opens with "<kind> này" and holds the cue, or (in the
 * document's own text, `opening` true) it opens with the cue. In annexes and tables a clause
 * that opens with "Điều chỉnh …" names a procedure, not an act of the citing document.
 */
function cueRelation(foldedClause: string, ownKind: string | null, opening: boolean): Relation | null {
  const p = citationPhrases();
  const clause = foldedClause.replace(LABEL, '');
  if (matchesAtStart(selfReference(ownKind), clause)) {
    // "<loại> này …": a cue anywhere in the clause.
    if (p.replaces.test(clause)) return 'replaces';
    if (p.amends.test(clause)) return 'amends';
    return null;
  }
  if (!opening) return null;
  if (matchesAtStart(p.replaces, clause)) return 'replaces';
  if (matchesAtStart(p.amends, clause)) return 'amends';
  return null;
}

/**
 * Does folded[from, to) hold one of the implements cues? Both implements patterns need one in
 * their stretch (the last 40 or 70 characters before the citation), so the patterns, which
 * try every start position, run only where one is.
 */
function holdsImplementsCue(folded: string, from: number, to: number): boolean {
  // A slice of at most 70 characters: indexOf on the whole text would run on to its end.
  const near = folded.slice(from, to);
  for (const cue of citationPhrases().implementsCues) if (near.includes(cue)) return true;
  return false;
}

/** Sticky copies of unanchored patterns, for matchesAtStart. */
const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * Does `re` match at index 0 of `s`? The same as `re.exec(s)?.index === 0` (the leftmost match
 * starts at 0 exactly when one starts there), without searching the rest of a long clause.
 */
function matchesAtStart(re: RegExp, s: string): boolean {
  let sticky = stickyCopies.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/gu, '')}y`);
    stickyCopies.set(re, sticky);
  }
  sticky.lastIndex = 0;
  return sticky.test(s);
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

/**
 * Per document, whether each logical line (by its first physical line) opens a căn cứ
 * statement (0 not yet read, 1 yes, 2 no): a căn cứ line cites one act after another.
 */
const basisOpeners = new WeakMap<NormalizedDocument, Uint8Array>();

function opensBasis(doc: NormalizedDocument, folded: string, firstIndex: number): boolean {
  let known = basisOpeners.get(doc);
  if (!known || known.length !== doc.lines.length) {
    known = new Uint8Array(doc.lines.length);
    basisOpeners.set(doc, known);
  }
  let v = known[firstIndex] as number;
  if (v === 0) {
    const first = doc.lines[firstIndex] as Line;
    const lineKey = folded.slice(first.start, first.end).trim().replace(LIST_ITEM, '');
    v = citationPhrases().basisStart.test(lineKey) ? 1 : 2;
    known[firstIndex] = v;
  }
  return v === 1;
}

/**
 * @param ownKind the citing document's kind name ("Quyết định"), or null when unknown.
 * @param inAnnexOrTable the citation stands in an annex or a table.
 */
export function relationOf(
  doc: NormalizedDocument,
  folded: string,
  citeStart: number,
  isNews: boolean,
  ownKind: string | null,
  inAnnexOrTable = false,
): Relation {
  if (isNews) return 'mentions';
  const p = citationPhrases();
  // The căn cứ line may be wrapped: test where its logical line starts.
  const firstIndex = logicalStart(doc, lineIndexAt(doc.lines, citeStart));
  const first = doc.lines[firstIndex] as Line;
  // The căn cứ of a form or plan in an annex is that annex's, not the citing document's basis.
  if (opensBasis(doc, folded, firstIndex)) return inAnnexOrTable ? 'mentions' : 'basis';

  // The clause holding the citation: after the last ';', ':' or full stop, and not before the
  // start of its logical line.
  const from = Math.max(first.start, clauseStart(doc.text, citeStart, 600, true));
  const clause = folded.slice(from, citeStart);
  const cue = cueRelation(clause, ownKind, !inAnnexOrTable);
  if (cue) return cue;
  if (LIST_ITEM.test(first.text) && from <= first.start + 4) {
    const lead = leadIn(doc.lines, firstIndex);
    if (lead) {
      const leadCue = cueRelation(folded.slice(lead.start, lead.end).trim(), ownKind, !inAnnexOrTable);
      if (leadCue) return leadCue;
    }
  }
  // "Chương trình số 53-CTr/TU … thực hiện Nghị quyết số 19-NQ/TW": the cue belongs to the
  // document cited earlier in the clause, not to the citing one.
  const citedBefore = holdsNumber(doc.text, from, citeStart);
  if (!citedBefore && holdsImplementsCue(folded, Math.max(from, citeStart - 70), citeStart)) {
    if (p.implementsBefore.test(folded.slice(Math.max(from, citeStart - 40), citeStart))) return 'implements';
    if (p.implementsLoose.test(folded.slice(Math.max(from, citeStart - 70), citeStart))) return 'implements';
  }
  // "Thực hiện Chương trình số 104-CTr/Tu …; Công văn số 2449-CV/ĐU …": a citation that opens a
  // ';' clause continues the list the first clause opened.
  if (doc.text[from - 1] === ';' && !/\p{L}/u.test(clause.replace(LABEL, '').replace(/^va\s/u, ''))) {
    const sentence = clauseStart(doc.text, from - 1, 1500, true, false);
    if (p.implementsOpener.test(folded.slice(sentence, from).replace(LABEL, ''))) return 'implements';
  }
  return 'mentions';
}
