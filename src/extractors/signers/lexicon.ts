/**
 * The word lists the signers and recipients extractors read (src/data/surnames.json,
 * titles.json, signing-authorities.json, and the province names of provinces.json),
 * validated once on first use and compiled into matchers. Nothing is built at import time.
 *
 * Matching conventions: titles, marks, labels and copy markers are matched on `foldKey`
 * text (case- and diacritic-insensitive, same length, so offsets carry over); authority
 * prefixes on the printed text (they are printed in upper case); surnames and body words
 * on whole lower-case syllables, with their diacritics (Vũ is a surname, vụ is not).
 */
import surnamesJson from '../../data/surnames.json';
import titlesJson from '../../data/titles.json';
import authoritiesJson from '../../data/signing-authorities.json';
import provincesJson from '../../data/provinces.json';
import { dataFile } from '../../data/load.js';
import {
  SigningAuthoritiesFileSchema,
  SurnamesFileSchema,
  TitlesFileSchema,
  type SigningAuthority,
} from '../../data/schema.js';
import type { Authority } from '../../schema.js';
import { foldKey } from '../../text/fold.js';
import { codeTables } from '../number/codes.js';
import { WB_END, WB_START } from '../../text/patterns.js';
import { DIGIT, LETTER, unitClass } from '../../text/char-class.js';
import { lowerNfc as lower } from '../../text/lower.js';

export interface AuthorityMatch {
  readonly code: Authority;
  /** Length of the printed prefix, spaces after it included. */
  readonly length: number;
}

export interface SignerLexicon {
  /** Lower-case one-syllable surnames ("nguyễn"). */
  readonly surnames: ReadonlySet<string>;
  /** Lower-case multi-syllable surnames as syllable lists ("tôn thất"), longest first. */
  readonly compoundSurnames: readonly (readonly string[])[];
  /** Length of the longest title starting at `pos` of a folded string (0 when none). */
  titleAt(folded: string, pos: number): number;
  /** False when no title can start at `pos` of a folded string (its first two characters open none). */
  mayOpenTitle(folded: string, pos: number): boolean;
  /** Whether a folded string holds a title anywhere (a cheap test before a word scan). */
  hasTitle(folded: string): boolean;
  /** Whether a printed string holds an honorific or rank anywhere. */
  hasHonorific(text: string): boolean;
  /** The authority prefix printed at `pos`, followed by an upper-case word (KT. BỘ, not KT. Nguyễn). */
  authorityAt(text: string, pos: number): AuthorityMatch | null;
  /** A prefix before a post in mixed case ("KT. Bộ trưởng"), as some reprints print blocks. */
  authorityBeforeMixed(text: string, pos: number): AuthorityMatch | null;
  /** The authority when a whole line is only a prefix ("TL." above "BỘ TRƯỞNG"). */
  authorityAlone(piece: string): Authority | null;
  /** Length of a leading honorific, rank or academic title ("Thiếu tướng ", "GS.TS. "). */
  honorificAt(text: string, pos: number): { length: number; kind: string } | null;
  readonly bodyWords: ReadonlySet<string>;
  readonly bodyPairs: ReadonlySet<string>;
  /** Lower-case province and city names ("hà nội", "kon tum") and their aliases. */
  readonly places: ReadonlySet<string>;
  /** Global regex over folded text: bracketed signature marks. */
  readonly bracketedMark: RegExp;
  /** Whether folded text may hold a bracketed mark: a "(" or "[" opening one (a cheap test before the regex). */
  mayHoldBracketedMark(folded: string): boolean;
  /** Whether a whole trimmed, folded piece is a standalone mark ("da ky"). */
  isStandaloneMark(folded: string): boolean;
  /** Sticky-free regex over folded text: a digital-signature field label at the start. */
  readonly digitalLabel: RegExp;
  /** Whether a whole trimmed, folded piece is a copy-certification heading ("sao y ban chinh"). */
  isCopyMarker(folded: string): boolean;
  /** Folded prose forms of the authorities ("thua lenh") → code, longest first. */
  readonly proseAuthority: readonly { readonly folded: string; readonly code: Authority }[];
  readonly authorities: readonly SigningAuthority[];
  /** Phrase matchers over folded text (signing-authorities.json proseSigning, recipientList). */
  readonly phrases: PhraseMatchers;
}

