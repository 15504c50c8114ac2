/** `vanban extract`: one output line per input, in input order, never fewer lines than inputs. */
import { readFile, writeFile, rename } from 'node:fs/promises';
import { analyze, type AnalyzedDocument, type FailedDocument } from '../index.js';
import { expandInputs } from '../files.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function runExtract(inputs: string[], opts: Record<string, unknown>): Promise<number> {
  if (inputs.length === 0) {
    process.stderr.write('vanban extract: give files, directories, globs or - (stdin)\n');
    return 2;
  }
  const paths = inputs.includes('-') ? inputs : await expandInputs(inputs);
  const lines: string[] = [];
  let failed = 0;
  for (const path of paths) {
    let out: AnalyzedDocument | FailedDocument;
    try {
      const bytes = path === '-' ? await readStdin() : await readFile(path);
      out = analyze(bytes, {
        ...(path === '-' ? {} : { path }),
        includeText: Boolean(opts.includeText),
        ...(typeof opts.reference === 'string' ? { reference: opts.reference } : {}),
      });
    } catch (err) {
      failed++;
      const e = err as NodeJS.ErrnoException;
      out = { source: { path }, error: { code: e.code === 'ENOENT' ? 'NOT_FOUND' : 'READ_FAILED', message: e.message } };
    }
    lines.push(JSON.stringify(out));
  }
  const body = lines.length ? `${lines.join('\n')}\n` : '';
  if (typeof opts.out === 'string') {
    const tmp = `${opts.out}.tmp-${process.pid}`;
    await writeFile(tmp, body);
    await rename(tmp, opts.out);
  } else process.stdout.write(body);
  return failed > 0 ? 1 : 0;
}
