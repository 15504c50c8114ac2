/**
 * The deadline lexer: a phrase (NFC) → tokens, leftmost-longest.
 *
 * At each word start it tries every rule below and every calendar atom chrono found there
 * (src/deadline/chrono-dates.ts), and keeps the longest match; on a tie chrono wins (it
 * reads diacritics exactly, so `tháng sáu` is June, not "next month"), then the earlier
 * rule. A word no rule takes is skipped (and reported to the caller); a number no rule
 * takes becomes a `NUM` token, which no production accepts, so a stray number can never
 * be silently dropped into a wrong date.
 *
 * Rules match on the folded text (case and diacritics removed, same length) unless they
 * say `view: 'lower'`. Every quantifier is bounded or runs over a class disjoint from what
 * follows it, so matching is linear in the input.
 */
import { foldKey } from '../text/fold.js';
import { SPACE, unitClass } from '../text/char-class.js';
import { findDateAtoms, mayHoldDateAtom, type DateAtom } from './chrono-dates.js';
import { foldedSource, lexicon, type CompiledLexicon } from './lexicon.js';
import { firstUnits, type UnitSet } from './first-units.js';
import type { Part, SkippedWord, Token, Unit } from './tokens.js';

/** A multi-quarter compound (`Quý I, II năm 2025`, `Quý II - III/2024`), expanded by the grammar. */
export interface QuarterGroupToken {
  readonly type: 'QGROUP';
  readonly start: number;
  readonly end: number;
  readonly quarters: readonly number[];
  /** ops[i] joins quarters[i] and quarters[i + 1]. */
  readonly ops: readonly ('list' | 'range')[];
  readonly y: number | null;
}

export type LexToken = Token | QuarterGroupToken;

export interface LexResult {
  readonly tokens: LexToken[];
  readonly skipped: SkippedWord[];
}

interface Views {
  readonly text: string;
  readonly fold: string;
  readonly lower: string;
}

interface Rule {
  readonly id: string;
  readonly view: 'fold' | 'lower';
  readonly re: RegExp;
  /** The units a match starts with, in its view (null: any); see first-units.ts. */
  readonly first: UnitSet;
  /** Tokens for the match (positions relative to the text), or null to refuse it. */
  build(m: RegExpExecArray, lx: CompiledLexicon): LexToken[] | null;
}

// ---- pattern pieces (folded text) -------------------------------------------------------

const S = '\\s{1,3}';
const O = '\\s{0,3}';
const DASH = '[\\-\\u2010-\\u2015\\u2212]';
const WE = '(?![\\p{L}\\p{N}])';
const Y4 = '((?:19|20)\\d{2})';
/** A quarter numeral: Roman (with OCR `l` for `I`) or Arabic. */
const QN = '(iv|iii|ii|i|lv|lll|ll|l|[1-4])(?![\\p{L}\\p{N}])';
/** What may follow a marker (trước, từ, đến, trong) for it to be one. */
const TEMPORAL_AHEAD = `(?=${O}:?${O}(?:ngay|thang|nam|quy|q(?:iv|i{1,3}|[1-4])|\\d|dau|giua|cuoi|thuong${S}tuan|trung${S}tuan|ha${S}tuan|nua|tuan|t\\d))`;

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, l: 1, ll: 2, lll: 3, lv: 4 };

function quarterNumber(s: string): number {
  return ROMAN[s] ?? Number(s);
}

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function partOf(folded: string): Part {
  if (/^(?:dau|thuong)/u.test(folded)) return 'early';
  if (/^(?:giua|trung)/u.test(folded)) return 'middle';
  return 'late';
}

function unitOf(lx: CompiledLexicon, word: string): Unit | null {
  return lx.unitOf.get(foldKey(word).replace(/\s+/gu, ' ')) ?? null;
}

const at = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });

// ---- the rules --------------------------------------------------------------------------

let rules: Rule[] | null = null;

