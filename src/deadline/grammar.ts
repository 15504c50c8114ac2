/**
 * The deadline grammar: tokens (src/deadline/lexer.ts) → a Deadline's kind, window, rule.
 *
 * Two steps, both here so a reader can follow them in one file:
 *
 * 1. `prepare` tidies the token stream: fillers go (trong, hoàn thành, giai đoạn), a
 *    horizon year is dropped with a note (kept as a deadline only right after
 *    "hoàn thành"), part words join their month or quarter, quarter groups and month lists
 *    are expanded into `QUARTER AND QUARTER` / `MONTH AND MONTH`, ad hoc and continuous
 *    words beside a real rule become notes, and connectors are cleaned.
 * 2. The token types, joined by spaces, form a *shape* ("B DATE", "FROM MONTH TO MONTH"),
 *    and the first production in `PRODUCTIONS` whose shape matches builds the result.
 *    A production may refuse (return null) and let the next one try. No production ⇒
 *    'unresolved' with the shape in the diagnostic: never a guessed date.
 *
 * Resolution conventions (CONTRACT.md): a year not printed comes from a later token of
 * the same list or range, else from the reference date; "trước ngày D" ⇒ due D; a month,
 * quarter or year ⇒ start its first day, due its last; lists ⇒ occurrences (the due dates
 * of each item, ascending), due the first; "trước" before a month, quarter or year ⇒ the
 * day before it starts (noted 'exclusive'), "chậm nhất"/"đến" ⇒ its last day ('inclusive').
 */
import type { DeadlineKind } from '../schema.js';
import {
  addDays,
  addMonths,
  addWorkingDays,
  isValidDate,
  isWeekend,
  isoOf,
  monthOf,
  monthWindow,
  parseIso,
  quarterWindow,
  weekWindow,
  weekday,
  yearOf as yearOfIso,
  yearWindow,
  daysInMonth,
  firstDayFrom,
  type Window,
} from './calendar.js';
import type { LexToken } from './lexer.js';
import { everyUnit, formatRrule, type RecurrenceParts } from './rrule.js';
import {
  isCalendar,
  type BeforeToken,
  type CalendarToken,
  type DurationToken,
  type EveryToken,
  type FreqToken,
  type MonthToken,
  type RelativeToken,
  type Token,
  type Unit,
} from './tokens.js';
import { kindOf, notesOf, windowOf } from './windows.js';

export interface Resolution {
  readonly kind: DeadlineKind;
  readonly start: string | null;
  readonly due: string | null;
  readonly rrule: string | null;
  readonly occurrences: string[];
  /** Facts the Deadline type has no field for ('working-days', 'also-ad-hoc', …). */
  readonly notes: string[];
  /** The production that matched, or null. */
  readonly rule: string | null;
  /** Why the phrase is unresolved. */
  readonly problem: string | null;
  /** The token shape the productions saw. */
  readonly shape: string;
}

interface Ctx {
  readonly reference: string | null;
  readonly notes: string[];
}

type Built = Pick<Resolution, 'kind' | 'start' | 'due' | 'rrule' | 'occurrences'> | Problem;

function note(ctx: Ctx, ...notes: string[]): void {
  for (const n of notes) if (!ctx.notes.includes(n)) ctx.notes.push(n);
}

// ---- step 1: prepare --------------------------------------------------------------------

