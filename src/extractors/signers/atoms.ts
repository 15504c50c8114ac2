/**
 * What each piece at the bottom of a document is: part of a signature block (authority
 * prefix, post, name, signed mark), part of the "Nơi nhận" list, a digital-signature or
 * copy-certification line, or prose. One piece may hold several atoms when a scraper glued
 * lines together: "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Phạm Lương Sơn", or a block glued to
 * the last recipient "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng".
 */
import type { TextRange } from '../../document.js';
import type { Authority } from '../../schema.js';
import { foldKey } from '../../text/fold.js';
import { isUpperLine } from '../../text/patterns.js';
import { indexOfWithin } from '../../text/search.js';
import type { SignerLexicon } from './lexicon.js';
import { parseName, type PersonName } from './names.js';
import { isEdge, type Piece } from './pieces.js';
import { collapseSpaces } from '../../text/space.js';
import { isSpaceCode } from './trim.js';
import { hasLowerIn, hasMarkOrApostrophe, hasUpperIn, opensLowerOrDigit, opensWordChar, startsUpperAt, wordRanges, type WordRange } from './chars.js';

export type AtomKind =
  | 'prefix' // TM. ỦY BAN NHÂN DÂN, KT. BỘ TRƯỞNG
  | 'title' // THỨ TRƯỞNG, PHÓ CHỦ TỊCH (or a post in mixed case: Phó Chủ tịch)
  | 'upper' // an upper-case line that is neither: a body (ỦY BAN NHÂN DÂN), a wrapped line, a heading
  | 'name'
  | 'mark' // (Đã ký), [daky]
  | 'digital' // Ký bởi: …, Email: …, Thời gian ký: …
  | 'copy' // SAO Y BẢN CHÍNH
  | 'recipient-head' // Nơi nhận:
  | 'recipient-item' // - Như Điều 3;
  | 'prose';

export interface Atom extends TextRange {
  readonly kind: AtomKind;
  readonly text: string;
  readonly stream: string;
  readonly line: number;
  /** prefix: the authority it grants. */
  readonly authority?: Authority;
  /** prefix: what follows it (the collective or the head's post), trimmed. */
  readonly rest?: TextRange & { readonly text: string };
  /** name; or upper: the line also reads as an all-caps name. */
  readonly person?: PersonName;
  /** title written in mixed case (Phó Chủ tịch), weaker evidence than upper case. */
  readonly mixedCase?: boolean;
  /** prose: the untrimmed range it was read from (a wrapped recipient keeps its ")"). */
  readonly raw?: TextRange;
  /** prose and recipient-item: the printed line ends with ";" or "." (a list line is closed). */
  readonly closed?: boolean;
}

const BULLET = /^(?:[-–—+•·∙◦~]\s*)+/u;
/** The archive line, printed: "Lưu: VT", "Lưu VT, KGVX2.", "Lưu." (never "Lưu Đức Huy"). */
function isArchiveLine(raw: string, lex: SignerLexicon): boolean {
  // Asked of most lines: those not opening with the word's first letter are let go unfolded.
  if (foldKey(raw.charAt(0)) !== lex.phrases.archiveOpening) return false;
  const m = lex.phrases.archiveWord.exec(foldKey(raw.slice(0, 8)));
  if (!m) return false;
  const rest = raw.slice(m[0].length).trimStart();
  return rest === '' || rest === '.' || rest.startsWith(':') || /^\p{Lu}{2}/u.test(rest);
}
/** Page markers of PDF/OCR conversions: "--- PAGE 3 ---", "=====". */
function isPageMarker(raw: string): boolean {
  return /^[-=_*]{3}/u.test(raw) && /[-=_*]{3}$/u.test(raw);
}
/** Longest line searched for a block glued to a recipient. */
const MAX_GLUED = 400;
/**
 * A longer piece is prose or a recipient list written on one line: only its start (a
 * "Nơi nhận" heading, a bullet) and its end (a signed mark after the last sentence) are
 * looked at, so a page of long paragraphs costs one pass.
 */
const LONG_PIECE = 160;
/** How much of a long piece's end is searched for a signed mark. */
const MARK_TAIL = 120;

