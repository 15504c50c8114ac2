/**
 * Column meanings of a task table, read from its header cells (src/data/task-columns.json).
 *
 * A header cell is normalised (lower case, a leading column number "(1)" / "(3A)" and a trailing
 * parenthesis dropped, non-letters to one space) and matched against the header variants: equal,
 * or the variant followed only by qualifier words ("Thời gian thực hiện dự kiến"). Headers that
 * span two rows are read child first ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp"), then
 * parent + child, then parent.
 */
import type { Table, TableCell } from '../../document.js';
import type { TaskColumnRole } from '../../data/schema.js';
import { labelKey, labelKeyMemo, taskData } from './data.js';
import { collapse } from './words.js';

export type ColumnRole = TaskColumnRole | 'other' | 'disqualifying';

export interface ColumnMap {
  /** Role of each column (index = column). */
  readonly roles: readonly ColumnRole[];
  /** Rows [first, last] that form the header. */
  readonly headerRows: readonly [number, number];
  /** Normalised header text per column, to recognise a repeated header further down. */
  readonly keys: readonly string[];
}

function strip(text: string): string {
  let t = text.trim();
  // "(1) Tên thủ tục hành chính", "(3A) Trung tâm …": a column number first.
  t = t.replace(/^\(\s*[\p{N}\p{L}]{1,3}\s*\)\s*/u, '');
  // "Thời gian hoàn thành (dự kiến)", "Cơ quan chủ trì (*)": a trailing remark.
  const open = t.indexOf('(');
  if (open > 0) t = t.slice(0, open);
  return labelKey(t);
}

/** The role a header text means, or null. */
export function headerRole(text: string): ColumnRole | null {
  const data = taskData();
  const key = strip(text);
  if (!key || key.length > 80) return null;
  for (const d of data.disqualifyingHeaders) {
    if (key === d || startsWord(key, d)) return 'disqualifying';
  }
  for (const v of data.headerVariants) {
    if (key === v.key) return v.role;
    if (startsWord(key, v.key) && onlyQualifiers(key.slice(v.key.length + 1), data.headerQualifiers)) return v.role;
  }
  return null;
}

/** `key.startsWith(`${word} `)`, without building the string for each header variant. */
function startsWord(key: string, word: string): boolean {
  return key.length > word.length && key.charCodeAt(word.length) === 0x20 && key.startsWith(word);
}

function onlyQualifiers(rest: string, qualifiers: readonly string[]): boolean {
  let r = rest.trim();
  while (r.length > 0) {
    const q = qualifiers.find((w) => r === w || r.startsWith(`${w} `));
    if (!q) return false;
    r = r.slice(q.length).trim();
  }
  return true;
}

/**
 * Header readings of one document, by text: every row of a table is tried as a repeated
 * header, and a long table repeats the same cell texts row after row.
 */
export interface HeaderMemo {
  readonly role: (text: string) => ColumnRole | null;
  readonly key: (text: string) => string;
}

export function headerMemo(): HeaderMemo {
  const roles = new Map<string, ColumnRole | null>();
  return {
    role(text) {
      let role = roles.get(text);
      if (role === undefined) {
        role = headerRole(text);
        roles.set(text, role);
      }
      return role;
    },
    key: labelKeyMemo(),
  };
}

function cellText(cell: TableCell | undefined): string {
  return collapse(cell?.text ?? '');
}

/** Try row `r` (and the row under it when the header spans two rows) as the header of `table`. */
export function readHeader(table: Table, r: number, memo: HeaderMemo = headerMemo()): ColumnMap | null {
  const row = table.rows[r];
  if (!row) return null;
  // A header spans two rows when a header cell has rowspan ≥ 2 or colspan ≥ 2 with children under it.
  const spansDown = row.some((c) => c.origin && c.rowSpan >= 2);
  const spansAcross = row.some((c) => c.origin && c.colSpan >= 2 && c.colSpan < table.width);
  const twoRows = (spansDown || spansAcross) && r + 1 < table.rows.length;
  const below = twoRows ? table.rows[r + 1] : undefined;
  const roles: ColumnRole[] = [];
  const texts: string[] = [];
  for (let c = 0; c < table.width; c++) {
    const top = row[c];
    const child = below?.[c];
    const topText = cellText(top);
    const childText = child && !(child.row === top?.row && child.col === top?.col) ? cellText(child) : '';
    if (topText.length > 120 || childText.length > 120) return null;
    let role: ColumnRole | null = null;
    if (childText) role = memo.role(childText) ?? memo.role(`${topText} ${childText}`);
    role ??= memo.role(topText);
    roles.push(role ?? 'other');
    texts.push(`${topText} ${childText}`);
  }
  if (!roles.includes('task')) return null;
  const known = roles.filter((x) => x !== 'other').length;
  if (known < 2) return null;
  // Keyed only now: most rows tried (every row of a table, as a repeated header) are not headers.
  const keys = texts.map(memo.key);
  return { roles, headerRows: [r, twoRows ? r + 1 : r], keys };
}

/**
 * Whether a header makes the table a task table: it needs a task/content column and a lead or a
 * deadline column, and no column that marks a schedule, a procedure or a price/land table.
 */
export function isTaskHeader(map: ColumnMap): boolean {
  if (map.roles.includes('disqualifying')) return false;
  return map.roles.includes('task') && (map.roles.includes('lead') || map.roles.includes('deadline'));
}

/** Find the header in the first rows of a table. */
export function findHeader(table: Table, maxRow = 4, memo: HeaderMemo = headerMemo()): ColumnMap | null {
  for (let r = 0; r < Math.min(maxRow, table.rows.length); r++) {
    const m = readHeader(table, r, memo);
    if (m) return m;
  }
  return null;
}
