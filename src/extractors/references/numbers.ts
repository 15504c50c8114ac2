/**
 * Whether a stretch of text holds a document number: `scanNumbers(text, from, to).length > 0`
 * without reading every number of the stretch into a NumberMatch.
 *
 * The references extractor asks this of the clause before each citation (is another document
 * cited between the clause start and this one?), of the text between an opening date and the
 * citation, and of each law clause. Most of these stretches hold no digit at all, and every
 * form of the number grammar opens with an ASCII digit (its serial): a stretch without one
 * is answered by a loop over its units, the others by nextNumberMatch.
 */
import { nextNumberMatch, readMatch } from '../number/grammar.js';

/** Does `text[from, to)` hold a number that scanNumbers would read? */
export function holdsNumber(text: string, from: number, to: number): boolean {
  // Most stretches hold no digit: no slice then.
  if (!holdsDigit(text, from, to)) return false;
  // As scanNumbers: the text ends at `to` (the lookahead after a number sees the end there).
  const slice = to === text.length ? text : text.slice(0, to);
  for (let m = nextNumberMatch(slice, from); m !== null; m = nextNumberMatch(slice, m.index + m[0].length)) {
    if (readMatch(m) !== null) return true;
  }
  return false;
}

function holdsDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}
