/**
 * Whether a stretch of text holds a document number: `scanNumbers(text, from, to).length > 0`
 * without reading every number of the stretch into a NumberMatch.
 *
 * The references extractor asks this of the clause before each citation (is another document
 * cited between the clause start and this one?), of the text between an opening date and the
 * citation, and of each law clause. Most of these stretches hold no digit at all, and every
 * form of the number grammar opens with an ASCII digit (its serial), so the regex starts at
 * the first digit: no match can start before it, and from there it finds what it would have
 * found from `from`.
 */
import { numberRegExp, readMatch } from '../number/grammar.js';

function firstDigit(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return i;
  }
  return -1;
}

/** Does `text[from, to)` hold a number that scanNumbers would read? */
export function holdsNumber(text: string, from: number, to: number): boolean {
  const digit = firstDigit(text, from, to);
  if (digit < 0) return false;
  const re = numberRegExp();
  // As scanNumbers: the text ends at `to` (the lookahead after a number sees the end there).
  const slice = to === text.length ? text : text.slice(0, to);
  re.lastIndex = digit;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (readMatch(m) !== null) return true;
  }
  return false;
}
