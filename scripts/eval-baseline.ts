/**
 * Write fixtures/eval-baseline.json from the current scores: per-field F1 floors and the
 * (document, field) pairs that are exact now. Run it only after reviewing the eval diff.
 */
import { writeFileSync } from 'node:fs';
import { evaluateCorpus } from '../src/eval/index.js';
import { baselineOf } from '../src/eval/corpus.js';
import { EVAL_FIELDS, type EvalField } from '../src/eval/compare.js';

const root = new URL('../fixtures', import.meta.url).pathname;
const report = await evaluateCorpus(root);
const exact: Record<string, EvalField[]> = {};
for (const d of report.perDocument) {
  const ok = EVAL_FIELDS.filter((f) => {
    const c = d.counts[f];
    return c !== undefined && c.fp === 0 && c.fn === 0 && c.tp > 0;
  });
  if (ok.length) exact[d.id] = ok;
}
const out = { ...baselineOf(report), exact };
writeFileSync(new URL('../fixtures/eval-baseline.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log(`baseline: ${report.documents} documents, ${Object.keys(exact).length} with exact fields`);