function prepare(input: readonly LexToken[], ctx: Ctx): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < input.length; i++) {
    const t = input[i] as LexToken;
    const prev = input[i - 1];
    if (t.type === 'HORIZON') {
      // "tầm nhìn đến năm 2030" is a vision, not a deadline (§6.2), unless completion governs it.
      if (prev?.type === 'DONE' && t.y !== null) {
        out.push({ type: 'TO', start: t.start, end: t.start }, { type: 'YEAR', start: t.start, end: t.end, y: t.y, yearStated: true });
        note(ctx, 'horizon-as-deadline');
      } else note(ctx, 'horizon-ignored');
      continue;
    }
    if (t.type === 'IN' || t.type === 'DONE' || t.type === 'STAGE') continue;
    if (t.type === 'TIME') {
      note(ctx, 'time-ignored');
      continue;
    }
    if (t.type === 'DATE' && t.hasTime) note(ctx, 'time-ignored');
    if (t.type === 'QGROUP') {
      t.quarters.forEach((q, k) => {
        if (k > 0) out.push({ type: t.ops[k - 1] === 'range' ? 'TO' : 'AND', start: t.start, end: t.start });
        const quarter: Token = { type: 'QUARTER', start: t.start, end: t.end, q, y: t.y, yearStated: t.y !== null };
        const part = out[out.length - 1];
        if (k === 0 && t.quarters.length === 1 && part?.type === 'PART') {
          out.pop();
          out.push({ type: 'PARTOF', start: part.start, end: t.end, part: part.part, of: quarter });
        } else out.push(quarter);
      });
      continue;
    }
    if (t.type === 'MLIST' && t.d === null) {
      const day = out[out.length - 1];
      if (day?.type === 'DAYNUM') {
        out.pop();
        out.push({ ...t, start: day.start, d: day.d });
        continue;
      }
      t.months.forEach((m, k) => {
        if (k > 0) out.push({ type: 'AND', start: t.start, end: t.start });
        out.push({ type: 'MONTH', start: t.start, end: t.end, m, y: t.y, yearStated: t.yearStated });
      });
      continue;
    }
    if ((t.type === 'MONTH' || t.type === 'QUARTER') && out[out.length - 1]?.type === 'PART') {
      const part = out.pop() as Extract<Token, { type: 'PART' }>;
      out.push({ type: 'PARTOF', start: part.start, end: t.end, part: part.part, of: t });
      continue;
    }
    out.push(t);
  }

  // "ngày 15/01 năm sau": the year after the reference year (kept unresolved without one).
  const refYear = ctx.reference ? yearOfIso(ctx.reference) : null;
  for (let i = out.length - 1; i > 0; i--) {
    const rel = out[i] as Token;
    const before = out[i - 1] as Token;
    if (rel.type !== 'REL' || rel.unit !== 'year' || refYear === null) continue;
    if ((before.type === 'DATE' || before.type === 'MONTH' || before.type === 'QUARTER') && before.y === null) {
      out.splice(i - 1, 2, { ...before, y: refYear + rel.offset, end: rel.end });
      note(ctx, 'year-from-reference');
    }
  }

  // Ad hoc and continuous words beside a real rule are notes ("Định kỳ 6 tháng hoặc đột xuất").
  const side = new Set(['ADHOC', 'CONT', 'AND', 'OR', 'TO']);
  let ts = out;
  const substantive = ts.filter((t) => !side.has(t.type));
  const continuous = ts.some((t) => t.type === 'CONT');
  // "Thường xuyên hằng năm" is continuous work, year after year: the rule is the note.
  if (continuous && substantive.length > 0 && substantive.every((t) => t.type === 'FREQ' || t.type === 'EVERY' || t.type === 'PER')) {
    note(ctx, 'also-periodic');
    ts = ts.filter((t) => !substantive.includes(t));
  }
  // "Thực hiện thường xuyên trong năm (2024)": continuous through that year.
  const withinOneYear = continuous && substantive.length === 1 && substantive[0]?.type === 'YEAR';
  if (withinOneYear) {
    if (ts.some((t) => t.type === 'ADHOC')) note(ctx, 'also-ad-hoc');
    ts = ts.filter((t) => t.type !== 'ADHOC');
  } else if (ts.some((t) => !side.has(t.type))) {
    if (ts.some((t) => t.type === 'ADHOC')) note(ctx, 'also-ad-hoc');
    if (ts.some((t) => t.type === 'CONT')) note(ctx, 'also-continuous');
    ts = ts.filter((t) => t.type !== 'ADHOC' && t.type !== 'CONT');
  } else if (ts.some((t) => t.type === 'CONT') && ts.some((t) => t.type === 'ADHOC')) {
    note(ctx, 'also-ad-hoc');
    ts = ts.filter((t) => t.type !== 'ADHOC');
  }

  // Connectors: "hoặc" lists like "và"; none at the ends (a leading "đến" stays: "đến ngày …").
  const cleaned: Token[] = [];
  for (const t of ts) {
    const type = t.type === 'OR' ? 'AND' : t.type;
    const last = cleaned[cleaned.length - 1];
    if (type === 'AND' && (last === undefined || last.type === 'AND' || last.type === 'TO' || last.type === 'FROM')) continue;
    if (type === 'TO' && last?.type === 'AND') cleaned.pop();
    // "03 ngày làm việc, kể từ ngày nhận …": the comma does not list anything.
    if ((type === 'ANCHOR' || type === 'EVENT') && last?.type === 'AND') cleaned.pop();
    cleaned.push(type === t.type ? t : { type: 'AND', start: t.start, end: t.end });
  }
  while (cleaned.length > 0 && ['AND', 'TO'].includes((cleaned[cleaned.length - 1] as Token).type)) cleaned.pop();
  return cleaned;
}

