/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`). Everything here works on plain
 * year/month/day numbers; the only Date used is `Date.UTC`, for day counting and weekdays,
 * so no local time zone can shift a date.
 */

export interface Window {
  /** First day, ISO. */
  readonly start: string;
  /** Last day, ISO. */
  readonly end: string;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function isoOf(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function parseIso(iso: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function dayNumber(iso: string): number {
  const p = parseIso(iso);
  if (!p) throw new TypeError(`not an ISO date: ${iso}`);
  return Date.UTC(p.y, p.m - 1, p.d) / 86_400_000;
}

function fromDayNumber(n: number): string {
  const dt = new Date(n * 86_400_000);
  return isoOf(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/**
 * Years where firstDayFrom counts days on the calendar (day, then month, then year): from 100
 * (Date.UTC reads the years 0–99 as 1900–1999, which addDays inherits) to 9990 (800 days later
 * is still before 9999-12-31). Elsewhere it counts day numbers, as addDays does.
 */
const CALENDAR_WALK_FROM = 100;
const CALENDAR_WALK_TO = 9990;

/** firstDayFrom after the day y-m-d: the next days printed without a Date or a parse each. */
function firstDayByCalendar(y: number, m: number, d: number, ok: (iso: string) => boolean, limit: number): string | null {
  let lastOfMonth = daysInMonth(y, m);
  for (let k = 1; k < limit; k++) {
    if (++d > lastOfMonth) {
      d = 1;
      if (++m > 12) {
        m = 1;
        y++;
      }
      lastOfMonth = daysInMonth(y, m);
    }
    const day = isoOf(y, m, d);
    if (ok(day)) return day;
  }
  return null;
}

/** The day number of 9999-12-31, the last day an ISO date (four-digit year) can print. */
const LAST_DAY = Date.UTC(9999, 11, 31) / 86_400_000;

export function addDays(iso: string, n: number): string {
  return fromDayNumber(dayNumber(iso) + n);
}

/**
 * The first of `iso` and the `limit - 1` days after it that `ok` accepts, or null. Days are
 * counted as numbers and only printed for `ok`: addDays per step parsed the ISO string again
 * (a regex and a validity check) for each of up to 800 days ("trước ngày 30 tháng 11 hằng năm").
 */
export function firstDayFrom(iso: string, ok: (iso: string) => boolean, limit: number): string | null {
  if (limit <= 0) return null;
  if (ok(iso)) return iso;
  const p = parseIso(iso);
  if (p && p.y >= CALENDAR_WALK_FROM && p.y <= CALENDAR_WALK_TO) return firstDayByCalendar(p.y, p.m, p.d, ok, limit);
  const first = dayNumber(iso);
  for (let k = 1; k < limit; k++) {
    // As addDays would: a day after 9999-12-31 has no ISO form to count on from.
    if (first + k - 1 > LAST_DAY) throw new TypeError(`not an ISO date: ${fromDayNumber(first + k - 1)}`);
    const day = fromDayNumber(first + k);
    if (ok(day)) return day;
  }
  return null;
}

/** Same day-of-month n months later, clamped to the month's last day (31/1 + 1 month = 29/2). */
export function addMonths(iso: string, n: number): string {
  const p = parseIso(iso);
  if (!p) throw new TypeError(`not an ISO date: ${iso}`);
  const index = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoOf(y, m, Math.min(p.d, daysInMonth(y, m)));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(dayNumber(iso) * 86_400_000).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const w = weekday(iso);
  return w === 0 || w === 6;
}

/**
 * The n-th working day after `iso` (the day itself is not counted, as the Civil Code
 * counts periods). Working days are Monday to Friday; public holidays are not known here,
 * so a period that spans Tết or 2/9 comes out too early by the holidays it spans.
 */
export function addWorkingDays(iso: string, n: number): string {
  let day = iso;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (!isWeekend(day)) left--;
  }
  return day;
}

export function monthWindow(y: number, m: number): Window {
  return { start: isoOf(y, m, 1), end: isoOf(y, m, daysInMonth(y, m)) };
}

/** Months `from`..`to` (1-based, inclusive) of year y. */
export function monthsWindow(y: number, from: number, to: number): Window {
  return { start: isoOf(y, from, 1), end: isoOf(y, to, daysInMonth(y, to)) };
}

export function quarterWindow(y: number, q: number): Window {
  return monthsWindow(y, (q - 1) * 3 + 1, q * 3);
}

export function yearWindow(y: number): Window {
  return { start: isoOf(y, 1, 1), end: isoOf(y, 12, 31) };
}

export function dayWindow(iso: string): Window {
  return { start: iso, end: iso };
}

/** Monday..Sunday of the ISO week that contains `iso`. */
export function weekWindow(iso: string): Window {
  const back = (weekday(iso) + 6) % 7;
  const start = addDays(iso, -back);
  return { start, end: addDays(start, 6) };
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}
