import ICAL from 'ical.js';
import rrulePkg from 'rrule';
import { describe, expect, it } from 'vitest';
import { icsTodos, taskTodo, toIcs } from '../../src/export/index.js';
import { foldLine } from '../../src/export/ical-text.js';
import { LISTED, NO_DUE, RECURRING, WINDOW, sampleDocument } from './sample-document.js';

const { RRule } = rrulePkg;

function parse(text: string): ICAL.Component[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.name).toBe('vcalendar');
  return cal.getAllSubcomponents('vtodo');
}

function byUid(todos: ICAL.Component[], uid: string): ICAL.Component {
  const t = todos.find((c) => c.getFirstPropertyValue('uid') === uid);
  if (!t) throw new Error(`no VTODO ${uid}`);
  return t;
}

describe('ics export', () => {
  const stamp = new Date(Date.UTC(2024, 4, 1, 8, 30, 0));
  const text = toIcs([sampleDocument()], { stamp });
  const todos = parse(text);

  it('is one VTODO per task, UID = task id, and nothing else in the calendar', () => {
    expect(todos).toHaveLength(4);
    expect(todos.map((t) => t.getFirstPropertyValue('uid'))).toEqual([RECURRING.id, WINDOW.id, NO_DUE.id, LISTED.id]);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getAllSubcomponents().map((c) => c.name)).toEqual(['vtodo', 'vtodo', 'vtodo', 'vtodo']);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('gives an all-day DUE date', () => {
    const due = byUid(todos, WINDOW.id).getFirstPropertyValue('due') as ICAL.Time;
    expect(due.isDate).toBe(true);
    expect(due.toString()).toBe('2024-03-31');
    const start = byUid(todos, WINDOW.id).getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toString()).toBe('2024-03-01');
  });

  it('repeats a recurring deadline with an RRULE that rrule and ical.js both expand to the four dates', () => {
    const todo = byUid(todos, RECURRING.id);
    const recur = todo.getFirstPropertyValue('rrule') as ICAL.Recur;
    const dtstart = todo.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(dtstart.toString()).toBe('2024-03-20');
    expect((todo.getFirstPropertyValue('due') as ICAL.Time).toString()).toBe('2024-03-20');

    const viaIcal: string[] = [];
    const it = recur.iterator(dtstart);
    for (let next = it.next(); next && viaIcal.length < 10; next = it.next()) viaIcal.push(next.toString());
    expect(viaIcal).toEqual(['2024-03-20', '2024-06-20', '2024-09-20', '2024-12-20']);

    const rule = new RRule({ ...RRule.parseString(recur.toString()), dtstart: new Date(Date.UTC(2024, 2, 20)) });
    expect(rule.all().map((d) => d.toISOString().slice(0, 10))).toEqual(RECURRING.deadline?.occurrences);
  });

  it('lists explicit extra due dates as RDATEs', () => {
    const todo = byUid(todos, LISTED.id);
    expect((todo.getFirstPropertyValue('due') as ICAL.Time).toString()).toBe('2024-07-31');
    expect((todo.getFirstPropertyValue('rdate') as ICAL.Time).toString()).toBe('2025-01-31');
  });

  it('still exports a task without a due date, with no DUE and its deadline text in the description', () => {
    const todo = byUid(todos, NO_DUE.id);
    expect(todo.getFirstPropertyValue('due')).toBeNull();
    expect(todo.getFirstPropertyValue('rrule')).toBeNull();
    expect(String(todo.getFirstPropertyValue('description'))).toContain('Thời hạn: Thường xuyên');
  });

  it('puts the lead body, support and document number in the text, the full task in DESCRIPTION', () => {
    const todo = byUid(todos, RECURRING.id);
    const description = String(todo.getFirstPropertyValue('description'));
    expect(description.startsWith(RECURRING.description)).toBe(true); // commas, semicolons, quotes survive escaping
    expect(description).toContain('Chủ trì: Bộ Tư pháp; Sở Thông tin và Truyền thông');
    expect(description).toContain('Phối hợp: Văn phòng Chính phủ');
    expect(description).toContain('16/QĐ-TCTCCTTHC');
    expect(description).toContain('(dòng 11)');
    expect(todo.getFirstProperty('categories')?.getValues()).toEqual(['Bộ Tư pháp', 'Sở Thông tin và Truyền thông']);
    expect(todo.getFirstPropertyValue('url')).toBe('https://example.gov.vn/van-ban/16-qd-tctcctthc');
  });

  it('cuts a long SUMMARY at a word boundary', () => {
    const summary = String(byUid(todos, RECURRING.id).getFirstPropertyValue('summary'));
    expect(summary.length).toBeLessThanOrEqual(120);
    expect(summary.endsWith('…')).toBe(true);
    expect(RECURRING.description).toContain(summary.slice(0, -1));
  });

  it('uses the given DTSTAMP, and by default one derived from the document (deterministic)', () => {
    expect((byUid(todos, NO_DUE.id).getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2024-05-01T08:30:00Z');
    const a = icsTodos(sampleDocument());
    expect(a).toBe(icsTodos(sampleDocument()));
    expect(a).toContain('DTSTAMP:20240207T000000Z');
  });

  it('keeps UIDs stable across runs, so re-importing updates instead of duplicating', () => {
    const again = parse(toIcs([sampleDocument()], { stamp: new Date() }));
    expect(again.map((t) => t.getFirstPropertyValue('uid'))).toEqual(todos.map((t) => t.getFirstPropertyValue('uid')));
  });

  it('folds lines at 75 octets without splitting a Vietnamese letter', () => {
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const folded = foldLine(`SUMMARY:${'Ủy ban nhân dân tỉnh '.repeat(10)}`);
    expect(folded.split('\r\n ').join('').trimEnd()).toBe(`SUMMARY:${'Ủy ban nhân dân tỉnh '.repeat(10)}`.trimEnd());
    expect(folded).not.toContain('\uFFFD');
  });

  it('drops an RRULE it cannot write validly but keeps the to-do', () => {
    const bad = { ...RECURRING, deadline: { ...(RECURRING.deadline as NonNullable<typeof RECURRING.deadline>), rrule: 'every quarter' } };
    const todo = parse(toIcs([sampleDocument([bad])]))[0] as ICAL.Component;
    expect(todo.getFirstPropertyValue('rrule')).toBeNull();
    expect((todo.getFirstPropertyValue('due') as ICAL.Time).toString()).toBe('2024-03-20');
  });

  it('cuts a date-time UNTIL to a date to match the DATE-valued DTSTART', () => {
    const t = { ...RECURRING, deadline: { ...(RECURRING.deadline as NonNullable<typeof RECURRING.deadline>), rrule: 'RRULE:FREQ=MONTHLY;INTERVAL=6;UNTIL=20251231T235959Z' } };
    expect(taskTodo(sampleDocument([t]), t)).toContain('RRULE:FREQ=MONTHLY;INTERVAL=6;UNTIL=20251231\r\n');
  });

  it('is an empty but valid calendar for documents without tasks', () => {
    expect(parse(toIcs([sampleDocument([])]))).toHaveLength(0);
  });
});