// ---- years ------------------------------------------------------------------------------

function stated(t: CalendarToken): boolean {
  return t.type === 'PARTOF' ? t.of.yearStated : t.yearStated;
}

function withYear<T extends CalendarToken>(t: T, y: number): T {
  if (t.type === 'PARTOF') return { ...t, of: { ...t.of, y } };
  return { ...t, y };
}

function givenYear(t: CalendarToken): number | null {
  return t.type === 'PARTOF' ? t.of.y : t.y;
}

/**
 * Years for calendar tokens that print none: from the next token of the same list or
 * range that states one ("tháng 6 - 8/2024", "Quý I, II năm 2025"), else the reference year.
 */
function fillYears(ts: readonly Token[], ctx: Ctx): Token[] {
  const refYear = ctx.reference ? yearOfIso(ctx.reference) : null;
  return ts.map((t, i) => {
    if (!isCalendar(t) || givenYear(t) !== null) return t;
    for (let j = i + 1; j < ts.length; j++) {
      const u = ts[j] as Token;
      if (isCalendar(u)) {
        if (stated(u)) return withYear(t, givenYear(u) as number);
        continue;
      }
      if (u.type !== 'AND' && u.type !== 'TO') break;
    }
    if (refYear === null) return t;
    note(ctx, 'year-from-reference');
    return withYear(t, refYear);
  });
}

function windowOrProblem(t: CalendarToken): Window | Problem {
  const w = windowOf(t);
  if (w) return w;
  if (givenYear(t) === null) return { problem: 'no year is printed and no reference date was given' };
  return { problem: 'the date does not exist' };
}

interface Problem {
  readonly problem: string;
}

function isProblem<T extends object>(x: T | Problem): x is Problem {
  return 'problem' in x;
}

// ---- helpers for recurring rules --------------------------------------------------------

function sortedUnique(dates: readonly string[]): string[] {
  return [...new Set(dates)].sort();
}

/** The first date on or after the reference that satisfies `ok`, searching `limit` days. */
function firstOnOrAfter(reference: string | null, ok: (iso: string) => boolean, limit = 800): string | null {
  return reference === null ? null : firstDayFrom(reference, ok, limit);
}

function markerNotes(ctx: Ctx, b: BeforeToken | undefined): void {
  if (b) note(ctx, b.inclusive ? 'inclusive' : 'exclusive');
}

const find = <K extends Token['type']>(ts: readonly Token[], type: K) =>
  ts.find((t): t is Extract<Token, { type: K }> => t.type === type);
const all = <K extends Token['type']>(ts: readonly Token[], type: K) =>
  ts.filter((t): t is Extract<Token, { type: K }> => t.type === type);

function addDuration(ref: string, d: DurationToken): string {
  switch (d.unit) {
    case 'day':
      return d.working ? addWorkingDays(ref, d.n) : addDays(ref, d.n);
    case 'week':
      return addDays(ref, 7 * d.n);
    case 'month':
      return addMonths(ref, d.n);
    case 'quarter':
      return addMonths(ref, 3 * d.n);
    case 'year':
      return addMonths(ref, 12 * d.n);
  }
}

function relativeWindow(ref: string, unit: Unit, offset: number): Window {
  switch (unit) {
    case 'day': {
      const d = addDays(ref, offset);
      return { start: d, end: d };
    }
    case 'week':
      return weekWindow(addDays(ref, 7 * offset));
    case 'month': {
      const d = addMonths(isoOf(yearOfIso(ref), monthOf(ref), 1), offset);
      return monthWindow(yearOfIso(d), monthOf(d));
    }
    case 'quarter': {
      const index = yearOfIso(ref) * 4 + Math.floor((monthOf(ref) - 1) / 3) + offset;
      return quarterWindow(Math.floor(index / 4), (index % 4) + 1);
    }
    case 'year':
      return yearWindow(yearOfIso(ref) + offset);
  }
}

/** Due date of a calendar token under a "before" marker. */
function beforeDue(t: CalendarToken, w: Window, inclusive: boolean): string {
  if (t.type === 'DATE' || inclusive) return t.type === 'DATE' ? w.start : w.end;
  return addDays(w.start, -1);
}

