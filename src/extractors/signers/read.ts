/**
 * The atoms of a whole document (pieces → atoms), computed once per document and shared by
 * the signers and recipients extractors. The cache is keyed by the segmentation (one per
 * analysis of a document), so it holds nothing once the analysis is done; one weak map, not a
 * map per document, since a short document's whole reading costs little more than two.
 */
import type { NormalizedDocument } from '../../document.js';
import type { Segments } from '../../segment/types.js';
import { AtomReader, shiftAtom, type Atom } from './atoms.js';
import { signerLexicon } from './lexicon.js';
import { eachPiece, type Piece } from './pieces.js';
import { foldedText } from '../../text/fold.js';
import { opensLowerOrDigit } from './chars.js';

const cache = new WeakMap<Segments, { readonly doc: NormalizedDocument; readonly atoms: readonly Atom[] }>();

/** Longest line whose reading is remembered (longer lines are prose, read in one pass anyway). */
const MAX_REMEMBERED = 160;

/**
 * The key under which a piece's reading may be reused, or null. Only a piece that is a whole
 * line qualifies: its atoms then depend on its own characters alone (the word-boundary
 * look-behind sees a line start, the look-aheads past its end see only blanks and a line
 * break), so another line with the same characters reads the same, shifted. Pages repeat
 * lines (block headers, mottos), and hostile input repeats them by the thousand.
 */
function lineKey(text: string, p: Piece): string | null {
  // A piece opening with a lower-case letter or a digit takes the reader's short prose path,
  // which costs less than keying and storing its reading (most lines of a page are prose).
  if (p.end - p.start > MAX_REMEMBERED || opensLowerOrDigit(p.text)) return null;
  if (p.start > 0 && text.charCodeAt(p.start - 1) !== 0x0a) return null;
  let e = p.end;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === 0x0a) break;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xa0) return null;
    e++;
  }
  return p.text; // text.slice(p.start, p.end), already cut by eachPiece
}

export function documentAtoms(doc: NormalizedDocument, segments: Segments): readonly Atom[] {
  const hit = cache.get(segments);
  if (hit && hit.doc === doc) return hit.atoms;
  const reader = new AtomReader(doc.text, signerLexicon(), foldedText(doc));
  const read = new Map<string, { start: number; atoms: Atom[] }>();
  const list: Atom[] = [];
  eachPiece(doc, segments, (p) => {
    const key = lineKey(doc.text, p);
    const seen = key === null ? undefined : read.get(key);
    if (seen) {
      const delta = p.start - seen.start;
      for (const a of seen.atoms) list.push(shiftAtom(a, delta, p));
      return;
    }
    const atoms = reader.read(p);
    if (key !== null) read.set(key, { start: p.start, atoms });
    for (const a of atoms) list.push(a);
  });
  const atoms = Object.freeze(list);
  cache.set(segments, { doc, atoms });
  return atoms;
}