/** `indices`: the rule's build reads `m.indices` (flag `d`, which costs an array per match). */
function rule(id: string, source: string, build: Rule['build'], view: Rule['view'] = 'fold', indices = false): Rule {
  return { id, view, re: new RegExp(source, indices ? 'duy' : 'uy'), first: firstUnits(source), build };
}

function buildRules(lx: CompiledLexicon): Rule[] {
  const P = (name: Parameters<CompiledLexicon['phrases']>[0]) => lx.phrases(name);
  const YEAR_SUFFIX = `(?:${O}(?:/|${DASH})${O}|${S}nam${S}|${O},${O}nam${S})${Y4}`;
  const MONTH_YEAR_SUFFIX = `(?:${O}/${O}|${S}nam${S}|${O},${O}nam${S})${Y4}`;
  const QSEP = `(?:${O}(?:,|;|&|${DASH})${O}|${S}(?:va|hoac|den|toi)${S})(?:quy${O})?`;
  const notFollowed = (lx.data.classes.anchorIssue.notFollowedBy ?? []).map(foldedSource);
  const NOT_AFTER_ISSUE = notFollowed.length > 0 ? `(?!${S}(?:${notFollowed.join('|')}))` : '';

  return [
    // Quarters, alone or in a list or range sharing one year.
    rule('quarter', `(?:quy${O}|q)${QN}(?:${QSEP}${QN}){0,3}(?:${YEAR_SUFFIX})?${WE}`, (m) => {
      const s = m[0];
      const first = new RegExp(`^(?:quy${O}|q)${QN}`, 'u').exec(s);
      if (!first?.[1]) return null;
      const quarters = [quarterNumber(first[1])];
      const ops: ('list' | 'range')[] = [];
      const next = new RegExp(`(${QSEP})${QN}`, 'uy');
      next.lastIndex = first[0].length;
      for (let k = next.exec(s); k !== null; k = next.exec(s)) {
        const sep = k[1] ?? '';
        ops.push(new RegExp(`${DASH}|den|toi`, 'u').test(sep) ? 'range' : 'list');
        quarters.push(quarterNumber(k[2] ?? ''));
      }
      const y = new RegExp(`${YEAR_SUFFIX}$`, 'u').exec(s);
      return [{ type: 'QGROUP', ...at(m), quarters, ops, y: num(y?.[1]) }];
    }),

    // Halves and n-month spans of a year.
    rule('half', `(?:(${P('halfFirst')})|(${P('halfSecond')}))(?:${S}${Y4})?${WE}`, (m) => {
      const y = num(m[3]);
      return [{ type: 'HALF', ...at(m), h: m[1] !== undefined ? 1 : 2, y, yearStated: y !== null }];
    }),
    rule('month-span', `(\\d{1,2})${S}thang${S}(dau|cuoi)${S}nam(?:${S}${Y4})?${WE}`, (m) => {
      const n = Number(m[1]);
      const y = num(m[3]);
      if (n < 1 || n > 12) return null;
      if (n === 6) return [{ type: 'HALF', ...at(m), h: m[2] === 'dau' ? 1 : 2, y, yearStated: y !== null }];
      return [{ type: 'SPAN', ...at(m), n, from: m[2] === 'dau' ? 'start' : 'end', y, yearStated: y !== null }];
    }),
    rule('vague-part-of-year', `(?:(${P('vagueEarly')})|(${P('vagueLate')}))(?:${S}${Y4})?${WE}`, (m) => {
      const y = num(m[3]);
      return [{ type: 'YPART', ...at(m), part: m[1] !== undefined ? 'early' : 'late', vague: true, y, yearStated: y !== null }];
    }),
    rule('part-of-year', `(dau|giua|cuoi)${S}nam(?:${S}${Y4})?${WE}`, (m) => {
      const y = num(m[2]);
      return [{ type: 'YPART', ...at(m), part: partOf(m[1] ?? ''), vague: false, y, yearStated: y !== null }];
    }),
    rule('whole-year', `ca${S}nam${S}${Y4}${WE}`, (m) => [{ type: 'YEAR', ...at(m), y: Number(m[1]), yearStated: true }]),
    rule('this-year', `${P('thisYear')}(?!${O}\\d)${WE}`, (m) => [{ type: 'YEAR', ...at(m), y: null, yearStated: false }]),
    // đầu / giữa / cuối / thượng tuần … before a month or a quarter.
    rule('part', `(${P('partEarly')}|${P('partMiddle')}|${P('partLate')})(?=${S}(?:thang|quy|q(?:iv|i{1,3}|[1-4])${WE}))`, (m) => [
      { type: 'PART', ...at(m), part: partOf(m[1] ?? '') },
    ]),

    // (ngày 20) các tháng 3, 6, 9, 12/2024 — two or more months sharing one year.
    rule(
      'month-list',
      `(?:ngay${S}(\\d{1,2})${S}(?:cua${S})?)?(?:(?:cac|nhung)${S})?thang${S}\\d{1,2}(?!\\d)` +
        `(?:${O}(?:,|;|&)${O}(?:va${S})?(?:thang${S})?\\d{1,2}(?!\\d)|${S}(?:va|hoac)${S}(?:thang${S})?\\d{1,2}(?!\\d)){1,11}` +
        `(?:${MONTH_YEAR_SUFFIX})?${WE}`,
      (m) => {
        const s = m[0];
        const yearMatch = new RegExp(`${MONTH_YEAR_SUFFIX}$`, 'u').exec(s);
        const body = s.slice(s.search(/thang/u), yearMatch ? yearMatch.index : s.length);
        const months = [...body.matchAll(/\d{1,2}/gu)].map((k) => Number(k[0]));
        if (months.some((x) => x < 1 || x > 12)) return null;
        const y = num(yearMatch?.[1]);
        return [{ type: 'MLIST', ...at(m), months, d: num(m[1]), y, yearStated: y !== null }];
      },
    ),
    rule('day-number', `ngay${S}(\\d{1,2})(?!\\d)(?!${O}[/.\\-]${O}\\d)${WE}`, (m) => {
      const d = Number(m[1]);
      return d >= 1 && d <= 31 ? [{ type: 'DAYNUM', ...at(m), d }] : null;
    }),

    // Year ranges: 2024 – 2025, giai đoạn 2021–2025, từ năm 2021 đến năm 2025, năm học 2024 - 2025.
    rule(
      'year-range',
      `(?:(?:(${P('academic')})|${P('stage')}|nam)${S})?${Y4}(?:${O}${DASH}${O}|${S}(?:den|toi)${S})(?:nam${S})?${Y4}${WE}`,
      (m) => {
        const y1 = Number(m[2]);
        const y2 = Number(m[3]);
        if (y2 < y1 || y2 - y1 > 50) return null;
        if (m[1] !== undefined) return [{ type: 'ACADEMIC', ...at(m), y1, y2 }];
        const first = m.indices?.[2];
        const second = m.indices?.[3];
        if (!first || !second) return null;
        return [
          { type: 'YEAR', start: m.index, end: first[1], y: y1, yearStated: true },
          { type: 'TO', start: first[1], end: second[0] },
          { type: 'YEAR', start: second[0], end: second[1], y: y2, yearStated: true },
        ];
      },
      'fold',
      true,
    ),
    rule('horizon', `${P('horizon')}(?:${S}(?:den|toi))?(?:${S}nam)?${S}${Y4}${WE}`, (m) => [{ type: 'HORIZON', ...at(m), y: num(m[1]) }]),
    // A document symbol (104/QĐ-TTg, 37-CT/TW, 01/2024/NĐ-CP) is no time phrase: consumed, no token.
    rule('document-symbol', `\\d{1,5}[a-z]?(?:/(?:19|20)\\d{2})?[/\\-][a-z]{1,10}(?:[\\-/.][a-z0-9]{1,12}){0,4}${WE}`, () => []),
    rule('bare-year', `(?<![\\d/.])${Y4}(?![\\p{L}\\p{N}/])`, (m) => [{ type: 'YEAR', ...at(m), y: Number(m[1]), yearStated: true }]),

    // Frequencies and periodic rules.
    rule('following-years', P('followingYears') + WE, (m) => [{ type: 'NEXTYEARS', ...at(m) }]),
    rule('frequency', `${P('every')}${S}(${lx.units})(?!${S}lam${S}viec)${WE}`, (m) => {
      const unit = unitOf(lx, m[1] ?? '');
      return unit ? [{ type: 'FREQ', ...at(m), unit }] : null;
    }),
    rule('every-n', `${P('periodic')}${S}(\\d{1,2})${S}(${lx.units})${WE}`, (m) => {
      const unit = unitOf(lx, m[2] ?? '');
      const n = Number(m[1]);
      return unit && n > 0 ? [{ type: 'EVERY', ...at(m), n, unit }] : null;
    }),
    rule('n-times', `(\\d{1,2})${S}(${lx.units})${O}${P('timesSuffix')}${WE}`, (m) => {
      const unit = unitOf(lx, m[2] ?? '');
      const n = Number(m[1]);
      return unit && n > 0 ? [{ type: 'EVERY', ...at(m), n, unit }] : null;
    }),
    rule('periodic', P('periodic') + WE, (m) => [{ type: 'PER', ...at(m) }]),
    rule('weekday', `(${lx.weekdays})${WE}`, (m) => {
      const byday = lx.weekdayOf.get((m[1] ?? '').replace(/\s+/gu, ' '));
      return byday ? [{ type: 'WD', ...at(m), byday }] : null;
    }),

    // Durations: 15 ngày, 07 ngày làm việc, 03 (ba) tháng, 5,5 ngày, 30 ngày tới.
    rule(
      'duration',
      `(\\d{1,3}(?:,\\d{1,2})?)(?:${O}\\([^()]{0,24}\\))?${O}(?:(${P('workingDays')})|(${lx.units}))(?:${S}(${P('next')})(?!${S}khi))?${WE}`,
      (m) => {
        const n = num(m[1]);
        const unit = m[2] !== undefined ? 'day' : unitOf(lx, m[3] ?? '');
        return n !== null && n > 0 && unit ? [{ type: 'DUR', ...at(m), n, unit, working: m[2] !== undefined, fromNow: m[4] !== undefined }] : null;
      },
    ),
    rule(
      'duration-words',
      `(${lx.numberWords})${S}(?:(ngày làm việc)|(ngày|tuần|tháng|quý|năm))(?:${S}(tới|sau|tiếp theo)(?!${S}khi))?${WE}`,
      (m) => {
        const n = lx.numberOf.get((m[1] ?? '').replace(/\s+/gu, ' ')) ?? null;
        const unit = m[2] !== undefined ? 'day' : unitOf(lx, m[3] ?? '');
        return n !== null && unit ? [{ type: 'DUR', ...at(m), n, unit, working: m[2] !== undefined, fromNow: m[4] !== undefined }] : null;
      },
      'lower',
    ),
    // tuần sau, tháng tới, quý tiếp theo, năm nay.
    rule('relative-unit', `(tuan|thang|quy|nam)${S}(?:(${P('next')})|(${P('current')}))${WE}(?!${S}khi)`, (m) => {
      const unit = unitOf(lx, m[1] ?? '');
      return unit ? [{ type: 'REL', ...at(m), unit, offset: m[2] !== undefined ? 1 : 0 }] : null;
    }),

    // Anchors and events.
    rule('anchor-issue', `${P('anchorIssue')}${NOT_AFTER_ISSUE}(?!${O}\\d)${WE}`, (m) => [{ type: 'ANCHOR', ...at(m), anchor: 'issue' }]),
    rule('anchor-other', `${P('anchorOther')}(?!${O}\\d)${WE}`, (m) => [{ type: 'ANCHOR', ...at(m), anchor: 'other' }]),
    rule('event', P('event') + WE, (m) => [{ type: 'EVENT', ...at(m) }]),
    rule('immediate', P('immediate') + WE, (m) => [{ type: 'IMM', ...at(m) }]),
    rule('from-now', P('fromNow') + WE, (m) => [{ type: 'FROMNOW', ...at(m) }]),

    // Kinds without a date.
    rule('continuous', P('continuous') + WE, (m) => [{ type: 'CONT', ...at(m) }]),
    rule('ad-hoc', P('adHoc') + WE, (m) => [{ type: 'ADHOC', ...at(m) }]),

    // Markers: only before something temporal (else "trước hết", "từ đó" would count).
    rule('before-inclusive', `${P('beforeInclusive')}${WE}${TEMPORAL_AHEAD}`, (m) => [{ type: 'B', ...at(m), inclusive: true }]),
    rule('before', `${P('beforeExclusive')}${WE}${TEMPORAL_AHEAD}`, (m) => [{ type: 'B', ...at(m), inclusive: false }]),
    rule('after', `${P('after')}${WE}(?=${O}\\d)`, (m) => [{ type: 'AFTER', ...at(m) }]),
    rule('within', `${P('within')}${WE}${TEMPORAL_AHEAD}`, (m) => [{ type: 'IN', ...at(m) }]),
    rule('from', `${P('from')}${WE}${TEMPORAL_AHEAD}`, (m) => [{ type: 'FROM', ...at(m) }]),
    rule('to', `${P('to')}${WE}${TEMPORAL_AHEAD}`, (m) => [{ type: 'TO', ...at(m) }]),
    // A time of day beside a date ("lúc 17 giờ", "17h00"): dropped by the grammar, noted.
    rule('time-of-day', `(?:(?:vao${S})?luc${S})?(?:[01]?\\d|2[0-3])${O}(?:gio|h)(?:${O}[0-5]\\d(?:${S}phut)?)?${WE}|(?:(?:vao${S})?luc${S})(?:[01]?\\d|2[0-3]):[0-5]\\d${WE}`, (m) => [
      { type: 'TIME', ...at(m) },
    ]),
    rule('completion', P('completion') + WE, (m) => [{ type: 'DONE', ...at(m) }]),
    rule('and', P('and') + WE, (m) => [{ type: 'AND', ...at(m) }]),
    rule('or', P('or') + WE, (m) => [{ type: 'OR', ...at(m) }]),
    rule('stage', P('stage') + WE, (m) => [{ type: 'STAGE', ...at(m) }]),
  ];
}

