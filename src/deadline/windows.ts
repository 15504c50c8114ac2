/**
 * The calendar window of a calendar token, once its year is known, and the Deadline kind
 * it stands for. Conventions for parts (documented in the README of the deadline grammar,
 * src/deadline/index.ts):
 *
 * - a month: đầu / thượng tuần = days 1–10, giữa / trung tuần = 11–20, cuối / hạ tuần =
 *   21 to the end;
 * - a quarter: đầu = its first month, giữa = the second, cuối = the third;
 * - a year: đầu = Q1, giữa = Q2–Q3, cuối = Q4 ("những tháng đầu/cuối năm" too, noted vague);
 * - `9 tháng đầu năm` = January–September, `4 tháng cuối năm` = September–December.
 */
import type { DeadlineKind } from '../schema.js';
import {
  daysInMonth,
  isValidDate,
  isoOf,
  monthWindow,
  monthsWindow,
  quarterWindow,
  yearWindow,
  type Window,
} from './calendar.js';
import type { CalendarToken, Part } from './tokens.js';

function partOfMonth(y: number, m: number, part: Part): Window {
  if (part === 'early') return { start: isoOf(y, m, 1), end: isoOf(y, m, 10) };
  if (part === 'middle') return { start: isoOf(y, m, 11), end: isoOf(y, m, 20) };
  return { start: isoOf(y, m, 21), end: isoOf(y, m, daysInMonth(y, m)) };
}

function partOfQuarter(y: number, q: number, part: Part): Window {
  const m = (q - 1) * 3 + (part === 'early' ? 1 : part === 'middle' ? 2 : 3);
  return monthWindow(y, m);
}

function partOfYear(y: number, part: Part): Window {
  if (part === 'early') return monthsWindow(y, 1, 3);
  if (part === 'middle') return monthsWindow(y, 4, 9);
  return monthsWindow(y, 10, 12);
}

/** The year a token needs (the one it was given or filled with). */
export function yearOf(t: CalendarToken): number | null {
  return t.type === 'PARTOF' ? t.of.y : t.y;
}

/** The window, or null when the year is unknown or the date does not exist (31/2). */
export function windowOf(t: CalendarToken): Window | null {
  const y = yearOf(t);
  if (y === null) return null;
  switch (t.type) {
    case 'DATE':
      return isValidDate(y, t.m, t.d) ? { start: isoOf(y, t.m, t.d), end: isoOf(y, t.m, t.d) } : null;
    case 'MONTH':
      return t.m >= 1 && t.m <= 12 ? monthWindow(y, t.m) : null;
    case 'YEAR':
      return yearWindow(y);
    case 'QUARTER':
      return quarterWindow(y, t.q);
    case 'HALF':
      return t.h === 1 ? monthsWindow(y, 1, 6) : monthsWindow(y, 7, 12);
    case 'SPAN':
      return t.from === 'start' ? monthsWindow(y, 1, t.n) : monthsWindow(y, 13 - t.n, 12);
    case 'YPART':
      return partOfYear(y, t.part);
    case 'PARTOF':
      return t.of.type === 'MONTH' ? partOfMonth(y, t.of.m, t.part) : partOfQuarter(y, t.of.q, t.part);
  }
}

export function kindOf(t: CalendarToken): DeadlineKind {
  switch (t.type) {
    case 'DATE':
      return 'date';
    case 'MONTH':
      return 'month';
    case 'YEAR':
    case 'YPART':
      return 'year';
    case 'QUARTER':
      return 'quarter';
    case 'HALF':
      return 'half-year';
    case 'SPAN':
      return 'range';
    case 'PARTOF':
      return t.of.type === 'MONTH' ? 'month' : 'quarter';
  }
}

/** Notes a window carries by itself. */
export function notesOf(t: CalendarToken): string[] {
  const notes: string[] = [];
  if (t.type === 'PARTOF') notes.push(t.of.type === 'MONTH' ? 'part-of-month' : 'part-of-quarter');
  if (t.type === 'YPART') notes.push('part-of-year');
  if (t.type === 'YPART' && t.vague) notes.push('vague');
  return notes;
}
