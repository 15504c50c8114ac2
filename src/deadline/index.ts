/** parseDeadline — first wiring; the deadlines issue fills in the grammar. */
import type { Deadline, Span } from '../schema.js';

export interface ParseDeadlineOptions {
  /** YYYY-MM-DD: the year for phrases that state none, and the anchor of relative phrases. */
  reference?: string;
  /** Where the phrase stands in a document (defaults to 0..length, line 1). */
  span?: Span;
}

export function parseDeadline(text: string, options: ParseDeadlineOptions = {}): Deadline {
  return {
    text,
    kind: 'unresolved',
    start: null,
    due: null,
    rrule: null,
    occurrences: [],
    span: options.span ?? { start: 0, end: text.length, line: 1 },
  };
}
