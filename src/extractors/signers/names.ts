/**
 * Personal names: is this printed phrase a Vietnamese person's name, and what is it?
 *
 * A name is 2–6 syllables, each capitalised (Trần Lưu Quang) or all in upper case
 * (NGUYỄN VĂN A). Honorifics, ranks and academic titles in front are not part of it
 * (Thiếu tướng Vũ Xuân Sinh → Vũ Xuân Sinh). A phrase that holds a title (Phó Chủ Tịch),
 * a body word (Văn Phòng, Ủy Ban, Sở) or is a province name (Hà Nội, Kon Tum) is never a
 * name. The surname is checked against surnames.json; an unknown one does not reject the
 * name, it is reported by the caller (`surnameKnown: false`).
 */
import type { TextRange } from '../../document.js';
import { foldKey } from '../../text/fold.js';
import type { SignerLexicon } from './lexicon.js';
import { isSpaceCode } from './trim.js';
import { lowerVi as lower } from '../../text/lower.js';
import { UPPER, isSurrogate, unitClass } from '../../text/char-class.js';

export interface PersonName {
  /** As printed, upper-case names turned to title case: "Nguyễn Văn A". */
  readonly value: string;
  /** Where the name (without honorifics) stands. */
  readonly range: TextRange;
  readonly surnameKnown: boolean;
  /** Printed all in upper case. */
  readonly allCaps: boolean;
}

