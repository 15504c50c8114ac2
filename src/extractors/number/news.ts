/**
 * The document a news page reports on, when the page says so plainly: a report verb right
 * before a type word and a number ("vừa ký Quyết định số 62/QĐ-TCTCCTTHC", "ban hành Thông
 * báo 71/TB-VPCP"). The first such sentence of the article wins; other numbers the page
 * cites are only mentioned.
 */
import type { NormalizedDocument, TextRange } from '../../document.js';
import type { Segments } from '../../segment/types.js';
import { foldedText } from '../../text/fold.js';
import { WB_END, WB_START } from '../../text/patterns.js';
import { citationPhrases } from '../references/phrases.js';
import { scanNumbers, type NumberMatch } from './grammar.js';
import { sentenceAround } from './sentence.js';

export interface ReportedDocument {
  readonly number: NumberMatch;
  /** The type word as printed ("Quyết định"), right before the number. */
  readonly typeWord: TextRange;
  readonly verb: TextRange;
  readonly sentence: TextRange;
}

let reportRe: RegExp | undefined;
let openerRe: RegExp | undefined;
const TYPE_TO_NUMBER = (typeWords: string): string =>
  `(?<type>${typeWords})${WB_END}(?:\\s{1,3}lien tich)?\\s{0,3}(?:so\\s{0,3}:?\\s{0,3})?(?=\\d)`;

/** "ban hành Quyết định số …" anywhere; "Thực hiện Công văn số …" only opening a sentence. */
function reportRegExps(): [RegExp, RegExp] {
  const p = citationPhrases();
  reportRe ??= new RegExp(`${WB_START}(?<verb>${p.reportVerbs})\\s{1,3}${TYPE_TO_NUMBER(p.typeWords)}`, 'gdu');
  openerRe ??= new RegExp(`(?<=^|\\n|[.!?]\\s)\\s{0,3}(?<verb>${p.reportOpeners})\\s{1,3}${TYPE_TO_NUMBER(p.typeWords)}`, 'gdu');
  return [reportRe, openerRe];
}

/** Ranges of the article text: the body regions (chrome is never part of them). */
function articleRanges(segments: Segments): TextRange[] {
  return segments.regions.filter((r) => r.kind === 'body' || r.kind === 'title');
}

export function findReportedDocument(doc: NormalizedDocument, segments: Segments): ReportedDocument | null {
  const folded = foldedText(doc);
  for (const re of reportRegExps()) {
    const found = firstReport(doc, segments, folded, re);
    if (found) return found;
  }
  return null;
}

function firstReport(doc: NormalizedDocument, segments: Segments, folded: string, re: RegExp): ReportedDocument | null {
  for (const area of articleRanges(segments)) {
    re.lastIndex = area.start;
    const scope = folded.slice(0, area.end);
    for (let m = re.exec(scope); m !== null; m = re.exec(scope)) {
      const at = m.index + m[0].length;
      const num = scanNumbers(doc.text, at, Math.min(area.end, at + 80)).find((n) => n.range.start === at);
      if (!num) continue;
      const verb = m.indices?.groups?.verb;
      const type = m.indices?.groups?.type;
      if (!verb || !type) continue;
      return {
        number: num,
        typeWord: { start: type[0], end: type[1] },
        verb: { start: verb[0], end: verb[1] },
        sentence: sentenceAround(doc.text, num.range),
      };
    }
  }
  return null;
}