/**
 * Per view, one sticky regex that matches wherever some rule of that view matches. Most
 * positions of a phrase (the words around a date) start no token: there one test of the
 * union replaces a test of each of the ~40 rules, which was most of the lexer's time.
 * It only says whether to try the rules; the rules themselves still pick the longest match.
 */
let anyRule: Readonly<Record<Rule['view'], RegExp | null>> | null = null;

/** One regex matching where some rule of `list` for `view` matches (`flags`: 'uy' sticky, 'u' anywhere). */
function unionOf(list: readonly Rule[], view: Rule['view'], flags: 'uy' | 'u' = 'uy'): RegExp | null {
  const sources = list.filter((r) => r.view === view).map((r) => `(?:${r.re.source})`);
  return sources.length > 0 ? new RegExp(sources.join('|'), flags) : null;
}

function compiledRules(): { rules: Rule[]; any: Readonly<Record<Rule['view'], RegExp | null>> } {
  rules ??= buildRules(lexicon());
  anyRule ??= { fold: unionOf(rules, 'fold'), lower: unionOf(rules, 'lower') };
  return { rules, any: anyRule };
}

/** Whether some rule may match at `pos` (a union test per view), asked only of the views `candidates` read. */
function ruleMayMatch(any: Readonly<Record<Rule['view'], RegExp | null>>, views: Views, pos: number, candidates: Candidates): boolean {
  for (const view of ['fold', 'lower'] as const) {
    const re = any[view];
    if (!re || !candidates.views.has(view)) continue;
    re.lastIndex = pos;
    if (re.test(views[view])) return true;
  }
  return false;
}

