/**
 * issued extractor: where and when the document was issued (địa danh và thời gian, ô 4).
 *
 * A formal document: the place–date line, "Hà Nội, ngày 07 tháng 02 năm 2024" → 2024-02-07,
 * place "Hà Nội" (printed form kept: "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"). A news
 * page: the date the page gives for the document it reports on, only when it is tied to that
 * document: right after its number ("Quyết định số 62/… ngày 18/9/2023") or opening the
 * reporting sentence ("Ngày 22/9/2023, UBND tỉnh ban hành Công văn số 3198/…"). Any other
 * date in the sentence (a meeting's) is not the issue date.
 *
 * Rules (`issued:<rule>`):
 * - `missing` (warning): a formal document without a place–date line.
 * - `no-date` (warning): the place–date line has no date the grammar reads (a draft "ngày … tháng …").
 * - `invalid-date` (warning): a date that does not exist (31/02); the date is null, the place kept.
 * - `from-news` (info): the date is read from the news sentence.
 * - `not-stated` (info): a news page names the document but not its issue date.
 */
import { defineExtractor } from '../types.js';
import { spanOf, type NormalizedDocument, type TextRange } from '../../document.js';
import type { Issued } from '../../schema.js';
import { firstRegion, type Segments } from '../../segment/types.js';
import { foldedText } from '../../text/fold.js';
import { sentenceAround } from '../number/sentence.js';
import { dateAt, findDate, type DateMatch } from './date.js';
import { placeBeforeDate } from './place.js';

/**
 * The number's line when it also holds "<place>, ngày …" after the number (flattened headers:
 * "| Số: 9416/VPCP-QHQT *V/v …* | *Hà Nội, ngày 30 tháng 11 năm 2023* |"); it beats a later
 * line that the segmenter took for the place–date line ("Ngày 17 tháng 11 năm 2023, tại …").
 */
function datedNumberLine(doc: NormalizedDocument, segments: Segments, numberEnd: number | null, folded: string): TextRange | null {
  const region = firstRegion(segments, 'number');
  if (!region || numberEnd === null) return null;
  const line = doc.lines.find((l) => l.start <= numberEnd && numberEnd <= l.end);
  if (!line) return null;
  const d = findDate(doc.text, numberEnd, line.end, folded);
  if (!d || !folded.slice(Math.max(numberEnd, d.range.start - 4), d.range.start).includes(',')) return null;
  return { start: line.start, end: line.end };
}

export const issuedExtractor = defineExtractor({
  id: 'issued',
  requires: ['number'],
  extract(ctx): Issued | null {
    const { doc, segments, report } = ctx;
    const folded = foldedText(doc);
    const checked = (d: DateMatch): string | null => {
      if (d.iso === null) {
        report({
          rule: 'invalid-date',
          severity: 'warning',
          message: `${d.day}/${d.month}/${d.year} is not a calendar date`,
          range: d.range,
          actual: doc.text.slice(d.range.start, d.range.end),
        });
      }
      return d.iso;
    };

    if (!segments.isNewsPage) {
      const region = datedNumberLine(doc, segments, ctx.get('number')?.span.end ?? null, folded) ?? firstRegion(segments, 'place-date');
      if (!region) {
        report({ rule: 'missing', severity: 'warning', message: 'the header has no place–date line ("Hà Nội, ngày … tháng … năm …")' });
        return null;
      }
      const d = findDate(doc.text, region.start, region.end, folded);
      const line = doc.lines.find((l) => l.start <= region.start && region.start <= l.end);
      // "Số: 16/QĐ-… Hà Nội, ngày …" on one line (plain-text two-column headers): the place starts after the number.
      const number = ctx.get('number');
      const dateStart = d?.range.start ?? region.end;
      const numberEnd = number && number.span.start >= region.start && number.span.end <= dateStart ? number.span.end : -1;
      const lineStart = Math.max(region.start, line?.start ?? region.start, numberEnd);
      if (!d) {
        const at = folded.indexOf('ngay', region.start);
        const place = at >= 0 && at < region.end ? placeBeforeDate(doc.text, lineStart, at) : null;
        report({ rule: 'no-date', severity: 'warning', message: 'the place–date line has no readable date', range: region, actual: doc.text.slice(region.start, region.end) });
        if (!place) return null;
        return { date: null, place: doc.text.slice(place.start, place.end), span: spanOf(doc, place) };
      }
      const place = placeBeforeDate(doc.text, lineStart, d.range.start);
      const range = { start: place?.start ?? d.range.start, end: d.range.end };
      return { date: checked(d), place: place ? doc.text.slice(place.start, place.end) : null, span: spanOf(doc, range) };
    }

    const number = ctx.get('number');
    if (!number) return null;
    const after = dateAt(doc.text, number.span.end, folded);
    const sentence = sentenceAround(doc.text, number.span);
    const opening = after ? null : dateAt(doc.text, sentence.start, folded);
    // An opening date counts only as the sentence's adverbial: "Ngày 22/9/2023, <subject> ban hành …".
    const lead = opening && /^\s*,/u.test(doc.text.slice(opening.range.end, opening.range.end + 3)) ? opening : null;
    const d = after ?? lead;
    if (!d) {
      report({ rule: 'not-stated', severity: 'info', message: `the page does not say when ${number.text} was issued`, range: number.span });
      return null;
    }
    report({ rule: 'from-news', severity: 'info', message: `issue date of ${number.text} read from the news sentence`, range: d.range });
    return { date: checked(d), place: null, span: spanOf(doc, d.range) };
  },
});
