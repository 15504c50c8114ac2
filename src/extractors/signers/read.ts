/**
 * The atoms of a whole document (pieces → atoms), computed once per document and shared by
 * the signers and recipients extractors. The cache is keyed by the document object, so it
 * holds nothing once the document is gone.
 */
import type { NormalizedDocument } from '../../document.js';
import type { Segments } from '../../segment/types.js';
import { AtomReader, type Atom } from './atoms.js';
import { signerLexicon } from './lexicon.js';
import { documentPieces } from './pieces.js';
import { foldedText } from '../../text/fold.js';

const cache = new WeakMap<NormalizedDocument, WeakMap<Segments, readonly Atom[]>>();

export function documentAtoms(doc: NormalizedDocument, segments: Segments): readonly Atom[] {
  let bySegments = cache.get(doc);
  if (!bySegments) {
    bySegments = new WeakMap();
    cache.set(doc, bySegments);
  }
  const hit = bySegments.get(segments);
  if (hit) return hit;
  const reader = new AtomReader(doc.text, signerLexicon(), foldedText(doc));
  const list: Atom[] = [];
  for (const p of documentPieces(doc, segments)) for (const a of reader.read(p)) list.push(a);
  const atoms = Object.freeze(list);
  bySegments.set(segments, atoms);
  return atoms;
}
