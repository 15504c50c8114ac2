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
import { DIGIT, LETTER, LOWER, SPACE, UPPER, WORD, isSurrogate, unitClass } from '../text/char-class.js';

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
  /**
   * The fields of a word-stream Item (src/bodies/stream.ts), so that a token which is no
   * abbreviation becomes its Item as it is (one object per word, not two): a token is never
   * an expansion, "và" is optional, and `group` is set when the token joins a stream.
   */
  readonly expanded: false;
  group: number;
  readonly optional: boolean;
}

const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{N}/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}\p{Lu}?\.?$/u;

function isSpaceAt(text: string, i: number): boolean {
  return (unitClass(text.charCodeAt(i)) & SPACE) !== 0;
}

function isWordAt(text: string, i: number): boolean {
  return (unitClass(text.charCodeAt(i)) & WORD) !== 0;
}

function isLetterAt(text: string, i: number): boolean {
  return (unitClass(text.charCodeAt(i)) & LETTER) !== 0;
}

/** Characters that may close a chunk after the word: , ; : ) ] ” " ' */
function isClosing(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x3a || code === 0x29 || code === 0x5d || code === 0x201d || code === 0x22 || code === 0x27;
}

/**
 * The text being tokenized and, when the caller has it, foldKey of the whole text: a word's
 * key is then a slice of it (folding keeps offsets), not a fold of its own.
 */
interface Source {
  readonly text: string;
  readonly folded: string | undefined;
}

/**
 * The token text[start, end), whose gap is text[gapStart, start) (what stands between two
 * tokens is always one stretch of the text). `any` is the union of its characters' classes;
 * `unchanged`, whether the folded text has the same characters there.
 */
function wordToken(src: Source, gapStart: number, start: number, end: number, any: number, unchanged: boolean, upper: boolean, keyOverride?: string): Token {
  const { text, folded } = src;
  const raw = text.slice(start, end);
  // A word that is its own key (lower case, no marks) shares its string.
  const key = keyOverride ?? (folded === undefined ? foldKey(raw) : unchanged ? raw : folded.slice(start, end));
  const gap = gapStart === start ? '' : text.slice(gapStart, start);
  // Item field order (stream.ts): tokens and expansions share one object shape.
  return { key, start, end, gap, raw, cap: (unitClass(text.charCodeAt(start)) & UPPER) !== 0, upper, expanded: false, group: 0, optional: key === 'va' };
}

/** The token text[start, end) of any characters (a dotted acronym, Đ/c): its classes read here. */
function makeToken(src: Source, gapStart: number, start: number, end: number, keyOverride?: string): Token {
  const { text, folded } = src;
  let any = 0;
  let astral = false;
  let unchanged = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isSurrogate(code)) astral = true;
    any |= unitClass(code);
    if (unchanged && folded !== undefined && folded.charCodeAt(i) !== code) unchanged = false;
  }
  // A character outside the BMP (only a dotted acronym can hold one) is read by the regexes.
  const raw = astral ? text.slice(start, end) : '';
  const upper = astral ? UPPER_RE.test(raw) && !LOWER_RE.test(raw) : (any & UPPER) !== 0 && (any & LOWER) === 0;
  return wordToken(src, gapStart, start, end, any, unchanged, upper, keyOverride);
}

/** A number with a symbol: has a slash, a digit and a letter (16/QĐ-TCTCCTTHC), in text[from, to). */
function isDocumentNumber(text: string, from: number, to: number): boolean {
  let digit = false;
  let letter = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // A character outside the BMP: the regexes read the chunk by code points.
    if (isSurrogate(code)) return isDocumentNumberByRegex(text.slice(from, to));
    const bits = unitClass(code);
    if ((bits & DIGIT) !== 0) digit = true;
    else if ((bits & LETTER) !== 0) letter = true;
    if (digit && letter) return true;
  }
  return false;
}

function isDocumentNumberByRegex(chunk: string): boolean {
  let digit = false;
  let letter = false;
  for (const ch of chunk) {
    if (!digit && DIGIT_RE.test(ch)) digit = true;
    else if (!letter && LETTER_RE.test(ch)) letter = true;
    if (digit && letter) return true;
  }
  return false;
}

/**
 * Tokens of `text` (or of the part of it in `range`).
 * @param folded foldKey(text), when the caller has it at hand (a document's folded text)
 */
