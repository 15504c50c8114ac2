/**
 * `vanban eval <gold-dir>`: precision, recall and F1 per field over a gold corpus, every
 * miss and false hit, a JSON report, and a check against the committed baseline
 * (gains and losses shown, exit 1 on a loss), like eyecite's corpus check.
 */
import { readFile, writeFile } from 'node:fs/promises';
import {
  baselineOf,
  compareWithBaseline,
  evaluateCorpus,
  formatFindings,
  formatReport,
  type Baseline,
} from '../index.js';

export interface EvalOptions {
  report?: string;
  baseline?: string;
  updateBaseline?: boolean;
  quiet?: boolean;
}

export async function runEval(dir: string, opts: EvalOptions): Promise<number> {
  const report = await evaluateCorpus(dir);
  const out = process.stdout;
  out.write(`${formatReport(report)}\n`);
  if (!opts.quiet) {
    const findings = formatFindings(report);
    if (findings) out.write(`\nmisses and false hits:\n${findings}\n`);
  }
  if (opts.report) await writeFile(opts.report, `${JSON.stringify(report, null, 2)}\n`);
  if (!opts.baseline) return 0;
  if (opts.updateBaseline) {
    await writeFile(opts.baseline, `${JSON.stringify(baselineOf(report), null, 2)}\n`);
    out.write(`\nbaseline written to ${opts.baseline}\n`);
    return 0;
  }
  let baseline: Baseline;
  try {
    baseline = JSON.parse(await readFile(opts.baseline, 'utf8')) as Baseline;
  } catch (err) {
    process.stderr.write(`vanban eval: cannot read the baseline ${opts.baseline}: ${(err as Error).message}\n`);
    return 2;
  }
  const cmp = compareWithBaseline(report, baseline, 0.0001);
  out.write('\nagainst the baseline:\n');
  let losses = 0;
  for (const c of cmp) {
    const base = c.baseline === null ? '   new' : `${(c.baseline * 100).toFixed(1)}%`;
    out.write(`${c.field.padEnd(14)} ${base.padStart(7)} → ${(c.current * 100).toFixed(1)}%  ${c.change}\n`);
    if (c.change === 'loss') losses++;
  }
  if (losses > 0) {
    out.write(`\n${losses} field(s) dropped below the baseline\n`);
    return 1;
  }
  return 0;
}
