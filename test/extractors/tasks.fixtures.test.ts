/**
 * Task rows and leads over the hand-checked fixtures (fixtures/**, gold corpus apart): precision
 * and recall of task rows (src/eval pairing: ordinal, then description prefix in the description
 * or in the task's printed span), and lead accuracy — the share of paired tasks whose leads are
 * exactly the expected ones (each expected body printed in a lead, each lead printed as an
 * expected body). The figures are printed; the gold corpus is reported, not asserted.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { findGoldDocuments, type GoldDocument } from '../../src/eval/corpus.js';
import { compareDocument } from '../../src/eval/compare.js';
import { prefixMatches, textKey } from '../../src/eval/match.js';
import type { GoldTask } from '../../src/eval/gold.js';
import type { AnalyzedDocument, Task } from '../../src/schema.js';

interface Figures {
  documents: number;
  tp: number;
  fp: number;
  fn: number;
  leadPairs: number;
  leadExact: number;
}

function leadExact(expected: readonly string[], actual: Task['lead']): boolean {
  const printed = actual.map((b) => textKey(b.text));
  const names = expected.map(textKey);
  const everyExpected = names.every((e) => printed.some((a) => a.includes(e) || e.includes(a)));
  const everyActual = printed.every((a) => names.some((e) => a.includes(e) || e.includes(a)));
  return everyExpected && everyActual;
}

/** The eval's pairing (ordinal first, then description prefix). */
function pairs(gold: readonly GoldTask[], doc: AnalyzedDocument): [GoldTask, Task][] {
  const used = new Set<number>();
  const out: [GoldTask, Task][] = [];
  const text = doc.text ?? '';
  for (const e of gold) {
    const i = doc.tasks.findIndex((a, k) => {
      if (used.has(k)) return false;
      if (e.ordinal && a.ordinal !== null && textKey(e.ordinal) !== textKey(a.ordinal)) return false;
      return prefixMatches(e.description, a.description) || prefixMatches(e.description, text.slice(a.span.start, a.span.end));
    });
    if (i >= 0) {
      used.add(i);
      out.push([e, doc.tasks[i] as Task]);
    }
  }
  return out;
}

async function measure(docs: readonly GoldDocument[]): Promise<Figures> {
  const f: Figures = { documents: 0, tp: 0, fp: 0, fn: 0, leadPairs: 0, leadExact: 0 };
  for (const d of docs) {
    if (!d.gold.tasks) continue;
    const result = analyze(await readFile(d.inputPath), { ...d.options, path: d.inputPath, includeText: true });
    const c = compareDocument({ tasks: d.gold.tasks }, result).counts.tasks;
    f.documents++;
    f.tp += c?.tp ?? 0;
    f.fp += c?.fp ?? 0;
    f.fn += c?.fn ?? 0;
    for (const [e, a] of pairs(d.gold.tasks, result)) {
      if (!e.lead) continue;
      f.leadPairs++;
      if (leadExact(e.lead, a.lead)) f.leadExact++;
    }
  }
  return f;
}

function show(name: string, f: Figures): string {
  const p = f.tp / Math.max(1, f.tp + f.fp);
  const r = f.tp / Math.max(1, f.tp + f.fn);
  return `${name}: ${f.documents} documents, task rows P=${p.toFixed(3)} R=${r.toFixed(3)} (tp ${f.tp}, fp ${f.fp}, fn ${f.fn}); lead exact ${f.leadExact}/${f.leadPairs} = ${(f.leadExact / Math.max(1, f.leadPairs)).toFixed(3)}`;
}

describe('tasks over the fixtures', async () => {
  const root = new URL('../../fixtures', import.meta.url).pathname;
  const all = await findGoldDocuments(root);
  const mine = all.filter((d) => !d.id.startsWith('gold/'));
  const gold = all.filter((d) => d.id.startsWith('gold/'));

  it('finds the task rows and their leads in the hand-checked fixtures', async () => {
    const f = await measure(mine);
    console.log(show('fixtures', f));
    expect(f.documents).toBeGreaterThanOrEqual(18);
    expect(f.tp / (f.tp + f.fp)).toBeGreaterThanOrEqual(0.95);
    expect(f.tp / (f.tp + f.fn)).toBeGreaterThanOrEqual(0.95);
    expect(f.leadExact / f.leadPairs).toBeGreaterThanOrEqual(0.9);
  });

  it('reports the figures on the gold corpus (not tuned on, not asserted)', async () => {
    const f = await measure(gold);
    console.log(show('gold', f));
    expect(f.documents).toBeGreaterThanOrEqual(0);
  });
});
