/**
 * Signers stated in prose on a news page: "Phó Thủ tướng Trần Lưu Quang, Tổ trưởng Tổ công
 * tác … vừa ký Quyết định số 62/…", "… do Phó Thủ tướng Trần Lưu Quang ký", "thừa lệnh Chủ
 * tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng UBND tỉnh Tuyên Quang Nguyễn Thanh đã ký
 * ban hành văn bản số 3653/UBND-TNMT".
 *
 * Only a sentence whose verb is signing counts (vừa/đã/mới ký, ký ban hành, ký + a document
 * type, do … ký); a person who chaired, asked or concluded is not a signer. The person
 * phrase is `TITLE [ORG] NAME[, ROLE | - ROLE]` or `đồng chí|ông|bà NAME, TITLE ORG`; the
 * name must start with a known surname and is never a place (tỉnh Tuyên Quang Nguyễn Thanh →
 * Nguyễn Thanh). `title` is the printed post with its body (Phó Chủ tịch UBND tỉnh);
 * `onBehalfOf` is the capacity stated next to the name (", Tổ trưởng Tổ công tác …") or the
 * body of a "thay mặt / thừa lệnh / thừa ủy quyền" phrase, which also sets the authority.
 */
import type { Line, NormalizedDocument, TextRange } from '../../document.js';
import type { Authority } from '../../schema.js';
import type { Segments } from '../../segment/types.js';
import { foldKey } from '../../text/fold.js';
import type { SignerLexicon } from './lexicon.js';
import { looksLikeBodyOrTitle, startsWithPlace, surnameLength, type PersonName } from './names.js';
import { spaceOr, trimEndWhere } from './trim.js';
import { NextOccurrence } from './occurrences.js';

export interface ProseSigner {
  readonly name: string;
  readonly title: string | null;
  readonly authority: Authority | null;
  readonly onBehalfOf: string | null;
  readonly person: PersonName;
  readonly range: TextRange;
}

const SYLLABLE = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

const CLAUSE_BREAK = /[.;:!?“”"(]\s/gu;
/** A person phrase before the verb is never longer than this (characters). */
const MAX_SUBJECT = 300;

/** The largest value in sorted `xs` that is at most `x`, or -1. */
function lastBefore(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) <= x) {
      found = xs[mid] as number;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

interface Tok {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Separator right after the token (",", "-", "–") or null. */
  readonly sep: string | null;
}

function tokenize(s: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const re = /[^\s,]+|,/gu;
  re.lastIndex = from;
  const raw: { text: string; start: number }[] = [];
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) raw.push({ text: m[0], start: m.index });
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as { text: string; start: number };
    if (t.text === ',' || /^[-–—]$/u.test(t.text)) continue;
    const next = raw[i + 1];
    const sep = next && (next.text === ',' || /^[-–—]$/u.test(next.text)) ? next.text : null;
    out.push({ text: t.text, start: t.start, end: Math.min(t.start + t.text.length, to), sep });
  }
  return out;
}

export class ProseReader {
  /**
   * @param folded foldKey(text) when the caller has it: a line's key is then a slice of it
   *   (folding keeps offsets), not a fold of its own
   */
  constructor(
    private readonly text: string,
    private readonly lex: SignerLexicon,
    private readonly folded?: string,
  ) {}

