/**
 * analyze(input) = normalize → segment → extractors → refiners → assemble (+ zod check).
 * Synchronous and pure; a failing stage becomes an error diagnostic, never a throw.
 */
import { normalize, type NormalizeOptions } from './normalize/index.js';
import { segment } from './segment/index.js';
import { createReporter, sortDiagnostics } from './diagnostics.js';
import { defaultExtractors } from './extractors/index.js';
import { defaultRefiners } from './refiners/index.js';
import type {
  AnalyzeOptionsResolved,
  Draft,
  ExtractContext,
  Extractor,
  ExtractorId,
  ExtractorResults,
  Refiner,
} from './extractors/types.js';
import {
  AnalyzedDocumentSchema,
  SCHEMA_VERSION,
  type AnalyzedDocument,
  type Diagnostic,
} from './schema.js';
import type { NormalizedDocument } from './document.js';
import type { Segments } from './segment/types.js';
import { z } from 'zod';

export interface AnalyzeOptions extends NormalizeOptions {
  /** Reference date (YYYY-MM-DD) for phrases without a year when the document states no issue date. */
  reference?: string;
  /** Return the normalized text the spans point into. */
  includeText?: boolean;
  /** Check the result against the zod schema (default true). */
  validate?: boolean;
}

export interface AnalyzerConfig {
  extractors?: readonly Extractor[];
  refiners?: readonly Refiner[];
}

export interface Analyzer {
  analyze(input: string | Uint8Array, options?: AnalyzeOptions): AnalyzedDocument;
}

const EMPTY_RESULTS: ExtractorResults = {
  kind: null,
  number: null,
  title: null,
  issued: null,
  issuer: null,
  references: [],
  signers: [],
  recipients: [],
  tasks: [],
  bodies: [],
};

/** Order extractors so that each runs after those it requires; throws on misuse. */
export function orderExtractors(list: readonly Extractor[]): Extractor[] {
  const byId = new Map<ExtractorId, Extractor>();
  for (const e of list) {
    if (byId.has(e.id)) throw new TypeError(`vanban: two extractors share the id '${e.id}'`);
    byId.set(e.id, e);
  }
  const ordered: Extractor[] = [];
  const state = new Map<ExtractorId, 'visiting' | 'done'>();
  const visit = (e: Extractor, path: string[]): void => {
    const s = state.get(e.id);
    if (s === 'done') return;
    if (s === 'visiting') throw new TypeError(`vanban: extractors require each other in a cycle: ${[...path, e.id].join(' → ')}`);
    state.set(e.id, 'visiting');
    for (const dep of e.requires ?? []) {
      const d = byId.get(dep);
      if (!d) throw new TypeError(`vanban: extractor '${e.id}' requires '${dep}', which is not registered`);
      visit(d, [...path, e.id]);
    }
    state.set(e.id, 'done');
    ordered.push(e);
  };
  for (const e of list) visit(e, []);
  return ordered;
}

function causeMessage(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/** Configure once, then analyze many documents. */
export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  const extractors = orderExtractors(config.extractors ?? defaultExtractors);
  const refiners = [...(config.refiners ?? defaultRefiners)];

  function run(doc: NormalizedDocument, segments: Segments, opts: AnalyzeOptionsResolved, diags: Diagnostic[]): Draft {
    const results: ExtractorResults = { ...EMPTY_RESULTS };
    for (const e of extractors) {
      const report = createReporter(doc, e.id, diags);
      const ctx: ExtractContext = {
        doc,
        segments,
        options: opts,
        get: (id) => results[id],
        report,
      };
      try {
        (results as unknown as Record<string, unknown>)[e.id] = e.extract(ctx);
      } catch (err) {
        report({ rule: 'crashed', severity: 'error', message: `extractor failed: ${causeMessage(err)}` });
      }
    }
    let draft: Draft = { ...results, tasks: [], taskCandidates: results.tasks };
    for (const r of refiners) {
      const report = createReporter(doc, r.id, diags);
      try {
        draft = r.refine(draft, { doc, segments, options: opts, report });
      } catch (err) {
        report({ rule: 'crashed', severity: 'error', message: `refiner failed: ${causeMessage(err)}` });
      }
    }
    return draft;
  }

  return Object.freeze({
    analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): AnalyzedDocument {
      const diags: Diagnostic[] = [];
      const doc = normalize(input, options);
      diags.push(...doc.diagnostics);
      const opts: AnalyzeOptionsResolved = {
        reference: options.reference ?? null,
        includeText: options.includeText ?? false,
      };
      let segments: Segments;
      try {
        segments = segment(doc);
      } catch (err) {
        createReporter(doc, 'segment', diags)({ rule: 'crashed', severity: 'error', message: causeMessage(err) });
        segments = { regions: [], isNewsPage: false, contentLines: doc.lines };
      }
      const draft = run(doc, segments, opts, diags);
      const result: AnalyzedDocument = {
        schemaVersion: SCHEMA_VERSION,
        source: { ...doc.source },
        kind: draft.kind,
        number: draft.number,
        title: draft.title,
        issuer: draft.issuer,
        issued: draft.issued,
        references: draft.references,
        signers: draft.signers,
        tasks: draft.tasks,
        bodies: draft.bodies,
        recipients: draft.recipients,
        diagnostics: sortDiagnostics(diags),
      };
      if (opts.includeText) result.text = doc.text;
      if (options.validate !== false) {
        // A result the check rejects is parsed again by the runtime parser, for its issues.
        const checked = resultSchema().validate(result) ? null : AnalyzedDocumentSchema.safeParse(result);
        if (checked && !checked.success) {
          result.diagnostics.push({
            code: 'assemble:schema',
            severity: 'error',
            message: `result does not match the schema: ${checked.error.issues
              .slice(0, 3)
              .map((i) => `${i.path.join('.')}: ${i.message}`)
              .join('; ')}`,
          });
        }
      }
      return result;
    },
  });
}

let compiledSchema: typeof AnalyzedDocumentSchema | undefined;

/**
 * AnalyzedDocumentSchema with zod's ahead-of-time compiled fast path (z.compile), for
 * `validate`: the same checks as the runtime parser, run by generated straight-line code that
 * builds nothing. safeParse's per-key walk also deep-copied the whole result, which nothing
 * read (~5% of analyze() on plain text, with its garbage); the check is now ~1/20 of that.
 * Compiled on first use, not at import.
 */
function resultSchema(): typeof AnalyzedDocumentSchema {
  compiledSchema ??= z.compile(AnalyzedDocumentSchema);
  return compiledSchema;
}

let defaultAnalyzer: Analyzer | undefined;

/**
 * Analyse one scraped page.
 * @param input decoded text, or bytes whose charset is detected (BOM, meta charset, UTF-8, windows-1258, TCVN3, VNI)
 * @returns a schema-valid AnalyzedDocument; problems are in `diagnostics`
 * @example
 * const doc = analyze('Số: 16/QĐ-TCTCCTTHC\nHà Nội, ngày 07 tháng 02 năm 2024\n…');
 * doc.number?.text; // '16/QĐ-TCTCCTTHC'
 */
export function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): AnalyzedDocument {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(input, options);
}
