/**
 * "UBND tỉnh" without a name: news pages of a province write it so, and name the province
 * elsewhere ("Chủ tịch UBND tỉnh Kon Tum"). The first place the page names after the same
 * body words completes it.
 */
import type { NormalizedDocument, TextRange } from '../../document.js';
import { foldKey, foldedText } from '../../text/fold.js';
import { WB_START, escapeRegExp } from '../../text/patterns.js';
import { issuerNaming } from './naming.js';

/** A place name: up to four capitalised words ("Kon Tum", "Bà Rịa - Vũng Tàu"). */
const PLACE_NAME = /^\p{Lu}\p{Ll}*(?:(?: - | )\p{Lu}\p{Ll}*){0,3}/u;

/** "UBND tỉnh" → "UBND tỉnh Kon Tum" when the page names the province; null otherwise. */
export function completePlace(doc: NormalizedDocument, printed: string, at: TextRange): string | null {
  const n = issuerNaming();
  const lowered = printed.toLocaleLowerCase('vi');
  const place = n.places.find((p) => lowered.endsWith(` ${p.key}`));
  if (!place) return null;
  const body = printed.slice(0, printed.length - place.key.length).trim();
  // The body words as printed and with abbreviations swapped both ways ("UBND" ↔ "Ủy ban nhân dân").
  const forms = new Set([foldKey(body)]);
  for (const [abbr, expansion] of n.abbreviations) {
    const f = foldKey(body);
    forms.add(f.replace(foldKey(abbr), foldKey(expansion)));
    forms.add(f.replace(foldKey(expansion), foldKey(abbr)));
  }
  const alts = [...forms].map(escapeRegExp).join('|');
  const re = new RegExp(`${WB_START}(?:${alts})\\s+${escapeRegExp(foldKey(place.key))}\\s+`, 'gu');
  const folded = foldedText(doc);
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const from = m.index + m[0].length;
    if (from >= at.start && from <= at.end) continue;
    const name = PLACE_NAME.exec(doc.text.slice(from, from + 60));
    if (name) return `${printed} ${name[0]}`;
  }
  return null;
}