/** The rules that may match at a position, in rule order, and the views they read. */
interface Candidates {
  readonly rules: readonly Rule[];
  readonly views: ReadonlySet<Rule['view']>;
}

/** Candidates by the pair (folded unit, lower-cased unit) at a position; the pairs met are few. */
const candidatesByUnits = new Map<number, Candidates>();

/**
 * The rules whose first units hold the character at `pos` of their view: the others cannot
 * match there, so neither the union test nor their own regex needs to run.
 */
function candidatesAt(rules: readonly Rule[], views: Views, pos: number): Candidates {
  const fold = views.fold.charCodeAt(pos);
  const lower = views.lower.charCodeAt(pos);
  const key = fold * 0x10000 + lower;
  let c = candidatesByUnits.get(key);
  if (!c) {
    const chosen = rules.filter((r) => r.first === null || r.first.has(r.view === 'fold' ? fold : lower));
    c = { rules: chosen, views: new Set(chosen.map((r) => r.view)) };
    candidatesByUnits.set(key, c);
  }
  return c;
}

const unions = new Map<string, Readonly<Record<Rule['view'], RegExp | null>>>();

/**
 * Whether one of the rules named `ids` matches anywhere in `text` (an NFC phrase), not only at
 * the word starts where the lexer tries it: a cheap test that lex(text) cannot yield any of
 * their tokens. One unanchored union per view, built once per list of ids.
 */
