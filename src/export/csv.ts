/**
 * CSV export: one row per task, UTF-8 with a byte-order mark (Excel reads the file as
 * Windows-1252 without it and mangles Vietnamese), CRLF line ends and RFC 4180 quoting.
 * Header names follow the field names Jira's CSV importer maps automatically (Summary,
 * Description, Due date, Labels), so the file imports into Jira, Trello (via a CSV
 * Power-Up) and Google Sheets without editing.
 */
import { stringify } from 'csv-stringify/sync';
import type { AnalyzedDocument, Task } from '../schema.js';
import { bodyNames, oneLine, taskTitle } from './task-text.js';

export const CSV_BOM = '\uFEFF';

/** Jira rejects summaries longer than 255 characters. */
const SUMMARY_MAX = 250;

/** The columns, in order. */
export const CSV_HEADER = [
  'Document number',
  'Issued',
  'Issuer',
  'Ordinal',
  'Summary',
  'Description',
  'Lead',
  'Support',
  'Deadline',
  'Due date',
  'Deadline kind',
  'Deliverable',
  'Task ID',
  'Source',
] as const;

/**
 * A cell that starts with = + - @ (or a tab / carriage return) is run as a formula by
 * Excel and Google Sheets; an apostrophe in front makes it text (OWASP "CSV injection").
 */
function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
}

/** The cells of one task, in CSV_HEADER order, before quoting. */
export function taskCells(doc: AnalyzedDocument, task: Task): string[] {
  const cells = [
    doc.number?.text ?? '',
    doc.issued?.date ?? '',
    doc.issuer?.name ?? '',
    task.ordinal ?? '',
    taskTitle(task, SUMMARY_MAX),
    oneLine(task.description),
    bodyNames(task.lead).join('; '),
    bodyNames(task.support).join('; '),
    task.deadline ? oneLine(task.deadline.text) : '',
    task.deadline?.due ?? '',
    task.deadline?.kind ?? '',
    task.deliverable ? oneLine(task.deliverable) : '',
    task.id,
    doc.source.url ?? doc.source.path ?? '',
  ];
  return cells.map(neutralizeFormula);
}

const OPTIONS = { record_delimiter: 'windows', quoted_string: false } as const;

/** The header line (with the BOM): what a CSV file starts with. */
export function csvHead(): string {
  return CSV_BOM + stringify([[...CSV_HEADER]], OPTIONS);
}

/** The rows of one document's tasks (no header); '' when it has no task. */
export function csvRows(doc: AnalyzedDocument): string {
  if (doc.tasks.length === 0) return '';
  return stringify(
    doc.tasks.map((t) => taskCells(doc, t)),
    OPTIONS,
  );
}

/** A whole CSV file for some documents: BOM, header, one row per task. */
export function toCsv(docs: Iterable<AnalyzedDocument>): string {
  let out = csvHead();
  for (const doc of docs) out += csvRows(doc);
  return out;
}
