/**
 * Tasks from task tables (HTML, Markdown and flattened plain-text grids alike).
 *
 * A table is a task table when its header (one row, or two when header cells are merged) has a
 * task/content column and a lead or a deadline column, and no column that marks a schedule, a
 * procedure, a price or a land table (see columns.ts). A table with no header right after a task
 * table of the same width continues it (an annex split across pages). Each row under the header
 * is read by column meaning:
 *
 * - a row that repeats the header, or numbers the columns "(1) (2) (3)", is skipped;
 * - a group row — one cell across the table ("I. Nhóm nhiệm vụ …"), or a Roman/capital ordinal
 *   ("I", "A") — sets `section` for the rows under it; it is also a task when it has a lead or
 *   a deadline of its own;
 * - a row whose ordinal heads the next rows ("2" above "2.1", "2.2") and that has no lead,
 *   deadline or product is a sub-heading;
 * - a row whose task cell is the copy of a merged cell continues the task above it.
 */
import type { NormalizedDocument, Table, TableCell, TextRange } from '../../document.js';
import { trimRange } from '../../document.js';
import type { TaskCandidate, TextPiece } from '../types.js';
import type { Report } from '../../diagnostics.js';
import { findHeader, headerMemo, isTaskHeader, readHeader, type ColumnMap, type ColumnRole, type HeaderMemo } from './columns.js';
import { cleanOrdinal } from './markers.js';
import { collapse } from './words.js';
import type { Heading } from './walk.js';

export interface TableResult {
  readonly tasks: TaskCandidate[];
  /** Tables that were read as task tables (their lines are not read again as prose). */
  readonly taskTables: Table[];
}

const COLUMN_NUMBER = /^[([]?\s{0,2}\d{1,2}[a-z]?\s{0,2}[)\]]?(?:\s{0,2}=.{0,20})?$/u;
const ROMAN_OR_LETTER = /^(?:[IVXLC]{1,7}|[A-ZĐ])$/u;

function text(cell: TableCell | undefined): string {
  return collapse(cell?.text ?? '');
}

function col(map: ColumnMap, role: ColumnRole): number {
  return map.roles.indexOf(role);
}

function cellPiece(doc: NormalizedDocument, cell: TableCell | undefined): TextPiece | null {
  if (!cell || !cell.text.trim()) return null;
  const r = trimRange(doc.text, cell.range);
  if (r.end <= r.start) return null;
  return { text: doc.text.slice(r.start, r.end), range: r };
}

function isColumnNumberRow(row: readonly TableCell[]): boolean {
  const filled = row.filter((c) => c.text.trim());
  return filled.length >= 2 && filled.every((c) => COLUMN_NUMBER.test(c.text.trim()));
}

/** A row whose cells all come from one merged cell across (nearly) the whole table. */
function spanningText(row: readonly TableCell[], width: number): string | null {
  const origins = new Set(row.filter((c) => c.text.trim()).map((c) => `${c.row}:${c.col}`));
  if (origins.size !== 1) return null;
  const cell = row.find((c) => c.text.trim()) as TableCell;
  return cell.colSpan >= Math.max(2, width - 1) ? text(cell) : null;
}

function rowRange(row: readonly TableCell[], r: number, fallback: TextRange): TextRange {
  let start = Infinity;
  let end = -Infinity;
  for (const c of row) {
    if (c.row !== r || !c.text.trim()) continue;
    start = Math.min(start, c.range.start);
    end = Math.max(end, c.range.end);
  }
  return Number.isFinite(start) ? { start, end } : fallback;
}

function headingBefore(headings: readonly Heading[], offset: number): string | null {
  let found: string | null = null;
  for (const h of headings) {
    if (h.offset >= offset) break;
    found = h.text;
  }
  return found;
}

