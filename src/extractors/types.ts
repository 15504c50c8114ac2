/**
 * The extractor and refiner interfaces. An extractor is a frozen plain object with a pure
 * `extract(ctx)`; it reads the document, the segments and the results it `requires`, and
 * returns its own result. Refiners combine results across fields after all extractors ran.
 */
import type { NormalizedDocument, TextRange } from '../document.js';
import type { Report } from '../diagnostics.js';
import type {
  Body,
  BodyRef,
  DocumentNumber,
  Issued,
  Kind,
  Reference,
  Signer,
  Task,
} from '../schema.js';
import type { Segments } from '../segment/types.js';

/** A printed phrase and where it stands. */
export interface TextPiece {
  readonly text: string;
  readonly range: TextRange;
}

/**
 * A task as the tasks extractor finds it: bodies and deadline still as printed; the
 * refiners resolve them against the body registry and the deadline grammar.
 */
export interface TaskCandidate {
  readonly ordinal: string | null;
  readonly section: string | null;
  readonly description: string;
  readonly lead: readonly TextPiece[];
  readonly support: readonly TextPiece[];
  readonly deadline: TextPiece | null;
  readonly deliverable: string | null;
  readonly source: Task['source'];
  readonly range: TextRange;
}

export interface ExtractorResults {
  kind: Kind | null;
  number: DocumentNumber | null;
  title: string | null;
  issued: Issued | null;
  issuer: BodyRef | null;
  references: Reference[];
  signers: Signer[];
  recipients: string[];
  tasks: TaskCandidate[];
  bodies: Body[];
}

export type ExtractorId = keyof ExtractorResults;

export interface AnalyzeOptionsResolved {
  /** Reference date for phrases without a year when the document has no issue date. */
  readonly reference: string | null;
  readonly includeText: boolean;
}

export interface ExtractContext {
  readonly doc: NormalizedDocument;
  readonly segments: Segments;
  readonly options: AnalyzeOptionsResolved;
  /** Results of extractors listed in `requires` (and any that ran before). */
  get<K extends ExtractorId>(id: K): ExtractorResults[K];
  report: Report;
}

export interface Extractor<K extends ExtractorId = ExtractorId> {
  readonly id: K;
  readonly requires?: readonly ExtractorId[];
  extract(ctx: ExtractContext): ExtractorResults[K];
}

/** What refiners work on: the extractor results plus resolved tasks. */
export interface Draft extends Omit<ExtractorResults, 'tasks'> {
  tasks: Task[];
  taskCandidates: TaskCandidate[];
}

export interface RefineContext {
  readonly doc: NormalizedDocument;
  readonly segments: Segments;
  readonly options: AnalyzeOptionsResolved;
  report: Report;
}

export interface Refiner {
  readonly id: string;
  refine(draft: Draft, ctx: RefineContext): Draft;
}

export function defineExtractor<K extends ExtractorId>(e: Extractor<K>): Extractor<K> {
  return Object.freeze(e);
}

export function defineRefiner(r: Refiner): Refiner {
  return Object.freeze(r);
}
