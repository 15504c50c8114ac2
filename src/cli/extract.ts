/**
 * `vanban extract`: one output chunk per input, in input order, never fewer lines than
 * inputs (jsonl/json). Inputs stream in, are analysed in worker threads (or in this thread
 * with `--workers 0`), and are written as soon as every earlier input has been written:
 * a bounded window of results waits for reordering, so memory stays flat on any batch size.
 */
import { availableParallelism } from 'node:os';
import { isFormatName, streamFormat, type FormatName } from '../export/index.js';
import { expandPositional, inputKey, inputSource, iterateInputs, shardKey, type BatchInput } from './inputs.js';
import type { JobResult, JobSettings } from './job.js';
import { fileSink, isSpecialFile, prepareResume, stdoutSink, type ResumeState, type Sink } from './output.js';
import { WorkerPool, type FailureResult } from './pool.js';
import { Progress, type Counts } from './progress.js';
import { runOrdered } from './ordered.js';
import { inShard, parseShard, type Shard } from './shard.js';

export interface ExtractFlags {
  format?: string;
  out?: string;
  resume?: boolean;
  workers?: string;
  shard?: string;
  pathsFrom?: string;
  docsFrom?: string;
  progress?: boolean;
  quiet?: boolean;
  timeout?: string;
  includeText?: boolean;
  reference?: string;
}

interface ExtractConfig {
  format: FormatName;
  out: string | null;
  resume: boolean;
  workers: number | null;
  shard: Shard | null;
  pathsFrom?: string | undefined;
  docsFrom?: string | undefined;
  progress: boolean;
  quiet: boolean;
  timeoutMs: number;
  includeText: boolean;
  reference: string | null;
}

class UsageError extends Error {}

function nonNegativeInt(text: string, flag: string): number {
  if (!/^\d{1,6}$/u.test(text.trim())) throw new UsageError(`${flag} must be a whole number ≥ 0, got "${text}"`);
  return Number(text);
}

/** Check the flags; a UsageError becomes exit code 2. */
function configure(positional: readonly string[], flags: ExtractFlags): ExtractConfig {
  const format = flags.format ?? 'jsonl';
  if (!isFormatName(format)) throw new UsageError(`--format must be jsonl, json, csv, ics or tracker, got "${format}"`);
  const shard = flags.shard !== undefined ? parseShard(flags.shard) : null;
  if (flags.shard !== undefined && !shard) throw new UsageError(`--shard must be i/n with 0 ≤ i < n, got "${flags.shard}"`);
  if (flags.resume && flags.out === undefined) throw new UsageError('--resume needs --out FILE (it continues that file)');
  if (flags.resume && format !== 'jsonl') {
    throw new UsageError('--resume works with --format jsonl (one line per input); convert the finished JSONL afterwards');
  }
  const stdinUsers = [positional.includes('-'), flags.pathsFrom === '-', flags.docsFrom === '-'].filter(Boolean).length;
  if (stdinUsers > 1) throw new UsageError('stdin can feed only one of: "-", --paths-from -, --docs-from -');
  if (positional.length === 0 && flags.pathsFrom === undefined && flags.docsFrom === undefined) {
    throw new UsageError('give files, directories or globs, "-" (one document on stdin), --paths-from FILE|- or --docs-from FILE|-');
  }
  if (flags.reference !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(flags.reference)) {
    throw new UsageError(`--reference must be YYYY-MM-DD, got "${flags.reference}"`);
  }
  return {
    format,
    out: flags.out ?? null,
    resume: Boolean(flags.resume),
    workers: flags.workers !== undefined ? nonNegativeInt(flags.workers, '--workers') : null,
    shard,
    pathsFrom: flags.pathsFrom,
    docsFrom: flags.docsFrom,
    progress: Boolean(flags.progress),
    quiet: Boolean(flags.quiet),
    timeoutMs: flags.timeout !== undefined ? nonNegativeInt(flags.timeout, '--timeout') * 1000 : 120_000,
    includeText: Boolean(flags.includeText),
    reference: flags.reference ?? null,
  };
}

type Executor = { run(input: BatchInput): Promise<JobResult>; close(): Promise<void> };

async function createExecutor(workers: number, settings: JobSettings, timeoutMs: number, failed: FailureResult): Promise<Executor> {
  if (workers === 0) {
    const { createJobRunner } = await import('./job.js');
    const run = createJobRunner(settings);
    return { run, close: async () => {} };
  }
  const pool = new WorkerPool({ size: workers, workerUrl: new URL('./worker.js', import.meta.url), settings, timeoutMs }, failed);
  return { run: (input) => pool.run(input), close: () => pool.close() };
}

