/**
 * normalize(input) → NormalizedDocument: decode bytes, pick the reader (HTML, Markdown,
 * text), build one normalized text with an exact offset map and the table grids.
 */
import { createHash } from 'node:crypto';
import { splitLines, type NormalizedDocument, type Table } from '../document.js';
import { createReporter, type DiagnosticInput } from '../diagnostics.js';
import type { Diagnostic } from '../schema.js';
import { decodeBytes } from './decode.js';
import { detectFormat, type FormatOption } from './detect-format.js';
import { expandGrid, htmlToText } from './html.js';
import { TextBuilder } from './text-builder.js';
import { rebuildTextTables } from './text-tables.js';
import { repairLegacyText } from './legacy.js';
import { markdownToText } from './markdown.js';

export interface NormalizeOptions {
  format?: FormatOption;
  path?: string;
  url?: string;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) suspicious++;
  }
  return suspicious / n > 0.1;
}

export function normalize(input: string | Uint8Array, options: NormalizeOptions = {}): NormalizedDocument {
  const early: DiagnosticInput[] = [];
  let decoded: string;
  let encoding: string;
  let bytes: number;
  let sha: string;
  if (typeof input === 'string') {
    decoded = input;
    encoding = 'utf-16';
    const buf = Buffer.from(input, 'utf8');
    bytes = buf.length;
    sha = createHash('sha256').update(buf).digest('hex');
  } else {
    bytes = input.length;
    sha = createHash('sha256').update(input).digest('hex');
    if (looksBinary(input)) {
      early.push({ rule: 'binary', severity: 'error', message: 'the input looks like binary data (NUL or control bytes), not a text or HTML page' });
      decoded = '';
      encoding = 'binary';
    } else {
      const d = decodeBytes(input);
      decoded = d.text;
      encoding = d.encoding;
      early.push(...d.diagnostics);
    }
  }
  if (decoded.charCodeAt(0) === 0xfeff) decoded = decoded.slice(1);

  const legacy = repairLegacyText(decoded);
  if (legacy.encoding) {
    decoded = legacy.text;
    encoding = `${encoding}+${legacy.encoding}`;
    early.push({ rule: 'legacy-encoding', severity: 'warning', message: legacy.message });
  }

  const format = detectFormat(decoded, options.path, options.format ?? 'auto');
  let builder: TextBuilder;
  let pendingTables: { cells: Parameters<typeof expandGrid>[0]; range: Parameters<typeof expandGrid>[1] }[] = [];
  let tableSource: Table['source'] = 'html';
  if (format === 'html') {
    const r = htmlToText(decoded);
    builder = r.builder;
    pendingTables = r.tables;
    if (r.removedBoilerplate > 0) {
      early.push({ rule: 'boilerplate-removed', severity: 'info', message: `removed ${r.removedBoilerplate} navigation/boilerplate elements` });
    }
  } else if (format === 'markdown') {
    const r = markdownToText(decoded);
    builder = r.builder;
    pendingTables = r.tables;
    tableSource = 'markdown';
  } else {
    builder = new TextBuilder();
    builder.push(decoded, 0);
  }
  const { text, map } = builder.finish();
  const lines = splitLines(text);
  let tables: Table[] = pendingTables.map((t) => expandGrid(t.cells, t.range, tableSource, text));
  if (format === 'text') tables = rebuildTextTables(text, lines);

  const diagnostics: Diagnostic[] = [];
  const doc: NormalizedDocument = {
    text,
    lines,
    tables,
    source: {
      ...(options.path !== undefined ? { path: options.path } : {}),
      ...(options.url !== undefined ? { url: options.url } : {}),
      format,
      encoding,
      bytes,
      sha256: sha,
    },
    toSource: (range) => map.toSource(range),
    diagnostics,
  };
  const report = createReporter(doc, 'normalize', diagnostics);
  for (const d of early) report(d);
  if (text.trim().length === 0 && !early.some((d) => d.severity === 'error')) {
    report({ rule: 'empty', severity: 'error', message: 'the input has no visible text' });
  }
  return doc;
}
