/**
 * signers extractor: who signed the document, in what capacity and on whose behalf.
 *
 * Sources, in order of trust:
 * 1. Signature blocks (`source: 'signature'`), read from every column at the bottom of the
 *    page (pieces.ts → atoms.ts → block.ts): authority prefixes TM./KT./TL./TUQ./Q.
 *    (signing-authorities.json), posts (titles.json), "(Đã ký)"-style marks and the name.
 *    Joint documents give one signer per block.
 * 2. News sentences (`source: 'text'`, news pages only): "… vừa ký", "ký ban hành", "do … ký"
 *    (prose.ts).
 * 3. A "Người ký: NAME" field of a page or a personal digital signature (`source: 'text'`),
 *    when it names a person.
 *
 * How a block maps to a Signer (ND 30/2020 Phụ lục I Mục II khoản 7):
 * - `title` is the last post line above the name, as printed (upper case in blocks):
 *   KT. BỘ TRƯỞNG / THỨ TRƯỞNG → THỨ TRƯỞNG. When the last header line is a prefix line,
 *   the title is its post for Q. (Q. CHỦ TỊCH → title CHỦ TỊCH: the acting chairman), and
 *   null for the others (the signer's own post is not printed).
 * - `authority` is the innermost prefix, the one that applies to the signer: TM. ỦY BAN NHÂN
 *   DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH → KT. No prefix → null.
 * - `onBehalfOf` is the header line right above the title, without its prefix: the office
 *   or collective the signer acts for. KT. BỘ TRƯỞNG / THỨ TRƯỞNG → "BỘ TRƯỞNG"; TM. CHÍNH
 *   PHỦ / THỦ TƯỚNG → "CHÍNH PHỦ"; TỔ TRƯỞNG / PHÓ THỦ TƯỚNG → "TỔ TRƯỞNG" (an advisory
 *   body's role over the agency post, Phụ lục I khoản 7 điểm c). With nested prefixes only
 *   the innermost counts: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH → "CHỦ TỊCH"
 *   (the TM. collective is the issuer, given by the issuer field; the gold fixtures read it
 *   the same way). TM. ỦY BAN NHÂN DÂN HUYỆN / Q. CHỦ TỊCH → title "CHỦ TỊCH", onBehalfOf
 *   "ỦY BAN NHÂN DÂN HUYỆN". Null when the title is the only line.
 * - `name` in title case as printed (NGUYỄN VĂN A → Nguyễn Văn A), without rank or academic
 *   title; `span` runs from the first header line to the end of the name.
 * For prose, `title` is the post as printed with its body ("Phó Chủ tịch UBND tỉnh"), and
 * `onBehalfOf` the capacity stated next to the name (seed 000: "Tổ trưởng Tổ công tác cải
 * cách thủ tục hành chính của Thủ tướng Chính phủ") or the body after "thay mặt / thừa lệnh
 * / thừa ủy quyền", which also gives the authority.
 *
 * A block is kept when it has a prefix or a signed mark, or stands in the tail of the
 * document (near "Nơi nhận", in the segmenter's signature region, or with no prose after it
 * before an annex or the end). Blocks after a copy heading (SAO Y BẢN CHÍNH) are the copy
 * certifier's and are dropped. A bare name after the body (a news author line: seed 003's
 * "Vũ Huệ") is not a signer: without a post above it, a name counts only when no block was
 * found and it ends the page after a "Nơi nhận" list or next to a signed mark (rule
 * `name-without-post`). People merely named in the text (who chaired, who concluded) never
 * are.
 *
 * Rules (`signers:<rule>`):
 * - `missing` (warning): a formal document (not a news page) without any signer.
 * - `unknown-surname` (info): a signer's surname is not in surnames.json; the name is kept.
 * - `block-without-name` (info): a block with a prefix or a signed mark but no name after it.
 * - `ambiguous-columns` (info): several names after one block that do not divide into
 *   columns; only the last is taken.
 * - `outside-tail` (info): a post-and-name pair in the body without prefix or mark, dropped.
 * - `name-without-post` (info): no block was found, but the page ends with a bare name after
 *   its "Nơi nhận" list or next to a signed mark (posts lost to OCR, or a scraper printing
 *   "Nguyễn Văn An (Đã ký)"); it is taken with title null.
 * - `copy-certification` (info): a block after SAO Y / SAO LỤC / TRÍCH SAO, dropped.
 */
