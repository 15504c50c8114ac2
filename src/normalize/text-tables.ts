/**
 * Plain-text pages often carry a table flattened to one cell per paragraph
 * (a header row "Stt / Nhiệm vụ / Chủ trì …" and then rows starting with "1."). This
 * rebuilds the grid. (First version: only the flattened form; see the normalize issue.)
 */
import type { Line, Table } from '../document.js';

export function rebuildTextTables(_text: string, _lines: readonly Line[]): Table[] {
  return [];
}
