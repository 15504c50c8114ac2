/**
 * title extractor: the trích yếu.
 *
 * A formal document: the title region, its lines joined with single spaces, as printed
 * ("BAN HÀNH KẾ HOẠCH HOẠT ĐỘNG NĂM 2024 CỦA …"; a công văn's "V/v …" line keeps its V/v, as
 * the golden fixtures write it); on a flattened header line, the "V/v …" after the number or the
 * upper-case run after the inline kind, without the authority line (title/inline.ts). A news page: the trích yếu of the document the page reports
 * on, when the sentence gives it after the number ("Quyết định số 62/… ngày 18/9/2023 ban
 * hành Kế hoạch hoạt động …" → "ban hành Kế hoạch hoạt động …"); a closing parenthesis that
 * names a short form ("(Kế hoạch)") is left out. Otherwise null.
 *
 * Rules (`title:<rule>`):
 * - `missing` (warning): a formal document without a title.
 * - `from-news` (info): the title is read from the news sentence.
 */
import { defineExtractor } from '../types.js';
import { trimRange, type NormalizedDocument, type TextRange } from '../../document.js';
import { regionsOf } from '../../segment/types.js';
import { foldedText } from '../../text/fold.js';
import { sentenceAround } from '../number/sentence.js';
import { detailsAfter } from '../references/details.js';
import { citationPhrases } from '../references/phrases.js';
import { inlineHeading, inlineSubject, inlineTitle, withoutAuthorityLines } from './inline.js';

/** Lines of a range joined with single spaces. */
function joinedLines(doc: NormalizedDocument, range: TextRange): string {
  return doc.text
    .slice(range.start, range.end)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}

/** The trích yếu after a number in a news sentence, or null. */
export function newsTitle(doc: NormalizedDocument, numberEnd: number): TextRange | null {
  const folded = foldedText(doc);
  const details = detailsAfter(doc.text, folded, numberEnd);
  const sentence = sentenceAround(doc.text, { start: numberEnd, end: numberEnd });
  const lead = /^[\s,]*/u.exec(doc.text.slice(details.end, sentence.end))?.[0].length ?? 0;
  const start = details.end + lead;
  if (!citationPhrases().titleCue.test(folded.slice(start, sentence.end))) return null;
  let end = sentence.end;
  while (end > start && /[\s.;,]/u.test(doc.text[end - 1] as string)) end--;
  // "… của Thủ tướng Chính phủ (Kế hoạch)": the short form in parentheses is not the title.
  if (doc.text[end - 1] === ')') {
    const open = doc.text.lastIndexOf('(', end - 1);
    if (open > start && end - open <= 42 && !doc.text.slice(open + 1, end - 1).includes(')')) {
      end = open;
      while (end > start && /\s/u.test(doc.text[end - 1] as string)) end--;
    }
  }
  const r = trimRange(doc.text, { start, end });
  return r.end > r.start ? r : null;
}

export const titleExtractor = defineExtractor({
  id: 'title',
  requires: ['number', 'issuer'],
  extract(ctx): string | null {
    const { doc, segments, report } = ctx;
    if (segments.isNewsPage) {
      const number = ctx.get('number');
      if (!number) return null;
      const range = newsTitle(doc, number.span.end);
      if (!range) return null;
      report({ rule: 'from-news', severity: 'info', message: `trích yếu of ${number.text} read from the news sentence`, range });
      return joinedLines(doc, range);
    }
    const region = regionsOf(segments, 'title')[0];
    const number = ctx.get('number');
    const issuerText = ctx.get('issuer')?.text ?? null;
    const range =
      (region ? withoutAuthorityLines(doc, segments, region, issuerText) : null) ??
      inlineSubject(doc, segments, number?.span ?? null) ??
      ((): TextRange | null => {
        const heading = inlineHeading(doc, segments, number?.span ?? null);
        return heading ? inlineTitle(doc, heading.rest, issuerText) : null;
      })();
    if (!range) {
      report({ rule: 'missing', severity: 'warning', message: 'no trích yếu under the kind line (or "V/v …" under the number)' });
      return null;
    }
    const title = joinedLines(doc, range);
    return title.length > 0 ? title : null;
  },
});
