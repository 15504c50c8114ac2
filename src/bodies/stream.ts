/**
 * Tokens → the word stream the matcher walks: abbreviations printed in upper case (or in one
 * of their listed forms) are expanded into the words they stand for, so "UBND tỉnh",
 * "Bộ KH&ĐT" and "Sở TN-MT" read like the full names. Multi-part abbreviations are joined
 * across "&", "-", "," and "và" (KH&ĐT = KH-ĐT = KH và ĐT = KHĐT). The same function turns
 * the registry's names into keys, so text and data always go through one path.
 */
import { tokenize, type Token } from './tokens.js';
import { bodyData } from './data.js';
import type { TextRange } from '../document.js';
import { LETTER, isSurrogate, unitClass } from '../text/char-class.js';

export interface Item {
  /** Folded word. */
  readonly key: string;
  /** Offsets of the printed token(s) this word comes from. */
  readonly start: number;
  readonly end: number;
  /** Gap before the word ("" inside an expansion). */
  readonly gap: string;
  /** The printed token(s) it comes from. */
  readonly raw: string;
  readonly cap: boolean;
  readonly upper: boolean;
  /** Comes from an expanded abbreviation. */
  readonly expanded: boolean;
  /** Index of the item that starts the same printed token(s) (for expansions). */
  readonly group: number;
  /** "và": skipped by name matching (Bộ Kế hoạch Đầu tư = Bộ Kế hoạch và Đầu tư). */
  readonly optional: boolean;
}

interface AbbreviationIndex {
  /** Compact key (kh dt → "khdt") → expansion keys. */
  readonly expansions: ReadonlyMap<string, readonly string[]>;
  /** Forms accepted even when not all in upper case (TTg, Tp), without separators. */
  readonly exactForms: ReadonlySet<string>;
  /** Every beginning of a compact key (k, kh, khd, khdt): a word that is none starts no abbreviation. */
  readonly keyStarts: ReadonlySet<string>;
}

let index: AbbreviationIndex | undefined;

function compact(s: string): string {
  return tokenize(s)
    .map((t) => t.key)
    .join('')
    .replace(/[^a-z0-9]/gu, '');
}

function abbreviationIndex(): AbbreviationIndex {
  if (index) return index;
  const expansions = new Map<string, string[]>();
  const exactForms = new Set<string>();
  for (const a of bodyData().abbreviations.abbreviations) {
    if (!a.inBodyNames) continue;
    const words = tokenize(a.expansion).map((t) => t.key);
    for (const form of a.forms) {
      expansions.set(compact(form), words);
      const plain = form.replace(/[^\p{L}\p{N}]/gu, '');
      if (/\p{Ll}/u.test(plain)) exactForms.add(plain);
    }
  }
  const keyStarts = new Set<string>();
  for (const key of expansions.keys()) for (let n = 1; n <= key.length; n++) keyStarts.add(key.slice(0, n));
  index = { expansions, exactForms, keyStarts };
  return index;
}

const CONNECTOR = /^\s{0,2}[&\-–—,]?\s{0,2}$/u;

