/**
 * number extractor: the document's số/ký hiệu.
 *
 * A formal document: the number region ("Số: 16/QĐ-TCTCCTTHC"). A news page: the number of
 * the document the page reports on, when a sentence says so ("vừa ký Quyết định số 62/…").
 *
 * Rules (`number:<rule>`):
 * - `missing` (warning): a formal document without a number line.
 * - `empty-serial` (warning): the number line has a symbol but no serial ("Số: /KH-UBND", a draft).
 * - `unparsed` (warning): the number line holds no số/ký hiệu the grammar reads.
 * - `unknown-type-code`, `unknown-issuer-code` (info): a segment not in doc-types / issuer-codes;
 *   the number is kept.
 * - `from-news` (info): taken from a news sentence, not from a number line.
 */
import { defineExtractor } from '../types.js';
import { spanOf } from '../../document.js';
import type { DocumentNumber } from '../../schema.js';
import { firstRegion } from '../../segment/types.js';
import type { Report } from '../../diagnostics.js';
import { scanNumbers, type NumberMatch } from './grammar.js';
import { pickNumber } from './parse.js';
import { findReportedDocument } from './news.js';

/** Info diagnostics for segments the tables do not know. */
export function reportUnknownCodes(report: Report, m: NumberMatch, rulePrefix = ''): void {
  if (m.unknownType !== null) {
    report({
      rule: `${rulePrefix}unknown-type-code`,
      severity: 'info',
      message: `type code "${m.unknownType}" in ${m.text} is not in doc-types; the number is kept`,
      range: m.range,
      actual: m.unknownType,
    });
  }
  if (m.unknownIssuer !== null) {
    report({
      rule: `${rulePrefix}unknown-issuer-code`,
      severity: 'info',
      message: `issuer code "${m.unknownIssuer}" in ${m.text} is not in issuer-codes; the number is kept`,
      range: m.range,
      actual: m.unknownIssuer,
    });
  }
}

export const numberExtractor = defineExtractor({
  id: 'number',
  extract(ctx): DocumentNumber | null {
    const { doc, segments, report } = ctx;
    const toNumber = (m: NumberMatch): DocumentNumber => ({
      text: m.text,
      serial: m.serial,
      year: m.year,
      typeCode: m.typeCode,
      issuerCode: m.issuerCode,
      span: spanOf(doc, m.range),
    });
    if (!segments.isNewsPage) {
      const region = firstRegion(segments, 'number');
      if (!region) {
        report({ rule: 'missing', severity: 'warning', message: 'the header has no "Số: …" line' });
        return null;
      }
      // "Số:" alone on its line, the number on the next ("Số:\n299/TTg Hà Nội, …"): read on.
      const m =
        pickNumber(doc.text, scanNumbers(doc.text, region.start, region.end), region) ??
        pickNumber(doc.text, scanNumbers(doc.text, region.start, Math.min(doc.text.length, region.end + 80)), region);
      const line = doc.text.slice(region.start, region.end);
      if (!m) {
        const empty = /^Số {0,4}:? {0,4}[.… ]{0,40}\/ {0,3}\S/u.test(line.trim());
        report({
          rule: empty ? 'empty-serial' : 'unparsed',
          severity: 'warning',
          message: empty ? 'the number line has no serial (a draft?)' : 'the number line holds no số/ký hiệu',
          range: region,
          actual: line,
        });
        return null;
      }
      reportUnknownCodes(report, m);
      return toNumber(m);
    }
    const reported = findReportedDocument(doc, segments);
    if (!reported) return null;
    report({
      rule: 'from-news',
      severity: 'info',
      message: `a news page: ${reported.number.text} is the document it reports on`,
      range: reported.number.range,
    });
    reportUnknownCodes(report, reported.number);
    return toNumber(reported.number);
  },
});