/** A syllable of a name: capitalised, or all upper case; H'Hen and Y-style prefixes allowed. */
const TITLE_SYLLABLE = /^\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]*)?$/u;
const UPPER_SYLLABLE = /^\p{Lu}[\p{Lu}\p{M}]*(?:['’]\p{Lu}[\p{Lu}\p{M}]*)?$/u;


/** "NGUYỄN VĂN A" → "Nguyễn Văn A"; "H'HEN NIÊ" → "H'Hen Niê". */
export function titleCaseName(s: string): string {
  return s
    .split(/\s+/u)
    .map((w) =>
      w
        .split(/(['’])/u)
        .map((p) => (p.length > 0 && !/['’]/u.test(p) ? (p[0] as string).toUpperCase() + lower(p.slice(1)) : p))
        .join(''),
    )
    .join(' ');
}

/** `/[\s*_\\#>[\]`"“”]/u`: white space and the decoration Markdown and quotes leave around a name. */
function isDecoration(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x5c || c === 0x23 || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x60 || c === 0x22 || c === 0x201c || c === 0x201d || isSpaceCode(c);
}

/** `.,;:` after a name. */
function isClosingPunctuation(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a;
}

const isUpperSyllable = (w: string): boolean => UPPER_SYLLABLE.test(w);
const isTitleSyllable = (w: string): boolean => TITLE_SYLLABLE.test(w);
/**
 * The tokens' texts. Pushed, not `toks.map((t) => t.text)`: V8's optimised map makes a holey
 * array and the builtin a packed one, and parseName was deoptimised ("wrong map") when both
 * reached its `every`.
 */
function tokenTexts(toks: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of toks) out.push(t.text);
  return out;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

/**
 * Whether [start, end) holds two words or more and the last opens with an upper-case letter.
 * Whatever honorifics are cut off the front, the name keeps the last word whole and it must
 * open upper-case: a phrase ending in a lower-case word (most lines tried) is let go before
 * the honorific patterns run. `text[start]` is not white space.
 */
function endsWithCapitalisedWord(text: string, start: number, end: number): boolean {
  let w = end;
  while (w > start && !isSpaceCode(text.charCodeAt(w - 1))) w--;
  if (w === start) return false;
  const c = text.charCodeAt(w);
  return isSurrogate(c) || (unitClass(c) & UPPER) !== 0;
}

/**
 * Whether [start, end) holds 2–6 words, each opening with an upper-case letter: what a name
 * printed in title case or in capitals needs (both syllable patterns open with \p{Lu}).
 * Checked by code unit before any word is cut out, since most phrases tried are not names.
 */
function mayBeNameWords(text: string, start: number, end: number): boolean {
  let count = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (++count > 6) return false;
    // (A surrogate pair may be an upper-case letter: left to the syllable patterns.)
    if (!isSurrogate(c) && (unitClass(c) & UPPER) === 0) return false;
    while (i < end && !isSpaceCode(text.charCodeAt(i))) i++;
  }
  return count >= 2;
}

/** Number of leading syllables forming a known surname (compound first), 0 when unknown. */
export function surnameLength(words: readonly string[], lex: SignerLexicon): number {
  const lw = words.map(lower);
  for (const c of lex.compoundSurnames) {
    if (c.length <= lw.length && c.every((p, i) => lw[i] === p)) return c.length;
  }
  return lw.length > 0 && lex.surnames.has(lw[0] as string) ? 1 : 0;
}

/** True when the syllables contain a body word or pair, or start with a title. */
export function looksLikeBodyOrTitle(words: readonly string[], lex: SignerLexicon): boolean {
  const lw = words.map(lower);
  for (let i = 0; i < lw.length; i++) {
    if (lex.bodyWords.has(lw[i] as string)) return true;
    if (i + 1 < lw.length && lex.bodyPairs.has(`${lw[i]} ${lw[i + 1]}`)) return true;
  }
  const folded = foldKey(words.join(' '));
  for (let i = 0, pos = 0; i < words.length; pos += (words[i] as string).length + 1, i++) {
    if (lex.titleAt(folded, pos) > 0) return true;
  }
  return false;
}

/** True when the syllables start with a province or city name (Hà Nội, Kon Tum Nguyễn …). */
export function startsWithPlace(words: readonly string[], lex: SignerLexicon): number {
  const lw = words.map(lower);
  for (let n = Math.min(4, lw.length); n >= 1; n--) {
    if (lex.places.has(lw.slice(0, n).join(' '))) return n;
  }
  return 0;
}

export interface ParseNameOptions {
  /** Accept a name printed all in upper case (signature blocks only). */
  readonly allowAllCaps: boolean;
  /** Require a known surname (prose, where any capitalised run could be a name). */
  readonly requireKnownSurname?: boolean;
}

/**
 * The person's name filling `[from, to)` of `text` (after honorifics), or null.
 * Leading and trailing white space and the decoration left by Markdown are ignored.
 */
export function parseName(text: string, from: number, to: number, lex: SignerLexicon, opts: ParseNameOptions): PersonName | null {
  let start = from;
  let end = to;
  while (start < end && isDecoration(text.charCodeAt(start))) start++;
  while (end > start && (isDecoration(text.charCodeAt(end - 1)) || isClosingPunctuation(text.charCodeAt(end - 1)))) end--;
  if (end - start < 3 || end - start > 60) return null;
  if (!endsWithCapitalisedWord(text, start, end)) return null;
  // Honorifics, ranks and academic titles in front; an address form (Ông, Bà) only when a
  // full name follows, because Ông is also a surname.
  for (let guard = 0; guard < 3; guard++) {
    const h = lex.honorificAt(text, start);
    if (!h) break;
    const rest = tokenTexts(tokens(text, start + h.length, end));
    if (rest.length < 2) break;
    if (h.kind === 'address' && surnameLength(rest, lex) === 0) break;
    start += h.length;
  }
  if (!mayBeNameWords(text, start, end)) return null;
  const toks = tokens(text, start, end);
  if (toks.length < 2 || toks.length > 6) return null;
  const words = tokenTexts(toks);
  const allUpper = words.every(isUpperSyllable);
  const titled = words.every(isTitleSyllable);
  if (!titled && !allUpper) return null;
  // An all-caps run of one-letter syllables is an acronym, not a name.
  const isAllCaps = allUpper && words.some((w) => w.length > 1) && !titled;
  if (isAllCaps && !opts.allowAllCaps) return null;
  if (allUpper && titled && words.every((w) => w.length === 1)) return null;
  if (looksLikeBodyOrTitle(words, lex)) return null;
  if (startsWithPlace(words, lex) === words.length) return null;
  const surnameKnown = surnameLength(words, lex) > 0 || (words.length > 2 && /^(?:Y|H['’].*)$/u.test(words[0] as string));
  // Upper-case lines are often headings (PHỤ LỤC, KẾ HOẠCH): an all-caps name needs a known surname.
  if ((opts.requireKnownSurname || isAllCaps) && !surnameKnown) return null;
  const printed = text.slice(start, end).replace(/\s+/gu, ' ');
  return {
    value: isAllCaps ? titleCaseName(printed) : printed,
    range: { start, end },
    surnameKnown,
    allCaps: isAllCaps,
  };
}
