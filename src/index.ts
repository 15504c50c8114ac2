/**
 * vanban — Vietnamese government documents → typed, validated data.
 * This is the only public entry point.
 */
export { analyze, createAnalyzer, orderExtractors } from './analyze.js';
export type { AnalyzeOptions, Analyzer, AnalyzerConfig } from './analyze.js';
export { analyzeFile, analyzeFiles } from './files.js';
export type { AnalyzeFilesOptions } from './files.js';
export { parseDeadline, parseDeadlineDetailed, findDeadlinePhrases } from './deadline/index.js';
export type { ParseDeadlineOptions, DeadlineDetails, DeadlineNote, DeadlinePhrase, FindDeadlinePhrasesOptions } from './deadline/index.js';
export { extractNumber } from './extractors/number/parse.js';
export { normalize } from './normalize/index.js';
export type { NormalizeOptions } from './normalize/index.js';
export { segment } from './segment/index.js';
export { defaultExtractors } from './extractors/index.js';
export { defaultRefiners } from './refiners/index.js';
export { defineExtractor, defineRefiner } from './extractors/types.js';
export type { Extractor, ExtractContext, ExtractorResults, Refiner, TaskCandidate, TextPiece } from './extractors/types.js';
export type { NormalizedDocument, Table, TableCell, Line, TextRange } from './document.js';
export type { Segments, Region, RegionKind } from './segment/types.js';
export * from './schema.js';
export { toCsv, csvHead, csvRows, CSV_HEADER, toIcs, icsTodos, toTrackerRecords, streamFormat, FORMAT_NAMES } from './export/index.js';
export type { IcsOptions, TrackerRecord, FormatName, StreamFormat } from './export/index.js';
export {
  evaluateCorpus,
  compareDocument,
  compareWithBaseline,
  baselineOf,
  formatReport,
  formatFindings,
  GoldSchema,
  EVAL_FIELDS,
} from './eval/index.js';
export type { EvalReport, FieldScore, Baseline, BaselineComparison, Gold, EvalField } from './eval/index.js';
