/** Sentence and clause bounds around a range, for prose citations. */
import type { TextRange } from '../../document.js';
import { UPPER, isSurrogate, unitClass } from '../../text/char-class.js';

const DOT = 0x2e;
const NEWLINE = 0x0a;
const SPACE_CHAR = 0x20;
const SEMICOLON = 0x3b;
const COLON = 0x3a;

/**
 * A full stop ends a sentence when a space and a capital (or a line end) follow. Read by code
 * unit (clauseStart asks it of every character it walks back over): the capital is
 * `/\p{Lu}/u` of one unit, which a surrogate half never is.
 */
function isSentenceEnd(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== DOT) return false;
  if (i + 1 >= text.length) return true;
  const next = text.charCodeAt(i + 1);
  if (next === NEWLINE) return true;
  if (next !== SPACE_CHAR || i + 2 >= text.length) return false;
  const after = text.charCodeAt(i + 2);
  return !isSurrogate(after) && (unitClass(after) & UPPER) !== 0;
}

/** The sentence holding `range`: from after the previous full stop or line break to the next. */
export function sentenceAround(text: string, range: TextRange): TextRange {
  let start = range.start;
  while (start > 0 && text[start - 1] !== '\n' && !isSentenceEnd(text, start - 2)) start--;
  let end = range.end;
  while (end < text.length && text[end] !== '\n' && !isSentenceEnd(text, end)) end++;
  if (text[end] === '.') end++;
  return { start, end };
}

/**
 * Start of the clause holding `pos`: after the last ';', ':', full stop or line break. With
 * `acrossLines`, a single line break does not end the clause (hard-wrapped text); a blank
 * line does. Without `atSemicolon`, ';' does not end it either (the sentence of a ';' list).
 */
export function clauseStart(text: string, pos: number, limit = 400, acrossLines = false, atSemicolon = true): number {
  let i = pos;
  const stop = Math.max(0, pos - limit);
  while (i > stop) {
    const c = text.charCodeAt(i - 1);
    if ((c === SEMICOLON && atSemicolon) || c === COLON || (c === DOT && isSentenceEnd(text, i - 1))) break;
    if (c === NEWLINE && (!acrossLines || text.charCodeAt(i - 2) === NEWLINE)) break;
    i--;
  }
  return i;
}
