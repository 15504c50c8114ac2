/**
 * A task's description: the action as printed, without the deadline phrase that was split off
 * (and the "hoàn thành" that introduced it), white space collapsed, closing punctuation dropped.
 */
import type { TextRange } from '../../document.js';
import { lowerKeep, taskData } from './data.js';
import { charsOrSpace, trimEndWhere, trimStartWhere } from '../../text/trim.js';
import { collapse } from './words.js';

const closing = charsOrSpace('.;:,/');
const commaOrSpace = charsOrSpace(',');
const leading = charsOrSpace(',;:–—-');


let connectors: readonly string[] | undefined;

/** The deadline connectors, longest first (sorted once). */
function connectorsLongestFirst(): readonly string[] {
  connectors ??= [...taskData().verbs.deadlineConnectors.phrases].sort((a, b) => b.length - a.length);
  return connectors;
}

/** Drop a connector word ("hoàn thành", "xong", "chậm nhất") that ends `s`. */
function dropConnector(s: string): string {
  const lower = lowerKeep(s);
  for (const c of connectorsLongestFirst()) {
    if (lower.endsWith(c) && (lower.length === c.length || /[\s,]/u.test(lower[lower.length - c.length - 1] as string))) {
      return s.slice(0, s.length - c.length);
    }
  }
  return s;
}

export function describe(text: string, action: TextRange, deadline: TextRange | null): string {
  if (!deadline || deadline.start < action.start || deadline.end > action.end) {
    return trimEndWhere(collapse(text.slice(action.start, action.end)), closing);
  }
  let before = trimEndWhere(text.slice(action.start, deadline.start), commaOrSpace);
  before = trimEndWhere(dropConnector(before), commaOrSpace);
  const after = text.slice(deadline.end, action.end).trimStart();
  const joined = after && before ? (after.startsWith(',') ? `${before}${after}` : `${before} ${after}`) : before || trimStartWhere(after, leading);
  return trimEndWhere(collapse(joined), closing);
}
