/** File-reading entry points: the only place in the library that does I/O. */
import { readFile, stat } from 'node:fs/promises';
import { trimEndWhere } from './text/trim.js';
import { analyze, type AnalyzeOptions } from './analyze.js';
import type { AnalyzedDocument, FailedDocument } from './schema.js';

/** Read and analyse one file. Throws only for I/O errors (missing file, permission). */
export async function analyzeFile(path: string, options: AnalyzeOptions = {}): Promise<AnalyzedDocument> {
  const bytes = await readFile(path);
  return analyze(bytes, { ...options, path });
}

export interface AnalyzeFilesOptions extends AnalyzeOptions {
  /** Working directory for relative globs. */
  cwd?: string;
}

/**
 * tinyglobby, loaded on the first directory or glob to expand: importing it costs ≈ 14 ms
 * CPU, which `import('vanban')` (and every `extract` worker) would otherwise pay for nothing.
 */
async function globber(): Promise<typeof import('tinyglobby').glob> {
  return (await import('tinyglobby')).glob;
}

/** Expand files, directories and globs to a sorted, de-duplicated list of paths. */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (p: string): void => {
    if (!seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  for (const input of inputs) {
    let isDir = false;
    let exists = false;
    try {
      const s = await stat(input);
      exists = true;
      isDir = s.isDirectory();
    } catch {
      /* not a path: maybe a glob */
    }
    if (isDir) {
      const glob = await globber();
      const found = await glob(['**/*.{html,htm,txt,md,markdown,text}'], { cwd: input, absolute: false, onlyFiles: true });
      found.sort();
      const base = trimEndWhere(input, (c) => c === '/');
      for (const f of found) push(`${base}/${f}`);
    } else if (exists) {
      push(input);
    } else if (/[*?[\]{}]/u.test(input)) {
      const glob = await globber();
      const found = await glob([input], { cwd, onlyFiles: true });
      found.sort();
      for (const f of found) push(f);
    } else {
      push(input); // reported as an error line by the caller
    }
  }
  return out;
}

/**
 * Analyse many files (globs, directories or paths), in order. A file that cannot be read
 * yields a FailedDocument instead of throwing, so no input is lost.
 */
export async function* analyzeFiles(
  inputs: readonly string[],
  options: AnalyzeFilesOptions = {},
): AsyncGenerator<AnalyzedDocument | FailedDocument> {
  const paths = await expandInputs(inputs, options.cwd);
  for (const path of paths) {
    try {
      yield await analyzeFile(path, options);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      yield { source: { path }, error: { code: e.code === 'ENOENT' ? 'NOT_FOUND' : 'READ_FAILED', message: e.message } };
    }
  }
}
