/**
 * Where `extract` writes: stdout, or a file.
 *
 * A file is written append-only to `<out>.partial` and renamed to `<out>` after a final
 * fsync, so `<out>` only ever appears complete (rename is atomic on one file system).
 * Output is written in whole lines; if the run is killed, `<out>.partial` holds complete
 * lines plus at most one torn line at the end, which `--resume` cuts off before appending.
 * Why not "temp file + rename" per run alone: a killed 500k-file run would lose hours of
 * work; the append-only partial file is what makes resuming possible.
 */
import { createWriteStream } from 'node:fs';
import { copyFile, rename, stat, truncate } from 'node:fs/promises';
import { once } from 'node:events';
import { readOutputKeys } from './resume.js';

export interface Sink {
  write(text: string): Promise<void>;
  /** Flush and, for a file, fsync and rename into place. */
  finish(): Promise<void>;
  /** Stop without renaming (interrupted run): `<out>.partial` is kept for `--resume`. */
  abandon(): Promise<void>;
  /** False once stdout's reader has gone away (EPIPE): stop producing. */
  readonly open: boolean;
}

export function stdoutSink(): Sink {
  let isOpen = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') isOpen = false;
    else throw err;
  });
  return {
    get open() {
      return isOpen;
    },
    async write(text) {
      if (!isOpen || text.length === 0) return;
      if (process.stdout.write(text)) return;
      try {
        await Promise.race([once(process.stdout, 'drain'), once(process.stdout, 'close')]);
      } catch (err) {
        // `once` rejects on 'error': the reader went away (`| head`). Stop quietly.
        if ((err as NodeJS.ErrnoException).code !== 'EPIPE') throw err;
        isOpen = false;
      }
    },
    async finish() {},
    async abandon() {},
  };
}

export function partialPath(out: string): string {
  return `${out}.partial`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export interface ResumeState {
  /** Keys (paths or URLs) of the inputs already in the output. */
  done: Set<string>;
  /** Lines kept from the earlier run. */
  lines: number;
  /** Bytes of a torn last line that were cut off. */
  cut: number;
  /** Where they came from. */
  from: 'partial' | 'complete' | 'none';
}

/**
 * Prepare `<out>.partial` for appending: continue an interrupted run's partial file, or
 * start from a copy of a finished `<out>`, after cutting a torn last line.
 */
export async function prepareResume(out: string): Promise<ResumeState> {
  const partial = partialPath(out);
  let from: ResumeState['from'] = 'none';
  if (await exists(partial)) from = 'partial';
  else if (await exists(out)) {
    await copyFile(out, partial);
    from = 'complete';
  }
  if (from === 'none') return { done: new Set(), lines: 0, cut: 0, from };
  const read = await readOutputKeys(partial);
  if (read.validBytes < read.totalBytes) await truncate(partial, read.validBytes);
  return { done: read.keys, lines: read.lines, cut: read.totalBytes - read.validBytes, from };
}

/**
 * `--out` naming something that is not a regular file (/dev/null, a FIFO, /dev/stdout) is
 * written directly: renaming a partial file over a device would replace the device.
 */
export async function isSpecialFile(path: string): Promise<boolean> {
  try {
    const s = await stat(path);
    return !s.isFile();
  } catch {
    return false;
  }
}

export async function fileSink(out: string, append: boolean): Promise<Sink> {
  const special = await isSpecialFile(out);
  const partial = special ? out : partialPath(out);
  // `flush: true` fsyncs the file before the stream closes it.
  const stream = createWriteStream(partial, { flags: append ? 'a' : 'w', flush: !special, highWaterMark: 1 << 20 });
  await once(stream, 'open');
  let error: Error | null = null;
  stream.on('error', (err) => (error = err));
  const closed = async (): Promise<void> => {
    stream.end();
    if (!stream.closed) await once(stream, 'close');
    if (error) throw error;
  };
  return {
    open: true,
    async write(text) {
      if (error) throw error;
      if (text.length > 0 && !stream.write(text)) await once(stream, 'drain');
    },
    async finish() {
      await closed();
      if (!special) await rename(partial, out);
    },
    async abandon() {
      await closed();
    },
  };
}