/** The length of `s` without its trailing white space, ":" and "." (`/[\s:.]+$/u`). */
function endWithoutColonDot(s: string): number {
  let e = s.length;
  while (e > 0) {
    const c = s.charCodeAt(e - 1);
    if (c !== 0x3a && c !== 0x2e && !isSpaceCode(c)) break;
    e--;
  }
  return e;
}

/** `s` without its leading "(" / "[" run and its trailing ")" / "]" run. */
function unbracket(s: string): string {
  let b = 0;
  while (b < s.length && (s.charCodeAt(b) === 0x28 || s.charCodeAt(b) === 0x5b)) b++;
  let e = s.length;
  while (e > b && (s.charCodeAt(e - 1) === 0x29 || s.charCodeAt(e - 1) === 0x5d)) e--;
  return b === 0 && e === s.length ? s : s.slice(b, e);
}
const DECORATION_ONLY = /^[\s\-–—_=*.:|\\#>`[\](){}]*$/u;

/** `/[\s*_|)\]]/u`: white space and what closes a line after its ";" or ".". */
function isClosingDecoration(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x7c || c === 0x29 || c === 0x5d || isSpaceCode(c);
}

/** `/[\s*_\\#>`|,;:]/u`: what stands before a recipient item's text. */
function isItemLead(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x5c || c === 0x23 || c === 0x3e || c === 0x60 || c === 0x7c || c === 0x2c || c === 0x3b || c === 0x3a || isSpaceCode(c);
}

/** `/[\s*_`|]/u`: what stands after a recipient item's text. */
function isItemTail(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x60 || c === 0x7c || isSpaceCode(c);
}

/** Whether printed text ends a list line (";" or "."), spaces and decoration ignored. */
function endsClosed(text: string, end: number, start: number): boolean {
  let e = end;
  while (e > start && isClosingDecoration(text.charCodeAt(e - 1))) e--;
  return e > start && (text[e - 1] === ';' || text[e - 1] === '.');
}

const NO_EXTRA: Partial<Atom> = Object.freeze({});

/**
 * A plain atom. Every one has all the fields, in one order (absent ones undefined): the
 * readers of atoms (block.ts, index.ts, recipients) then meet one object shape besides the
 * two lazy classes, not one per combination of fields.
 */
export function atomRecord(kind: AtomKind, start: number, end: number, text: string, stream: string, line: number, extra: Partial<Atom> = NO_EXTRA): Atom {
  return { kind, start, end, text, stream, line, authority: extra.authority, rest: extra.rest, person: extra.person, mixedCase: extra.mixedCase, raw: extra.raw, closed: extra.closed };
}

function make(piece: Piece, kind: AtomKind, range: TextRange, extra: Partial<Atom> = NO_EXTRA, text?: string): Atom {
  return atomRecord(kind, range.start, range.end, text ?? '', piece.stream, piece.line, extra);
}

/**
 * A prose atom. Its text (white space collapsed) is read only for the few lines that end
 * a recipient list, so it is built on first use instead of for every line of the page.
 */
class ProseAtom implements Atom {
  readonly kind = 'prose' as const;
  private printed: string | undefined;
  private endsList: boolean | undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly stream: string,
    readonly line: number,
    private readonly rawStart: number,
    private readonly rawEnd: number,
  ) {}

  get text(): string {
    this.printed ??= collapseSpaces(this.source.slice(this.start, this.end));
    return this.printed;
  }

  get raw(): TextRange {
    return { start: this.rawStart, end: this.rawEnd };
  }

  /** (Read only after a recipient item, like the text: looked at on first use.) */
  get closed(): boolean {
    this.endsList ??= endsClosed(this.source, this.rawEnd, this.rawStart);
    return this.endsList;
  }

  shifted(delta: number, piece: Piece): ProseAtom {
    const copy = new ProseAtom(this.source, this.start + delta, this.end + delta, piece.stream, piece.line, this.rawStart + delta, this.rawEnd + delta);
    copy.printed = this.printed;
    copy.endsList = this.endsList;
    return copy;
  }
}