// ---- step 2: the productions ------------------------------------------------------------

const C = '(?:DATE|MONTH|YEAR|QUARTER|HALF|SPAN|YPART|PARTOF)';

interface Production {
  readonly id: string;
  readonly shape: RegExp;
  build(ts: readonly Token[], ctx: Ctx): Built | null;
}

const shape = (s: string): RegExp => new RegExp(`^(?:${s})$`, 'u');

const RECURRING: readonly Production[] = [
  {
    // Trước ngày 20 các tháng 3, 6, 9, 12/2024
    id: 'recurring/day-of-listed-months',
    shape: shape('(?:B )?MLIST'),
    build(ts, ctx) {
      const ml = find(ts, 'MLIST');
      if (!ml || ml.d === null) return null;
      markerNotes(ctx, find(ts, 'B'));
      const d = ml.d;
      const y = ml.y ?? (ctx.reference ? yearOfIso(ctx.reference) : null);
      if (ml.y === null && y !== null) note(ctx, 'year-from-reference');
      if (y === null) {
        note(ctx, 'no-year');
        return { kind: 'recurring', start: null, due: null, rrule: formatRrule({ freq: 'YEARLY', byMonth: ml.months, byMonthDay: [d] }), occurrences: [] };
      }
      const occurrences = sortedUnique(ml.months.filter((m) => isValidDate(y, m, d)).map((m) => isoOf(y, m, d)));
      if (occurrences.length === 0) return { problem: `day ${d} exists in none of the months listed` };
      if (occurrences.length < ml.months.length) note(ctx, 'day-missing-in-some-months');
      const rrule = formatRrule({ freq: 'YEARLY', byMonth: ml.months, byMonthDay: [d], until: isoOf(y, 12, 31) });
      return { kind: 'recurring', start: null, due: occurrences[0] ?? null, rrule, occurrences };
    },
  },
  {
    // trước ngày 15 hằng tháng
    id: 'recurring/day-of-every-month',
    shape: shape('(?:B )?DAYNUM (?:PER )?FREQ|(?:PER )?FREQ (?:AND )?(?:B )?DAYNUM'),
    build(ts, ctx) {
      const day = find(ts, 'DAYNUM');
      const freq = find(ts, 'FREQ');
      if (!day || freq?.unit !== 'month') return null;
      markerNotes(ctx, find(ts, 'B'));
      const due = firstOnOrAfter(ctx.reference, (iso) => Number(iso.slice(8)) === day.d);
      if (ctx.reference === null) note(ctx, 'no-reference');
      return { kind: 'recurring', start: null, due, rrule: formatRrule({ freq: 'MONTHLY', byMonthDay: [day.d] }), occurrences: [] };
    },
  },
  {
    // ngày 15/6 và 15/12 hằng năm; định kỳ hằng năm (trước ngày 10/12)
    id: 'recurring/dates-every-year',
    shape: shape('(?:B )?DATE(?: AND DATE)* (?:PER )?FREQ|(?:PER )?FREQ (?:AND )?(?:B )?DATE(?: AND DATE)*'),
    build(ts, ctx) {
      if (find(ts, 'FREQ')?.unit !== 'year') return null;
      markerNotes(ctx, find(ts, 'B'));
      const dates = all(ts, 'DATE');
      const days = new Set(dates.map((d) => d.d));
      const parts: RecurrenceParts | null = days.size === 1 ? { freq: 'YEARLY', byMonth: dates.map((d) => d.m), byMonthDay: [...days] } : null;
      if (!parts) note(ctx, 'rrule-not-expressible');
      const statedDates = dates.filter((d) => d.y !== null && isValidDate(d.y, d.m, d.d)).map((d) => isoOf(d.y as number, d.m, d.d));
      let due: string | null = statedDates.sort()[0] ?? null;
      if (due === null) {
        due = firstOnOrAfter(ctx.reference, (iso) => dates.some((d) => monthOf(iso) === d.m && Number(iso.slice(8)) === d.d), 800);
        if (ctx.reference === null) note(ctx, 'no-reference');
      }
      return { kind: 'recurring', start: null, due, rrule: parts ? formatRrule(parts) : null, occurrences: [] };
    },
  },
  {
    // thứ Sáu hằng tuần
    id: 'recurring/weekday',
    shape: shape('(?:B )?WD (?:PER )?FREQ|(?:PER )?FREQ (?:AND )?(?:B )?WD'),
    build(ts, ctx) {
      const wd = find(ts, 'WD');
      if (!wd || find(ts, 'FREQ')?.unit !== 'week') return null;
      const index = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'].indexOf(wd.byday);
      const due = firstOnOrAfter(ctx.reference, (iso) => weekday(iso) === index, 8);
      if (ctx.reference === null) note(ctx, 'no-reference');
      return { kind: 'recurring', start: null, due, rrule: formatRrule({ freq: 'WEEKLY', byDay: [wd.byday] }), occurrences: [] };
    },
  },
  {
    // Quý I hằng năm: the quarter's last day, every year
    id: 'recurring/quarters-every-year',
    shape: shape('QUARTER(?: AND QUARTER)* (?:PER )?FREQ|(?:PER )?FREQ (?:AND )?QUARTER(?: AND QUARTER)*'),
    build(ts, ctx) {
      if (find(ts, 'FREQ')?.unit !== 'year') return null;
      const quarters = all(ts, 'QUARTER');
      if (quarters.some((q) => q.yearStated)) return null;
      const months = new Set(quarters.map((q) => q.q * 3));
      const due = firstOnOrAfter(ctx.reference, (iso) => months.has(monthOf(iso)) && Number(iso.slice(8)) === daysInMonth(yearOfIso(iso), monthOf(iso)), 800);
      if (ctx.reference === null) note(ctx, 'no-reference');
      return { kind: 'recurring', start: null, due, rrule: formatRrule({ freq: 'YEARLY', byMonth: [...months], byMonthDay: [-1] }), occurrences: [] };
    },
  },
  {
    // tháng 6 và tháng 12 hằng năm: the last day of each month listed, every year
    id: 'recurring/months-every-year',
    shape: shape('MONTH(?: AND MONTH)* (?:PER )?FREQ|(?:PER )?FREQ (?:AND )?MONTH(?: AND MONTH)*'),
    build(ts, ctx) {
      if (find(ts, 'FREQ')?.unit !== 'year') return null;
      const months = all(ts, 'MONTH') as MonthToken[];
      if (months.some((m) => m.yearStated)) return null;
      const wanted = new Set(months.map((m) => m.m));
      const due = firstOnOrAfter(ctx.reference, (iso) => wanted.has(monthOf(iso)) && Number(iso.slice(8)) === daysInMonth(yearOfIso(iso), monthOf(iso)), 800);
      if (ctx.reference === null) note(ctx, 'no-reference');
      return { kind: 'recurring', start: null, due, rrule: formatRrule({ freq: 'YEARLY', byMonth: [...wanted], byMonthDay: [-1] }), occurrences: [] };
    },
  },
];

