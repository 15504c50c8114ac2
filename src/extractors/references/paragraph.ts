/**
 * Logical lines of hard-wrapped text: a page that wraps at ~80 columns continues a căn cứ
 * line on the next one ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010" / "của Chính phủ
 * …; Nghị định số 92/2017/NĐ-CP ngày" / "07/8/2017 …;"). A line continues the one above when
 * that one is not blank and does not end a clause (; . : ! ?), and it does not open a new item.
 */
import type { Line, NormalizedDocument } from '../../document.js';
import { foldKey } from '../../text/fold.js';
import { SPACE, isSurrogate, unitClass } from '../../text/char-class.js';

const ENDS_CLAUSE = new Set([';', '.', ':', '!', '?']);
/** First letters (folded) of the openings opensItem looks for. */
const OPENING_FIRSTS = new Set(['c', 'd', 't', 'x']);
/** How far a logical line may reach, in physical lines. */
const REACH = 8;

/** Does the line's text from `start` to `end` (trimmed) open a new item: a list marker, "Căn cứ", "Điều N", "Theo đề nghị"? */
function opensItem(text: string, start: number, end: number): boolean {
  const first = text.charAt(start);
  if (first === '-' || first === '+' || first === '•' || first === '*') return true;
  // foldKey maps each unit on its own: a line whose first letter does not fold to the first of
  // "can cu", "dieu", "theo", "xet" opens none of them (no slice folded for most lines).
  const c = text.charCodeAt(start);
  if (!isSurrogate(c) && !OPENING_FIRSTS.has(foldKey(first))) return false;
  const key = foldKey(text.slice(start, Math.min(end, start + 14)));
  return key.startsWith('can cu') || key.startsWith('dieu ') || key.startsWith('theo de nghi') || key.startsWith('xet de nghi');
}

// `/\s/u`, which the unit table's SPACE bit follows, is the set String#trim removes.
function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && (unitClass(text.charCodeAt(i)) & SPACE) !== 0) i++;
  return i;
}

function endOfNonSpace(text: string): number {
  let i = text.length;
  while (i > 0 && (unitClass(text.charCodeAt(i - 1)) & SPACE) !== 0) i--;
  return i;
}

/** Line `i` continues line `i - 1` (both trimmed without copies). */
function readContinues(lines: readonly Line[], i: number): boolean {
  const prev = (lines[i - 1] as Line).text;
  const prevEnd = endOfNonSpace(prev);
  if (prevEnd === 0 || ENDS_CLAUSE.has(prev.charAt(prevEnd - 1))) return false;
  const cur = (lines[i] as Line).text;
  const curStart = firstNonSpace(cur);
  if (curStart === cur.length) return false;
  return !opensItem(cur, curStart, endOfNonSpace(cur));
}

/**
 * Per document, whether each line continues the one above (0 not yet read, 1 yes, 2 no): every
 * citation on a line walks the same lines back to where its logical line starts.
 */
const continuation = new WeakMap<NormalizedDocument, Uint8Array>();

function continues(doc: NormalizedDocument, i: number): boolean {
  let known = continuation.get(doc);
  if (!known || known.length !== doc.lines.length) {
    known = new Uint8Array(doc.lines.length);
    continuation.set(doc, known);
  }
  let v = known[i] as number;
  if (v === 0) {
    v = readContinues(doc.lines, i) ? 1 : 2;
    known[i] = v;
  }
  return v === 1;
}

/** Index of the first physical line of the logical line holding line `index`. */
export function logicalStart(doc: NormalizedDocument, index: number): number {
  let i = index;
  while (i > 0 && index - i < REACH && continues(doc, i)) i--;
  return i;
}

/** Index of the last physical line of the logical line that starts at line `index`. */
export function logicalEnd(doc: NormalizedDocument, index: number): number {
  let i = index;
  while (i + 1 < doc.lines.length && i - index < REACH && continues(doc, i + 1)) i++;
  return i;
}
