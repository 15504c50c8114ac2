/**
 * Vietnamese time phrases → contract Deadlines.
 *
 * How it reads a phrase (one place each):
 * - src/deadline/chrono-dates.ts — calendar dates, months and years: chrono-node's `vi`
 *   locale in strict mode, extended with our parsers and refiners;
 * - src/data/deadline-phrases.json — the words (markers, continuous, ad hoc, units …);
 * - src/deadline/lexer.ts — tokens (quarters, halves, lists, durations, frequencies …);
 * - src/deadline/grammar.ts — the productions, tried in order, and the resolution rules.
 *
 * Kinds and conventions (CONTRACT.md "Deadline"):
 * - a year not printed comes from a later item of the same list or range, else from the
 *   reference (the issue date), noted 'year-from-reference';
 * - 'date' ⇒ start = due = the day; 'month' / 'quarter' / 'half-year' / 'year' ⇒ the
 *   window's first and last days; parts of them are narrower windows of the same kind
 *   ("cuối năm 2024" ⇒ 2024-10-01 … 2024-12-31, noted 'part-of-year');
 * - lists ("Tháng 7/2024 và tháng 01/2025") ⇒ occurrences = each item's due date, due =
 *   the first; "từ … đến …", "2024 – 2025", "giai đoạn 2021–2025" ⇒ 'range';
 * - 'before': "trước ngày D" ⇒ due D (noted 'exclusive'; "chậm nhất" / "đến" ⇒ 'inclusive');
 *   "trước tháng 6/2024" ⇒ 2024-05-31, the day before the month;
 * - 'recurring' = fixed days (RRULE with BYMONTHDAY, occurrences when the year is known);
 *   'periodic' = a frequency only ("định kỳ 6 tháng" ⇒ FREQ=MONTHLY;INTERVAL=6);
 * - 'relative': a duration from the signing/issue date is resolved against the reference
 *   ("trong vòng 15 ngày kể từ ngày ký" ⇒ start = reference, due = reference + 15 days);
 *   working days skip Saturdays and Sundays only — public holidays are not known — noted
 *   'working-days'; any other anchor (receipt of a file, an event) ⇒ due null;
 *   "tuần sau", "tháng tới" ⇒ that window counted from the reference;
 * - horizons ("tầm nhìn đến năm 2030") are not deadlines: dropped with the note
 *   'horizon-ignored' (unresolved when nothing else is left), unless "hoàn thành" governs
 *   them; a bare "đến năm 2030" is read as 'before' 2030-12-31, noted 'target-year';
 * - anything not understood ⇒ 'unresolved' with a diagnostic; never a guessed date.
 */
import type { Deadline, Diagnostic, Span } from '../schema.js';
import { resolve } from './grammar.js';
import { lex } from './lexer.js';

export { findDeadlinePhrases, type DeadlinePhrase, type DeadlinePhraseMemo, type FindDeadlinePhrasesOptions } from './finder.js';

export interface ParseDeadlineOptions {
  /** YYYY-MM-DD: the year for phrases that state none, and the anchor of relative phrases. */
  reference?: string;
  /** Where the phrase stands in a document (defaults to 0..length, line 1). */
  span?: Span;
}

/**
 * Facts the Deadline type has no field for. Current notes: working-days, anchor-implied,
 * anchor-unknown, no-reference, fractional-duration, ends-on-weekend, immediate,
 * inclusive, exclusive, year-from-reference, no-year, also-ad-hoc, also-continuous,
 * also-periodic, interval-unstated, continues-in-following-years, open-ended,
 * part-of-month, part-of-quarter, part-of-year, vague, academic-year, horizon-ignored,
 * horizon-as-deadline, target-year, rrule-not-expressible, day-missing-in-some-months,
 * time-ignored.
 */
export type DeadlineNote = string;

export interface DeadlineDetails {
  readonly deadline: Deadline;
  readonly notes: readonly DeadlineNote[];
  /** `deadline:unresolved` (warning) when nothing could be read; span = the phrase's. */
  readonly diagnostics: readonly Diagnostic[];
  /** The grammar production that matched (`recurring/day-of-listed-months` …), or null. */
  readonly rule: string | null;
  /** Words no rule used (commentary such as "báo cáo Thủ tướng"). */
  readonly ignored: readonly string[];
}

/**
 * Resolve one Vietnamese time phrase, with the notes and diagnostics the Deadline type
 * cannot carry.
 *
 * @param text the phrase as printed, e.g. a "Thời gian thực hiện" cell
 * @param options `reference`: the issue date (YYYY-MM-DD); `span`: where the phrase stands
 * @returns the Deadline, its notes ('working-days', 'also-ad-hoc', …), diagnostics, rule
 * @throws TypeError when `reference` is not a valid YYYY-MM-DD date
 * @example
 * parseDeadlineDetailed('Định kỳ 6 tháng hoặc theo chuyên đề, đột xuất').notes; // ['also-ad-hoc']
 */
export function parseDeadlineDetailed(text: string, options: ParseDeadlineOptions = {}): DeadlineDetails {
  const span = options.span ?? { start: 0, end: text.length, line: 1 };
  const nfc = text.normalize('NFC');
  const { tokens, skipped } = lex(nfc);
  const r = resolve(tokens, options.reference ?? null);
  const deadline: Deadline = {
    text,
    kind: r.kind,
    start: r.start,
    due: r.due,
    rrule: r.rrule,
    occurrences: r.occurrences,
    span,
  };
  const diagnostics: Diagnostic[] =
    r.kind === 'unresolved'
      ? [{ code: 'deadline:unresolved', severity: 'warning', message: `could not resolve the deadline "${text.trim()}": ${r.problem ?? 'not understood'}`, span, actual: text }]
      : [];
  return { deadline, notes: [...r.notes], diagnostics, rule: r.rule, ignored: skipped.map((w) => w.text) };
}

/**
 * Resolve one Vietnamese time phrase into a contract Deadline.
 *
 * @param text the phrase as printed
 * @param options `reference`: the issue date (YYYY-MM-DD); `span`: where the phrase stands
 * @throws TypeError when `reference` is not a valid YYYY-MM-DD date
 * @example
 * parseDeadline('Trước ngày 20 các tháng 3, 6, 9, 12/2024', { reference: '2024-02-07' });
 * // { kind: 'recurring', start: null, due: '2024-03-20',
 * //   rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20;UNTIL=20241231',
 * //   occurrences: ['2024-03-20', '2024-06-20', '2024-09-20', '2024-12-20'], … }
 */
export function parseDeadline(text: string, options: ParseDeadlineOptions = {}): Deadline {
  return parseDeadlineDetailed(text, options).deadline;
}
