/**
 * The "Nơi nhận" list as items, read from the atoms the signers extractor also uses, down
 * the column the "Nơi nhận" heading stands in. Signature lines in the same column
 * (flattened cell after cell, or interleaved row by row) are stepped over.
 *
 * The list ends at its "Lưu: …" item (ND 30/2020 Phụ lục I Mục II khoản 9 điểm d: it is the
 * last line), at prose, at a second "Nơi nhận", at an upper-case heading after the signer's
 * name (an annex), or after a gap of more than MAX_GAP lines.
 */
import type { TextRange } from '../../document.js';
import { foldKey } from '../../text/fold.js';
import { spaceOr, trimEndWhere, trimStartWhere } from '../signers/trim.js';
import type { Atom } from '../signers/atoms.js';
import { signerLexicon } from '../signers/lexicon.js';

export interface RecipientItem {
  readonly text: string;
  readonly range: TextRange;
}

export interface RecipientList {
  readonly items: RecipientItem[];
  /** Range of the "Nơi nhận" heading. */
  readonly head: TextRange;
  /** Further "Nơi nhận" headings not read (forms in annexes, a repeated page). */
  readonly ignoredHeads: TextRange[];
}

const MAX_GAP = 8;
/** A bullet-less item line (Nơi nhận\nNhư trên;\nBộ trưởng (để báo cáo);): short, not a sentence. */
const MAX_BARE_ITEM = 160;

/** "- - Như Điều 3;" → "Như Điều 3". */
export function cleanItem(text: string): string {
  // Markdown emphasis left inside an item: "(2*b*)" → "(2b)". No recipient name holds "*".
  let s = text.replace(/\s+/gu, ' ').replace(/\*+/gu, '');
  s = trimStartWhere(s, spaceOr('-–—+•·∙◦~\\'));
  s = trimEndWhere(s, spaceOr(';.,:'));
  if (s.endsWith('./')) s = trimEndWhere(s.slice(0, -2), spaceOr(';.,:'));
  return s.trim();
}

const isPlaceholder = (s: string): boolean => /^[.…\s]*$/u.test(s);

export function readRecipientList(text: string, atoms: readonly Atom[]): RecipientList | null {
  const lex = signerLexicon();
  const headIndex = atoms.findIndex((a) => a.kind === 'recipient-head');
  if (headIndex < 0) return null;
  const head = atoms[headIndex] as Atom;
  const items: RecipientItem[] = [];
  const ignoredHeads: TextRange[] = [];
  let lastLine = head.line;
  let sawName = false;
  let done = false;
  /** The last item's line did not end with ";" or ".": the next short line continues it. */
  let openItem = false;
  for (let i = headIndex + 1; i < atoms.length; i++) {
    const a = atoms[i] as Atom;
    if (a.kind === 'recipient-head') {
      ignoredHeads.push({ start: a.start, end: a.end });
      continue;
    }
    if (done || a.stream !== head.stream) continue;
    if (a.line - lastLine > MAX_GAP) {
      done = true;
      continue;
    }
    switch (a.kind) {
      case 'recipient-item': {
        openItem = a.closed !== true;
        const text = cleanItem(a.text);
        if (text && !isPlaceholder(text)) items.push({ text, range: { start: a.start, end: a.end } });
        lastLine = a.line;
        if (lex.phrases.archiveWord.test(foldKey(text))) done = true;
        break;
      }
      case 'prose': {
        // The rest of a recipient wrapped onto the next lines.
        const prev = items[items.length - 1];
        if (prev && openItem && a.text.length <= 100) {
          const end = a.raw ? a.raw.end : a.end;
          items[items.length - 1] = { text: cleanItem(text.slice(prev.range.start, end)), range: { start: prev.range.start, end } };
          openItem = a.closed !== true;
          lastLine = a.line;
          break;
        }
        const itemText = cleanItem(a.text);
        // A line without a bullet (the bullet lost to Markdown, or never printed): short,
        // not a heading ending in ":", not an article, not a parenthesised note.
        const bare = a.text.length <= MAX_BARE_ITEM && !/:$/u.test(a.text) && !/^\(/u.test(a.text) && !lex.phrases.notItem.test(foldKey(itemText));
        if (bare && itemText && !isPlaceholder(itemText)) {
          items.push({ text: itemText, range: { start: a.start, end: a.end } });
          lastLine = a.line;
        } else done = true;
        break;
      }
      case 'title':
        // A post in mixed case inside the list is a recipient whose bullet was lost
        // (Markdown lists): "Chủ tịch và các PCT UBND tỉnh".
        if (a.mixedCase && !sawName) {
          const text = cleanItem(a.text);
          if (text) items.push({ text, range: { start: a.start, end: a.end } });
          lastLine = a.line;
        }
        break;
      case 'name':
        sawName = true;
        openItem = false;
        break;
      case 'upper':
        if (sawName) done = true;
        else if (a.person) sawName = true;
        break;
      case 'copy':
        done = true;
        break;
      default:
        break;
    }
  }
  return { items, head: { start: head.start, end: head.end }, ignoredHeads };
}
