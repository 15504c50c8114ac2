/**
 * Logical lines of hard-wrapped text: a page that wraps at ~80 columns continues a căn cứ
 * line on the next one ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010" / "của Chính phủ
 * …; Nghị định số 92/2017/NĐ-CP ngày" / "07/8/2017 …;"). A line continues the one above when
 * that one is not blank and does not end a clause (; . : ! ?), and it does not open a new item.
 */
import type { Line, NormalizedDocument } from '../../document.js';
import { foldKey } from '../../text/fold.js';

const ENDS_CLAUSE = new Set([';', '.', ':', '!', '?']);
/** How far a logical line may reach, in physical lines. */
const REACH = 8;

/** Does this (trimmed) line open a new item: a list marker, "Căn cứ", "Điều N", "Theo đề nghị"? */
function opensItem(trimmed: string): boolean {
  const first = trimmed.charAt(0);
  if (first === '-' || first === '+' || first === '•' || first === '*') return true;
  const key = foldKey(trimmed.slice(0, 14));
  return key.startsWith('can cu') || key.startsWith('dieu ') || key.startsWith('theo de nghi') || key.startsWith('xet de nghi');
}

function continues(lines: readonly Line[], i: number): boolean {
  const prev = (lines[i - 1] as Line).text.trim();
  const cur = (lines[i] as Line).text.trim();
  return prev.length > 0 && cur.length > 0 && !ENDS_CLAUSE.has(prev.charAt(prev.length - 1)) && !opensItem(cur);
}

/** Index of the first physical line of the logical line holding line `index`. */
export function logicalStart(doc: NormalizedDocument, index: number): number {
  let i = index;
  while (i > 0 && index - i < REACH && continues(doc.lines, i)) i--;
  return i;
}

/** Index of the last physical line of the logical line that starts at line `index`. */
export function logicalEnd(doc: NormalizedDocument, index: number): number {
  let i = index;
  while (i + 1 < doc.lines.length && i - index < REACH && continues(doc.lines, i + 1)) i++;
  return i;
}
