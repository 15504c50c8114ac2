/** The type word printed right before a number: "Quyết định số ", "Thông báo ", "Nghị định số: ". */
import type { TextRange } from '../../document.js';
import { foldKey } from '../../text/fold.js';
import { DIGIT, LETTER, SPACE, isSurrogate, unitClass } from '../../text/char-class.js';
import { citationPhrases } from '../references/phrases.js';

/** Longest reach back from a number to its type word ("Thông tư liên tịch số: "). */
const REACH = 48;

const LIEN_TICH = 'lien tich';

/**
 * The folded type words as a trie over their code units read backwards, so a word that ends
 * at a position is found by walking back from it (instead of running an unanchored regex over
 * the ~100 words at every start position of the 48 units before each number).
 */
interface ReverseNode {
  readonly next: Map<number, ReverseNode>;
  /** A whole type word ends here (read backwards: starts here). */
  word: boolean;
}

let reverseTrie: ReverseNode | undefined;

function typeWordTrie(): ReverseNode {
  if (reverseTrie) return reverseTrie;
  const root: ReverseNode = { next: new Map(), word: false };
  for (const w of citationPhrases().typeWordList) {
    let node = root;
    for (let i = w.length - 1; i >= 0; i--) {
      const c = w.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), word: false };
        node.next.set(c, child);
      }
      node = child;
    }
    node.word = true;
  }
  reverseTrie = root;
  return root;
}

function isSpace(c: number): boolean {
  return !isSurrogate(c) && (unitClass(c) & SPACE) !== 0;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** `[\p{L}\p{N}]` of the code point that ends at `at` in `f[from, …)` (what a lookbehind there sees). */
function letterOrNumberBefore(f: string, at: number, from: number): boolean {
  const c = f.charCodeAt(at - 1);
  if (!isSurrogate(c)) return (unitClass(c) & (LETTER | DIGIT)) !== 0;
  const pairs = c >= 0xdc00 && at - 2 >= from && f.charCodeAt(at - 2) >= 0xd800 && f.charCodeAt(at - 2) <= 0xdbff;
  return LETTER_OR_NUMBER.test(pairs ? f.slice(at - 2, at) : f.slice(at - 1, at));
}

/** `[\p{L}\p{N}]` of the code point that starts at `at` in `f[…, to)` (what a lookahead there sees). */
function letterOrNumberAt(f: string, at: number, to: number): boolean {
  const c = f.charCodeAt(at);
  if (!isSurrogate(c)) return (unitClass(c) & (LETTER | DIGIT)) !== 0;
  const pairs = c <= 0xdbff && at + 1 < to && f.charCodeAt(at + 1) >= 0xdc00 && f.charCodeAt(at + 1) <= 0xdfff;
  return LETTER_OR_NUMBER.test(pairs ? f.slice(at, at + 2) : f.slice(at, at + 1));
}

/** Start of the run of white space that ends at `at` (not before `from`). */
function spacesBack(f: string, at: number, from: number): number {
  while (at > from && isSpace(f.charCodeAt(at - 1))) at--;
  return at;
}

/**
 * The positions a tail ending at `pos` can start from, when its "core" (the "số …" part, or
 * nothing) starts at `core`: the run of spaces before the core (`\s*`), and before that run
 * `\s+lien tich`. Pushed to `out` as ranges [lo, hi] (each position of a space run is open).
 */
function pushTailStarts(f: string, from: number, core: number, out: number[]): void {
  const run = spacesBack(f, core, from);
  out.push(run, core);
  const lt = run - LIEN_TICH.length;
  if (lt >= from && f.startsWith(LIEN_TICH, lt)) {
    const lead = spacesBack(f, lt, from);
    if (lead < lt) out.push(lead, lt - 1);
  }
}

/**
 * Every position `e` in `f[from, pos)` where the tail `(?:\s+lien tich)?\s*(?:so\s*:?\s*)?`
 * can run from `e` to `pos`, as ranges [lo, hi] in `out`.
 */
function tailStarts(f: string, from: number, pos: number, out: number[]): void {
  out.length = 0;
  const end = spacesBack(f, pos, from);
  // No "số": the whole tail is white space (and maybe "liên tịch").
  pushTailStarts(f, from, end, out);
  // "số", then spaces, a colon and spaces.
  let p = end;
  if (p > from && f.charCodeAt(p - 1) === 0x3a /* : */) p = spacesBack(f, p - 1, from);
  if (p - 2 >= from && f.startsWith('so', p - 2)) pushTailStarts(f, from, p - 2, out);
}

const starts: number[] = [];

/**
 * The type word that ends right before `pos` (only "liên tịch", "số" and spaces between),
 * or null. `folded` is foldKey(text) when the caller has it.
 *
 * Same answer as the regex `WB_START(type words)WB_END(?:\s+lien tich)?\s*(?:so\s*:?\s*)?$`
 * run over the folded `[pos − 48, pos)`: the leftmost word start wins, the longest word there.
 */
export function typeWordBefore(text: string, pos: number, folded?: string): TextRange | null {
  const f = folded ?? foldKey(text);
  const from = Math.max(0, pos - REACH);
  const trie = typeWordTrie();
  tailStarts(f, from, pos, starts);
  let bestStart = -1;
  let bestEnd = -1;
  for (let k = 0; k < starts.length; k += 2) {
    const hi = starts[k + 1] as number;
    for (let e = starts[k] as number; e <= hi; e++) {
      // WB_END after the word (the lookahead sees nothing at the window's end).
      if (e < pos && letterOrNumberAt(f, e, pos)) continue;
      let node: ReverseNode | undefined = trie;
      for (let i = e - 1; i >= from && node; i--) {
        node = node.next.get(f.charCodeAt(i));
        if (!node?.word) continue;
        // WB_START before the word (the lookbehind sees nothing at the window's start).
        if (i > from && letterOrNumberBefore(f, i, from)) continue;
        if (bestStart < 0 || i < bestStart || (i === bestStart && e > bestEnd)) {
          bestStart = i;
          bestEnd = e;
        }
      }
    }
  }
  if (bestStart < 0) return null;
  return { start: bestStart, end: bestEnd + lienTichAfter(f, bestEnd, pos) };
}

/** "… liên tịch" belongs to the type word: the length of `\s+lien tich` at `at`, else 0. */
function lienTichAfter(f: string, at: number, pos: number): number {
  let p = at;
  while (p < pos && isSpace(f.charCodeAt(p))) p++;
  return p > at && p + LIEN_TICH.length <= pos && f.startsWith(LIEN_TICH, p) ? p - at + LIEN_TICH.length : 0;
}