export interface PhraseMatchers {
  /** Global: a signing statement's verb group (vừa/đã/mới ký, ký ban hành, ký + document type). */
  readonly signingVerb: RegExp;
  /** Global: the agent marker "do " starting a "do … ký" phrase. */
  readonly agentMarker: RegExp;
  /** " ký" closing a "do … ký" phrase (not "ký kết"). */
  readonly verbAfterAgent: RegExp;
  /** The folded signing verb ("ky"), which every signing phrase holds. */
  readonly signingWord: string;
  /** The folded prose form of Q. ("quyen"), which counts only before a post. */
  readonly actingWord: string;
  /** At the start: the Nơi nhận heading with its colon. */
  readonly recipientHeading: RegExp;
  /** At the start: an item opening printed without a bullet (Như trên, Như Điều). */
  readonly itemOpening: RegExp;
  /** False when no item opening can start at `pos` of folded text (a cheap test before itemOpening). */
  mayOpenItem(folded: string, pos: number): boolean;
  /** At the start: the archive word (Lưu). */
  readonly archiveWord: RegExp;
  /** The archive word's first folded character ("l"): a line opening otherwise is not the archive line. */
  readonly archiveOpening: string;
  /** At the start: a heading that is never a recipient (Điều 3, Chương II). */
  readonly notItem: RegExp;
  /**
   * False when none of the line-opening phrases can start at `pos` of folded text: copy
   * headings, digital-signature labels, standalone marks, Nơi nhận headings, item openings,
   * the archive word (their first two characters; a cheap test before their patterns).
   */
  mayOpenPhrase(folded: string, pos: number): boolean;
  /** At the start: the digital-signature field naming a person (Người ký:). */
  readonly personLabel: RegExp;
}

interface ProvincesShape {
  provinces: readonly { name: string; fullName?: string; aliases?: readonly string[] }[];
}

let compiled: SignerLexicon | undefined;

/**
 * Escape for a `u`-flag regex. (text/patterns.ts escapes "-" as "\\-", which the `u` flag
 * rejects outside a character class; "\\x2d" is valid everywhere.)
 */
function escapeU(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&').replace(/-/gu, '\\x2d');
}

/** `a|b|c` from literal strings, escaped for the `u` flag, longest first. */
export function alternation(items: Iterable<string>): string {
  const uniq = [...new Set(items)].filter((s) => s.length > 0);
  uniq.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return uniq.map(escapeU).join('|');
}

/**
 * The first two code units of a set of literal forms, as a cheap test of whether one of them
 * can start at a position: a sticky regex over a long alternation is asked at every word of
 * a block line, and most words open no form.
 */
function openingsOf(forms: Iterable<string>): { mayOpen(s: string, pos: number): boolean } {
  const pairs = new Set<number>();
  const singles = new Set<number>();
  for (const f of forms) {
    // (A space in second place may stand for any white space in the patterns: its form counts by its first character.)
    if (f.length === 1 || (f.length > 1 && f[1] === ' ')) singles.add(f.charCodeAt(0));
    else if (f.length > 1) pairs.add(f.charCodeAt(0) * 0x10000 + f.charCodeAt(1));
  }
  return {
    mayOpen: (s: string, pos: number): boolean => {
      if (pos >= s.length) return false;
      const c = s.charCodeAt(pos);
      return singles.has(c) || (pos + 1 < s.length && pairs.has(c * 0x10000 + s.charCodeAt(pos + 1)));
    },
  };
}

/**
 * Membership in a set of whole-piece phrases. Most pieces asked are lines of prose, longer
 * than any phrase: they are turned away by length before their text is hashed.
 */
function memberOf(phrases: readonly string[]): (s: string) => boolean {
  const set = new Set(phrases);
  const longest = Math.max(0, ...phrases.map((p) => p.length));
  return (s) => s.length <= longest && set.has(s);
}

