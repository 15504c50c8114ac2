/**
 * The số/ký hiệu grammar (domain notes §1.3) as one linear regex, plus the rules that read
 * its parts. Forms:
 *
 *   administrative  16/QĐ-TCTCCTTHC       công văn   3198/UBND-TTHCC, 2214/SNV-CCHC&CTTN
 *   normative       35/2024/NĐ-CP         law        45/2019/QH14, 101/2025/UBTVQH15
 *   joint           17/2007/TTLT-BTP-BNV  Party      18-NQ/TW, 8011-CV/BTCTW
 *   letter suffix   30c/NQ-CP             sloppy     427 /QĐ-TNVN, 109 -QĐ/TNVN, QĐ - UBND, en dash,
 *                                                    a line break before the slash
 *
 * Which segment is the type and which the issuer is decided by position and the tables:
 * the first segment after the serial (and year) is the type when it is a known type code;
 * otherwise, without a year, the number is a công văn and that segment is the issuer.
 * With a year, the first segment is the type even when unknown (38/2001/PL-UBTVQH10).
 */
import type { TextRange } from '../../document.js';
import { canonicalIssuerCode, canonicalTypeCode, issuerRow } from './codes.js';
import { DIGIT, LETTER, LOWER, UPPER, isSurrogate, unitClass } from '../../text/char-class.js';

/** A code segment: letters (with & inside), then an optional term number (QH15, BCĐTKNQ18). */
const SEG = '\\p{L}[\\p{L}&]{0,24}\\d{0,2}';
const SLASH_LOOSE = '[ \\n]{0,2}/[ \\n]{0,2}';
/** A hyphen with a space on either side, or a line break after it ("151/2014/TT-\nBTC"). */
const DASH_LOOSE = ' ?[-–—][ \\n]?';
const DASH_TIGHT = '[-–—]';
const SERIAL = '\\d{1,6}[a-z]?';
/** Not glued to a word, a number, a decimal or another symbol on the left. */
const LEFT = '(?<![\\p{L}\\p{N}/.,\\-–—])';
const RIGHT = '(?![\\p{L}\\p{N}&])';

const ADMIN = `(?<serial>${SERIAL})${SLASH_LOOSE}(?:(?<year>\\d{4})(?:${SLASH_LOOSE}|(?<yspace> )))?(?<codes>${SEG}(?:${DASH_LOOSE}${SEG})?(?:(?:${DASH_TIGHT}|/)${SEG}){0,6})`;
const PARTY = `(?<pserial>${SERIAL})${DASH_LOOSE}(?<ptype>${SEG})${SLASH_LOOSE}(?<pissuer>${SEG}(?:${DASH_TIGHT}${SEG}){0,4})`;
/** Old style, before the slash: "Quyết định số 169-CP", "Chỉ thị 299-TTg" (weak: needs a type word). */
const OLD = `(?<oserial>\\d{1,6}[a-z]?)[-–](?<oissuer>${SEG})`;

/**
 * The groups' numbers once their names are dropped (numberRegExp): the named groups of
 * PARTY, ADMIN and OLD in the order they open, the only capturing groups of the pattern.
 */
const G = { pserial: 1, ptype: 2, pissuer: 3, serial: 4, year: 5, yspace: 6, codes: 7, oserial: 8, oissuer: 9 } as const;

let numberRe: RegExp | undefined;
/**
 * Global, sticky-free scanner, built once, on first use. No `d` flag: the one offset read
 * (where the codes start) follows from the match's end, and `d` would build an index pair
 * for every group of every match. The group names are dropped too (read by number, G): a
 * named regex builds a groups object for every match.
 */
export function numberRegExp(): RegExp {
  numberRe ??= new RegExp(`${LEFT}(?:${PARTY}|${ADMIN}|${OLD})${RIGHT}`.replace(/\(\?<\w+>/gu, '('), 'gu');
  return numberRe;
}

export interface NumberMatch {
  /** Where the number stands (the printed extent, spaces and line breaks included). */
  readonly range: TextRange;
  /** Canonical text: no spaces, hyphens for dashes ("427/QĐ-TNVN"). */
  readonly text: string;
  readonly serial: string;
  readonly year: number | null;
  readonly typeCode: string | null;
  readonly issuerCode: string | null;
  /** Party style: 18-NQ/TW. */
  readonly party: boolean;
  /** One code segment and no year ("11/MKT"): a number only where the context says so. */
  readonly weak: boolean;
  /** Printed segments not found in the tables. */
  readonly unknownType: string | null;
  readonly unknownIssuer: string | null;
}

/**
 * At least two upper-case letters and no more lower-case ones: counts of `/\p{Lu}/gu` and
 * `/\p{Ll}/gu`, read by the unit table instead of two match arrays per segment (a
 * surrogate pair goes to the regexes).
 */
function mostlyCapitals(s: string): boolean {
  let up = 0;
  let low = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSurrogate(c)) {
      const u = (s.match(/\p{Lu}/gu) ?? []).length;
      return u >= 2 && u >= (s.match(/\p{Ll}/gu) ?? []).length;
    }
    const bits = unitClass(c);
    if ((bits & UPPER) !== 0) up++;
    else if ((bits & LOWER) !== 0) low++;
  }
  return up >= 2 && up >= low;
}

