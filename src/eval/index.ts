export { evaluateCorpus, findGoldDocuments, compareWithBaseline, baselineOf, formatReport, formatFindings, score } from './corpus.js';
export type { EvalReport, FieldScore, DocumentReport, Baseline, BaselineComparison, GoldDocument } from './corpus.js';
export { compareDocument, EVAL_FIELDS } from './compare.js';
export type { EvalField, Counts, Finding, DocumentScore } from './compare.js';
export { GoldSchema } from './gold.js';
export type { Gold } from './gold.js';