export function tokenize(text: string, range: TextRange = { start: 0, end: text.length }, folded?: string): Token[] {
  const src: Source = { text, folded };
  const tokens: Token[] = [];
  const end = Math.min(range.end, text.length);
  let i = Math.max(0, range.start);
  // A token's gap is everything since the previous token's end (or the range start).
  let gapStart = i;
  while (i < end) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    // One pass over the chunk (up to the next space) makes its words into tokens as they come.
    // A slash or a second dot asks for the chunk as a whole (a document number, a dotted
    // acronym, Đ/c): then those tokens are taken back and chunkTokens reads it.
    const taken = tokens.length;
    const gapBefore = gapStart;
    let dots = 0;
    let whole = false;
    let k = i;
    while (k < end) {
      const code = text.charCodeAt(k);
      const cls = unitClass(code);
      if ((cls & SPACE) !== 0) break;
      if ((cls & WORD) !== 0) {
        k = wordAt(src, gapStart, k, end, tokens);
        gapStart = k;
        continue;
      }
      if (code === 0x2f || (code === 0x2e && ++dots === 2)) {
        whole = true;
        break;
      }
      k++;
    }
    if (!whole) {
      i = k;
      continue;
    }
    tokens.length = taken;
    let j = i;
    let marks = 0;
    for (; j < end; j++) {
      const code = text.charCodeAt(j);
      if ((unitClass(code) & SPACE) !== 0) break;
      if (code === 0x2f) marks |= SLASH;
      else if (code === 0x2e) marks |= DOT;
    }
    gapStart = chunkTokens(src, i, j, gapBefore, tokens, marks);
    i = j;
  }
  return dropRepeatedAcronyms(tokens);
}

/** The run of word characters from text[from] becomes a token; returns where it ends. */
function wordAt(src: Source, gapStart: number, from: number, end: number, out: Token[]): number {
  const { text, folded } = src;
  let any = 0;
  let unchanged = true;
  let k = from;
  for (; k < end; k++) {
    const code = text.charCodeAt(k);
    const cls = unitClass(code);
    if ((cls & WORD) === 0) break;
    any |= cls;
    if (unchanged && folded !== undefined && folded.charCodeAt(k) !== code) unchanged = false;
  }
  // (No surrogate is a word character: the classes say whether the word is in upper case.)
  out.push(wordToken(src, gapStart, from, k, any, unchanged, (any & UPPER) !== 0 && (any & LOWER) === 0));
  return k;
}

const SLASH = 1;
const DOT = 2;

/** Tokens of the chunk text[from, to) (no white space inside); returns where the pending gap starts. */
function chunkTokens(src: Source, from: number, to: number, gapStart: number, out: Token[], marks: number): number {
  const text = src.text;
  // (A slash is in the chunk: the one test of isDocumentNumber left out.)
  if ((marks & SLASH) !== 0 && isDocumentNumber(text, from, to)) return gapStart;
  let core = to - from;
  while (core > 0 && isClosing(text.charCodeAt(from + core - 1))) core--;
  // The closing characters hold no dot, so a dotted acronym has its dots in the core.
  if (core >= 4 && (marks & DOT) !== 0 && DOTTED_ACRONYM.test(text.slice(from, from + core))) {
    const letters = text.slice(from, from + core).replace(/\./gu, '');
    out.push(makeToken(src, gapStart, from, from + core, foldKey(letters)));
    return from + core;
  }
  let pending = gapStart;
  let i = from;
  while (i < to) {
    if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && isWordAt(text, j)) j++;
    // Đ/c, V/v: two single letters around one slash are one word.
    if (j - i === 1 && text.charCodeAt(j) === 0x2f && isLetterAt(text, i)) {
      let k = j + 1;
      while (k < to && isWordAt(text, k)) k++;
      if (k - j - 1 === 1 && isLetterAt(text, j + 1)) j = k;
    }
    out.push(makeToken(src, pending, i, j));
    i = j;
    pending = j;
  }
  return pending;
}

/**
 * "… hành chính (TTHC) của …": drop the acronym, the name reads on. In place (the list is the
 * tokenizer's own): a copy of every token list cost a second array per text for the rare drop.
 */
function dropRepeatedAcronyms(tokens: Token[]): Token[] {
  let kept = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (
      kept > 0 &&
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
    tokens[kept++] = t;
  }
  tokens.length = kept;
  return tokens;
}