const PERIODIC: readonly Production[] = [
  {
    // hằng tháng, hàng quý, định kỳ 6 tháng, định kỳ hằng quý
    id: 'periodic/every',
    shape: shape('(?:PER )?(?:EVERY|FREQ)(?: AND (?:PER )?(?:EVERY|FREQ))*'),
    build(ts, ctx) {
      const rules = ts.filter((t): t is EveryToken | FreqToken => t.type === 'EVERY' || t.type === 'FREQ');
      const [first, ...rest] = rules;
      if (!first) return null;
      if (rest.length > 0) note(ctx, 'also-periodic');
      const parts = everyUnit(first.unit, first.type === 'EVERY' ? first.n : 1);
      return { kind: 'periodic', start: null, due: null, rrule: formatRrule(parts), occurrences: [] };
    },
  },
  {
    id: 'periodic/unspecified',
    shape: shape('PER'),
    build(_ts, ctx) {
      note(ctx, 'interval-unstated');
      return { kind: 'periodic', start: null, due: null, rrule: null, occurrences: [] };
    },
  },
  {
    // Năm 2024 và các năm tiếp theo: the first period, then yearly
    id: 'periodic/first-period-then-yearly',
    shape: shape(`(?:FROM )?${C} AND NEXTYEARS`),
    build(ts, ctx) {
      const [c] = fillYears(ts, ctx).filter(isCalendar);
      if (!c) return null;
      const w = windowOrProblem(c);
      if (isProblem(w)) return w;
      note(ctx, 'continues-in-following-years', ...notesOf(c));
      return { kind: 'periodic', start: w.start, due: w.end, rrule: formatRrule({ freq: 'YEARLY' }), occurrences: [] };
    },
  },
];

