/** The out-of-era diagnostic: its message, and whether a mention only cites an older document. */
import type { TextRange } from '../../document.js';
import type { BodyEra } from '../../bodies/index.js';

/**
 * "Bộ Kế hoạch và Đầu tư (bo-ke-hoach-va-dau-tu) ended on 2025-02-28, before the document's
 * date 2026-01-15; successor: bo-tai-chinh".
 */
export function eraMessage(id: string, name: string, era: BodyEra, date: string): string {
  const who = era.subject === name ? `${name} (${id})` : `${name} (${id}): ${era.subject}`;
  if (era.status === 'before') {
    return `${who} began on ${era.validFrom ?? '?'}, after the document's date ${date}`;
  }
  const successors = era.successors.length > 0 ? `successor: ${era.successors.join(', ')}` : 'no successor recorded';
  const approx = era.approximate ? ' (the national date; it varies by province)' : '';
  return `${who} ended on ${era.validTo ?? '?'}${approx}, before the document's date ${date}; ${successors}`;
}

const CITATION = /\d\s*\/\s*\p{L}|(?<![\p{L}\p{N}])số\s*\d|ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/u;

/** The line before the mention cites a document by number or date ("Quyết định số 123/QĐ-BKHĐT … của"). */
export function isCitationContext(text: string, range: TextRange): boolean {
  const lineStart = text.lastIndexOf('\n', range.start - 1) + 1;
  const from = Math.max(lineStart, range.start - 160);
  return CITATION.test(text.slice(from, range.start));
}
