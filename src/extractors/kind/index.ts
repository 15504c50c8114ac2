/**
 * kind extractor: the document type (tên loại), as { code, name } from doc-types.
 *
 * A formal document: the kind line ("QUYẾT ĐỊNH" → QĐ / Quyết định), or the type name inside a
 * flattened header line ("Hà Nội, ngày … QUYẾT ĐỊNH BAN HÀNH …"). Without one, the type
 * code of the number (inferred, reported); a công văn (no kind line, a number such as
 * 3198/UBND-TTHCC with no type code) is CV / Công văn (see the decision in doc-types.json).
 * A news page: the type of the document it reports on, only when the page names it
 * ("ban hành Thông báo 71/TB-VPCP" → TB); otherwise null.
 *
 * Rules (`kind:<rule>`):
 * - `from-number` (info): no kind line; the kind is read from the number's type code.
 * - `cong-van` (info): no kind line and a công văn number; the kind is Công văn.
 * - `unknown` (info): a kind line that is not in doc-types.
 * - `no-code` (info): a type with no abbreviation (Thư công); kind is null.
 * - `code-out-of-period` (info): every doc-types row of the type code ended before the issue date.
 */
import { defineExtractor } from '../types.js';
import type { Kind } from '../../schema.js';
import { firstRegion } from '../../segment/types.js';
import { codeTables, kindOfTypeCode, typeByName } from '../number/codes.js';
import { typeWordBefore } from '../number/type-word.js';
import { foldedText } from '../../text/fold.js';
import { inlineHeading } from '../title/inline.js';

/** A công văn number: no type code, an issuer segment, no year, not Party style. */
function isCongVanNumber(n: { typeCode: string | null; issuerCode: string | null; year: number | null; text: string }): boolean {
  return n.typeCode === null && n.issuerCode !== null && n.year === null && !/^\d+[a-z]?-/u.test(n.text);
}

const CONG_VAN = (): Kind | null => kindOfTypeCode('CV');

export const kindExtractor = defineExtractor({
  id: 'kind',
  requires: ['number', 'issued'],
  extract(ctx): Kind | null {
    const { doc, segments, report } = ctx;
    const number = ctx.get('number');
    const issued = ctx.get('issued');
    const party = number ? /^\d+[a-z]?-/u.test(number.text) : false;

    const checkPeriod = (kind: Kind): Kind => {
      const rows = codeTables().typesByCode.get(kind.code) ?? [];
      const date = issued?.date;
      if (date && rows.length > 0 && rows.every((r) => r.validTo !== null && r.validTo < date)) {
        report({ rule: 'code-out-of-period', severity: 'info', message: `type code ${kind.code} was last defined until ${rows[0]?.validTo}; the document is dated ${date}`, range: number?.span });
      }
      return kind;
    };

    const fromWord = (printed: string, range: { start: number; end: number }): Kind | null | undefined => {
      const row = typeByName(printed);
      if (!row) return undefined;
      if (row.code === null) {
        report({ rule: 'no-code', severity: 'info', message: `"${printed.trim()}" has no type abbreviation in doc-types`, range });
        return null;
      }
      return { code: row.code, name: row.name };
    };

    if (segments.isNewsPage) {
      if (!number) return null;
      const word = typeWordBefore(doc.text, number.span.start, foldedText(doc));
      if (!word) return null;
      const kind = fromWord(doc.text.slice(word.start, word.end), word);
      // A generic word ("văn bản") names no type: fall back on the number's code.
      if (kind === undefined) return number.typeCode ? kindOfTypeCode(number.typeCode, party) : null;
      return kind === null ? null : checkPeriod(kind);
    }

    const line = firstRegion(segments, 'kind');
    if (line) {
      const printed = doc.text.slice(line.start, line.end);
      const kind = fromWord(printed, line);
      if (kind !== undefined) return kind === null ? null : checkPeriod(kind);
      report({ rule: 'unknown', severity: 'info', message: `kind line "${printed.trim()}" is not in doc-types`, range: line, actual: printed });
    } else {
      const inline = inlineHeading(doc, segments, number?.span ?? null);
      if (inline) {
        const kind = fromWord(doc.text.slice(inline.kind.start, inline.kind.end), inline.kind);
        if (kind !== undefined) return kind === null ? null : checkPeriod(kind);
      }
    }
    if (!number) return null;
    if (number.typeCode !== null) {
      const kind = kindOfTypeCode(number.typeCode, party);
      if (kind) {
        report({ rule: 'from-number', severity: 'info', message: `no kind line; kind ${kind.name} read from ${number.text}`, range: number.span });
        return checkPeriod(kind);
      }
      return null;
    }
    if (isCongVanNumber(number)) {
      report({ rule: 'cong-van', severity: 'info', message: `no kind line and a công văn number (${number.text}): kind Công văn`, range: number.span });
      return CONG_VAN();
    }
    return null;
  },
});