const RELATIVE: readonly Production[] = [
  {
    // trong vòng 15 ngày kể từ ngày ký; sau 30 ngày; trong 07 ngày làm việc; 30 ngày tới
    id: 'relative/duration',
    shape: shape('(?:B |AFTER )?DUR(?: ANCHOR)?|ANCHOR (?:B |AFTER )?DUR'),
    build(ts, ctx) {
      const dur = find(ts, 'DUR') as DurationToken;
      const anchor = find(ts, 'ANCHOR');
      if (dur.working) note(ctx, 'working-days');
      const none = { kind: 'relative' as const, start: null, due: null, rrule: null, occurrences: [] };
      if (!Number.isInteger(dur.n)) {
        note(ctx, 'fractional-duration');
        return none;
      }
      if (anchor?.anchor === 'other') {
        note(ctx, 'anchor-unknown');
        return none;
      }
      if (!anchor && !dur.fromNow) note(ctx, 'anchor-implied');
      if (ctx.reference === null) {
        note(ctx, 'no-reference');
        return none;
      }
      const due = addDuration(ctx.reference, dur);
      if (dur.unit === 'day' && !dur.working && isWeekend(due)) note(ctx, 'ends-on-weekend');
      return { kind: 'relative', start: ctx.reference, due, rrule: null, occurrences: [] };
    },
  },
  {
    // trong vòng 5 ngày sau khi nhận được …; ngay sau khi …; trước khi tổ chức …
    id: 'relative/event',
    shape: shape('(?:B |AFTER )?DUR (?:AFTER )?EVENT|EVENT (?:B |AFTER )?DUR|(?:IMM )?EVENT|IMM|B EVENT'),
    build(ts, ctx) {
      note(ctx, find(ts, 'IMM') && !find(ts, 'EVENT') ? 'immediate' : 'anchor-unknown');
      if (find(ts, 'DUR')?.working) note(ctx, 'working-days');
      return { kind: 'relative', start: null, due: null, rrule: null, occurrences: [] };
    },
  },
  {
    // (có hiệu lực) kể từ ngày ký: from the issue date on
    id: 'relative/from-anchor',
    shape: shape('ANCHOR'),
    build(ts, ctx) {
      const anchor = find(ts, 'ANCHOR');
      if (anchor?.anchor !== 'issue') {
        note(ctx, 'anchor-unknown');
        return { kind: 'relative', start: null, due: null, rrule: null, occurrences: [] };
      }
      note(ctx, 'open-ended');
      if (ctx.reference === null) note(ctx, 'no-reference');
      return { kind: 'relative', start: ctx.reference, due: null, rrule: null, occurrences: [] };
    },
  },
  {
    // tuần sau, tháng tới, quý tiếp theo, năm nay
    id: 'relative/next-period',
    shape: shape('(?:B |TO )?REL'),
    build(ts, ctx) {
      const rel = find(ts, 'REL') as RelativeToken;
      if (ctx.reference === null) {
        note(ctx, 'no-reference');
        return { kind: 'relative', start: null, due: null, rrule: null, occurrences: [] };
      }
      const w = relativeWindow(ctx.reference, rel.unit, rel.offset);
      return { kind: 'relative', start: w.start, due: w.end, rrule: null, occurrences: [] };
    },
  },
];