export function someRuleMatches(ids: readonly string[], text: string): boolean {
  const { rules } = compiledRules();
  // The same list (a module's constant) is asked about chunk after chunk: found by identity first.
  let union = unionsByList.get(ids);
  if (!union) union = unionOfIds(rules, ids);
  const views = viewsOf(text);
  if (union.fold?.test(views.fold)) return true;
  return union.lower?.test(views.lower) ?? false;
}

const unionsByList = new WeakMap<readonly string[], Readonly<Record<Rule['view'], RegExp | null>>>();

function unionOfIds(rules: readonly Rule[], ids: readonly string[]): Readonly<Record<Rule['view'], RegExp | null>> {
  const key = ids.join(' ');
  let union = unions.get(key);
  if (!union) {
    const chosen = rules.filter((r) => ids.includes(r.id));
    if (chosen.length !== ids.length) throw new TypeError(`vanban: unknown lexer rule in ${key}`);
    union = { fold: unionOf(chosen, 'fold', 'u'), lower: unionOf(chosen, 'lower', 'u') };
    unions.set(key, union);
  }
  unionsByList.set(ids, union);
  return union;
}

let lastViews: Views | undefined;

/**
 * The folded and lower-cased views of `text`. The last text's are kept: the deadline finder
 * asks someRuleMatches about a chunk and then lexes the same chunk.
 */