/** The compiled lexicon (built on first call; the data files are checked by the tests, see src/data/load.ts). */
export function signerLexicon(): SignerLexicon {
  if (compiled) return compiled;
  const surnamesFile = dataFile(SurnamesFileSchema, surnamesJson);
  const titlesFile = dataFile(TitlesFileSchema, titlesJson);
  const authFile = dataFile(SigningAuthoritiesFileSchema, authoritiesJson);

  const surnames = new Set<string>();
  const compounds: string[][] = [];
  for (const s of surnamesFile.surnames) {
    const parts = lower(s.name).split(/\s+/u);
    if (parts.length === 1) surnames.add(parts[0] as string);
    else compounds.push(parts);
  }
  compounds.sort((a, b) => b.length - a.length);

  const titleForms = new Set<string>();
  for (const t of titlesFile.titles) for (const n of [t.name, ...t.aliases]) titleForms.add(foldKey(n.normalize('NFC')));
  const titleRe = new RegExp(`(?:${alternation(titleForms)})${WB_END}`, 'uy');
  const titleOpenings = openingsOf(titleForms);
  const titleAnywhere = new RegExp(`${WB_START}(?:${alternation(titleForms)})${WB_END}`, 'u');

  // Authority aliases: with a dot or slash the next letter may follow at once (KT.BỘ);
  // without one, a space is required (KT BỘ TRƯỞNG). One sticky regex for all of them.
  const authByAlias = new Map<string, Authority>();
  for (const a of authFile.authorities) for (const alias of a.aliases) authByAlias.set(alias, a.code);
  const authRe = new RegExp(`${WB_START}(${alternation(authByAlias.keys())})(?:(?<=[./])[ \\t\\u00a0]*|[ \\t\\u00a0]+)(?=\\p{Lu}[\\p{Lu}\\p{M}]*(?![\\p{L}\\p{M}]))`, 'uy');

  const longestAlias = Math.max(...[...authByAlias.keys()].map((a) => a.length));
  const authorityOpenings = openingsOf(authByAlias.keys());
  const authMixedRe = new RegExp(`${WB_START}(${alternation(authByAlias.keys())})(?:(?<=[./])[ \\t\\u00a0]*|[ \\t\\u00a0]+)(?=\\p{Lu}\\p{Ll})`, 'uy');

  const honorificKinds = new Map<string, string>();
  for (const h of titlesFile.honorifics) honorificKinds.set(lower(h.text), h.kind);
  const honorificAnywhere = new RegExp(`${WB_START}(?:${alternation(titlesFile.honorifics.map((h) => h.text))})`, 'iu');
  const honorificRe = new RegExp(`(${alternation(titlesFile.honorifics.map((h) => h.text))})(?:(?<=\\.)[ \\t\\u00a0]*|[ \\t\\u00a0]+)`, 'uiy');

  const places = new Set<string>();
  for (const p of (provincesJson as ProvincesShape).provinces) {
    places.add(lower(p.name));
    for (const a of p.aliases ?? []) if (/\s/u.test(a)) places.add(lower(a));
  }

  const marks = authFile.signatureMarks;
  const bracketedMark = new RegExp(alternation(marks.bracketed.map((m) => foldKey(m))), 'gu');
  const markFirstChars = [...new Set(marks.bracketed.map((m) => foldKey(m).charAt(0)))];
  const markOpenings = openingsOf(marks.bracketed.map((m) => foldKey(m)));
  const digitalLabel = new RegExp(`^(?:${alternation(authFile.digitalSignatureLabels.labels.map((l) => foldKey(l)))})\\s*:`, 'u');
  const proseAuthority: { folded: string; code: Authority }[] = [];
  for (const a of authFile.authorities) for (const f of a.proseForms) proseAuthority.push({ folded: foldKey(f), code: a.code });
  proseAuthority.sort((x, y) => y.folded.length - x.folded.length);

  const ps = authFile.proseSigning;
  const rl = authFile.recipientList;
  const w = (items: Iterable<string>): string => alternation([...items].map((x) => foldKey(x)).map((x) => x.replace(/ /gu, '\u0000'))).replace(/\u0000/gu, '\\s+');
  const verb = foldKey(ps.verb);
  const docTypes = codeTables().types.flatMap((t) => [t.name, ...t.aliases]);
  const notAfter = `(?![\\p{L}\\p{N}])(?!\\s+(?:${w(ps.notFollowedBy)})(?![\\p{L}\\p{N}]))`;
  const phrases: PhraseMatchers = {
    signingVerb: new RegExp(
      `${WB_START}(?:(?:${w(ps.adverbsBefore)})\\s+${verb}(?:\\s+(?:${w(ps.following)}))?|${verb}\\s+(?:${w([...ps.following, ...docTypes])}))${notAfter}`,
      'gu',
    ),
    agentMarker: new RegExp(`${WB_START}${w([ps.agentMarker])}\\s+(?=\\S)`, 'gu'),
    verbAfterAgent: new RegExp(` ${verb}${notAfter}`, 'u'),
    signingWord: verb,
    actingWord: foldKey(authFile.authorities.find((a) => a.code === 'Q')?.proseForms[0] ?? ''),
    recipientHeading: new RegExp(`^(?:${w(rl.headings)})(?![\\p{L}\\p{N}])\\s*[:.]?`, 'u'),
    itemOpening: new RegExp(`^(?:${w(rl.openings)})(?![\\p{L}\\p{N}])`, 'u'),
    mayOpenItem: openingsOf(rl.openings.map((o) => foldKey(o))).mayOpen,
    mayOpenPhrase: openingsOf(
      [
        ...authFile.copyMarkers.phrases,
        ...authFile.digitalSignatureLabels.labels,
        ...marks.standalone,
        ...rl.headings,
        ...rl.openings,
        rl.archive,
      ].map((p) => foldKey(p)),
    ).mayOpen,
    archiveWord: new RegExp(`^${w([rl.archive])}(?![\\p{L}\\p{N}])`, 'u'),
    archiveOpening: foldKey(rl.archive).charAt(0),
    notItem: new RegExp(`^(?:${w(rl.notItems)})\\s+\\d`, 'u'),
    personLabel: new RegExp(`^${w([rl.personLabel])}\\s*:`, 'u'),
  };

  compiled = Object.freeze({
    phrases,
    surnames,
    compoundSurnames: compounds,
    titleAt(folded: string, pos: number): number {
      if (!titleOpenings.mayOpen(folded, pos)) return 0;
      if (pos > 0 && (unitClass(folded.charCodeAt(pos - 1)) & (LETTER | DIGIT)) !== 0) return 0;
      titleRe.lastIndex = pos;
      const m = titleRe.exec(folded);
      return m ? m[0].length : 0;
    },
    mayOpenTitle(folded: string, pos: number): boolean {
      return titleOpenings.mayOpen(folded, pos);
    },
    hasTitle(folded: string): boolean {
      return titleAnywhere.test(folded);
    },
    hasHonorific(text: string): boolean {
      return honorificAnywhere.test(text);
    },
    authorityAt(text: string, pos: number): AuthorityMatch | null {
      if (!authorityOpenings.mayOpen(text, pos)) return null;
      authRe.lastIndex = pos;
      const m = authRe.exec(text);
      const code = m ? authByAlias.get(m[1] as string) : undefined;
      return m && code ? { code, length: m[0].length } : null;
    },
    authorityBeforeMixed(text: string, pos: number): AuthorityMatch | null {
      if (!authorityOpenings.mayOpen(text, pos)) return null;
      authMixedRe.lastIndex = pos;
      const m = authMixedRe.exec(text);
      const code = m ? authByAlias.get(m[1] as string) : undefined;
      return m && code ? { code, length: m[0].length } : null;
    },
    authorityAlone(piece: string): Authority | null {
      const t = piece.trim();
      return t.length > longestAlias ? null : (authByAlias.get(t) ?? null);
    },
    honorificAt(text: string, pos: number): { length: number; kind: string } | null {
      honorificRe.lastIndex = pos;
      const m = honorificRe.exec(text);
      const kind = m ? honorificKinds.get(lower(m[1] as string)) : undefined;
      return m && kind ? { length: m[0].length, kind } : null;
    },
    bodyWords: new Set(titlesFile.bodyWords.words.map(lower)),
    bodyPairs: new Set(titlesFile.bodyWords.pairs.map(lower)),
    places,
    bracketedMark,
    mayHoldBracketedMark(folded: string): boolean {
      // Each "(" or "[" is looked at with the character after it: a parenthesis that opens
      // no mark ("(2b)", "(sau đây gọi là …)") does not send the line to the mark pattern.
      for (const ch of markFirstChars) {
        for (let at = folded.indexOf(ch); at >= 0; at = folded.indexOf(ch, at + 1)) if (markOpenings.mayOpen(folded, at)) return true;
      }
      return false;
    },
    isStandaloneMark: memberOf(marks.standalone.map((m) => foldKey(m))),
    digitalLabel,
    isCopyMarker: memberOf(authFile.copyMarkers.phrases.map((m) => foldKey(m))),
    proseAuthority,
    authorities: authFile.authorities,
  });
  return compiled;
}