function readRows(doc: NormalizedDocument, table: Table, map: ColumnMap, firstRow: number, defaultSection: string | null, out: TaskCandidate[], memo: HeaderMemo): void {
  const oc = col(map, 'ordinal');
  const taskCols = map.roles.map((r, i) => (r === 'task' ? i : -1)).filter((i) => i >= 0);
  const lc = col(map, 'lead');
  const sc = col(map, 'support');
  const dc = col(map, 'deadline') >= 0 ? col(map, 'deadline') : col(map, 'start');
  const pc = col(map, 'deliverable');
  let groupSection: string | null = null;
  let subSection: { prefix: string; text: string } | null = null;
  let previous: { task: TaskCandidate; taskCell: TableCell } | null = null;

  for (let r = firstRow; r < table.rows.length; r++) {
    const row = table.rows[r] as readonly TableCell[];
    if (isColumnNumberRow(row)) continue;
    const repeated = readHeader(table, r, memo);
    if (repeated && isTaskHeader(repeated)) {
      r = repeated.headerRows[1];
      continue;
    }
    const across = spanningText(row, table.width);
    if (across !== null) {
      groupSection = across;
      subSection = null;
      previous = null;
      continue;
    }
    const ordinal = oc >= 0 ? cleanOrdinal(text(row[oc])) : null;
    const taskCell = taskCols.map((c) => row[c]).find((c) => c && c.text.trim());
    const taskText = taskCols.map((c) => text(row[c])).filter(Boolean).filter((t, i, a) => a.indexOf(t) === i).join(': ');
    const lead = lc >= 0 ? cellPiece(doc, row[lc]) : null;
    const support = sc >= 0 ? cellPiece(doc, row[sc]) : null;
    const deadline = dc >= 0 ? cellPiece(doc, row[dc]) : null;
    const deliverable = pc >= 0 ? text(row[pc]) || null : null;
    if (!taskText || !taskCell) continue;

    // A merged task cell over several rows: the rows under the first add to the same task.
    if (!taskCell.origin && previous && previous.taskCell.range.start === taskCell.range.start) {
      const t = previous.task;
      const add = (xs: readonly TextPiece[], x: TextPiece | null): readonly TextPiece[] => (x && !xs.some((y) => y.range.start === x.range.start) ? [...xs, x] : xs);
      const merged: TaskCandidate = {
        ...t,
        lead: add(t.lead, lead),
        support: add(t.support, support),
        deadline: t.deadline ?? deadline,
        deliverable: t.deliverable ?? deliverable,
        range: { start: t.range.start, end: Math.max(t.range.end, rowRange(row, r, t.range).end) },
      };
      out[out.indexOf(t)] = merged;
      previous = { task: merged, taskCell };
      continue;
    }

    const label = ordinal ? `${ordinal}. ${taskText}` : taskText;
    const bare = !lead && !support && !deadline && !deliverable;
    if (ordinal && ROMAN_OR_LETTER.test(ordinal)) {
      groupSection = label;
      subSection = null;
      if (bare) {
        previous = null;
        continue;
      }
    } else if (ordinal && bare) {
      const next = nextOrdinal(table, r, oc);
      if (next && next.startsWith(`${ordinal}.`)) {
        subSection = { prefix: `${ordinal}.`, text: label };
        previous = null;
        continue;
      }
    }
    if (subSection && !(ordinal ?? '').startsWith(subSection.prefix)) subSection = null;
    const isGroupTask = ordinal !== null && ROMAN_OR_LETTER.test(ordinal);
    const task: TaskCandidate = {
      ordinal,
      section: isGroupTask ? defaultSection : (subSection?.text ?? groupSection ?? defaultSection),
      description: taskText,
      lead: lead ? [lead] : [],
      support: support ? [support] : [],
      deadline,
      deliverable,
      source: 'table',
      range: rowRange(row, r, taskCell.range),
    };
    out.push(task);
    previous = { task, taskCell };
  }
}

function nextOrdinal(table: Table, r: number, oc: number): string | null {
  for (let k = r + 1; k < Math.min(table.rows.length, r + 4); k++) {
    const o = cleanOrdinal(text(table.rows[k]?.[oc]));
    if (o) return o;
  }
  return null;
}

export function tableTasks(doc: NormalizedDocument, headings: readonly Heading[], report: Report): TableResult {
  const tasks: TaskCandidate[] = [];
  const taskTables: Table[] = [];
  let last: { map: ColumnMap; index: number; width: number; section: string | null } | null = null;
  const memo = headerMemo();
  doc.tables.forEach((table, index) => {
    const map = findHeader(table, 4, memo);
    if (map) {
      if (!isTaskHeader(map)) {
        report({
          rule: 'table-not-task',
          severity: 'info',
          message: `a table with a content column is not a task table (columns: ${map.roles.join(', ')})`,
          range: table.range,
        });
        last = null;
        return;
      }
      const section = headingBefore(headings, table.range.start);
      readRows(doc, table, map, map.headerRows[1] + 1, section, tasks, memo);
      taskTables.push(table);
      last = { map, index, width: table.width, section };
      return;
    }
    // A table without a header right after a task table of the same width continues it.
    const prev = last as { map: ColumnMap; index: number; width: number; section: string | null } | null;
    if (prev && prev.index === index - 1 && prev.width === table.width) {
      readRows(doc, table, prev.map, 0, prev.section, tasks, memo);
      taskTables.push(table);
      last = { ...prev, index };
      return;
    }
    last = null;
  });
  return { tasks, taskTables };
}
