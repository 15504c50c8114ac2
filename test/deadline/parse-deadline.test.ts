/**
 * The phrase table (test/deadline/phrases.ts): every row's kind, window, RRULE and
 * occurrences, with a fixed reference date; every RRULE is parsed by two RFC 5545
 * libraries, and where occurrences are listed the rule must generate exactly them.
 */
import ICAL from 'ical.js';
import { rrulestr } from 'rrule';
import { describe, expect, it } from 'vitest';
import { parseDeadline, parseDeadlineDetailed } from '../../src/deadline/index.js';
import { DeadlineSchema } from '../../src/schema.js';
import { PHRASES, REFERENCE } from './phrases.js';

/** Occurrences an RRULE generates from 1 January of `year` (UTC dates, read as ISO days). */
function generate(rrule: string, year: number, limit = 50): string[] {
  const rule = rrulestr(rrule, { dtstart: new Date(Date.UTC(year, 0, 1)) });
  return rule.all((_, i) => i < limit).map((d) => d.toISOString().slice(0, 10));
}

describe('parseDeadline: phrase table', () => {
  it('has at least 150 real phrases', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(PHRASES.map((p) => p.text)).size).toBe(PHRASES.length);
  });

  it.each(PHRASES.map((p) => [p.text, p] as const))('%s', (_text, row) => {
    const details = parseDeadlineDetailed(row.text, { reference: REFERENCE });
    const d = details.deadline;
    expect({ kind: d.kind, start: d.start, due: d.due }).toEqual({ kind: row.kind, start: row.start, due: row.due });
    if (row.rrule !== undefined) expect(d.rrule).toBe(row.rrule);
    else if (!['periodic', 'recurring'].includes(row.kind)) expect(d.rrule).toBeNull();
    expect(d.occurrences).toEqual(row.occurrences ?? []);
    for (const n of row.notes ?? []) expect(details.notes).toContain(n);
    expect(d.text).toBe(row.text);
    expect(DeadlineSchema.safeParse(d).success).toBe(true);
    if (d.kind === 'unresolved') {
      expect(details.diagnostics).toHaveLength(1);
      expect(details.diagnostics[0]).toMatchObject({ code: 'deadline:unresolved', severity: 'warning' });
    } else {
      expect(details.diagnostics).toEqual([]);
      expect(details.rule).not.toBeNull();
    }
  });
});

describe('RRULEs are valid RFC 5545 and agree with the occurrences', () => {
  const withRule = PHRASES.filter((p) => typeof p.rrule === 'string');

  it.each(withRule.map((p) => [p.rrule as string, p.text] as const))('%s (%s)', (rrule, text) => {
    const d = parseDeadline(text, { reference: REFERENCE });
    expect(d.rrule).toBe(rrule);
    // Both libraries parse it and print it back unchanged.
    expect(ICAL.Recur.fromString(rrule).toString()).toBe(rrule);
    expect(() => rrulestr(rrule)).not.toThrow();
    const year = Number((d.due ?? d.start ?? REFERENCE).slice(0, 4));
    const generated = generate(rrule, year);
    if (d.occurrences.length > 0) expect(generated).toEqual(d.occurrences);
    // The due date is one the rule generates.
    if (d.due !== null && d.kind === 'recurring') expect(generate(rrule, Number(d.due.slice(0, 4)))).toContain(d.due);
  });

  it('rejects what is not RFC 5545 (the check can fail)', () => {
    expect(() => ICAL.Recur.fromString('FREQ=QUARTERLY')).toThrow();
  });
});

describe('parseDeadline: options and edges', () => {
  it('gives the contract example', () => {
    expect(parseDeadline('trước ngày 20 các tháng 3, 6, 9, 12/2024', { reference: '2024-02-07' })).toEqual({
      text: 'trước ngày 20 các tháng 3, 6, 9, 12/2024',
      kind: 'recurring',
      start: null,
      due: '2024-03-20',
      rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20;UNTIL=20241231',
      occurrences: ['2024-03-20', '2024-06-20', '2024-09-20', '2024-12-20'],
      span: { start: 0, end: 40, line: 1 },
    });
  });

  it('keeps the span it is given', () => {
    const span = { start: 120, end: 132, line: 7 };
    expect(parseDeadline('Tháng 2/2024', { span }).span).toEqual(span);
  });

  it('takes a year-less phrase from the reference year, and leaves it unresolved without one', () => {
    expect(parseDeadline('trước ngày 20/12', { reference: '2023-05-02' }).due).toBe('2023-12-20');
    const d = parseDeadlineDetailed('trước ngày 20/12');
    expect(d.deadline.kind).toBe('unresolved');
    expect(d.diagnostics[0]?.message).toMatch(/no year/u);
  });

  it('does not take the year closest to the reference, as chrono would', () => {
    // chrono implies 2023 for 20/12 seen from February 2024; the issue year rule says 2024.
    expect(parseDeadline('ngày 20/12', { reference: '2024-02-07' }).due).toBe('2024-12-20');
  });

  it('resolves relative phrases only with a reference', () => {
    const d = parseDeadlineDetailed('trong vòng 15 ngày kể từ ngày ký');
    expect(d.deadline).toMatchObject({ kind: 'relative', start: null, due: null });
    expect(d.notes).toContain('no-reference');
  });

  it('counts working days over weekends (holidays unknown)', () => {
    // Friday 2024-03-01 + 1 working day = Monday 2024-03-04.
    expect(parseDeadline('trong 01 ngày làm việc', { reference: '2024-03-01' }).due).toBe('2024-03-04');
    expect(parseDeadline('trong 5 ngày làm việc', { reference: '2024-03-01' }).due).toBe('2024-03-08');
  });

  it('reads Vietnamese D/M order, never M/D', () => {
    expect(parseDeadline('ngày 12/15', { reference: '2024-02-07' }).kind).toBe('unresolved');
  });

  it('accepts NFD input and text without diacritics', () => {
    expect(parseDeadline('Trước ngày 20 các tháng 3, 6, 9, 12/2024'.normalize('NFD'), { reference: REFERENCE }).due).toBe('2024-03-20');
    expect(parseDeadline('quy III/2024').due).toBe('2024-09-30');
    expect(parseDeadline('hang thang').rrule).toBe('FREQ=MONTHLY');
  });

  it('throws a TypeError on a reference that is not a date', () => {
    expect(() => parseDeadline('tháng 3', { reference: '2024-02-30' })).toThrow(TypeError);
  });

  it('reports words it did not use', () => {
    expect(parseDeadlineDetailed('Hằng Quý hoặc đột xuất báo cáo Thủ tướng Chính phủ').ignored).toEqual(['báo', 'cáo', 'Thủ', 'tướng', 'Chính', 'phủ']);
  });
});