function describeFailure(r: JobResult): string {
  const f = r.failed;
  if (!f) return '';
  const where = f.source.path ?? f.source.url ?? '(input)';
  return `vanban: ${where}: ${f.error.code} ${f.error.message}\n`;
}

export async function runExtract(positional: string[], flags: ExtractFlags): Promise<number> {
  let config: ExtractConfig;
  try {
    config = configure(positional, flags);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`vanban extract: ${err.message}\n`);
      return 2;
    }
    throw err;
  }

  const expanded = await expandPositional(positional);
  const streamed = config.pathsFrom !== undefined || config.docsFrom !== undefined;
  // Known up front for positional inputs only (lists and streams are read lazily).
  const total = streamed ? null : expanded.filter((p) => p === '-' || inShard(p, config.shard)).length;

  let resume: ResumeState | null = null;
  if (config.resume && config.out !== null) {
    if (await isSpecialFile(config.out)) {
      process.stderr.write(`vanban extract: --resume needs --out to be a regular file, not ${config.out}\n`);
      return 2;
    }
    resume = await prepareResume(config.out);
  }

  const settings: JobSettings = {
    format: config.format,
    includeText: config.includeText,
    reference: config.reference,
    stampMs: Date.now(),
  };
  const format = streamFormat(config.format, { stamp: new Date(settings.stampMs) });
  let workers = config.workers ?? availableParallelism();
  if (total !== null) workers = Math.min(workers, total);
  const failedResult: FailureResult = (input, code, message) => {
    const failed = { source: inputSource(input), error: { code, message } };
    return { chunk: format.failure(failed), failed, tasks: 0, bytes: 0 };
  };
  const executor = await createExecutor(workers, settings, config.timeoutMs, failedResult);

  const sink: Sink = config.out !== null ? await fileSink(config.out, resume !== null && resume.from !== 'none') : stdoutSink();
  const tty = Boolean(process.stderr.isTTY);
  const progress = new Progress({ enabled: !config.quiet && (config.progress || tty), tty, total });
  const counts: Counts = { done: 0, failed: 0, tasks: 0, bytes: 0, skipped: 0 };
  const reportFailures = !config.quiet && !format.linePerInput && format.name !== 'json';

  // Ctrl-C, or SIGTERM from Kubernetes/Spark stopping the task: stop reading, write what
  // is in flight, keep <out>.partial for --resume. A second signal exits at once.
  let interrupted: NodeJS.Signals | null = null;
  const reading = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) process.exit(signal === 'SIGTERM' ? 143 : 130);
    interrupted = signal;
    reading.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let wroteItem = false;
  const emit = async (r: JobResult): Promise<void> => {
    counts.done++;
    counts.tasks += r.tasks;
    counts.bytes += r.bytes;
    if (r.failed) {
      counts.failed++;
      if (reportFailures) process.stderr.write(describeFailure(r));
    }
    if (r.chunk.length > 0) {
      await sink.write(wroteItem && format.separator ? format.separator + r.chunk : r.chunk);
      wroteItem = true;
    }
    progress.update(counts);
  };

  // Inputs already in the output (resume) or in another shard are skipped; the others are
  // analysed concurrently and written strictly in input order.
  try {
    if (resume === null || resume.from === 'none') await sink.write(format.head);
    await runOrdered<BatchInput, JobResult>({
      inputs: iterateInputs(expanded, {
        positional,
        pathsFrom: config.pathsFrom,
        docsFrom: config.docsFrom,
        parseDocs: config.shard !== null || resume !== null,
      }),
      start: (input) => {
        if (config.shard !== null && !inShard(shardKey(input), config.shard)) return null;
        const key = resume !== null ? inputKey(input) : null;
        if (key !== null && resume?.done.has(key)) {
          counts.skipped++;
          return null;
        }
        return executor.run(input);
      },
      deliver: emit,
      window: Math.max(16, workers * 8),
      stop: () => interrupted !== null || !sink.open,
      signal: reading.signal,
    });
    if (!interrupted) await sink.write(format.tail);
  } finally {
    await executor.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  if (interrupted) {
    process.stdin.destroy(); // an abandoned read of stdin would keep the process alive
    await sink.abandon();
    progress.finish(counts, config.out !== null ? 'interrupted; run again with --resume to continue' : 'interrupted');
    return interrupted === 'SIGTERM' ? 143 : 130;
  }
  await sink.finish();
  progress.finish(counts);
  return counts.failed > 0 ? 1 : 0;
}