function viewsOf(text: string): Views {
  if (lastViews?.text !== text) lastViews = { text, fold: foldKey(text), lower: lowerKeepingLength(text) };
  return lastViews;
}

/** The lexer's own patterns (for the linear-time check in the tests). */
export function lexerPatterns(): readonly { id: string; re: RegExp }[] {
  rules ??= buildRules(lexicon());
  return rules.map((r) => ({ id: r.id, re: r.re }));
}

function atomToken(a: DateAtom): Token {
  const base = { start: a.index, end: a.end };
  if (a.d !== null && a.m !== null) return { type: 'DATE', ...base, y: a.y, m: a.m, d: a.d, yearStated: a.y !== null, hasTime: a.hasTime };
  if (a.m !== null) return { type: 'MONTH', ...base, y: a.y, m: a.m, yearStated: a.y !== null };
  return { type: 'YEAR', ...base, y: a.y, yearStated: a.y !== null };
}

const WORD = /[\p{L}\p{M}]+/uy;
const NUMBER = /\d+(?:[.,/]\d+)*/uy;

/** DASH on one code unit: "-", U+2010–U+2015, "−". */
function isDash(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2015) || code === 0x2212;
}

/** Lower case, one code unit for one (İ and a few others would otherwise grow). */
function lowerKeepingLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