const RANGES: readonly Production[] = [
  {
    // từ nay đến cuối năm 2023
    id: 'range/from-now',
    shape: shape(`FROMNOW TO ${C}`),
    build(ts, ctx) {
      const [c] = fillYears(ts, ctx).filter(isCalendar);
      if (!c) return null;
      const w = windowOrProblem(c);
      if (isProblem(w)) return w;
      if (ctx.reference === null) note(ctx, 'no-reference');
      note(ctx, ...notesOf(c));
      return { kind: 'range', start: ctx.reference, due: w.end, rrule: null, occurrences: [] };
    },
  },
  {
    // từ tháng 3 đến tháng 6/2024; 2024 – 2025; Tháng 12/2024 - 01/2025; Quý II - III/2024
    id: 'range/from-to',
    shape: shape(`(?:FROM )?${C} TO ${C}`),
    build(ts, ctx) {
      let [a, b] = fillYears(ts, ctx).filter(isCalendar);
      if (!a || !b) return null;
      let wa = windowOrProblem(a);
      let wb = windowOrProblem(b);
      if (isProblem(wa)) return wa;
      if (isProblem(wb)) return wb;
      if (wa.start > wb.end) {
        // "tháng 12 - 01/2025": the first year is the one before; "tháng 11 - 2": the second after.
        if (!stated(a)) a = withYear(a, (givenYear(a) as number) - 1);
        else if (!stated(b)) b = withYear(b, (givenYear(b) as number) + 1);
        else return { problem: 'the range ends before it starts' };
        wa = windowOrProblem(a);
        wb = windowOrProblem(b);
        if (isProblem(wa)) return wa;
        if (isProblem(wb)) return wb;
      }
      note(ctx, ...notesOf(a), ...notesOf(b));
      return { kind: 'range', start: wa.start, due: wb.end, rrule: null, occurrences: [] };
    },
  },
  {
    // từ ngày 01/7/2024; từ Quý III/2024
    id: 'range/open',
    shape: shape(`FROM ${C}`),
    build(ts, ctx) {
      const [c] = fillYears(ts, ctx).filter(isCalendar);
      if (!c) return null;
      const w = windowOrProblem(c);
      if (isProblem(w)) return w;
      note(ctx, 'open-ended', ...notesOf(c));
      return { kind: 'range', start: w.start, due: null, rrule: null, occurrences: [] };
    },
  },
  {
    // năm học 2024 - 2025 ≈ September to May
    id: 'range/academic-year',
    shape: shape('ACADEMIC'),
    build(ts, ctx) {
      const t = find(ts, 'ACADEMIC');
      if (!t) return null;
      note(ctx, 'academic-year');
      return { kind: 'range', start: isoOf(t.y1, 9, 1), due: isoOf(t.y2, 5, 31), rrule: null, occurrences: [] };
    },
  },
];

const CALENDAR: readonly Production[] = [
  {
    // đến ngày 31/12/2024; đến hết năm 2024
    id: 'before/until',
    shape: shape(`TO ${C}`),
    build(ts, ctx) {
      const [c] = fillYears(ts, ctx).filter(isCalendar);
      if (!c) return null;
      const w = windowOrProblem(c);
      if (isProblem(w)) return w;
      note(ctx, 'inclusive', ...notesOf(c));
      if (c.type === 'YEAR') note(ctx, 'target-year');
      return { kind: 'before', start: null, due: w.end, rrule: null, occurrences: [] };
    },
  },
  {
    // trước ngày 20/12; chậm nhất ngày 15/12/2024; trước Quý III/2024; hạn cuối 30/6
    id: 'before/marker',
    shape: shape(`B ${C}(?: AND (?:B )?${C})*`),
    build(ts, ctx) {
      const dues: string[] = [];
      let b = find(ts, 'B') as BeforeToken;
      for (const t of fillYears(ts, ctx)) {
        if (t.type === 'B') {
          b = t;
          markerNotes(ctx, b);
        }
        if (!isCalendar(t)) continue;
        const w = windowOrProblem(t);
        if (isProblem(w)) return w;
        dues.push(beforeDue(t, w, b.inclusive));
        note(ctx, ...notesOf(t));
      }
      const occurrences = sortedUnique(dues);
      return { kind: 'before', start: null, due: occurrences[0] ?? null, rrule: null, occurrences: occurrences.length > 1 ? occurrences : [] };
    },
  },
  {
    // Tháng 7/2024 và tháng 01/2025; Quý I, II năm 2025
    id: 'calendar/list',
    shape: shape(`${C}(?: AND ${C})+`),
    build(ts, ctx) {
      const cals = fillYears(ts, ctx).filter(isCalendar);
      const windows: Window[] = [];
      for (const c of cals) {
        const w = windowOrProblem(c);
        if (isProblem(w)) return w;
        windows.push(w);
        note(ctx, ...notesOf(c));
      }
      const kinds = new Set(cals.map(kindOf));
      const kind = kinds.size === 1 ? (kinds.values().next().value as DeadlineKind) : kindOf(cals[0] as CalendarToken);
      const occurrences = sortedUnique(windows.map((w) => w.end));
      const start = windows.map((w) => w.start).sort()[0] ?? null;
      return { kind, start, due: occurrences[0] ?? null, rrule: null, occurrences };
    },
  },
  {
    // Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm: the dated items, the rule noted
    id: 'calendar/then-periodic',
    shape: shape(`${C}(?: AND ${C})* AND (?:PER )?(?:FREQ|EVERY)`),
    build(ts, ctx) {
      const dated = ts.filter((t) => t.type !== 'FREQ' && t.type !== 'EVERY' && t.type !== 'PER');
      while (dated.length > 0 && (dated[dated.length - 1] as Token).type === 'AND') dated.pop();
      const id = dated.length > 1 ? 'calendar/list' : 'calendar/single';
      const built = PRODUCTIONS.find((p) => p.id === id)?.build(dated, ctx) ?? null;
      if (built && !isProblem(built)) note(ctx, 'also-periodic');
      return built;
    },
  },
  {
    // ngày 15/12/2024; tháng 3/2024; quý III/2024; 6 tháng đầu năm; năm 2024; cuối năm 2024
    id: 'calendar/single',
    shape: shape(C),
    build(ts, ctx) {
      const [c] = fillYears(ts, ctx).filter(isCalendar);
      if (!c) return null;
      const w = windowOrProblem(c);
      if (isProblem(w)) return w;
      note(ctx, ...notesOf(c));
      return { kind: kindOf(c), start: w.start, due: w.end, rrule: null, occurrences: [] };
    },
  },
];

