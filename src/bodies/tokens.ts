/**
 * Words of a text with their offsets, for matching body names token by token. A token is a
 * run of letters and digits; what stands between two tokens is kept as the second token's
 * `gap`, so the matcher can tell "Bộ Văn hóa, Thể thao" (a comma inside a name) from
 * "Bộ Công an; Bộ Tư pháp" (a list). The scan is a single pass: linear in the input.
 *
 * Three printed shapes are made into one token here: dotted acronyms (U.B.N.D → ubnd),
 * slashed abbreviations of two letters (Đ/c, V/v), and a parenthesised acronym that only repeats the
 * words before it ("thủ tục hành chính (TTHC) của …"), which is dropped. A chunk that is a
 * document number (3198/UBND-TTHCC, 104/QĐ-TTg) gives no token: the codes in it are not
 * mentions, and its slash keeps names from running across it.
 */
import type { TextRange } from '../document.js';
import { foldKey } from '../text/fold.js';

export interface Token {
  /** Offsets into the tokenized text. */
  readonly start: number;
  readonly end: number;
  /** Lower case, no diacritics (đ → d): "Bộ" → "bo", "Đ/c" → "d/c". */
  readonly key: string;
  readonly raw: string;
  /** The characters between the previous token (or the range start) and this one. */
  readonly gap: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Has letters and none in lower case (UBND, TỈNH, KH). */
  readonly upper: boolean;
}

const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}\p{Lu}?\.?$/u;

function makeToken(text: string, start: number, end: number, gap: string, keyOverride?: string): Token {
  const raw = text.slice(start, end);
  const key = keyOverride ?? foldKey(raw);
  const first = raw[0] ?? '';
  return { start, end, key, raw, gap, cap: UPPER.test(first), upper: UPPER.test(raw) && !LOWER.test(raw) };
}

/** A number with a symbol: has a slash, a digit and a letter (16/QĐ-TCTCCTTHC). */
function isDocumentNumber(chunk: string): boolean {
  if (!chunk.includes('/')) return false;
  let digit = false;
  let letter = false;
  for (const ch of chunk) {
    if (!digit && DIGIT.test(ch)) digit = true;
    else if (!letter && LETTER.test(ch)) letter = true;
    if (digit && letter) return true;
  }
  return false;
}

/** Tokens of `text` (or of the part of it in `range`). */
export function tokenize(text: string, range: TextRange = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  const end = Math.min(range.end, text.length);
  let gap = '';
  let i = Math.max(0, range.start);
  while (i < end) {
    const ch = text[i] as string;
    if (SPACE.test(ch)) {
      gap += ch;
      i++;
      continue;
    }
    let j = i;
    while (j < end && !SPACE.test(text[j] as string)) j++;
    gap = chunkTokens(text, i, j, gap, tokens);
    i = j;
  }
  return dropRepeatedAcronyms(tokens);
}

/** Tokens of the chunk text[from, to) (no white space inside); returns the pending gap. */
function chunkTokens(text: string, from: number, to: number, gapIn: string, out: Token[]): string {
  const chunk = text.slice(from, to);
  if (isDocumentNumber(chunk)) return `${gapIn}${chunk}`;
  let core = chunk.length;
  while (core > 0 && /[,;:)\]”"']/u.test(chunk[core - 1] as string)) core--;
  if (core >= 4 && DOTTED_ACRONYM.test(chunk.slice(0, core))) {
    const letters = chunk.slice(0, core).replace(/\./gu, '');
    out.push(makeToken(text, from, from + core, gapIn, foldKey(letters)));
    return chunk.slice(core);
  }
  let gap = gapIn;
  let i = from;
  while (i < to) {
    if (!WORD_CHAR.test(text[i] as string)) {
      gap += text[i];
      i++;
      continue;
    }
    let j = i;
    while (j < to && WORD_CHAR.test(text[j] as string)) j++;
    // Đ/c, V/v: two single letters around one slash are one word.
    if (text[j] === '/' && j - i === 1 && LETTER.test(text[i] as string)) {
      let k = j + 1;
      while (k < to && WORD_CHAR.test(text[k] as string)) k++;
      if (k - j - 1 === 1 && LETTER.test(text[j + 1] as string)) j = k;
    }
    out.push(makeToken(text, i, j, gap));
    gap = '';
    i = j;
  }
  return gap;
}

/** "… hành chính (TTHC) của …": drop the acronym, the name reads on. */
function dropRepeatedAcronyms(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (
      out.length > 0 &&
      t.upper &&
      t.key.length >= 2 &&
      t.key.length <= 10 &&
      t.gap.trim() === '(' &&
      next !== undefined &&
      next.gap.trimStart().startsWith(')')
    ) {
      tokens[i + 1] = { ...next, gap: ` ${next.gap.trimStart().slice(1)}` };
      continue;
    }
    out.push(t);
  }
  return out;
}
