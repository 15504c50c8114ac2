/**
 * issuer extractor: the issuing body (tên cơ quan ban hành, ô 2) as a BodyRef.
 *
 * A formal document: the lowest body of the header ("TỔNG CỤC THUẾ / CỤC THUẾ TP HÀ NỘI" →
 * Cục Thuế TP Hà Nội), its lines joined; `text` is the printed upper-case text, `name` the
 * sentence-case name. When the number's issuer code names one body (TTg, VPCP, BVHTTDL,
 * TCTCCTTHC) and agrees with the header, the issuer-codes name is used: it is the full name
 * ("Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ" for a header that prints
 * only "TỔ CÔNG TÁC CẢI CÁCH / THỦ TỤC HÀNH CHÍNH").
 * A news page: the subject of the reporting sentence when it is a body ("Văn phòng Chính
 * phủ ban hành …", "UBND tỉnh ban hành …"), else the body named after "của" in the citation,
 * else the body the number's issuer code names.
 *
 * Rules (`issuer:<rule>`):
 * - `missing` (warning): a formal document with no issuer lines and no issuer code that names a body.
 * - `from-code` (info): the issuer is read from the number's issuer code alone.
 * - `code-mismatch` (info): the number's issuer code names another body than the header; the header wins.
 * - `place-inferred` (info): "UBND tỉnh" completed with the province the page names elsewhere.
 * - `code-out-of-period` (info): the issuer code was not in use on the issue date.
 */
import { defineExtractor } from '../types.js';
import { spanOf, type NormalizedDocument, type TextRange } from '../../document.js';
import type { BodyRef, DocumentNumber } from '../../schema.js';
import { firstRegion, type Segments } from '../../segment/types.js';
import { foldKey, foldedText } from '../../text/fold.js';
import { issuerRow } from '../number/codes.js';
import { findReportedDocument } from '../number/news.js';
import { headerBodies, inlineIssuer } from './header.js';
import { expandAbbreviations, headAt, sentenceCaseName } from './naming.js';
import { completePlace } from './place.js';
import { detailsAfter } from '../references/details.js';
import { resolveIssuer } from './resolve.js';

/** The motto shares its line with other text ("ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI …"). */
function mottoIsInline(doc: NormalizedDocument, segments: Segments): boolean {
  const motto = firstRegion(segments, 'motto');
  const line = motto ? doc.lines[motto.firstLine] : undefined;
  return line !== undefined && foldKey(line.text).indexOf('cong hoa xa hoi chu nghia viet nam') > 0;
}

