/** The type word printed right before a number: "Quyết định số ", "Thông báo ", "Nghị định số: ". */
import type { TextRange } from '../../document.js';
import { foldKey } from '../../text/fold.js';
import { WB_END, WB_START } from '../../text/patterns.js';
import { citationPhrases } from '../references/phrases.js';

let beforeRe: RegExp | undefined;

/** Longest reach back from a number to its type word ("Thông tư liên tịch số: "). */
const REACH = 48;

/**
 * The type word that ends right before `pos` (only "liên tịch", "số" and spaces between),
 * or null. `folded` is foldKey(text) when the caller has it.
 */
export function typeWordBefore(text: string, pos: number, folded?: string): TextRange | null {
  beforeRe ??= new RegExp(`${WB_START}(?<type>${citationPhrases().typeWords})${WB_END}(?:\\s+lien tich)?\\s*(?:so\\s*:?\\s*)?$`, 'du');
  const from = Math.max(0, pos - REACH);
  const f = (folded ?? foldKey(text)).slice(from, pos);
  const m = beforeRe.exec(f);
  const t = m?.indices?.groups?.type;
  if (!m || !t) return null;
  // "… liên tịch" belongs to the type word.
  const tail = /^\s+lien tich/u.exec(f.slice(t[1]));
  return { start: from + t[0], end: from + t[1] + (tail ? tail[0].length : 0) };
}
