/**
 * `vanban convert`: turn a finished JSONL run (`extract --out run.jsonl`, possibly resumed)
 * into csv / ics / tracker / json without analysing anything again. The exporters are pure
 * functions of AnalyzedDocument, so this is the same output `extract --format` gives.
 */
import { AnalyzedDocumentSchema, type FailedDocument } from '../index.js';
import { isFormatName, streamFormat } from '../export/index.js';
import { createReadStream } from 'node:fs';
import { readLines } from './inputs.js';
import { fileSink, stdoutSink } from './output.js';

export interface ConvertFlags {
  format?: string;
  out?: string;
  quiet?: boolean;
}

export async function runConvert(input: string, flags: ConvertFlags): Promise<number> {
  const name = flags.format ?? 'csv';
  if (!isFormatName(name)) {
    process.stderr.write(`vanban convert: --format must be jsonl, json, csv, ics or tracker, got "${name}"\n`);
    return 2;
  }
  const format = streamFormat(name, { stamp: new Date() });
  const sink = flags.out !== undefined ? await fileSink(flags.out, false) : stdoutSink();
  const note = (s: string): void => {
    if (!flags.quiet) process.stderr.write(`vanban convert: ${s}\n`);
  };
  let failed = 0;
  let wrote = false;
  const put = async (chunk: string): Promise<void> => {
    if (chunk.length === 0) return;
    await sink.write(wrote && format.separator ? format.separator + chunk : chunk);
    wrote = true;
  };
  await sink.write(format.head);
  const stream = input === '-' ? process.stdin : createReadStream(input);
  for await (const { line, lineNo } of readLines(stream)) {
    if (!sink.open) break;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      failed++;
      note(`${input}:${lineNo}: not JSON; skipped`);
      continue;
    }
    const rec = value as { error?: unknown };
    if (rec && typeof rec === 'object' && 'error' in rec) {
      failed++;
      const f = value as FailedDocument;
      if (name === 'jsonl' || name === 'json') await put(format.failure(f));
      else note(`${f.source?.path ?? f.source?.url ?? `line ${lineNo}`}: ${f.error?.code} ${f.error?.message}`);
      continue;
    }
    const doc = AnalyzedDocumentSchema.safeParse(value);
    if (!doc.success) {
      failed++;
      note(`${input}:${lineNo}: not an AnalyzedDocument (${doc.error.issues[0]?.path.join('.')}: ${doc.error.issues[0]?.message}); skipped`);
      continue;
    }
    await put(format.document(doc.data));
  }
  await sink.write(format.tail);
  await sink.finish();
  return failed > 0 ? 1 : 0;
}
