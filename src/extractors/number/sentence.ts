/** Sentence and clause bounds around a range, for prose citations. */
import type { TextRange } from '../../document.js';

/** A full stop ends a sentence when a space and a capital (or a line end) follow. */
function isSentenceEnd(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  const next = text[i + 1];
  if (next === undefined || next === '\n') return true;
  return next === ' ' && /\p{Lu}/u.test(text[i + 2] ?? '');
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
    const c = text[i - 1] as string;
    if ((c === ';' && atSemicolon) || c === ':' || isSentenceEnd(text, i - 1)) break;
    if (c === '\n' && (!acrossLines || text[i - 2] === '\n')) break;
    i--;
  }
  return i;
}
