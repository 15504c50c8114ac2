/**
 * The `vanban` command. It uses only the public API, like any user of the library.
 * Each command loads what it needs when it runs (dynamic imports): a usage error answers at
 * once, and `extract` with worker threads never loads the analyser in the main thread.
 */
import { Command, CommanderError } from 'commander';
import type { ConvertFlags } from './convert.js';
import type { ExtractFlags } from './extract.js';

const program = new Command();
program
  .name('vanban')
  .description('Read scraped Vietnamese government documents into typed, validated data')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('extract')
  .description('analyse documents; one output line per input (jsonl), in input order, never fewer lines than inputs')
  .argument('[inputs...]', 'files, directories, globs, or - (one document on stdin)')
  .option('--format <format>', 'jsonl | json | csv | ics | tracker', 'jsonl')
  .option('--out <file>', 'write to FILE (via FILE.partial, renamed when complete) instead of stdout')
  .option('--resume', 'with --out: skip inputs already in FILE (or FILE.partial) and append the rest')
  .option('--workers <n>', 'worker threads (default: number of cores; 0 = analyse in the main thread)')
  .option('--shard <i/n>', 'handle only shard i of n (0 ≤ i < n), e.g. $JOB_COMPLETION_INDEX/$N')
  .option('--paths-from <file>', 'read paths to analyse, one per line, from FILE or - (stdin)')
  .option('--docs-from <file>', 'read documents as JSONL {"path"|"url", "html"|"text"} from FILE or - (stdin)')
  .option('--progress', 'show progress and a summary on stderr even when it is not a terminal')
  .option('--quiet', 'print nothing on stderr except usage errors')
  .option('--timeout <seconds>', 'give up on a document after this long (worker threads only; 0 = never)', '120')
  .option('--include-text', 'include the normalized text in each document')
  .option('--reference <date>', 'reference date YYYY-MM-DD for documents without an issue date')
  .action(async (inputs: string[], opts: ExtractFlags) => {
    const { runExtract } = await import('./extract.js');
    process.exitCode = await runExtract(inputs, opts);
  });

program
  .command('convert')
  .description('convert a JSONL run of `extract` to csv, ics, tracker or json, without analysing again')
  .argument('<results>', 'a JSONL file written by `vanban extract`, or - (stdin)')
  .option('--format <format>', 'csv | ics | tracker | json | jsonl', 'csv')
  .option('--out <file>', 'write to FILE (via FILE.partial, renamed when complete) instead of stdout')
  .option('--quiet', 'do not report failed or unreadable lines on stderr')
  .action(async (results: string, opts: ConvertFlags) => {
    const { runConvert } = await import('./convert.js');
    process.exitCode = await runConvert(results, opts);
  });

program
  .command('deadline')
  .description('resolve one Vietnamese time phrase')
  .argument('<phrase>', 'e.g. "trước ngày 20 các tháng 3, 6, 9, 12/2024"')
  .option('--ref <date>', 'reference date YYYY-MM-DD (the issue date)')
  .option('--details', 'print { deadline, notes, diagnostics, rule, ignored } instead of the Deadline alone')
  .action(async (phrase: string, opts: { ref?: string; details?: boolean }) => {
    if (opts.ref !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(opts.ref)) {
      process.stderr.write(`vanban: --ref must be YYYY-MM-DD, got "${opts.ref}"\n`);
      process.exitCode = 2;
      return;
    }
    const { parseDeadlineDetailed } = await import('../index.js');
    let details;
    try {
      details = parseDeadlineDetailed(phrase, opts.ref !== undefined ? { reference: opts.ref } : {});
    } catch (err) {
      // 2024-02-30: well formed, not a date.
      process.stderr.write(`vanban: --ref: ${(err as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stdout.write(`${JSON.stringify(opts.details === true ? details : details.deadline)}\n`);
  });

program
  .command('eval')
  .description('score vanban against a gold corpus (fixtures/README.md format): P/R/F1 per field')
  .argument('<gold-dir>', 'folder holding <slug>/expected.json beside input.*')
  .option('--report <file>', 'write the full JSON report')
  .option('--baseline <file>', 'compare F1 per field with this baseline; exit 1 on a loss')
  .option('--update-baseline', 'write the current scores as the new baseline')
  .option('--quiet', 'print only the tables')
  .action(async (dir: string, opts: { report?: string; baseline?: string; updateBaseline?: boolean; quiet?: boolean }) => {
    const { runEval } = await import('./eval.js');
    process.exitCode = await runEval(dir, opts);
  });

program
  .command('schema')
  .description('print the JSON Schema of AnalyzedDocument')
  .action(async () => {
    const { analyzedDocumentJsonSchema } = await import('../index.js');
    process.stdout.write(`${JSON.stringify(analyzedDocumentJsonSchema(), null, 2)}\n`);
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`vanban: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