type Best = { end: number; tokens: LexToken[] } | null;

/** Up to this many candidate rules are tried without the union test first. */
const FEW = 3;

/** The longest rule match at `pos` that is longer than `best` (chrono's atom there), else `best`. */
function longestRuleAt(rules: readonly Rule[], lx: CompiledLexicon, views: Views, pos: number, best: Best): Best {
  for (const r of rules) {
    const view = views[r.view];
    r.re.lastIndex = pos;
    const m = r.re.exec(view);
    if (!m || m[0].length === 0) continue;
    const end = pos + m[0].length;
    if (best && end <= best.end) continue;
    const built = r.build(m, lx);
    if (built) best = { end, tokens: built };
  }
  return best;
}

/** Tokens of an NFC phrase, in order, and the words no rule took. */
export function lex(text: string): LexResult {
  const lx = lexicon();
  const { rules, any } = compiledRules();
  const views = viewsOf(text);
  const atoms = new Map<number, DateAtom>();
  for (const a of mayHoldDateAtom(views.fold) ? findDateAtoms(text) : []) {
    const prev = atoms.get(a.index);
    if (!prev || prev.end < a.end) atoms.set(a.index, a);
  }

  const tokens: LexToken[] = [];
  const skipped: SkippedWord[] = [];
  let pos = 0;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if ((unitClass(code) & SPACE) !== 0) {
      pos++;
      continue;
    }
    let best: Best = null;
    const atom = atoms.get(pos);
    if (atom) best = { end: atom.end, tokens: [atomToken(atom)] };
    const candidates = candidatesAt(rules, views, pos);
    // A few candidates are tried at once; more, after the union says one of them may match.
    if (atom || candidates.rules.length <= FEW || (candidates.rules.length > 0 && ruleMayMatch(any, views, pos, candidates))) {
      best = longestRuleAt(candidates.rules, lx, views, pos, best);
    }
    if (best) {
      if (best.tokens.length === 0) skipped.push({ text: text.slice(pos, best.end), start: pos, end: best.end });
      tokens.push(...best.tokens);
      pos = best.end;
      continue;
    }
    if (code === 0x2c || code === 0x3b || code === 0x26) {
      // , ; &
      tokens.push({ type: 'AND', start: pos, end: pos + 1 });
      pos++;
      continue;
    }
    if (isDash(code)) {
      // A dash before anything else is a bullet ("- Quý II/2024"), not a range.
      if (tokens.length > 0) tokens.push({ type: 'TO', start: pos, end: pos + 1 });
      pos++;
      continue;
    }
    WORD.lastIndex = pos;
    const w = WORD.exec(text);
    if (w) {
      skipped.push({ text: w[0], start: pos, end: pos + w[0].length });
      pos += w[0].length;
      continue;
    }
    NUMBER.lastIndex = pos;
    const n = NUMBER.exec(text);
    if (n) {
      tokens.push({ type: 'NUM', start: pos, end: pos + n[0].length });
      pos += n[0].length;
      continue;
    }
    pos++; // punctuation with no meaning here: ( ) : . / quotes
  }
  return { tokens, skipped };
}
