/**
 * ICS export: one VTODO per task, for calendar and to-do apps.
 *
 * - UID is the task id, so importing a newer run updates the to-dos instead of adding copies.
 * - DUE;VALUE=DATE is the deadline's due date (an all-day to-do). A task with no due date
 *   (a continuous duty, "khi có yêu cầu", an unresolved phrase) is still exported, without
 *   DUE; its deadline text is in the DESCRIPTION, so nothing is lost from the list.
 * - DTSTART;VALUE=DATE is the start of a window ("trong tháng 3" → the 1st), or, for a
 *   recurring deadline, the first due date, which the RRULE repeats (RFC 5545 needs a
 *   DTSTART for an RRULE). Several listed due dates without a rule become RDATEs.
 * - SUMMARY is the task, cut at a word boundary; DESCRIPTION carries the whole task, the
 *   lead and supporting bodies, the deadline as printed, the deliverable, the document
 *   number and the source line. CATEGORIES are the lead bodies.
 */
import type { AnalyzedDocument, Task } from '../schema.js';
import { contentLine, escapeText, icalDate, icalUtcStamp, rruleForDates } from './ical-text.js';
import { bodyNames, documentCitation, oneLine, taskLocation, taskTitle } from './task-text.js';

export interface IcsOptions {
  /**
   * DTSTAMP of every VTODO (when the file was made). Default: the document's issue date
   * at midnight UTC (or 1970-01-01), which keeps the output a pure function of its input.
   */
  stamp?: Date;
}

/** Calendar apps show about one line of a title. */
const SUMMARY_MAX = 120;

/** The task's text for the DESCRIPTION property, one fact per line (Vietnamese labels). */
export function taskDescription(doc: AnalyzedDocument, task: Task): string {
  const lines = [oneLine(task.description), ''];
  const lead = bodyNames(task.lead);
  const support = bodyNames(task.support);
  if (lead.length > 0) lines.push(`Chủ trì: ${lead.join('; ')}`);
  if (support.length > 0) lines.push(`Phối hợp: ${support.join('; ')}`);
  if (task.deadline) lines.push(`Thời hạn: ${oneLine(task.deadline.text)}`);
  if (task.deliverable) lines.push(`Sản phẩm: ${oneLine(task.deliverable)}`);
  const cited = documentCitation(doc);
  if (cited) lines.push(`Văn bản: ${cited}${task.ordinal ? `, mục ${task.ordinal}` : ''}`);
  lines.push(`Nguồn: ${taskLocation(doc, task)}`);
  return lines.join('\n');
}

interface Schedule {
  start: string | null;
  due: string | null;
  rrule: string | null;
  rdates: string[];
}

/** DTSTART / DUE / RRULE / RDATE of a task, following the rules in the module comment. */
export function taskSchedule(doc: AnalyzedDocument, task: Task): Schedule {
  const d = task.deadline;
  if (!d) return { start: null, due: null, rrule: null, rdates: [] };
  const due = d.due ?? d.occurrences[0] ?? null;
  const rule = d.rrule ? rruleForDates(d.rrule) : null;
  if (rule) {
    const anchor = due ?? d.start ?? doc.issued?.date ?? null;
    if (anchor) return { start: anchor, due, rrule: rule, rdates: [] };
  }
  const start = d.start && due && d.start < due ? d.start : null;
  const rdates = due ? [...new Set(d.occurrences)].filter((o) => o > due).sort() : [];
  return { start: start ?? (rdates.length > 0 ? due : null), due, rrule: null, rdates };
}

function defaultStamp(doc: AnalyzedDocument): string {
  return doc.issued?.date ? `${icalDate(doc.issued.date)}T000000Z` : '19700101T000000Z';
}

/** One VTODO block (CRLF lines, folded). */
export function taskTodo(doc: AnalyzedDocument, task: Task, options: IcsOptions = {}): string {
  const s = taskSchedule(doc, task);
  let out = 'BEGIN:VTODO\r\n';
  out += contentLine('UID', escapeText(task.id));
  out += contentLine('DTSTAMP', options.stamp ? icalUtcStamp(options.stamp) : defaultStamp(doc));
  out += contentLine('SUMMARY', escapeText(taskTitle(task, SUMMARY_MAX)));
  out += contentLine('DESCRIPTION', escapeText(taskDescription(doc, task)));
  if (s.start) out += contentLine('DTSTART;VALUE=DATE', icalDate(s.start));
  if (s.due) out += contentLine('DUE;VALUE=DATE', icalDate(s.due));
  if (s.rrule) out += contentLine('RRULE', s.rrule);
  if (s.rdates.length > 0) out += contentLine('RDATE;VALUE=DATE', s.rdates.map(icalDate).join(','));
  const lead = bodyNames(task.lead);
  if (lead.length > 0) out += contentLine('CATEGORIES', lead.map(escapeText).join(','));
  if (doc.source.url && /^https?:\/\//iu.test(doc.source.url)) out += contentLine('URL', doc.source.url);
  out += 'STATUS:NEEDS-ACTION\r\n';
  out += 'END:VTODO\r\n';
  return out;
}

/** The VTODOs of one document's tasks; '' when it has none. */
export function icsTodos(doc: AnalyzedDocument, options: IcsOptions = {}): string {
  return doc.tasks.map((t) => taskTodo(doc, t, options)).join('');
}

export function icsHead(): string {
  return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//vanban//vanban//VI\r\nCALSCALE:GREGORIAN\r\n';
}

export function icsTail(): string {
  return 'END:VCALENDAR\r\n';
}

/** A whole iCalendar file with one VTODO per task of the given documents. */
export function toIcs(docs: Iterable<AnalyzedDocument>, options: IcsOptions = {}): string {
  let out = icsHead();
  for (const doc of docs) out += icsTodos(doc, options);
  return out + icsTail();
}