const WITHOUT_DATE: readonly Production[] = [
  {
    // Thực hiện thường xuyên trong năm: continuous, from the year's first day, no due date
    id: 'continuous/within-year',
    shape: shape('CONT(?: AND CONT)*(?: AND)? YEAR|YEAR(?: AND)? CONT(?: AND CONT)*'),
    build(ts, ctx) {
      const [c] = fillYears(ts, ctx).filter(isCalendar);
      if (!c) return null;
      const w = windowOrProblem(c);
      if (isProblem(w)) return w;
      note(ctx, 'within-the-year');
      return { kind: 'continuous', start: w.start, due: null, rrule: null, occurrences: [] };
    },
  },
  {
    id: 'continuous',
    shape: shape('CONT(?: AND CONT)*'),
    build: () => ({ kind: 'continuous', start: null, due: null, rrule: null, occurrences: [] }),
  },
  {
    id: 'ad-hoc',
    shape: shape('ADHOC(?: AND ADHOC)*'),
    build: () => ({ kind: 'ad-hoc', start: null, due: null, rrule: null, occurrences: [] }),
  },
];

/** All productions, in the order they are tried. */
export const PRODUCTIONS: readonly Production[] = [...RECURRING, ...PERIODIC, ...RELATIVE, ...RANGES, ...CALENDAR, ...WITHOUT_DATE];

/**
 * The token types joined by spaces ("before day"), by a loop: `ts.map(…).join(' ')` made an
 * array whose elements kind changes once map is optimised, deoptimising resolve ("wrong map").
 */
function shapeOf(ts: readonly LexToken[]): string {
  let out = '';
  for (let i = 0; i < ts.length; i++) out += i === 0 ? (ts[i] as LexToken).type : ` ${(ts[i] as LexToken).type}`;
  return out;
}

/** Kind, window and rule of a lexed phrase; `reference` is an ISO date or null. */
export function resolve(tokens: readonly LexToken[], reference: string | null): Resolution {
  if (reference !== null && parseIso(reference) === null) throw new TypeError(`reference must be a valid YYYY-MM-DD date, got "${reference}"`);
  const ctx: Ctx = { reference, notes: [] };
  const ts = prepare(tokens, ctx);
  const shapeText = shapeOf(ts);
  const unresolved = (problem: string, rule: string | null = null): Resolution => ({
    kind: 'unresolved',
    start: null,
    due: null,
    rrule: null,
    occurrences: [],
    notes: ctx.notes,
    rule,
    problem,
    shape: shapeText,
  });
  if (ts.length === 0) return unresolved(ctx.notes.includes('horizon-ignored') ? 'a horizon ("tầm nhìn đến năm …") is not a deadline' : 'no time expression found');
  for (const p of PRODUCTIONS) {
    if (!p.shape.test(shapeText)) continue;
    const built = p.build(ts, ctx);
    if (built === null) continue;
    if (isProblem(built)) return unresolved(built.problem, p.id);
    if (built.start !== null && built.due !== null && built.start > built.due) return unresolved(`the window would end (${built.due}) before it starts (${built.start})`, p.id);
    return { ...built, notes: ctx.notes, rule: p.id, problem: null, shape: shapeText };
  }
  return unresolved(`no rule reads the sequence "${shapeText}"`);
}