/** Letters and digits only, folded: for comparing a header with a table name. */
function nameKey(s: string): string {
  return foldKey(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The issuer code's row when it names one body. */
function bodyOfCode(number: DocumentNumber | null) {
  if (!number?.issuerCode) return null;
  const row = issuerRow(number.issuerCode);
  return row?.identifiesBody ? row : null;
}

/** Where the issuer code stands inside the printed number. */
function codeRange(doc: NormalizedDocument, number: DocumentNumber): TextRange {
  const printed = doc.text.slice(number.span.start, number.span.end);
  const at = number.issuerCode ? printed.lastIndexOf(number.issuerCode) : -1;
  return at < 0 ? number.span : { start: number.span.start + at, end: number.span.start + at + (number.issuerCode as string).length };
}

/** Subject of the reporting sentence: between the sentence start (after "Ngày …, ") and the verb. */
function newsSubject(doc: NormalizedDocument, sentenceStart: number, verbStart: number): TextRange | null {
  let start = sentenceStart;
  const opening = /^\s*Ngày\s+[\d/.\-]+(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?\s*,\s*/u.exec(doc.text.slice(start, verbStart));
  if (opening) start += opening[0].length;
  const lead = /^[\s(]*(?:\([^)]{0,30}\)\s*[-–—]\s*)?/u.exec(doc.text.slice(start, verbStart));
  if (lead) start += lead[0].length;
  let end = verbStart;
  while (end > start && /\s/u.test(doc.text[end - 1] as string)) end--;
  return end > start && end - start <= 120 ? { start, end } : null;
}

export const issuerExtractor = defineExtractor({
  id: 'issuer',
  requires: ['number', 'issued'],
  extract(ctx): BodyRef | null {
    const { doc, segments, report } = ctx;
    const number = ctx.get('number');
    const date = ctx.get('issued')?.date ?? ctx.options.reference;
    const codeRow = bodyOfCode(number);
    const code = number?.issuerCode ?? null;

    if (number?.issuerCode && date) {
      const row = issuerRow(number.issuerCode);
      const until = row?.validTo && row.validTo.length === 4 ? `${row.validTo}-12-31` : row?.validTo;
      if (row && ((row.validFrom && date < row.validFrom) || (until && date > until))) {
        report({
          rule: 'code-out-of-period',
          severity: 'info',
          message: `issuer code ${row.code} was in use ${row.validFrom ?? '…'} – ${row.validTo ?? '…'}; the document is dated ${date}`,
          range: number.span,
        });
      }
    }

    const fromCode = (): BodyRef | null => {
      if (!number || !codeRow) return null;
      report({ rule: 'from-code', severity: 'info', message: `issuer read from the issuer code ${codeRow.code} of ${number.text}`, range: number.span });
      const range = codeRange(doc, number);
      const lookup = { code: number.issuerCode as string };
      return resolveIssuer(doc, { name: codeRow.name, text: doc.text.slice(range.start, range.end), range }, { date, code, lookup });
    };

    /**
     * A printed body (header or prose): the registry's body for `lookup` (the whole header);
     * else the code's full name when it agrees, else sentence case.
     */
    const fromPrinted = (text: string, range: TextRange, lookup: string = text): BodyRef => {
      let name = sentenceCaseName(text);
      if (codeRow) {
        const a = nameKey(name);
        const b = nameKey(codeRow.name);
        if (a.length > 0 && (b.includes(a) || a.includes(b))) name = codeRow.name;
        else {
          report({
            rule: 'code-mismatch',
            severity: 'info',
            message: `the number's issuer code ${codeRow.code} (${codeRow.name}) does not match the printed issuer "${text}"`,
            range,
          });
        }
      }
      return resolveIssuer(doc, { name, text, range }, { date, code, lookup });
    };

    if (!segments.isNewsPage) {
      const region = firstRegion(segments, 'issuer');
      // A header flattened onto the motto's line names the issuer there; lines above it are page debris.
      const inline = inlineIssuer(doc, segments);
      const regionBodies = region ? headerBodies(doc, region) : [];
      const bodies = inline.length > 0 && (regionBodies.length === 0 || mottoIsInline(doc, segments)) ? inline : regionBodies;
      const lowest = bodies[bodies.length - 1];
      if (lowest) return fromPrinted(lowest.text, lowest.range, bodies.map((b) => b.text).join('\n'));
      const ref = fromCode();
      if (!ref) report({ rule: 'missing', severity: 'warning', message: 'the header names no issuing body' });
      return ref;
    }

    if (!number) return null;
    const reported = findReportedDocument(doc, segments);
    if (reported && reported.number.range.start === number.span.start) {
      const subject = newsSubject(doc, reported.sentence.start, reported.verb.start);
      const printed = subject ? doc.text.slice(subject.start, subject.end) : '';
      if (subject && headAt(printed) !== null) {
        const completed = completePlace(doc, printed, subject);
        if (completed) {
          report({ rule: 'place-inferred', severity: 'info', message: `"${printed}" completed as "${completed}" from the page`, range: subject });
          const name = sentenceCaseName(expandAbbreviations(completed));
          return resolveIssuer(doc, { name, text: printed, range: subject }, { date, code, lookup: completed });
        }
        return fromPrinted(printed, subject);
      }
      // "Thực hiện Công văn số 1901/SKH-TTXTĐT, ngày 30 tháng 10 năm 2020 của Sở Kế hoạch …":
      // the body after "của".
      const of = detailsAfter(doc.text, foldedText(doc), number.span.end).issuer;
      const ofText = of ? doc.text.slice(of.start, of.end) : '';
      if (of && headAt(ofText) !== null) return fromPrinted(ofText, of);
    }
    return fromCode();
  },
});
