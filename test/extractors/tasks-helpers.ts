/** Helpers for the tasks extractor tests: run the extractor alone on an input, and read seeds. */
import { readFileSync } from 'node:fs';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import { tasksExtractor } from '../../src/extractors/tasks/index.js';
import type { ExtractContext, TaskCandidate } from '../../src/extractors/types.js';
import type { DiagnosticInput } from '../../src/diagnostics.js';
import type { NormalizedDocument } from '../../src/document.js';

export interface Run {
  readonly doc: NormalizedDocument;
  readonly tasks: TaskCandidate[];
  readonly diagnostics: DiagnosticInput[];
}

export function runTasks(input: string | Uint8Array, format: 'auto' | 'html' | 'text' | 'markdown' = 'auto'): Run {
  const doc = normalize(input, { format });
  const segments = segment(doc);
  const diagnostics: DiagnosticInput[] = [];
  const ctx = {
    doc,
    segments,
    options: { reference: null, includeText: false },
    get: () => null,
    report: (d: DiagnosticInput) => diagnostics.push(d),
  } as unknown as ExtractContext;
  return { doc, tasks: tasksExtractor.extract(ctx), diagnostics };
}

/** The seeds, as committed in fixtures/ (byte-identical copies of shared/seeds). */
const SEED_FIXTURES: Record<string, string> = {
  '000': 'tin-tuc/2023-tctcct-62-news',
  '001': 'tin-tuc/2024-vpcp-71-tb-news',
  '002': 'tin-tuc/2023-ha-tinh-cchc-news',
  '003': 'tin-tuc/2023-kon-tum-3198-cv-news',
  '004': 'quyet-dinh/2024-tctcct-16-ke-hoach',
};

export function seed(n: keyof typeof SEED_FIXTURES | string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/${SEED_FIXTURES[n]}/input.txt`, import.meta.url));
}

export function fixture(path: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
}

/** White space collapsed. */
export function one(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/gu, ' ').trim();
}

/** The printed text of a task's range. */
export function spanText(run: Run, t: TaskCandidate): string {
  return one(run.doc.text.slice(t.range.start, t.range.end));
}
