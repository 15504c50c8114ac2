/**
 * Where `extract` gets its inputs: files/directories/globs on the command line, a list of
 * paths (`--paths-from`), or whole documents as JSONL (`--docs-from`). Every source is
 * read lazily, line by line, so a list of 500k paths or a stream of documents from Spark is
 * never held in memory. Inputs are plain data, so they can be posted to worker threads.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** One document given inline on a `--docs-from` line. */
export interface DocRecord {
  path?: string;
  url?: string;
  html?: string;
  text?: string;
  /** Overrides the format implied by `html`/`text` (e.g. "markdown"). */
  format?: 'html' | 'text' | 'markdown' | 'auto';
  /** Reference date for this document (YYYY-MM-DD). */
  reference?: string;
}

export type BatchInput =
  /** A file to read. */
  | { kind: 'path'; path: string }
  /** The bytes of the one document read from stdin (`vanban extract -`). */
  | { kind: 'bytes'; bytes: Uint8Array }
  /** A `--docs-from` line not parsed yet (parsed by the worker: cheaper for the main thread). */
  | { kind: 'line'; line: string; lineNo: number }
  /** A `--docs-from` line parsed by the main thread (it needed the key to shard or resume). */
  | { kind: 'doc'; doc: DocRecord; lineNo: number }
  /** A `--docs-from` line that is not a JSON object. */
  | { kind: 'bad-line'; message: string; lineNo: number };

/** The key that names an input in the output's `source` (for `--resume` and `--shard`). */
export function inputKey(input: BatchInput): string | null {
  switch (input.kind) {
    case 'path':
      return input.path;
    case 'doc':
      return input.doc.path ?? input.doc.url ?? null;
    default:
      return null;
  }
}

/**
 * The key that decides an input's shard: its path or URL, else its line number in the
 * `--docs-from` stream, so that inputs without a name are still split, not duplicated.
 */
export function shardKey(input: BatchInput): string {
  const key = inputKey(input);
  if (key !== null) return key;
  return 'lineNo' in input ? `line:${input.lineNo}` : '-';
}

/** What the output's `source` says about an input that failed before analysis. */
export function inputSource(input: BatchInput): { path?: string; url?: string } {
  if (input.kind === 'path') return { path: input.path };
  if (input.kind !== 'doc') return {};
  const source: { path?: string; url?: string } = {};
  if (input.doc.path !== undefined) source.path = input.doc.path;
  if (input.doc.url !== undefined) source.url = input.doc.url;
  return source;
}

/** Parse one `--docs-from` line into a document, or say what is wrong with it. */
export function parseDocLine(line: string, lineNo: number): BatchInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { kind: 'bad-line', lineNo, message: `line ${lineNo}: not JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'bad-line', lineNo, message: `line ${lineNo}: expected a JSON object {"path"|"url", "html"|"text"}` };
  }
  const rec = value as Record<string, unknown>;
  for (const field of ['path', 'url', 'html', 'text', 'format', 'reference'] as const) {
    if (rec[field] !== undefined && rec[field] !== null && typeof rec[field] !== 'string') {
      return { kind: 'bad-line', lineNo, message: `line ${lineNo}: "${field}" must be a string` };
    }
  }
  const doc: DocRecord = {};
  if (typeof rec.path === 'string') doc.path = rec.path;
  if (typeof rec.url === 'string') doc.url = rec.url;
  if (typeof rec.html === 'string') doc.html = rec.html;
  if (typeof rec.text === 'string') doc.text = rec.text;
  if (typeof rec.reference === 'string') doc.reference = rec.reference;
  if (typeof rec.format === 'string') {
    if (!['html', 'text', 'markdown', 'auto'].includes(rec.format)) {
      return { kind: 'bad-line', lineNo, message: `line ${lineNo}: "format" must be html, text, markdown or auto` };
    }
    doc.format = rec.format as DocRecord['format'];
  }
  if (doc.html === undefined && doc.text === undefined && doc.path === undefined) {
    return { kind: 'bad-line', lineNo, message: `line ${lineNo}: give "html" or "text" (or a "path" to read)` };
  }
  return { kind: 'doc', doc, lineNo };
}

/**
 * Non-empty lines of a file or stream, without their line ends, numbered from 1. Pulls
 * chunks only as fast as lines are consumed (readline's iterator does not push back on a
 * fast writer, so a producer piping 100k documents would pile up in memory).
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<{ line: string; lineNo: number }> {
  const decoder = new TextDecoder('utf-8');
  let parts: string[] = []; // the line being read, in pieces (a line can span many chunks)
  let lineNo = 0;
  const take = (): string => {
    const line = parts.length === 1 ? (parts[0] as string) : parts.join('');
    parts = [];
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      parts.push(text.slice(from, nl));
      from = nl + 1;
      lineNo++;
      const line = take();
      if (line.trim().length > 0) yield { line, lineNo };
    }
    if (from < text.length) parts.push(text.slice(from));
  }
  parts.push(decoder.decode());
  const last = take();
  if (last.trim().length > 0) yield { line: last, lineNo: lineNo + 1 };
}

function openSource(name: string): Readable {
  return name === '-' ? process.stdin : createReadStream(name);
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export interface InputSources {
  /** Files, directories, globs; `-` = one document on stdin. */
  positional: readonly string[];
  pathsFrom?: string | undefined;
  docsFrom?: string | undefined;
  /** Parse `--docs-from` lines here (needed to shard or resume by key). */
  parseDocs: boolean;
}

/**
 * The positional inputs expanded (directories walked, globs matched, each list sorted);
 * `-` stays in place (the stdin document). Expanding first gives the total for the progress bar.
 */
export async function expandPositional(positional: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  let pending: string[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    // Loaded only here: files.js brings the whole analyser, which the main thread of a
    // worker-thread run does not otherwise need.
    const { expandInputs } = await import('../files.js');
    out.push(...(await expandInputs(pending)));
    pending = [];
  };
  for (const p of positional) {
    if (p === '-') {
      await flush();
      out.push('-');
    } else pending.push(p);
  }
  await flush();
  return out;
}

/** All inputs in order: positional (already expanded), then `--paths-from`, then `--docs-from`. */
export async function* iterateInputs(expanded: readonly string[], sources: InputSources): AsyncGenerator<BatchInput> {
  for (const p of expanded) {
    if (p === '-') yield { kind: 'bytes', bytes: await readAll(process.stdin) };
    else yield { kind: 'path', path: p };
  }
  if (sources.pathsFrom !== undefined) {
    for await (const { line } of readLines(openSource(sources.pathsFrom))) {
      yield { kind: 'path', path: line };
    }
  }
  if (sources.docsFrom !== undefined) {
    for await (const { line, lineNo } of readLines(openSource(sources.docsFrom))) {
      yield sources.parseDocs ? parseDocLine(line, lineNo) : { kind: 'line', line, lineNo };
    }
  }
}