/** A segment that can stand in a symbol: a known code, or mostly capitals (≥ 2). */
function codeLike(seg: string): boolean {
  if (canonicalTypeCode(seg) !== null || issuerRow(seg) !== null) return true;
  return mostlyCapitals(seg);
}

interface Seg {
  readonly text: string;
  /** Offset of the segment's end in the match. */
  readonly end: number;
  /** The separator before it. */
  readonly sep: '-' | '/';
}

const SEPARATORS = new Set(['-', '–', '—', '/', ' ', '\n']);

/** Split the code part into segments, keeping where each ends (a loop: no regex to backtrack). */
function segmentsOf(codes: string, base: number): Seg[] {
  const out: Seg[] = [];
  let sep: '-' | '/' = '-';
  let i = 0;
  while (i < codes.length) {
    const c = codes[i] as string;
    if (SEPARATORS.has(c)) {
      if (c === '/') sep = '/';
      else if (c !== ' ' && c !== '\n') sep = '-';
      i++;
      continue;
    }
    let j = i;
    while (j < codes.length && !SEPARATORS.has(codes[j] as string)) j++;
    out.push({ text: codes.slice(i, j), end: base + j, sep });
    sep = '-';
    i = j;
  }
  return out;
}

/**
 * "25/2023/TTBKHĐT": a normative symbol printed without the hyphen. A lone unknown segment
 * after a year that is a known type code followed by a known issuer code is split in two.
 */
function unglue(segs: Seg[], hasYear: boolean): Seg[] {
  const only = segs[0];
  if (!hasYear || segs.length !== 1 || !only || canonicalTypeCode(only.text) !== null || issuerRow(only.text) !== null) return segs;
  for (let cut = Math.min(4, only.text.length - 2); cut >= 1; cut--) {
    const type = only.text.slice(0, cut);
    const issuer = only.text.slice(cut);
    if (canonicalTypeCode(type) === type && issuerRow(issuer) !== null) {
      return [
        { text: type, end: only.end - issuer.length, sep: only.sep },
        { text: issuer, end: only.end, sep: '-' },
      ];
    }
  }
  return segs;
}

/**
 * The segments printed with their separators ("QĐ-UBND"). A loop, not `map(…).join('')`:
 * V8's optimised map makes a holey array and the builtin a packed one, and readMatch was
 * deoptimised ("wrong map") at the join when both had run.
 */
function joinedSegments(segs: readonly Seg[]): string {
  let text = '';
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as Seg;
    text += i === 0 ? s.text : `${s.sep}${s.text}`;
  }
  return text;
}

/** Read one regex match into a NumberMatch; null when its code part is not a symbol. */
export function readMatch(m: RegExpExecArray): NumberMatch | null {
  const start = m.index;
  if (m[G.pserial] !== undefined) {
    const type = m[G.ptype] as string;
    const issuerSegs = (m[G.pissuer] as string).split(/[-–—]/u);
    if (!codeLike(type) || !codeLike(issuerSegs[0] as string)) return null;
    const typeCode = canonicalTypeCode(type);
    const issuerCode = canonicalIssuerCode(issuerSegs[0] as string);
    return {
      range: { start, end: start + m[0].length },
      text: `${m[G.pserial]}-${type}/${issuerSegs.join('-')}`,
      serial: m[G.pserial] as string,
      year: null,
      typeCode: typeCode ?? type,
      issuerCode: issuerCode ?? (issuerSegs[0] as string),
      party: true,
      weak: false,
      unknownType: typeCode === null ? type : null,
      unknownIssuer: issuerCode === null ? (issuerSegs[0] as string) : null,
    };
  }
  if (m[G.oserial] !== undefined) {
    const issuer = m[G.oissuer] as string;
    if (!codeLike(issuer)) return null;
    const issuerCode = canonicalIssuerCode(issuer);
    return {
      range: { start, end: start + m[0].length },
      text: `${m[G.oserial]}-${issuer}`,
      serial: m[G.oserial] as string,
      year: null,
      typeCode: null,
      issuerCode: issuerCode ?? issuer,
      party: false,
      weak: true,
      unknownType: null,
      unknownIssuer: issuerCode === null ? issuer : null,
    };
  }
  const serial = m[G.serial] as string;
  const yearText = m[G.year];
  // The codes close the ADMIN form (only a lookahead follows): they end where the match ends.
  const codesAt = m[0].length - (m[G.codes] as string).length;
  const all = unglue(segmentsOf(m[G.codes] as string, codesAt), m[G.year] !== undefined);
  // Keep the segments up to the first one that is not code-like ("12/UBND - Văn" stops at UBND).
  const segs: Seg[] = [];
  for (const s of all) {
    if (!codeLike(s.text)) break;
    segs.push(s);
  }
  if (segs.length === 0) return null;
  // "148/2020 NĐ-CP" (a space for the second slash) only with a known type and an issuer:
  // "tháng 3/2024 UBND tỉnh …" is a date and a word.
  if (m[G.yspace] !== undefined && (segs.length < 2 || canonicalTypeCode((segs[0] as Seg).text) === null)) return null;
  const last = segs[segs.length - 1] as Seg;
  const end = start + last.end;
  const year = yearText === undefined ? null : Number(yearText);
  const first = (segs[0] as Seg).text;
  let typeCode: string | null = null;
  let issuerPrinted: string | null = null;
  let unknownType: string | null = null;
  const knownType = canonicalTypeCode(first);
  if (segs.length === 1) {
    if (issuerRow(first) === null && knownType !== null) typeCode = knownType;
    else issuerPrinted = first;
  } else if (knownType !== null) {
    typeCode = knownType;
    issuerPrinted = (segs[1] as Seg).text;
  } else if (year !== null && issuerRow(first) === null) {
    // Normative form with an unknown type segment: 38/2001/PL-UBTVQH10.
    typeCode = first;
    unknownType = first;
    issuerPrinted = (segs[1] as Seg).text;
  } else {
    // Công văn: {n}/{ISSUER}-{UNIT}.
    issuerPrinted = first;
  }
  const issuerCode = issuerPrinted === null ? null : canonicalIssuerCode(issuerPrinted);
  const text = `${serial}/${yearText === undefined ? '' : `${yearText}/`}${joinedSegments(segs)}`;
  return {
    range: { start, end },
    text,
    serial,
    year,
    typeCode,
    issuerCode: issuerCode ?? issuerPrinted,
    party: false,
    weak: segs.length === 1 && year === null,
    unknownType,
    unknownIssuer: issuerPrinted !== null && issuerCode === null ? issuerPrinted : null,
  };
}

