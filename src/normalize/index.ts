/**
 * normalize(input) → NormalizedDocument: decode bytes, repair legacy encodings, pick the
 * reader (HTML, Markdown, text), build one normalized text with an exact offset map and
 * the table grids (real tables, and tables flattened into paragraphs or drawn with pipes).
 *
 * Diagnostics (all `normalize:*`):
 * - `binary` (error): the input is a binary file (PNG, PDF, zip …), not a page;
 * - `empty` (error): no visible text;
 * - `truncated-utf8` (warning), `invalid-utf8` (warning), `not-utf8` (info),
 *   `charset-mismatch` (info), `unknown-charset` (info), `utf16-without-bom` (info):
 *   from decoding (decode.ts);
 * - `legacy-encoding` (warning): TCVN3 or VNI text converted to Unicode (legacy.ts);
 * - `mojibake-repaired` (warning): UTF-8 read as windows-1252 repaired;
 * - `boilerplate-removed` (info), `boilerplate-kept` (info): site chrome dropped, or kept
 *   because the filter would have emptied the page (html.ts);
 * - `markdown-too-complex` (warning), `markdown-unparsed` (warning): Markdown read as
 *   plain text (markdown.ts);
 * - `table-clamped` (warning): a table too large or with absurd spans was cut down;
 * - `text-table` (info): a table was rebuilt from flattened paragraphs or pipes.
 */
import { createHash } from 'node:crypto';
import { splitLines, type NormalizedDocument, type Table, type TextRange } from '../document.js';
import { createReporter, type DiagnosticInput } from '../diagnostics.js';
import type { Diagnostic } from '../schema.js';
import { decodeBytes } from './decode.js';
import { detectFormat, type FormatOption } from './detect-format.js';
import { htmlToText } from './html.js';
import { expandGrid, type PendingTable } from './grid.js';
import { TextBuilder, type SourceMap } from './text-builder.js';
import { rebuildTextTables } from './text-tables.js';
import { repairLegacyText, type LegacyRepair } from './legacy.js';
import { markdownToText } from './markdown.js';
import { binaryKind } from './binary.js';

export interface NormalizeOptions {
  format?: FormatOption;
  path?: string;
  url?: string;
}

interface Decoding {
  text: string;
  encoding: string;
  diagnostics: DiagnosticInput[];
  /** The legacy repair of `text`, when decoding made it (see Decoded.legacy). */
  legacy?: LegacyRepair;
}

function decodeInput(input: string | Uint8Array): Decoding & { bytes: number; sha256: string } {
  if (typeof input === 'string') {
    // The UTF-8 bytes are hashed and counted without copying them into a buffer first.
    const bytes = Buffer.byteLength(input, 'utf8');
    const sha256 = createHash('sha256').update(input, 'utf8').digest('hex');
    const kind = binaryKind(input);
    if (kind) {
      return { text: '', encoding: 'binary', bytes, sha256, diagnostics: [binaryDiagnostic(kind)] };
    }
    return { text: input, encoding: 'utf-16', bytes, sha256, diagnostics: [] };
  }
  const sha256 = createHash('sha256').update(input).digest('hex');
  const kind = binaryKind(input);
  if (kind) {
    return { text: '', encoding: 'binary', bytes: input.length, sha256, diagnostics: [binaryDiagnostic(kind)] };
  }
  return { ...decodeBytes(input), bytes: input.length, sha256 };
}

function binaryDiagnostic(kind: string): DiagnosticInput {
  return { rule: 'binary', severity: 'error', message: `the input is ${kind}, not a text, HTML or Markdown page` };
}

/** Offsets in the repaired text → offsets in the decoded input. */
function composeMaps(map: SourceMap, origin: Int32Array | null): (range: TextRange) => TextRange | null {
  if (!origin) return (range) => map.toSource(range);
  return (range) => {
    const r = map.toSource(range);
    if (!r) return null;
    const start = origin[r.start];
    const end = origin[r.end];
    if (start === undefined || end === undefined) return null;
    return { start, end: Math.max(start, end) };
  };
}

export function normalize(input: string | Uint8Array, options: NormalizeOptions = {}): NormalizedDocument {
  const decoded = decodeInput(input);
  const early = decoded.diagnostics;
  let text0 = decoded.text;
  let encoding = decoded.encoding;
  // A BOM left in a decoded string: drop it here so offsets stay those of the input after it.
  let bomShift = 0;
  if (text0.charCodeAt(0) === 0xfeff) {
    text0 = text0.slice(1);
    bomShift = 1;
  }

  const legacy = (bomShift === 0 ? decoded.legacy : undefined) ?? repairLegacyText(text0);
  if (legacy.encoding) {
    text0 = legacy.text;
    encoding = `${encoding}+${legacy.encoding}`;
    early.push({
      rule: legacy.encoding === 'mojibake' ? 'mojibake-repaired' : 'legacy-encoding',
      severity: 'warning',
      message: legacy.message,
    });
  }

  const format = detectFormat(text0, options.path, options.format ?? 'auto');
  let builder: TextBuilder;
  let pending: PendingTable[] = [];
  if (format === 'html') {
    const r = htmlToText(text0);
    builder = r.builder;
    pending = r.tables;
    early.push(...r.diagnostics);
  } else if (format === 'markdown') {
    const r = markdownToText(text0);
    builder = r.builder;
    pending = r.tables;
    early.push(...r.diagnostics);
  } else {
    builder = new TextBuilder(text0.length);
    builder.push(text0, 0);
  }
  const { text, map } = builder.finish();
  const lines = splitLines(text);
  const tableDiagnostics: DiagnosticInput[] = [];
  const tables: Table[] = pending.map((t) => expandGrid(t, format === 'markdown' ? 'markdown' : 'html', text, tableDiagnostics));
  const rebuilt = rebuildTextTables(text, lines, tables.map((t) => t.range));
  tables.push(...rebuilt.tables);
  tables.sort((a, b) => a.range.start - b.range.start);

  const toDecoded = composeMaps(map, legacy.origin);
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
      bytes: decoded.bytes,
      sha256: decoded.sha256,
    },
    toSource: (range) => {
      const r = toDecoded(range);
      return r && bomShift ? { start: r.start + bomShift, end: r.end + bomShift } : r;
    },
    diagnostics,
  };
  const report = createReporter(doc, 'normalize', diagnostics);
  for (const d of early) report(d);
  for (const d of tableDiagnostics) report(d);
  for (const d of rebuilt.diagnostics) report(d);
  if (text.trim().length === 0 && !early.some((d) => d.severity === 'error')) {
    report({
      rule: 'empty',
      severity: 'error',
      message: decoded.bytes === 0 ? 'the input is empty' : 'the input has no visible text (only white space, markup or invisible characters)',
    });
  }
  return doc;
}