import { defineExtractor } from '../types.js';
import { overlaps, spanOf, type TextRange } from '../../document.js';
import type { Signer } from '../../schema.js';
import { regionsOf } from '../../segment/types.js';
import { foldKey, foldedText, toneInsensitiveKey } from '../../text/fold.js';
import { signerLexicon } from './lexicon.js';
import { documentAtoms } from './read.js';
import type { Atom } from './atoms.js';
import { readBlocks, type BlockSigner } from './block.js';
import { ProseReader, newsLines, type ProseSigner } from './prose.js';
import { parseName, type PersonName } from './names.js';

/** Lines around a "Nơi nhận" heading where a block counts as the tail. */
const TAIL_BEFORE = 40;
const TAIL_AFTER = 15;

interface Found {
  readonly signer: Omit<Signer, 'span'>;
  readonly range: TextRange;
  readonly person: PersonName;
}

/**
 * The lines of the "Nơi nhận" headings and of prose, and the digital-signature atoms, in one
 * pass over the atoms (several kinds of atom objects: one pass instead of one per question).
 */
function sortAtoms(atoms: readonly Atom[]): { headLines: number[]; proseLines: number[]; digital: Atom[] } {
  const headLines: number[] = [];
  const proseLines: number[] = [];
  const digital: Atom[] = [];
  for (const a of atoms) {
    const kind = a.kind;
    if (kind === 'prose') proseLines.push(a.line);
    else if (kind === 'recipient-head') headLines.push(a.line);
    else if (kind === 'digital') digital.push(a);
  }
  return { headLines, proseLines, digital };
}

/**
 * The people already found, by tone-insensitive name. (A page repeating one block thousands
 * of times repeats its name: each printed name is keyed once, and a repeat is let go before
 * anything is built for it.)
 */
class OnePerPerson {
  private readonly keys = new Map<string, string>();
  private readonly seen = new Set<string>();

  /** Whether `name` is the first of its person; it counts as seen from now on. */
  isNew(name: string): boolean {
    let k = this.keys.get(name);
    if (k === undefined) {
      k = toneInsensitiveKey(name);
      this.keys.set(name, k);
    }
    if (this.seen.has(k)) return false;
    this.seen.add(k);
    return true;
  }
}