/**
 * An upper-case header line that is neither a prefix nor a post (ỦY BAN NHÂN DÂN, CỘNG HÒA
 * XÃ HỘI …, a heading). Whether it also reads as an all-caps name is asked only of the few
 * lines that stand next to a post or a "Nơi nhận" list, so the name is parsed on first use
 * instead of for every such line of the page.
 */
class UpperAtom implements Atom {
  readonly kind = 'upper' as const;
  private parsed: PersonName | null | undefined;
  constructor(
    private readonly source: string,
    private readonly lex: SignerLexicon,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly stream: string,
    readonly line: number,
  ) {}

  get person(): PersonName | undefined {
    if (this.parsed === undefined) this.parsed = parseName(this.source, this.start, this.end, this.lex, { allowAllCaps: true });
    return this.parsed ?? undefined;
  }
}

function shiftPerson(p: PersonName, delta: number): PersonName {
  return { value: p.value, range: { start: p.range.start + delta, end: p.range.end + delta }, surnameKnown: p.surnameKnown, allCaps: p.allCaps };
}

/** A copy of an atom read from the same characters `delta` further on, in another piece's line and stream. */
export function shiftAtom(a: Atom, delta: number, piece: Piece): Atom {
  if (a instanceof ProseAtom) return a.shifted(delta, piece);
  // The fields of atomRecord, in its order, written out: no object of extras per copy.
  return {
    kind: a.kind,
    start: a.start + delta,
    end: a.end + delta,
    text: a.text,
    stream: piece.stream,
    line: piece.line,
    authority: a.authority,
    rest: a.rest === undefined ? undefined : { start: a.rest.start + delta, end: a.rest.end + delta, text: a.rest.text },
    person: a.person === undefined ? undefined : shiftPerson(a.person, delta),
    mixedCase: a.mixedCase,
    raw: a.raw === undefined ? undefined : { start: a.raw.start + delta, end: a.raw.end + delta },
    closed: a.closed,
  };
}

export class AtomReader {
  /**
   * @param folded foldKey(text) when the caller has it (the document's folded text); a
   *   range's key is then a slice of it, not a fold of its own
   */
  constructor(
    private readonly text: string,
    private readonly lex: SignerLexicon,
    private folded?: string,
  ) {}

  /** foldKey(text.slice(start, end)). */
  private fold(start: number, end: number): string {
    return this.foldedDoc().slice(start, end);
  }

  /** foldKey(text), computed on first use when the caller did not give it. */
  private foldedDoc(): string {
    this.folded ??= foldKey(this.text);
    return this.folded;
  }

  private slice(r: TextRange): string {
    return collapseSpaces(this.text.slice(r.start, r.end));
  }

  /** Trim decoration and the punctuation a split leaves behind ("[ ", ", "), keeping pairs. */
  private trim(start: number, end: number): TextRange {
    const t = this.text;
    let s = start;
    let e = end;
    // (trimPiece, written out: this runs twice for every piece of a page, and most need no cut.)
    while (s < e && isEdge(t.charCodeAt(s))) s++;
    while (e > s && isEdge(t.charCodeAt(e - 1))) e--;
    for (let guard = 0; guard < 4 && e > s; guard++) {
      const first = t.charCodeAt(s);
      const last = t.charCodeAt(e - 1);
      // ",;:)]" before the text, or an unpaired "[" / "("; ",;:([" after it, or an unpaired "]" / ")".
      if (first === 0x2c || first === 0x3b || first === 0x3a || first === 0x29 || first === 0x5d || (first === 0x5b && indexOfWithin(t, ']', s, e) < 0) || (first === 0x28 && indexOfWithin(t, ')', s, e) < 0)) s++;
      else if (last === 0x2c || last === 0x3b || last === 0x3a || last === 0x28 || last === 0x5b || (last === 0x5d && indexOfWithin(t, '[', s, e) < 0) || (last === 0x29 && indexOfWithin(t, '(', s, e) < 0)) e--;
      else break;
      while (s < e && isEdge(t.charCodeAt(s))) s++;
      while (e > s && isEdge(t.charCodeAt(e - 1))) e--;
    }
    return { start: s, end: e };
  }


