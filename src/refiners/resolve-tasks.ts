/**
 * Task candidates → contract tasks: bodies resolved against the registry, deadline phrases
 * parsed with the issue date as reference, stable ids.
 */
import { hash } from 'node:crypto';
import { spanOf } from '../document.js';
import { defineRefiner, type TextPiece } from '../extractors/types.js';
import type { BodyRef, Task } from '../schema.js';
import { parseDeadlineDetailed, type DeadlineDetails } from '../deadline/index.js';
import { parseIso } from '../deadline/calendar.js';
import { resolveBodyPieces, type BodyContext } from '../bodies/index.js';
import { foldKey } from '../text/fold.js';
import { lettersAndDigits } from '../text/char-class.js';

/** Whitespace- and markup-insensitive key of one part of a task (its description, ordinal, …), for its id. */
function partKey(part: string | null): string {
  return lettersAndDigits(foldKey(part ?? ''));
}

/** The first 16 hex digits of the SHA-256 of `s` (one call: no Hash object per task). */
function shortHash(s: string): string {
  return hash('sha256', s, 'hex').slice(0, 16);
}

export const resolveTasks = defineRefiner({
  id: 'resolve-tasks',
  refine(draft, ctx) {
    const reference = draft.issued?.date ?? ctx.options.reference ?? null;
    const bodyCtx: BodyContext = { date: draft.issued?.date ?? ctx.options.reference ?? null, issuer: draft.issuer };
    // Without a number, the document is known by its tasks' text (not by its bytes, which change
    // with whitespace and markup when a page is scraped again).
    // Each description is keyed once: for the document key and for its task's id.
    const descriptionKeys = draft.taskCandidates.map((c) => partKey(c.description));
    const docKey = draft.number?.text ?? `tasks:${shortHash(descriptionKeys.join('/'))}`;
    const seen = new Map<string, number>();
    // parseDeadline throws on a reference that is not a calendar date; such a date is dropped.
    const ref = reference !== null && parseIso(reference) !== null ? reference : undefined;
    // Tasks of one document often share a deadline phrase ("Thường xuyên", "Quý IV/2024"): each
    // phrase is read once; only its span differs from task to task.
    const readPhrases = new Map<string, DeadlineDetails>();
    const readDeadline = (piece: TextPiece): DeadlineDetails => {
      const span = spanOf(ctx.doc, piece.range);
      const known = readPhrases.get(piece.text);
      if (!known) {
        const details = parseDeadlineDetailed(piece.text, { reference: ref, span });
        readPhrases.set(piece.text, details);
        return details;
      }
      return { ...known, deadline: { ...known.deadline, occurrences: [...known.deadline.occurrences], span } };
    };
    const tasks: Task[] = draft.taskCandidates.map((c, i) => {
      const refs = (pieces: readonly TextPiece[]): BodyRef[] => resolveBodyPieces(ctx.doc, pieces, bodyCtx);
      const detailed = c.deadline ? readDeadline(c.deadline) : null;
      const deadline = detailed?.deadline ?? null;
      if (deadline?.kind === 'unresolved') {
        ctx.report({ rule: 'deadline-unresolved', severity: 'warning', message: detailed?.diagnostics[0]?.message ?? `could not resolve the deadline "${c.deadline?.text}"`, range: c.deadline?.range });
      } else if (detailed && detailed.notes.length > 0) {
        // Facts the Deadline type has no field for: working days, ad hoc besides a rule, ….
        ctx.report({ rule: 'deadline-notes', severity: 'info', message: `deadline "${c.deadline?.text}": ${detailed.notes.join(', ')}`, range: c.deadline?.range });
      }
      const base = `${docKey}#${partKey(c.ordinal)}|${partKey(c.section)}|${descriptionKeys[i] as string}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const id = `t-${shortHash(`${base}#${n}`)}`;
      return {
        id,
        ordinal: c.ordinal,
        section: c.section,
        description: c.description,
        lead: refs(c.lead),
        support: refs(c.support),
        deadline,
        deliverable: c.deliverable,
        source: c.source,
        span: spanOf(ctx.doc, c.range),
      };
    });
    return { ...draft, tasks };
  },
});
