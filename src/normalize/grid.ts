/**
 * Table cells as read (with rowspan/colspan) → a rectangular grid where every row has
 * `width` cells and the copies that fill a span are marked `origin: false`. Hostile
 * spans are clamped (as browsers clamp them) and the grid is capped in size, with a
 * `normalize:table-clamped` diagnostic, so no table can blow up memory or time.
 */
import type { Table, TableCell, TextRange } from '../document.js';
import type { DiagnosticInput } from '../diagnostics.js';

export interface PendingCell {
  /** The cell text; empty to take it from the normalized text at `range`. */
  text: string;
  range: TextRange;
  rowSpan: number;
  colSpan: number;
}

export interface PendingTable {
  cells: PendingCell[][];
  range: TextRange;
}

/** Widest grid kept; real documents stay far below (annex tables reach ~20 columns). */
export const MAX_COLUMNS = 200;
/** Largest colspan and rowspan honoured (the HTML limits); the grid caps below apply too. */
export const MAX_COLSPAN = 1000;
export const MAX_ROWSPAN = 65534;
/** Most grid cells (rows × width) kept per table. */
export const MAX_GRID_CELLS = 250_000;

/** A span attribute as a positive integer no larger than `max` (junk → 1). */
export function clampSpan(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, max);
}

export function expandGrid(
  table: PendingTable,
  source: Table['source'],
  text: string,
  diagnostics: DiagnosticInput[] = [],
): Table {
  const parsed = table.cells;
  const grid: (TableCell | undefined)[][] = [];
  let width = 0;
  let clamped = false;
  let budget = MAX_GRID_CELLS;
  let lastRow = parsed.length;
  for (let r = 0; r < parsed.length; r++) {
    const row = (grid[r] ??= []);
    let col = 0;
    for (const cell of parsed[r] as PendingCell[]) {
      while (row[col]) col++;
      if (col >= MAX_COLUMNS) {
        clamped = true;
        break;
      }
      const colSpan = Math.min(cell.colSpan, MAX_COLUMNS - col);
      let rowSpan = Math.min(cell.rowSpan, parsed.length - r);
      if (colSpan !== cell.colSpan) clamped = true;
      if (rowSpan * colSpan > budget) {
        rowSpan = Math.max(1, Math.floor(budget / colSpan));
        clamped = true;
      }
      const cellText = cell.text || text.slice(cell.range.start, cell.range.end);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) {
          target[col + dc] = {
            text: cellText,
            range: cell.range,
            row: r,
            col,
            rowSpan,
            colSpan,
            origin: dr === 0 && dc === 0,
          };
        }
      }
      budget -= rowSpan * colSpan;
      col += colSpan;
      if (col > width) width = col;
    }
    if (budget <= 0 || (r + 1) * width > MAX_GRID_CELLS) {
      lastRow = r + 1;
      clamped = r + 1 < parsed.length || clamped;
      break;
    }
  }
  const rows: TableCell[][] = [];
  const empty = { start: table.range.start, end: table.range.start };
  for (let r = 0; r < lastRow; r++) {
    const row = grid[r] ?? [];
    const out: TableCell[] = [];
    for (let c = 0; c < width; c++) {
      out.push(row[c] ?? { text: '', range: empty, row: r, col: c, rowSpan: 1, colSpan: 1, origin: false });
    }
    rows.push(out);
  }
  if (clamped) {
    diagnostics.push({
      rule: 'table-clamped',
      severity: 'warning',
      message: `a table was too large or had absurd rowspan/colspan values; it was cut to ${rows.length} rows × ${width} columns`,
      range: table.range,
    });
  }
  return { range: table.range, rows, width, source };
}