  /** An item keeps its printed punctuation (OCR tails included); only decoration goes. */
  private itemTrim(start: number, end: number): TextRange {
    let s = start;
    let e = end;
    while (s < e && isItemLead(this.text.charCodeAt(s))) s++;
    while (e > s && isItemTail(this.text.charCodeAt(e - 1))) e--;
    return { start: s, end: e };
  }

  /** Atoms of one piece, in text order. */
  read(piece: Piece): Atom[] {
    return this.readRange(piece, piece.start, piece.end);
  }

  private readRange(piece: Piece, from: number, to: number): Atom[] {
    const r = this.trim(from, to);
    if (r.end <= r.start) return [];
    const raw = this.text.slice(r.start, r.end);
    // Fast path: a piece starting with a lower-case letter or a digit, without brackets, is
    // prose (no heading, post, name, mark or bullet starts that way).
    if (opensLowerOrDigit(raw) && raw.indexOf('(') < 0 && raw.indexOf('[') < 0 && !this.opensItem(r) && !isArchiveLine(raw, this.lex)) {
      const glued = raw.includes(';') || raw.includes('. ') ? this.nameAtEnd(r.start, r.end) : null;
      if (glued) return [this.prose(piece, r.start, glued.cut, from, glued.cut), make(piece, 'name', glued.person.range, { person: glued.person }, glued.person.value)];
      return [this.prose(piece, r.start, r.end, from, to)];
    }
    if (raw.length > LONG_PIECE) return this.readLong(piece, r, from, to);
    // (Decoration and page markers hold no letter or digit: a piece opening with one is neither.)
    if (!opensWordChar(raw) && (DECORATION_ONLY.test(raw) || isPageMarker(raw))) return [];
    const folded = this.fold(r.start, r.end);
    const bare = folded.slice(0, endWithoutColonDot(folded));
    // The line-opening phrases (copy heading, digital-signature label, standalone mark, Nơi
    // nhận, item opening, archive word) are asked only of a line opening with the first
    // letters of one of them, or with a bracket (a standalone mark may be bracketed).
    const keyed = this.lex.phrases.mayOpenPhrase(folded, 0) || folded.charCodeAt(0) === 0x28 || folded.charCodeAt(0) === 0x5b;

    if (keyed && this.lex.isCopyMarker(bare)) return [make(piece, 'copy', r, {}, this.slice(r))];
    const alone = this.lex.authorityAlone(raw);
    if (alone) return [make(piece, 'prefix', r, { authority: alone, rest: { start: r.end, end: r.end, text: '' } }, this.slice(r))];
    if (keyed && this.lex.digitalLabel.test(folded)) return [make(piece, 'digital', r, {}, this.slice(r))];
    if (keyed && this.lex.isStandaloneMark(unbracket(bare))) return [make(piece, 'mark', r, {}, this.slice(r))];

    // Bracketed marks anywhere: split around them.
    const marks = this.lex.mayHoldBracketedMark(folded) ? [...folded.matchAll(this.lex.bracketedMark)] : [];
    if (marks.length > 0) {
      const out: Atom[] = [];
      let at = r.start;
      for (const m of marks) {
        const ms = r.start + (m.index ?? 0);
        const me = ms + m[0].length;
        out.push(...this.readRange(piece, at, ms));
        out.push(make(piece, 'mark', { start: ms, end: me }, {}, this.text.slice(ms, me)));
        at = me;
      }
      out.push(...this.readRange(piece, at, r.end));
      return out;
    }

    const head = keyed ? this.lex.phrases.recipientHeading.exec(folded) : null;
    if (head) {
      const headEnd = r.start + head[0].length;
      const out = [make(piece, 'recipient-head', { start: r.start, end: headEnd }, {}, this.slice({ start: r.start, end: headEnd }))];
      const tail = this.findGluedBlock(headEnd, r.end, true);
      if (tail) {
        if (tail.start > headEnd) out.push(...this.itemAtoms(piece, headEnd, tail.start));
        out.push(...tail.atoms(piece));
      } else if (r.end > headEnd) out.push(...this.itemAtoms(piece, headEnd, r.end));
      return out;
    }

    if (BULLET.test(raw) || (keyed && (this.lex.phrases.itemOpening.test(folded) || isArchiveLine(raw, this.lex)))) {
      const tail = this.findGluedBlock(r.start, r.end);
      if (tail && tail.start > r.start) return [...this.itemAtoms(piece, from, tail.start), ...tail.atoms(piece)];
      const name = isArchiveLine(raw.replace(BULLET, ''), this.lex) ? this.nameAfterArchive(r.start, r.end) : this.nameAtEnd(r.start, r.end);
      if (name) return [...this.itemAtoms(piece, from, name.cut), make(piece, 'name', name.person.range, { person: name.person }, name.person.value)];
      return this.itemAtoms(piece, from, to);
    }

    const block = this.blockAt(r.start, r.end);
    if (block) return block.atoms(piece);
    // An upper-case line without marks or apostrophes never reads as a name in mixed case
    // (its syllables are all-caps words, or one-letter initials), so parseName is skipped there.
    const upper = isUpperLine(raw);
    // (Marks and apostrophes are what a mixed-case name syllable may hold besides letters: names.ts TITLE_SYLLABLE.)
    const person = upper && !hasMarkOrApostrophe(raw) ? null : parseName(this.text, r.start, r.end, this.lex, { allowAllCaps: false });
    if (person) return [make(piece, 'name', person.range, { person }, person.value)];
    if (upper) return this.headerRun(piece, r.start, r.end);
    const t = this.lex.titleAt(folded, 0);
    if (t > 0 && raw.length <= 60 && !/[;:!?\d]|\.$/u.test(raw)) {
      return [make(piece, 'title', r, { mixedCase: true }, this.slice(r))];
    }
    // "KT. Bộ trưởng": a prefix before a post printed in mixed case.
    const mixed = raw.length <= 60 ? this.lex.authorityBeforeMixed(this.text, r.start) : null;
    if (mixed && !/[;!?\d]/u.test(raw) && this.lex.titleAt(folded, mixed.length) > 0) {
      const rest = this.trim(r.start + mixed.length, r.end);
      return [make(piece, 'prefix', r, { authority: mixed.code, rest: { ...rest, text: this.slice(rest) }, mixedCase: true }, this.slice(r))];
    }
    return [this.prose(piece, r.start, r.end, from, to)];
  }

