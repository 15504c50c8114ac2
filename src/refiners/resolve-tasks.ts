/**
 * Task candidates → contract tasks: bodies resolved against the registry, deadline phrases
 * parsed with the issue date as reference, stable ids.
 */
import { hash } from 'node:crypto';
import { spanOf, type NormalizedDocument } from '../document.js';
import { defineRefiner, type TaskCandidate, type TextPiece } from '../extractors/types.js';
import type { Deadline, Task } from '../schema.js';
import { parseDeadlineDetailed, type DeadlineDetails } from '../deadline/index.js';
import { parseIso } from '../deadline/calendar.js';
import { resolveBodyPieces, type BodyContext } from '../bodies/index.js';
import type { Report } from '../diagnostics.js';
import { partKey } from './part-key.js';

/** The first 16 hex digits of the SHA-256 of `s` (one call: no Hash object per task). */
function shortHash(s: string): string {
  return hash('sha256', s, 'hex').slice(0, 16);
}

/**
 * Stable ids: the document's key, the task's ordinal, section and description (each by its
 * partKey), and how many tasks before it had all of these alike.
 */
class TaskIds {
  private readonly seen = new Map<string, number>();
  /** partKey of ordinals and sections, which repeat from task to task. */
  private readonly keys = new Map<string, string>();

  constructor(private readonly docKey: string) {}

  private keyOf(part: string | null): string {
    if (part === null) return '';
    let key = this.keys.get(part);
    if (key === undefined) {
      key = partKey(part);
      this.keys.set(part, key);
    }
    return key;
  }

  next(c: TaskCandidate, descriptionKey: string): string {
    const base = `${this.docKey}#${this.keyOf(c.ordinal)}|${this.keyOf(c.section)}|${descriptionKey}`;
    const n = this.seen.get(base) ?? 0;
    this.seen.set(base, n + 1);
    return `t-${shortHash(`${base}#${n}`)}`;
  }
}

/**
 * Deadline phrases read against one reference date. Tasks of one document often share a
 * phrase ("Thường xuyên", "Quý IV/2024"): each phrase is read once; only its span differs
 * from task to task.
 */
class Deadlines {
  private readonly read = new Map<string, DeadlineDetails>();

  constructor(
    private readonly doc: NormalizedDocument,
    private readonly reference: string | undefined,
    private readonly report: Report,
  ) {}

  /** The piece's deadline; an unresolved phrase or one with notes is reported at the piece. */
  of(piece: TextPiece): Deadline {
    const span = spanOf(this.doc, piece.range);
    let details = this.read.get(piece.text);
    let deadline: Deadline;
    if (details === undefined) {
      details = parseDeadlineDetailed(piece.text, { reference: this.reference, span });
      this.read.set(piece.text, details);
      deadline = details.deadline;
    } else {
      deadline = { ...details.deadline, occurrences: [...details.deadline.occurrences], span };
    }
    if (deadline.kind === 'unresolved') {
      this.report({ rule: 'deadline-unresolved', severity: 'warning', message: details.diagnostics[0]?.message ?? `could not resolve the deadline "${piece.text}"`, range: piece.range });
    } else if (details.notes.length > 0) {
      // Facts the Deadline type has no field for: working days, ad hoc besides a rule, ….
      this.report({ rule: 'deadline-notes', severity: 'info', message: `deadline "${piece.text}": ${details.notes.join(', ')}`, range: piece.range });
    }
    return deadline;
  }
}

export const resolveTasks = defineRefiner({
  id: 'resolve-tasks',
  refine(draft, ctx) {
    const candidates = draft.taskCandidates;
    if (candidates.length === 0) return { ...draft, tasks: [] };
    const { doc } = ctx;
    const reference = draft.issued?.date ?? ctx.options.reference ?? null;
    const bodyCtx: BodyContext = { date: reference, issuer: draft.issuer };
    // Without a number, the document is known by its tasks' text (not by its bytes, which change
    // with whitespace and markup when a page is scraped again).
    // Each description is keyed once: for the document key and for its task's id.
    const descriptionKeys = candidates.map((c) => partKey(c.description));
    const ids = new TaskIds(draft.number?.text ?? `tasks:${shortHash(descriptionKeys.join('/'))}`);
    // parseDeadline throws on a reference that is not a calendar date; such a date is dropped.
    const deadlines = new Deadlines(doc, reference !== null && parseIso(reference) !== null ? reference : undefined, ctx.report);
    const tasks: Task[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i] as TaskCandidate;
      const deadline = c.deadline ? deadlines.of(c.deadline) : null;
      tasks.push({
        id: ids.next(c, descriptionKeys[i] as string),
        ordinal: c.ordinal,
        section: c.section,
        description: c.description,
        lead: resolveBodyPieces(doc, c.lead, bodyCtx),
        support: resolveBodyPieces(doc, c.support, bodyCtx),
        deadline,
        deliverable: c.deliverable,
        source: c.source,
        span: spanOf(doc, c.range),
      });
    }
    return { ...draft, tasks };
  },
});
