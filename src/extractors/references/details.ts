/**
 * What follows a cited number: "ngày 06 tháng 8 năm 2023" and "của Thủ tướng Chính phủ".
 * The issuer name runs until a lower-case word that opens the trích yếu or the next clause
 * (citation-phrases.json issuerStops: "về", "ban hành", "phê duyệt", …), a number, a comma
 * before lower case, or the end of the clause.
 */
import type { TextRange } from '../../document.js';
import { charsOrSpace, trimEndWhere } from '../../text/trim.js';
import { dateAt, type DateMatch } from '../issued/date.js';
import { citationPhrases } from './phrases.js';
import { indexOfWithin } from '../../text/search.js';
import { LETTER, LOWER, isSurrogate, unitClass } from '../../text/char-class.js';

export interface CitationDetails {
  readonly date: DateMatch | null;
  readonly issuer: TextRange | null;
  /** End of the citation proper (number, date, issuer). */
  readonly end: number;
}

const MAX_ISSUER_WORDS = 18;
const closing = charsOrSpace(';:.)”"\',');

/** Words of the issuer name; global, its lastIndex set before each use. */
const WORD = /\S+/gu;
/** A word that cannot belong to a name: a number, a quotation, a bracket. */
const NOT_A_NAME = /^[\p{N}(“"'‘«[]/u;
const LOWER_FIRST = /^\p{Ll}/u;
const AND_THEN_LOWER = /^và\s+\p{Ll}/u;
const ABBREVIATION = /^\p{Lu}{1,3}\.$/u;
const CLOSES_CLAUSE = /[;:.)”"]/u;

/** The issuer name starting at `start` (right after "của "). */
export function issuerPhraseAt(text: string, start: number): TextRange | null {
  const stop = citationPhrases().issuerStop;
  const re = WORD;
  re.lastIndex = start;
  let end = start;
  let count = 0;
  let afterComma = false;
  for (let m = re.exec(text); m !== null && count < MAX_ISSUER_WORDS; m = re.exec(text)) {
    // A line break ends the name.
    if (indexOfWithin(text, '\n', end, m.index) >= 0) break;
    const word = m[0];
    // Most words open with a letter, read from the unit table: no number or bracket, and
    // only a lower-case one can stop the name.
    const first = word.charCodeAt(0);
    const bits = isSurrogate(first) ? 0 : unitClass(first);
    if ((bits & LETTER) === 0 && NOT_A_NAME.test(word)) break;
    if (bits === 0 ? LOWER_FIRST.test(word) : (bits & LOWER) !== 0) {
      const rest = text.slice(m.index, m.index + 40);
      if (afterComma || stop.test(rest)) break;
      // "và" before a lower-case word joins two clauses, not two parts of a name.
      if (word === 'và' && AND_THEN_LOWER.test(rest)) break;
    }
    // "TP." is an abbreviation, not the end of the sentence.
    const abbreviation = word.charCodeAt(word.length - 1) === 0x2e /* . */ && ABBREVIATION.test(word);
    const core = abbreviation ? word : trimEndWhere(word, closing);
    if (core.length > 0) end = m.index + core.length;
    count++;
    const trail = word.slice(core.length);
    if (trail.length > 0 && CLOSES_CLAUSE.test(trail)) break;
    afterComma = trail.includes(',');
  }
  return end > start ? { start, end } : null;
}

/** The most units `\s{0,3},?\s{0,3}` lets stand before "ban hành" or "của". */
const LEAD = 7;

/**
 * Does `word` start at one of `text`'s offsets pos … pos + slack? A necessary condition for
 * the lead-in patterns below, tested first: after most citations neither word follows.
 */
function opensWithin(text: string, word: string, pos: number, slack: number): boolean {
  for (let k = 0; k <= slack; k++) if (text.startsWith(word, pos + k)) return true;
  return false;
}

/** Date and issuer printed right after a cited number (or after a name-only law). */
export function detailsAfter(text: string, folded: string, pos: number): CitationDetails {
  let end = pos;
  let date = dateAt(text, end, folded);
  if (!date) {
    // "… ban hành ngày 05/3/2020"
    const issued = opensWithin(folded, 'ban hanh', end, LEAD) ? /^\s{0,3},?\s{0,3}ban hanh\s{1,3}/u.exec(folded.slice(end, end + 20)) : null;
    if (issued) date = dateAt(text, end + issued[0].length - 1, folded);
  }
  if (date) end = date.range.end;
  let issuer: TextRange | null = null;
  const of = opensWithin(folded, 'cua', end, LEAD) ? /^\s{0,3},?\s{0,3}cua\s{1,3}/u.exec(folded.slice(end, end + 16)) : null;
  if (of) {
    issuer = issuerPhraseAt(text, end + of[0].length);
    if (issuer) end = issuer.end;
  }
  if (!date && issuer) {
    // "của Bộ Tài chính ngày 26/10/2005"
    const later = dateAt(text, issuer.end, folded);
    if (later) {
      date = later;
      end = later.range.end;
    }
  }
  return { date, issuer, end };
}