export const signersExtractor = defineExtractor({
  id: 'signers',
  extract(ctx): Signer[] {
    const { doc, segments, report } = ctx;
    const lex = signerLexicon();
    const atoms = documentAtoms(doc, segments);
    const reading = readBlocks(atoms);
    for (const n of reading.notes) report({ rule: n.rule, severity: 'info', message: n.message, range: n.range, ...(n.actual !== undefined ? { actual: n.actual } : {}) });

    // Tail evidence.
    const { headLines, proseLines, digital } = sortAtoms(atoms);
    const signatureRegions = regionsOf(segments, 'signature');
    const annexStarts = regionsOf(segments, 'annex').map((r) => r.firstLine).sort((a, b) => a - b);
    /** Whether a prose line stands in (after, before). proseLines is in text order. */
    const proseBetween = (after: number, before: number): boolean => {
      let lo = 0;
      let hi = proseLines.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((proseLines[mid] as number) <= after) lo = mid + 1;
        else hi = mid;
      }
      return lo < proseLines.length && (proseLines[lo] as number) < before;
    };
    const inTail = (b: BlockSigner): boolean => {
      if (headLines.some((l) => l >= b.firstLine - TAIL_BEFORE && l <= b.lastLine + TAIL_AFTER)) return true;
      if (signatureRegions.some((r) => overlaps(r, b.range))) return true;
      const stop = annexStarts.find((l) => l > b.lastLine) ?? Number.POSITIVE_INFINITY;
      return !proseBetween(b.lastLine, stop);
    };

    // One signer per person: a block beats a sentence, the first block beats a repeat.
    const people = new OnePerPerson();
    const found: Found[] = [];
    let firstKeptEnd = -1;
    for (const b of reading.signers) {
      const afterCopy = firstKeptEnd >= 0 && reading.copyMarkers.some((c) => c > firstKeptEnd && c < b.range.start);
      if (afterCopy) {
        report({ rule: 'copy-certification', severity: 'info', message: `${b.name} signed a copy of the document (after a SAO Y / SAO LỤC heading), not the document; not a signer`, range: b.range, actual: b.name });
        continue;
      }
      const strong = b.hasPrefix || b.hasMark;
      if (!(strong || (!b.mixedCaseOnly && inTail(b)))) {
        report({ rule: 'outside-tail', severity: 'info', message: `a post followed by the name ${b.name} stands in the body, without authority prefix or signed mark; not taken as a signer`, range: b.range, actual: b.name });
        continue;
      }
      if (firstKeptEnd < 0) firstKeptEnd = b.range.end;
      if (people.isNew(b.name)) found.push({ signer: { name: b.name, title: b.title, authority: b.authority, onBehalfOf: b.onBehalfOf, source: 'signature' }, range: b.range, person: b.person });
    }

    // A document whose block lost its posts (OCR, a scraper) still ends with the signer's
    // name: the last bare name in the tail, after "Nơi nhận" or next to a signed mark
    // ("Nguyễn Văn An (Đã ký)"), with no prose after it. (A news author line has neither.)
    if (found.length === 0) {
      const tailNames = reading.bareNames.filter(({ atom: n, marked }) => {
        const afterHead = headLines.some((l) => l < n.line && n.line - l <= TAIL_BEFORE);
        const stop = annexStarts.find((l) => l > n.line) ?? Number.POSITIVE_INFINITY;
        return (afterHead || marked) && !proseBetween(n.line, stop);
      });
      const n = tailNames[tailNames.length - 1]?.atom;
      if (n?.person) {
        report({ rule: 'name-without-post', severity: 'info', message: `the signer's name ${n.person.value} stands after the recipients with no post or authority above it; title and authority are unknown`, range: n.person.range, actual: n.person.value });
        if (people.isNew(n.person.value)) found.push({ signer: { name: n.person.value, title: null, authority: null, onBehalfOf: null, source: 'signature' }, range: n.person.range, person: n.person });
      }
    }

    if (segments.isNewsPage) {
      const prose: ProseSigner[] = new ProseReader(doc.text, lex, foldedText(doc)).read(newsLines(doc, segments));
      for (const p of prose) if (people.isNew(p.name)) found.push({ signer: { name: p.name, title: p.title, authority: p.authority, onBehalfOf: p.onBehalfOf, source: 'text' }, range: p.range, person: p.person });
    }

    // "Người ký: Nguyễn Văn A" (page field or personal digital signature).
    for (const a of digital) {
      if (!lex.phrases.personLabel.test(foldKey(a.text))) continue;
      const colon = doc.text.indexOf(':', a.start);
      const person = parseName(doc.text, colon + 1, a.end, lex, { allowAllCaps: false, requireKnownSurname: true });
      if (person && people.isNew(person.value)) found.push({ signer: { name: person.value, title: null, authority: null, onBehalfOf: null, source: 'text' }, range: { start: a.start, end: a.end }, person });
    }

    const out: Signer[] = [];
    for (const f of found) {
      if (!f.person.surnameKnown) {
        report({ rule: 'unknown-surname', severity: 'info', message: `the surname of ${f.signer.name} is not in the surname list; kept as the signer's name`, range: f.person.range, actual: f.signer.name });
      }
      out.push({ ...f.signer, span: spanOf(doc, f.range) });
    }
    if (out.length === 0 && !segments.isNewsPage) {
      report({ rule: 'missing', severity: 'warning', message: 'no signature block with a name was found in this document' });
    }
    return out;
  },
});