let stickyRe: RegExp | undefined;
/** The number regex tried at one position (nextNumberMatch places it on each candidate serial). */
function stickyNumberRegExp(): RegExp {
  stickyRe ??= new RegExp(numberRegExp().source, 'uy');
  return stickyRe;
}

/**
 * The last digit of a serial as every form goes on from it: a letter suffix, then a slash
 * (ADMIN, after spaces or a line break) or a dash (PARTY, OLD). A superset of where the
 * number regex can match, found by a pattern that opens with a digit (fast to scan for),
 * where the full pattern opens with a lookbehind tried at every position.
 */
const SERIAL_END = /\d[a-z]?[ \n]{0,2}[-–—/]/gu;

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** What LEFT turns away: a letter, a number, '/', '.', ',' or a dash right before `at` (a surrogate is left to the regex). */
function gluedOnTheLeft(s: string, at: number): boolean {
  if (at === 0) return false;
  const c = s.charCodeAt(at - 1);
  if (c === 0x2f || c === 0x2e || c === 0x2c || c === 0x2d || c === 0x2013 || c === 0x2014) return true;
  return !isSurrogate(c) && (unitClass(c) & (LETTER | DIGIT)) !== 0;
}

/** The first offset from `at` on whose left LEFT allows a number to start. */
function pastGlued(s: string, at: number): number {
  let i = at;
  while (i < s.length && gluedOnTheLeft(s, i)) i++;
  return i;
}

/**
 * The first match of the number regex in `slice` at or after `from`, as its global scan from
 * `from` finds it (`slice` ends where the scan ends). A match starts where a run of digits
 * starts (LEFT: no digit before it) and that run ends a serial (SERIAL_END): the full pattern
 * runs, sticky, only at the start of each run SERIAL_END finds, in order.
 */
export function nextNumberMatch(slice: string, from: number): RegExpExecArray | null {
  const re = stickyNumberRegExp();
  for (let pos = from; ; ) {
    SERIAL_END.lastIndex = pos;
    const hit = SERIAL_END.exec(slice);
    if (hit === null) return null;
    let start = hit.index;
    while (start > from && isAsciiDigit(slice.charCodeAt(start - 1))) start--;
    // A serial has at most 6 digits; a run longer than that, or begun before `from`, holds none;
    // nor one glued on the left. Neither does any run up to the next character LEFT allows
    // ("1/1/1/…": skipped by its units, not by a search per digit).
    if (hit.index - start >= 6 || gluedOnTheLeft(slice, start)) {
      pos = pastGlued(slice, hit.index + 1);
      continue;
    }
    re.lastIndex = start;
    const m = re.exec(slice);
    if (m !== null) return m;
    pos = hit.index + 1;
  }
}

/**
 * Every number in `text[from, to)`, in order. The text should be normalized (NBSP → space,
 * Ð → Đ); `extractNumber` does that for raw strings.
 */
export function scanNumbers(text: string, from = 0, to = text.length): NumberMatch[] {
  const out: NumberMatch[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(0, to);
  // Each search goes on from the last match's end, as the global scan did.
  for (let m = nextNumberMatch(slice, from); m !== null; m = nextNumberMatch(slice, m.index + m[0].length)) {
    const read = readMatch(m);
    if (read) out.push(read);
  }
  return out;
}
