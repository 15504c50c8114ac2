/**
 * RFC 5545 recurrence rules (the RRULE value, without the `RRULE:` prefix and without
 * DTSTART, as the contract shows them). A quarter is `FREQ=MONTHLY;INTERVAL=3`: RFC 5545
 * has no quarterly frequency.
 */
import type { Unit } from './tokens.js';

export interface RecurrenceParts {
  readonly freq: 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY';
  readonly interval?: number;
  readonly byMonth?: readonly number[];
  readonly byMonthDay?: readonly number[];
  readonly byDay?: readonly string[];
  /** ISO date; written as an RFC 5545 DATE (`20241231`). */
  readonly until?: string;
}

export function formatRrule(p: RecurrenceParts): string {
  const parts = [`FREQ=${p.freq}`];
  if (p.interval !== undefined && p.interval > 1) parts.push(`INTERVAL=${p.interval}`);
  if (p.byMonth?.length) parts.push(`BYMONTH=${[...new Set(p.byMonth)].sort((a, b) => a - b).join(',')}`);
  if (p.byMonthDay?.length) parts.push(`BYMONTHDAY=${[...new Set(p.byMonthDay)].join(',')}`);
  if (p.byDay?.length) parts.push(`BYDAY=${p.byDay.join(',')}`);
  if (p.until !== undefined) parts.push(`UNTIL=${p.until.replace(/-/gu, '')}`);
  return parts.join(';');
}

/** Every n units. */
export function everyUnit(unit: Unit, n = 1): RecurrenceParts {
  switch (unit) {
    case 'day':
      return { freq: 'DAILY', interval: n };
    case 'week':
      return { freq: 'WEEKLY', interval: n };
    case 'month':
      return { freq: 'MONTHLY', interval: n };
    case 'quarter':
      return { freq: 'MONTHLY', interval: 3 * n };
    case 'year':
      return { freq: 'YEARLY', interval: n };
  }
}
