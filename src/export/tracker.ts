/**
 * Tracker export: one record per task, shaped for an issue tracker's import API (GitHub,
 * GitLab, Jira, Linear, Redmine all take a title, a Markdown body, labels and a due date).
 * `externalId` is the task id: re-importing the same document finds and updates the issue
 * instead of creating a duplicate. The record shape is documented in docs/cli.md.
 */
import type { AnalyzedDocument, BodyRef, Task } from '../schema.js';
import { foldKey } from '../text/fold.js';
import { bodyNames, documentCitation, oneLine, taskLocation, taskTitle } from './task-text.js';

export interface TrackerRecord {
  externalId: string;
  /** ≤ 250 characters (Jira's summary limit is 255), cut at a word boundary. */
  title: string;
  /** Markdown: the whole task, who leads and supports, the deadline, the source citation. */
  body: string;
  /** One label per lead body: its registry id, or an ASCII slug of its name. */
  labels: string[];
  /** `YYYY-MM-DD` or null. */
  due: string | null;
  /** First day of the deadline window, when it has one. */
  start: string | null;
  /** RFC 5545 RRULE of a recurring deadline, or null. */
  recurrence: string | null;
  task: {
    ordinal: string | null;
    section: string | null;
    description: string;
    lead: string[];
    support: string[];
    deadline: string | null;
    deadlineKind: string | null;
    deliverable: string | null;
  };
  document: {
    number: string | null;
    kind: string | null;
    issued: string | null;
    issuer: string | null;
    title: string | null;
    path: string | null;
    url: string | null;
    sha256: string;
  };
  /** Where the task is in the document's normalized text. */
  citation: { start: number; end: number; line: number };
}

const TITLE_MAX = 250;

/** A label for a body: its registry id when known, else an ASCII kebab-case slug. */
export function bodyLabel(ref: BodyRef): string {
  if (ref.id) return ref.id;
  return foldKey(ref.name.normalize('NFC'))
    .split(/[^a-z0-9]+/u)
    .filter((w) => w.length > 0)
    .join('-');
}

function markdownBody(doc: AnalyzedDocument, task: Task): string {
  const out = [oneLine(task.description), ''];
  const lead = bodyNames(task.lead);
  const support = bodyNames(task.support);
  if (lead.length > 0) out.push(`- **Chủ trì:** ${lead.join('; ')}`);
  if (support.length > 0) out.push(`- **Phối hợp:** ${support.join('; ')}`);
  if (task.deadline) out.push(`- **Thời hạn:** ${oneLine(task.deadline.text)}${task.deadline.due ? ` (${task.deadline.due})` : ''}`);
  if (task.deliverable) out.push(`- **Sản phẩm:** ${oneLine(task.deliverable)}`);
  const cited = documentCitation(doc);
  out.push('');
  out.push(`Nguồn: ${cited ? `${cited}${task.ordinal ? `, mục ${task.ordinal}` : ''} — ` : ''}${taskLocation(doc, task)}`);
  return out.join('\n');
}

/** One record for one task. */
export function trackerRecord(doc: AnalyzedDocument, task: Task): TrackerRecord {
  const labels = [...new Set(task.lead.map(bodyLabel).filter((l) => l.length > 0))];
  return {
    externalId: task.id,
    title: taskTitle(task, TITLE_MAX),
    body: markdownBody(doc, task),
    labels,
    due: task.deadline?.due ?? null,
    start: task.deadline?.start ?? null,
    recurrence: task.deadline?.rrule ?? null,
    task: {
      ordinal: task.ordinal,
      section: task.section,
      description: task.description,
      lead: bodyNames(task.lead),
      support: bodyNames(task.support),
      deadline: task.deadline?.text ?? null,
      deadlineKind: task.deadline?.kind ?? null,
      deliverable: task.deliverable,
    },
    document: {
      number: doc.number?.text ?? null,
      kind: doc.kind?.code ?? null,
      issued: doc.issued?.date ?? null,
      issuer: doc.issuer?.name ?? null,
      title: doc.title,
      path: doc.source.path ?? null,
      url: doc.source.url ?? null,
      sha256: doc.source.sha256,
    },
    citation: { start: task.span.start, end: task.span.end, line: task.span.line },
  };
}

/** The records of one document's tasks, in task order. */
export function toTrackerRecords(doc: AnalyzedDocument): TrackerRecord[] {
  return doc.tasks.map((t) => trackerRecord(doc, t));
}
