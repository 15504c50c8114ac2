/**
 * Evaluate a folder of gold documents: discover every `expected.json` under a folder, analyse the
 * input beside each, and add up precision, recall and F1 per field.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import { GoldSchema, type Gold } from './gold.js';
import { compareDocument, EVAL_FIELDS, type Counts, type EvalField, type Finding } from './compare.js';

export interface FieldScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentReport {
  id: string;
  counts: Partial<Record<EvalField, Counts>>;
  findings: Finding[];
  error?: string;
}

export interface EvalReport {
  documents: number;
  fields: Partial<Record<EvalField, FieldScore>>;
  perDocument: DocumentReport[];
}

export interface GoldDocument {
  id: string;
  dir: string;
  inputPath: string;
  gold: Gold;
  options: AnalyzeOptions;
}

const INPUT_NAMES = ['input.html', 'input.htm', 'input.txt', 'input.md'];

export async function findGoldDocuments(root: string): Promise<GoldDocument[]> {
  const out: GoldDocument[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    const names = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
    if (names.has('expected.json')) {
      const input = INPUT_NAMES.find((n) => names.has(n));
      if (input) {
        const raw = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as unknown;
        const parsed = GoldSchema.safeParse(raw);
        if (!parsed.success) {
          throw new Error(`${join(dir, 'expected.json')}: not in the gold format: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        }
        let options: AnalyzeOptions = {};
        if (names.has('options.json')) options = JSON.parse(await readFile(join(dir, 'options.json'), 'utf8')) as AnalyzeOptions;
        out.push({ id: relative(root, dir) || '.', dir, inputPath: join(dir, input), gold: parsed.data, options });
      }
    }
    for (const e of entries) if (e.isDirectory() && e.name !== 'node_modules') await walk(join(dir, e.name));
  };
  await walk(root);
  return out;
}

export function score(c: Counts): FieldScore {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export async function evaluateCorpus(root: string): Promise<EvalReport> {
  const docs = await findGoldDocuments(root);
  const totals: Partial<Record<EvalField, Counts>> = {};
  const perDocument: DocumentReport[] = [];
  for (const d of docs) {
    const bytes = await readFile(d.inputPath);
    const result = analyze(bytes, { ...d.options, path: d.inputPath, includeText: true });
    const { counts, findings } = compareDocument(d.gold, result);
    const schemaError = result.diagnostics.find((x) => x.code === 'assemble:schema');
    perDocument.push({ id: d.id, counts, findings, ...(schemaError ? { error: schemaError.message } : {}) });
    for (const f of EVAL_FIELDS) {
      const c = counts[f];
      if (!c) continue;
      const t = (totals[f] ??= { tp: 0, fp: 0, fn: 0 });
      t.tp += c.tp;
      t.fp += c.fp;
      t.fn += c.fn;
    }
  }
  const fields: Partial<Record<EvalField, FieldScore>> = {};
  for (const f of EVAL_FIELDS) {
    const t = totals[f];
    if (t) fields[f] = score(t);
  }
  return { documents: docs.length, fields, perDocument };
}

export interface Baseline {
  fields: Partial<Record<EvalField, number>>;
}

export interface BaselineComparison {
  field: EvalField;
  baseline: number | null;
  current: number;
  change: 'gain' | 'loss' | 'same' | 'new';
}

/** Compare F1 per field with a committed baseline; a loss larger than `tolerance` fails. */
export function compareWithBaseline(report: EvalReport, baseline: Baseline, tolerance = 1e-9): BaselineComparison[] {
  const out: BaselineComparison[] = [];
  for (const f of EVAL_FIELDS) {
    const cur = report.fields[f];
    const base = baseline.fields[f];
    if (!cur) continue;
    if (base === undefined) out.push({ field: f, baseline: null, current: cur.f1, change: 'new' });
    else if (cur.f1 < base - tolerance) out.push({ field: f, baseline: base, current: cur.f1, change: 'loss' });
    else if (cur.f1 > base + tolerance) out.push({ field: f, baseline: base, current: cur.f1, change: 'gain' });
    else out.push({ field: f, baseline: base, current: cur.f1, change: 'same' });
  }
  return out;
}

export function baselineOf(report: EvalReport): Baseline {
  const fields: Partial<Record<EvalField, number>> = {};
  for (const f of EVAL_FIELDS) {
    const s = report.fields[f];
    if (s) fields[f] = Math.round(s.f1 * 10000) / 10000;
  }
  return { fields };
}

export function formatReport(report: EvalReport): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [`documents: ${report.documents}`, '', `${'field'.padEnd(14)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}`];
  for (const f of EVAL_FIELDS) {
    const s = report.fields[f];
    if (!s) continue;
    lines.push(`${f.padEnd(14)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`);
  }
  return lines.join('\n');
}

export function formatFindings(report: EvalReport): string {
  const lines: string[] = [];
  for (const d of report.perDocument) {
    if (d.error) lines.push(`${d.id}  error  ${d.error}`);
    for (const f of d.findings) {
      const what = f.type === 'miss' ? `missed ${JSON.stringify(f.expected)}${f.actual !== undefined ? ` (got ${JSON.stringify(f.actual)})` : ''}` : `false hit ${JSON.stringify(f.actual)}`;
      lines.push(`${d.id}  ${f.field}  ${what}`);
    }
  }
  return lines.join('\n');
}