/** How many tokens from `i` form one abbreviation, and its expansion. */
function abbreviationAt(tokens: readonly Token[], i: number): { n: number; words: readonly string[] } | null {
  const { expansions, exactForms, keyStarts } = abbreviationIndex();
  const first = tokens[i] as Token;
  if (first.key.length > 8) return null;
  // No abbreviation (of one part or more) starts with this word's key.
  if (!keyStarts.has(first.key) || !hasLetter(first.raw)) return null;
  // Several parts must all be in upper case, so a word that is not can only be a one-part
  // abbreviation in one of its listed forms: one lookup, no look-ahead (most words).
  if (!first.upper) {
    const words = expansions.get(first.key);
    return words && exactForms.has(first.raw.replace(/[^\p{L}\p{N}]/gu, '')) ? { n: 1, words } : null;
  }
  // Collect up to four parts joined by connectors or by "và".
  const parts: number[] = [i];
  let k = i + 1;
  while (parts.length < 4 && k < tokens.length) {
    const t = tokens[k] as Token;
    if (t.key === 'va' && !t.upper && k + 1 < tokens.length && /^\s+$/u.test(t.gap)) {
      const n = tokens[k + 1] as Token;
      if (n.upper && n.key.length <= 5 && /^\s+$/u.test(n.gap)) {
        parts.push(k + 1);
        k += 2;
        continue;
      }
      break;
    }
    if (t.key.length > 5 || t.gap.trim() === '' || !CONNECTOR.test(t.gap)) break;
    parts.push(k);
    k++;
  }
  if (parts.length === 1) {
    const words = expansions.get(first.key);
    return words ? { n: 1, words } : null;
  }
  // (The first part is in upper case: every part is, or the parts are no abbreviation.)
  for (let n = parts.length; n >= 1; n--) {
    const used = parts.slice(0, n).map((p) => tokens[p] as Token);
    if (n > 1 && !used.every((t) => t.upper)) continue;
    const words = expansions.get(used.map((t) => t.key).join(''));
    if (words) return { n: (parts[n - 1] as number) - i + 1, words };
  }
  return null;
}

/** `/\p{L}/u.test(s)`, by the unit table (a character outside the BMP goes to the regex). */
function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isSurrogate(code)) return /\p{L}/u.test(s);
    if ((unitClass(code) & LETTER) !== 0) return true;
  }
  return false;
}

/**
 * The word stream of `text` (or of `range` in it).
 * @param folded foldKey(text) when at hand (foldedText of a document): saves folding each word
 */
export function itemsOf(text: string, range?: TextRange, folded?: string): Item[] {
  return itemsOfTokens(tokenize(text, range, folded));
}

/**
 * The word stream of tokens (which it takes over: a plain token becomes its item). The words
 * before the first abbreviation are the tokens as they are, so the token list itself becomes
 * the item list up to there (the whole of it when nothing is expanded), not copied push by
 * push into a second array of every word (that was 13% of what findDocumentMentions allocated
 * on the bench corpus, now 9% with the expanded words).
 */
export function itemsOfTokens(tokens: Token[]): Item[] {
  let i = 0;
  let abbr: ReturnType<typeof abbreviationAt> = null;
  for (; i < tokens.length; i++) {
    abbr = abbreviationAt(tokens, i);
    if (abbr) break;
    (tokens[i] as Token).group = i;
  }
  if (!abbr) return tokens;
  const rest = tokens.slice(i);
  tokens.length = i;
  return expandFrom(tokens, abbr, rest);
}

/**
 * Appends to `items` (the words before `rest`) the items of the tokens `rest`, whose first
 * token starts the abbreviation `first`.
 */
function expandFrom(items: Item[], first: NonNullable<ReturnType<typeof abbreviationAt>>, rest: readonly Token[]): Item[] {
  let pending: ReturnType<typeof abbreviationAt> = first;
  for (let i = 0; i < rest.length; ) {
    const t = rest[i] as Token;
    const abbr = pending ?? abbreviationAt(rest, i);
    pending = null;
    if (abbr) {
      const last = rest[i + abbr.n - 1] as Token;
      const group = items.length;
      abbr.words.forEach((w, k) => {
        items.push({
          key: w,
          start: t.start,
          end: last.end,
          gap: k === 0 ? t.gap : ' ',
          raw: t.raw,
          cap: k === 0 ? t.cap : false,
          upper: t.upper,
          expanded: true,
          group,
          optional: w === 'va',
        });
      });
      i += abbr.n;
      continue;
    }
    // The token is its own item (see Token).
    t.group = items.length;
    items.push(t);
    i++;
  }
  return items;
}

/** Keys of a registry name, "và" dropped: "Bộ KH&ĐT" → [bo, ke, hoach, dau, tu]. */
export function nameKeys(name: string): string[] {
  return itemsOf(name)
    .filter((it) => !it.optional)
    .map((it) => it.key);
}
