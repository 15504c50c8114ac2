/**
 * One input → its output chunk. The same code runs in the main thread (`--workers 0`) and
 * in each worker thread, so both modes write byte-identical output. Nothing here throws:
 * every failure becomes a FailedDocument, and so still yields its line.
 */
import { readFile } from 'node:fs/promises';
import { analyze, type AnalyzeOptions, type AnalyzedDocument, type FailedDocument } from '../index.js';
import { streamFormat, type FormatName, type StreamFormat } from '../export/index.js';
import { parseDocLine, type BatchInput, type DocRecord } from './inputs.js';

/** Plain data (it crosses to worker threads as `workerData`). */
export interface JobSettings {
  format: FormatName;
  includeText: boolean;
  reference: string | null;
  /** DTSTAMP for ICS, as epoch milliseconds (the run's start). */
  stampMs: number;
}

export interface JobResult {
  /** The formatted text for this input ('' when it contributes nothing, e.g. no task in csv). */
  chunk: string;
  /** Set when the input could not be analysed. */
  failed: FailedDocument | null;
  tasks: number;
  /** Input size in bytes (for the MB/s figure). */
  bytes: number;
}

export type RunJob = (input: BatchInput) => Promise<JobResult>;

function failure(source: FailedDocument['source'], code: string, message: string): FailedDocument {
  return { source, error: { code, message } };
}

function readErrorCode(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'NOT_FOUND';
  return 'READ_FAILED';
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

interface Loaded {
  input: string | Uint8Array;
  options: AnalyzeOptions;
  source: FailedDocument['source'];
}

async function load(input: BatchInput, base: AnalyzeOptions): Promise<Loaded | FailedDocument> {
  switch (input.kind) {
    case 'path': {
      const source = { path: input.path };
      try {
        return { input: await readFile(input.path), options: { ...base, path: input.path }, source };
      } catch (err) {
        return failure(source, readErrorCode(err as NodeJS.ErrnoException), errorMessage(err));
      }
    }
    case 'bytes':
      return { input: input.bytes, options: base, source: {} };
    case 'bad-line':
      return failure({}, 'BAD_INPUT', input.message);
    case 'line':
      return load(parseDocLine(input.line, input.lineNo), base);
    case 'doc':
      return loadDoc(input.doc, base);
  }
}

async function loadDoc(doc: DocRecord, base: AnalyzeOptions): Promise<Loaded | FailedDocument> {
  const source: FailedDocument['source'] = {};
  if (doc.path !== undefined) source.path = doc.path;
  if (doc.url !== undefined) source.url = doc.url;
  const options: AnalyzeOptions = { ...base, ...source };
  if (doc.reference !== undefined) options.reference = doc.reference;
  if (doc.html !== undefined) return { input: doc.html, options: { ...options, format: doc.format ?? 'html' }, source };
  if (doc.text !== undefined) return { input: doc.text, options: { ...options, format: doc.format ?? 'text' }, source };
  try {
    const bytes = await readFile(doc.path as string);
    return { input: bytes, options: doc.format ? { ...options, format: doc.format } : options, source };
  } catch (err) {
    return failure(source, readErrorCode(err as NodeJS.ErrnoException), errorMessage(err));
  }
}

function inputBytes(input: string | Uint8Array): number {
  return typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length;
}

/**
 * Bytes that are not text at all (normalize marks them `encoding: 'binary'`) cannot be
 * analysed: the contract's DECODE_FAILED line. An empty or blank file *is* analysed (a
 * document with a `normalize:empty` error diagnostic) and does not fail the run.
 */
function undecodable(doc: AnalyzedDocument, source: FailedDocument['source']): FailedDocument | null {
  if (doc.source.encoding !== 'binary') return null;
  const why = doc.diagnostics.find((d) => d.severity === 'error')?.message ?? 'the input is not text';
  return failure(source, 'DECODE_FAILED', why);
}

export function createJobRunner(settings: JobSettings): RunJob {
  const format: StreamFormat = streamFormat(settings.format, { stamp: new Date(settings.stampMs) });
  const base: AnalyzeOptions = { includeText: settings.includeText };
  if (settings.reference !== null) base.reference = settings.reference;

  return async (input) => {
    const loaded = await load(input, base);
    if ('error' in loaded) return { chunk: format.failure(loaded), failed: loaded, tasks: 0, bytes: 0 };
    const bytes = inputBytes(loaded.input);
    let doc: AnalyzedDocument;
    try {
      doc = analyze(loaded.input, loaded.options);
    } catch (err) {
      const failed = failure(loaded.source, 'ANALYZE_FAILED', errorMessage(err));
      return { chunk: format.failure(failed), failed, tasks: 0, bytes };
    }
    const bad = undecodable(doc, loaded.source);
    if (bad) return { chunk: format.failure(bad), failed: bad, tasks: 0, bytes };
    try {
      return { chunk: format.document(doc), failed: null, tasks: doc.tasks.length, bytes };
    } catch (err) {
      const failed = failure(loaded.source, 'EXPORT_FAILED', errorMessage(err));
      return { chunk: format.failure(failed), failed, tasks: 0, bytes };
    }
  };
}
