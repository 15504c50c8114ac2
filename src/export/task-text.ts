/**
 * Plain-text pieces shared by the exporters: a task's title, the names of its bodies, and
 * the citation of the document it comes from. Pure functions of the contract types.
 */
import type { AnalyzedDocument, BodyRef, Task } from '../schema.js';
import { charsOrSpace, trimEndWhere } from '../text/trim.js';

/** Collapse runs of white space (including line breaks) to one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Shorten `text` to at most `max` characters, cutting at the last space before the limit
 * (when there is one in the last third) and ending with "…", so titles never stop mid-word.
 */
export function truncateAtWord(text: string, max: number): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  const room = max - 1; // keep one character for the ellipsis
  const cut = flat.lastIndexOf(' ', room);
  const end = cut >= Math.floor((room * 2) / 3) ? cut : room;
  return `${trimEndWhere(flat.slice(0, end), charsOrSpace(',;:.–-'))}…`;
}

/** Canonical names, in order, without duplicates. */
export function bodyNames(refs: readonly BodyRef[]): string[] {
  return [...new Set(refs.map((r) => r.name))];
}

/** `dd/mm/yyyy`, the way Vietnamese documents print dates. */
export function vietnameseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The document as a reader would cite it: "Quyết định 16/QĐ-TCTCCTTHC ngày 07/02/2024 của
 * Tổ công tác …". Parts that were not found are left out; null when nothing identifies it.
 */
export function documentCitation(doc: AnalyzedDocument): string | null {
  const parts: string[] = [];
  if (doc.kind) parts.push(doc.kind.name);
  if (doc.number) parts.push(doc.number.text);
  else if (doc.title) parts.push(truncateAtWord(doc.title, 120));
  if (doc.issued?.date) parts.push(`ngày ${vietnameseDate(doc.issued.date)}`);
  if (doc.issuer) parts.push(`của ${doc.issuer.name}`);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Where the task is: the file or URL and the line of the task in the normalized text. */
export function taskLocation(doc: AnalyzedDocument, task: Task): string {
  const where = doc.source.url ?? doc.source.path ?? `sha256:${doc.source.sha256.slice(0, 12)}`;
  return `${where} (dòng ${task.span.line})`;
}

/** A short title for a task: its description, cut at a word boundary. */
export function taskTitle(task: Task, max: number): string {
  const base = oneLine(task.description);
  return truncateAtWord(base.length > 0 ? base : (task.deliverable ?? task.id), max);
}
