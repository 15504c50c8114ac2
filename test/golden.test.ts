/**
 * Golden fixtures: every fixtures/**​/expected.json is read as a hand-checked answer and
 * scored field by field (src/eval). The committed baseline (fixtures/eval-baseline.json)
 * is the floor: a field's F1 may not drop, and a (document, field) pair that was exact
 * must stay exact. Gains are fine; update the baseline with `npm run eval:baseline`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, type EvalReport } from '../src/eval/index.js';
import { EVAL_FIELDS, type EvalField } from '../src/eval/compare.js';

interface BaselineFile {
  fields: Partial<Record<EvalField, number>>;
  exact?: Record<string, EvalField[]>;
}

const baseline = JSON.parse(readFileSync(new URL('../fixtures/eval-baseline.json', import.meta.url), 'utf8')) as BaselineFile;
let report: EvalReport;

describe('golden fixtures', async () => {
  report = await evaluateCorpus(new URL('../fixtures', import.meta.url).pathname);

  it('finds the fixtures', () => {
    expect(report.documents).toBeGreaterThanOrEqual(5);
  });

  it('produces schema-valid output for every fixture', () => {
    const broken = report.perDocument.filter((d) => d.error).map((d) => `${d.id}: ${d.error}`);
    expect(broken).toEqual([]);
  });

  for (const field of EVAL_FIELDS) {
    const floor = baseline.fields[field];
    if (floor === undefined) continue;
    it(`keeps ${field} F1 at or above the baseline ${(floor * 100).toFixed(1)}%`, () => {
      const s = report.fields[field];
      expect(s, `no gold data for ${field}`).toBeDefined();
      expect(s?.f1 ?? 0).toBeGreaterThanOrEqual(floor - 0.0001);
    });
  }

  for (const [doc, fields] of Object.entries(baseline.exact ?? {})) {
    it(`keeps ${doc} exact on ${fields.join(', ')}`, () => {
      const d = report.perDocument.find((x) => x.id === doc);
      expect(d, `fixture ${doc} is gone`).toBeDefined();
      const broken = fields.filter((f) => {
        const c = d?.counts[f];
        return !c || c.fp > 0 || c.fn > 0;
      });
      const findings = d?.findings.filter((f) => broken.includes(f.field)) ?? [];
      expect(broken, JSON.stringify(findings, null, 1)).toEqual([]);
    });
  }
});