  /** An item opening printed without a bullet ("Như trên") starts at r (its first letters are looked at first). */
  private opensItem(r: TextRange): boolean {
    return this.lex.phrases.mayOpenItem(this.foldedDoc(), r.start) && this.lex.phrases.itemOpening.test(this.fold(r.start, Math.min(r.end, r.start + 12)));
  }

  private prose(piece: Piece, start: number, end: number, rawFrom: number, rawTo: number): Atom {
    const r = this.trim(start, end);
    return new ProseAtom(this.text, r.start, r.end, piece.stream, piece.line, rawFrom, rawTo);
  }

  /**
   * A signer's name glued at the end of a list line ("thông của địa phương); Nguyễn Xuân
   * Nhẫn": the right column flattened into the left one). Only a name with a known surname,
   * after "; " or ". ", ending the line.
   */
  private nameAtEnd(from: number, to: number): { cut: number; person: PersonName } | null {
    if (endsClosed(this.text, to, from)) return null;
    const found = this.nameAfterStop(/[.;]\)?\s+(?=\p{Lu})/uy, Math.max(from, to - 60), to, false);
    return found && { cut: found.stop.index + found.stop[0].trimEnd().length, person: found.person };
  }

  /**
   * The first match of the sticky `stop` (it opens with "." or ";") in [from, to) followed by
   * a name with a known surname running to `to`. Tried only where a match can start, as a
   * global search from `from` would find them — but without running on past the line when
   * none is there.
   */
  private nameAfterStop(stop: RegExp, from: number, to: number, allowAllCaps: boolean): { stop: RegExpExecArray; person: PersonName } | null {
    for (let at = from; at < to; at++) {
      const ch = this.text.charCodeAt(at);
      if (ch !== 0x2e && ch !== 0x3b) continue;
      stop.lastIndex = at;
      const m = stop.exec(this.text);
      if (!m) continue;
      const person = parseName(this.text, m.index + m[0].length, to, this.lex, { allowAllCaps, requireKnownSurname: true });
      if (person) return { stop: m, person };
      at = m.index + m[0].length - 1;
    }
    return null;
  }

  /** A long piece: a one-line recipient list, or prose that may end with a signed mark. */
  private readLong(piece: Piece, r: TextRange, from: number, to: number): Atom[] {
    const raw = this.text.slice(r.start, r.end);
    // A block glued to an annex heading ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH …").
    if (/^\p{Lu}[^\p{Ll}\s]*(?:\s|$)/u.test(raw)) {
      const block = this.blockAt(r.start, r.end);
      if (block) return block.atoms(piece);
    }
    const headFold = this.fold(r.start, Math.min(r.end, r.start + 40));
    const head = this.lex.phrases.recipientHeading.exec(headFold);
    if (head) {
      const headEnd = r.start + head[0].length;
      return [make(piece, 'recipient-head', { start: r.start, end: headEnd }, {}, this.slice({ start: r.start, end: headEnd })), ...this.itemAtoms(piece, headEnd, r.end)];
    }
    if (BULLET.test(raw) || this.lex.phrases.itemOpening.test(headFold)) return this.itemAtoms(piece, from, to);
    const tailStart = r.end - MARK_TAIL;
    const tail = this.fold(tailStart, r.end);
    let firstMark = -1;
    if (this.lex.mayHoldBracketedMark(tail)) {
      for (const m of tail.matchAll(this.lex.bracketedMark)) {
        firstMark = tailStart + (m.index ?? 0);
        break;
      }
    }
    if (firstMark < 0) return [this.prose(piece, r.start, r.end, from, to)];
    return [this.prose(piece, r.start, firstMark, from, firstMark), ...this.readRange(piece, firstMark, to)];
  }

  /** Recipient items; a line may hold several ("- A; - B; - Lưu: VT."). */
  private itemAtoms(piece: Piece, from: number, to: number): Atom[] {
    const r = this.itemTrim(from, to);
    if (r.end <= r.start) return [];
    const raw = this.text.slice(r.start, r.end);
    const out: Atom[] = [];
    // Item boundaries: a dash that starts the text or follows "; " / ". ".
    const starts: number[] = [0];
    // (A separator holds a dash after the first character: most items hold none.)
    if (raw.indexOf('-', 1) > 0 || raw.indexOf('–', 1) > 0) {
      const sep = /[;.]\s+[-–]\s*(?=\S)/gu;
      for (let m = sep.exec(raw); m; m = sep.exec(raw)) starts.push(m.index + 1);
    }
    starts.push(raw.length);
    for (let i = 0; i + 1 < starts.length; i++) {
      const ir = this.itemTrim(r.start + (starts[i] as number), r.start + (starts[i + 1] as number));
      if (ir.end > ir.start) out.push(make(piece, 'recipient-item', ir, { closed: endsClosed(this.text, ir.end, ir.start) }, this.slice(ir)));
    }
    return out;
  }

  /**
   * The signer's name glued after the archive line ("- Lưu: VT, TH. Lê Văn Cường", two
   * columns flattened into one line): the last line of the list ends at its period, so a
   * name with a known surname after it belongs to the block.
   */
  private nameAfterArchive(from: number, to: number): { cut: number; person: PersonName } | null {
    if (to - from > MAX_GLUED) return null;
    const found = this.nameAfterStop(/[.;]\s+(?=\p{Lu})/uy, from, to, true);
    return found && { cut: found.stop.index + 1, person: found.person };
  }

  /**
   * A signature block glued to the end of a recipient line: an upper-case run starting with
   * an authority prefix or a post, followed by a name, or standing after a ";" or ".".
   */
  private findGluedBlock(from: number, to: number, atStart = false): { start: number; atoms: (p: Piece) => Atom[] } | null {
    // A glued line is short; a long one is prose or a list, and scanning it word by word
    // would cost the square of its length.
    if (to - from > MAX_GLUED) return null;
    const t = this.text;
    // The words of the line (as wordRanges gives them), walked without listing them: most
    // list lines hold no block, and most of their words are not upper case.
    let at = from;
    for (let i = 0; ; i++) {
      while (at < t.length && isSpaceCode(t.charCodeAt(at))) at++;
      if (at >= to || at >= t.length) return null;
      const start = at;
      while (at < t.length && !isSpaceCode(t.charCodeAt(at))) at++;
      const end = Math.min(at, to);
      if ((i === 0 && !atStart) || hasLowerIn(t, start, end) || !hasUpperIn(t, start, end)) continue;
      const block = this.blockAt(start, to, true);
      if (!block) continue;
      const before = this.text.slice(from, start);
      if (!block.hasName && !/[.;]\s*$/u.test(before) && !(atStart && i === 0)) continue;
      // What stands between the item and the block (a drafter's initials) is dropped:
      // the item ends at its last ";" or "." before the block.
      const endMark = Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'));
      return { start: endMark > 0 ? from + endMark + 1 : start, atoms: block.atoms };
    }
  }

  /**
   * A block written on one line: an upper-case run (prefixes and posts) and, optionally, a
   * name after it. Null unless the run starts with a prefix or a post and the rest is empty
   * (only when `strict`: a whole upper-case line is otherwise read by headerRun) or a name.
   */
  private blockAt(from: number, to: number, strict = false): { hasName: boolean; atoms: (p: Piece) => Atom[] } | null {
    const t = this.text;
    // The first word (the whole of it, past `to`) must be upper case: a cheap test before
    // splitting the line.
    let fwEnd = from;
    while (fwEnd < t.length && !isSpaceCode(t.charCodeAt(fwEnd))) fwEnd++;
    if (fwEnd === from || hasLowerIn(t, from, fwEnd) || !hasUpperIn(t, from, fwEnd)) return null;
    // A block opens with a prefix or a post (`startsWell` below): most upper-case lines
    // (bodies, headings) open with neither and are let go before their words are listed.
    const authority = this.lex.authorityAt(t, from);
    if (authority === null && !this.lex.mayOpenTitle(this.foldedDoc(), from)) return null;
    // A block line holds a few posts and a name: 40 words are plenty (the rest of a longer
    // line, an annex heading glued after the name, is read on its own).
    const ws = wordRanges(t, from, to, 40);
    if (ws.length === 0) return null;
    let k = 0;
    while (k < ws.length && !hasLowerIn(t, (ws[k] as WordRange).start, (ws[k] as WordRange).end)) k++;
    if (k === 0) return null;
    const runEnd = (ws[k - 1] as WordRange).end;
    if (!hasUpperIn(t, from, runEnd)) return null;
    const startsWell = authority !== null || this.lex.titleAt(this.fold(from, runEnd), 0) > 0;
    if (!startsWell) return null;
    if (k === ws.length) return strict && ws.length < 40 ? { hasName: false, atoms: (p) => this.headerRun(p, from, runEnd) } : null;
    // The name: the longest run of capitalised syllables after the posts that reads as a
    // name, followed by nothing or by an upper-case heading glued after it (an annex title).
    let n = k;
    const isUpperWord = (w: WordRange): boolean => !hasLowerIn(t, w.start, w.end);
    while (n < ws.length && n - k < 6 && startsUpperAt(t, (ws[n] as WordRange).start, (ws[n] as WordRange).end) && !isUpperWord(ws[n] as WordRange)) n++;
    for (let e = n; e - k >= 2; e--) {
      if (e < ws.length && !isUpperWord(ws[e] as WordRange)) continue;
      const person = parseName(this.text, (ws[k] as WordRange).start, (ws[e - 1] as WordRange).end, this.lex, { allowAllCaps: false });
      if (!person) continue;
      const restFrom = e < ws.length ? (ws[e] as WordRange).start : ws.length === 40 ? (ws[e - 1] as WordRange).end : to;
      return {
        hasName: true,
        atoms: (p) => [...this.headerRun(p, from, runEnd), make(p, 'name', person.range, { person }, person.value), ...(restFrom < to ? this.readRange(p, restFrom, to) : [])],
      };
    }
    return null;
  }

  /** Split an upper-case run into prefix, post and other header atoms. */
  headerRun(piece: Piece, from: number, to: number): Atom[] {
    const r = this.trim(from, to);
    if (r.end <= r.start) return [];
    // Segments start at each authority prefix: the words are walked (as wordRanges gives
    // them) and asked whether one opens there.
    const t = this.text;
    const cuts: { at: number; code: Authority | null; len: number }[] = [];
    for (let at = r.start; ; ) {
      while (at < t.length && isSpaceCode(t.charCodeAt(at))) at++;
      if (at >= r.end || at >= t.length) break;
      const a = this.lex.authorityAt(t, at);
      if (a && (cuts.length === 0 || at > (cuts[cuts.length - 1] as { at: number }).at)) cuts.push({ at, code: a.code, len: a.length });
      while (at < t.length && !isSpaceCode(t.charCodeAt(at))) at++;
    }
    const out: Atom[] = [];
    // Most header lines hold no prefix: one segment of posts and other upper-case text.
    if (cuts.length === 0 || (cuts[0] as { at: number }).at > r.start) {
      const segEnd = cuts.length > 0 ? (cuts[0] as { at: number }).at : r.end;
      for (const p of this.splitPosts(r.start, segEnd)) out.push(this.postAtom(piece, p.range, p.title));
    }
    for (let i = 0; i < cuts.length; i++) {
      const c = cuts[i] as { at: number; code: Authority; len: number };
      const segEnd = i + 1 < cuts.length ? (cuts[i + 1] as { at: number }).at : r.end;
      const restStart = c.at + c.len;
      const parts = this.splitPosts(restStart, segEnd);
      const first = parts[0];
      const restRange = first ? first.range : this.trim(restStart, segEnd);
      const range = { start: c.at, end: Math.max(restRange.end, c.at + c.len) };
      const rest = { start: restRange.start, end: restRange.end, text: this.slice(restRange) };
      out.push(make(piece, 'prefix', this.trim(range.start, range.end), { authority: c.code, rest }, this.slice(range)));
      for (let j = 1; j < parts.length; j++) out.push(this.postAtom(piece, (parts[j] as { range: TextRange }).range, (parts[j] as { title: boolean }).title));
    }
    return out;
  }


  private postAtom(piece: Piece, range: TextRange, title: boolean): Atom {
    const text = this.slice(range);
    if (title) return make(piece, 'title', range, {}, text);
    return new UpperAtom(this.text, this.lex, range.start, range.end, text, piece.stream, piece.line);
  }

  /**
   * Split an upper-case segment where a second post starts after a space (not after a
   * comma): "CHỦ TỊCH PHÓ CHỦ TỊCH" → CHỦ TỊCH | PHÓ CHỦ TỊCH; "CHÍNH PHỦ THỦ TƯỚNG" →
   * CHÍNH PHỦ | THỦ TƯỚNG; "BỘ TRƯỞNG, CHỦ NHIỆM" stays whole.
   */
  private splitPosts(from: number, to: number): { range: TextRange; title: boolean }[] {
    const r = this.trim(from, to);
    if (r.end <= r.start) return [];
    const folded = this.fold(r.start, r.end);
    const out: { range: TextRange; title: boolean }[] = [];
    let segStart = 0;
    const firstTitle = this.lex.titleAt(folded, 0);
    let segTitle = firstTitle > 0;
    // Each run of white space after `at` (as /\s+/g from lastIndex would find it), by code unit.
    let at = segTitle ? firstTitle : 1;
    for (;;) {
      let gap = at;
      while (gap < folded.length && !isSpaceCode(folded.charCodeAt(gap))) gap++;
      let pos = gap;
      while (pos < folded.length && isSpaceCode(folded.charCodeAt(pos))) pos++;
      if (pos >= folded.length) break;
      at = pos;
      const len = this.lex.titleAt(folded, pos);
      if (len === 0 || folded.charCodeAt(gap - 1) === 0x2c) continue;
      out.push({ range: this.trim(r.start + segStart, r.start + gap), title: segTitle });
      segStart = pos;
      segTitle = true;
      at = pos + len;
    }
    out.push({ range: this.trim(r.start + segStart, r.end), title: segTitle });
    return out.filter((p) => p.range.end > p.range.start);
  }
}