  /** Signers stated in the lines given (news content lines). */
  read(lines: readonly Line[]): ProseSigner[] {
    const out: ProseSigner[] = [];
    const verbs = this.folded !== undefined ? new NextOccurrence(this.folded, this.lex.phrases.signingWord) : null;
    /** Line texts that named no signer (a page repeating a line reads it once). */
    const barren = new Set<string>();
    for (const line of lines) {
      // Both phrases hold the verb: a line without it is passed over unsliced (one indexOf per
      // occurrence of the verb, not a slice and two regex runs per line).
      if (verbs !== null && !verbs.within(line.start, line.end)) continue;
      if (barren.has(line.text)) continue;
      const found = out.length;
      const folded = this.folded !== undefined ? this.folded.slice(line.start, line.end) : foldKey(line.text);
      const { signingVerb: re, agentMarker, verbAfterAgent } = this.lex.phrases;
      re.lastIndex = 0;
      const breaks: number[] = [];
      CLAUSE_BREAK.lastIndex = 0;
      for (let b = CLAUSE_BREAK.exec(folded); b; b = CLAUSE_BREAK.exec(folded)) breaks.push(b.index + 1);
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        // The clause holding the verb, at most MAX_SUBJECT characters back.
        let from = Math.max(0, m.index - MAX_SUBJECT);
        const k = lastBefore(breaks, m.index);
        if (k >= from) from = k;
        const s = this.person(line.start + from, line.start + m.index);
        if (s) out.push(s);
      }
      agentMarker.lastIndex = 0;
      for (let m = agentMarker.exec(folded); m; m = agentMarker.exec(folded)) {
        const after = m.index + m[0].length;
        const window = folded.slice(after, after + 200);
        const k = verbAfterAgent.exec(window);
        if (!k || /[.;:]/u.test(window.slice(0, k.index))) continue;
        const s = this.person(line.start + after, line.start + after + k.index);
        if (s) out.push(s);
      }
      if (out.length === found) barren.add(line.text);
    }
    return out;
  }

  /** The signer named by the phrase `[from, to)`, or null. */
  private person(from: number, to: number): ProseSigner | null {
    const folded = foldKey(this.text.slice(from, to));
    let authority: Authority | null = null;
    let behalf: string | null = null;
    let start = from;
    // thay mặt / thừa lệnh / thừa ủy quyền X, …
    for (const f of this.lex.proseAuthority) {
      if (f.code === 'Q') continue;
      const at = indexOfWord(folded, f.folded);
      if (at < 0) continue;
      const comma = folded.indexOf(',', at + f.folded.length);
      if (comma < 0) continue;
      authority = f.code;
      behalf = this.text.slice(from + at + f.folded.length, from + comma).trim() || null;
      start = from + comma + 1;
      break;
    }
    const f = foldKey(this.text.slice(start, to));
    if (!this.lex.hasTitle(f) && !this.lex.hasHonorific(this.text.slice(start, to))) return null;
    const toks = tokenize(this.text, start, to);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      let q = false;
      let titleLen = this.lex.titleAt(f, t.start - start);
      if (titleLen === 0 && foldKey(t.text) === this.lex.phrases.actingWord && i + 1 < toks.length) {
        const nt = toks[i + 1] as Tok;
        const nl = this.lex.titleAt(f, nt.start - start);
        if (nl > 0) {
          q = true;
          titleLen = nt.start - t.start + nl;
        }
      }
      if (titleLen > 0) return this.titleFirst(t.start, t.start + titleLen, to, toks.slice(i), q ? 'Q' : authority, behalf, q ? (toks[i + 1] as Tok).start : t.start);
      const h = this.lex.honorificAt(this.text, t.start);
      if (h && (h.kind === 'address' || h.kind === 'rank')) return this.honorificFirst(t.start, t.start + h.length, to, authority, behalf);
    }
    return null;
  }

  /** TITLE [ORG] NAME[, ROLE]. */
  private titleFirst(phraseStart: number, titleEnd: number, to: number, toks: readonly Tok[], authority: Authority | null, behalf: string | null, titleStart: number): ProseSigner | null {
    const after = toks.filter((t) => t.start >= titleEnd);
    let i = 0;
    while (i < after.length) {
      if (!SYLLABLE.test((after[i] as Tok).text)) {
        i++;
        continue;
      }
      let j = i;
      while (j < after.length && SYLLABLE.test((after[j] as Tok).text)) {
        j++;
        if ((after[j - 1] as Tok).sep !== null) break;
      }
      const run = after.slice(i, j);
      const last = run[run.length - 1] as Tok;
      // The name closes the title phrase: a separator follows, or only lower-case words
      // ("cũng", "vừa") stand between it and the verb.
      const endsPhrase = last.sep !== null || after.slice(j).every((t) => !/^\p{Lu}/u.test(t.text));
      if (endsPhrase) {
        const pick = this.pickName(run);
        if (pick !== null) {
          const nameToks = run.slice(pick);
          const person = this.personOf(nameToks);
          const title = trimEndWhere(this.text.slice(titleStart, (nameToks[0] as Tok).start).replace(/\s+/gu, ' '), spaceOr(',–—-')).trim();
          let roleText: string | null = null;
          let end = person.range.end;
          if (last.sep !== null) {
            const roleStart = this.text.indexOf(last.sep, last.end) + 1;
            const raw = this.text.slice(roleStart, to);
            const trimmed = raw.replace(/^\s+/u, '');
            if (trimmed && this.lex.titleAt(foldKey(trimmed), 0) > 0) {
              roleText = trimEndWhere(trimmed, spaceOr(','));
              end = roleStart + (raw.length - trimmed.length) + roleText.length;
            }
          }
          return {
            name: person.value,
            title: title || null,
            authority,
            onBehalfOf: behalf ?? roleText,
            person,
            range: { start: phraseStart, end },
          };
        }
      }
      i = j;
    }
    return null;
  }

  /** đồng chí|ông|bà NAME, TITLE ORG. */
  private honorificFirst(phraseStart: number, nameFrom: number, to: number, authority: Authority | null, behalf: string | null): ProseSigner | null {
    const toks = tokenize(this.text, nameFrom, to);
    let j = 0;
    while (j < toks.length && SYLLABLE.test((toks[j] as Tok).text)) {
      j++;
      if ((toks[j - 1] as Tok).sep !== null) break;
    }
    const run = toks.slice(0, j);
    if (run.length < 2 || this.pickName(run) !== 0) return null;
    const person = this.personOf(run);
    const last = run[run.length - 1] as Tok;
    let title: string | null = null;
    let end = person.range.end;
    if (last.sep !== null) {
      const roleStart = this.text.indexOf(last.sep, last.end) + 1;
      const raw = this.text.slice(roleStart, to);
      const trimmed = raw.replace(/^\s+/u, '');
      if (trimmed && this.lex.titleAt(foldKey(trimmed), 0) > 0) {
        title = trimEndWhere(trimmed, spaceOr(','));
        end = roleStart + (raw.length - trimmed.length) + title.length;
      }
    }
    return { name: person.value, title, authority, onBehalfOf: behalf, person, range: { start: phraseStart, end } };
  }

  /**
   * Where the name starts in a run of capitalised syllables ending the title phrase, or null:
   * after a province name (tỉnh Tuyên Quang Nguyễn Thanh), else at the leftmost known
   * surname that leaves 2–4 syllables (5 with a compound surname).
   */
  private pickName(run: readonly Tok[]): number | null {
    const words = run.map((t) => trimEndWhere(t.text, (ch) => '.,;:'.includes(ch)));
    const valid = (s: number): boolean => {
      const rest = words.slice(s);
      const sl = surnameLength(rest, this.lex);
      if (sl === 0 || rest.length < 2 || rest.length > (sl > 1 ? 5 : 4)) return false;
      return !looksLikeBodyOrTitle(rest, this.lex) && startsWithPlace(rest, this.lex) < rest.length;
    };
    const place = startsWithPlace(words, this.lex);
    if (place > 0 && place < words.length && valid(place)) return place;
    for (let s = 0; s + 1 < words.length; s++) if (valid(s)) return s;
    return null;
  }

  private personOf(toks: readonly Tok[]): PersonName {
    const first = toks[0] as Tok;
    const last = toks[toks.length - 1] as Tok;
    const printed = trimEndWhere(this.text.slice(first.start, last.end), (ch) => '.,;:'.includes(ch));
    return { value: printed.replace(/\s+/gu, ' '), range: { start: first.start, end: first.start + printed.length }, surnameKnown: true, allCaps: false };
  }
}

/** First index of `word` in folded `s` standing as whole words, or -1. */
function indexOfWord(s: string, word: string): number {
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : (s[at - 1] as string);
    const after = s[at + word.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}

/** The news page's content lines (no chrome), for ProseReader. */
export function newsLines(doc: NormalizedDocument, segments: Segments): readonly Line[] {
  return segments.contentLines.length > 0 ? segments.contentLines : doc.lines;
}
