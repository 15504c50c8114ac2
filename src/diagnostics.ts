/**
 * Diagnostics are data on the result (vfile messages), never exceptions.
 * A reporter fills in the span's line and the `source:` prefix of the code.
 */
import { spanOf, type NormalizedDocument, type TextRange } from './document.js';
import type { Diagnostic, Severity } from './schema.js';

export interface DiagnosticInput {
  /** The rule, without the source prefix: `unresolved`, `legacy-encoding`. */
  rule: string;
  severity: Severity;
  message: string;
  range?: TextRange;
  actual?: string;
}

export type Report = (d: DiagnosticInput) => void;

export function createReporter(
  doc: Pick<NormalizedDocument, 'lines'> | null,
  source: string,
  sink: Diagnostic[],
): Report {
  return (d) => {
    const diag: Diagnostic = { code: `${source}:${d.rule}`, severity: d.severity, message: d.message };
    if (d.range && doc) diag.span = spanOf(doc, d.range);
    if (d.actual !== undefined) diag.actual = d.actual.length > 200 ? `${d.actual.slice(0, 200)}…` : d.actual;
    sink.push(diag);
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort by position (unpositioned first), then severity, then code. Stable for equal keys. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const sa = a.d.span?.start ?? -1;
      const sb = b.d.span?.start ?? -1;
      if (sa !== sb) return sa - sb;
      const sev = SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity];
      if (sev !== 0) return sev;
      if (a.d.code !== b.d.code) return a.d.code < b.d.code ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.d);
}
