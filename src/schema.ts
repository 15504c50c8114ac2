/**
 * The output contract (../shared/CONTRACT.md), as zod schemas. Types are inferred from
 * them; nothing here transforms, so `z.toJSONSchema` represents every schema exactly.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1' as const;

/** ISO calendar date `YYYY-MM-DD`, no time zone. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'YYYY-MM-DD');

/** Half-open UTF-16 offsets into the normalized text, plus the 1-based line of `start`. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
});
export type Span = z.infer<typeof SpanSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const DiagnosticSchema = z.object({
  /** `source:rule`, e.g. `normalize:legacy-encoding`, `deadline:unresolved`. */
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  span: SpanSchema.optional(),
  actual: z.string().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const SourceSchema = z.object({
  path: z.string().optional(),
  url: z.string().optional(),
  format: z.enum(['html', 'text', 'markdown']),
  encoding: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
});
export type Source = z.infer<typeof SourceSchema>;

export const KindSchema = z.object({ code: z.string(), name: z.string() });
export type Kind = z.infer<typeof KindSchema>;

export const DocumentNumberSchema = z.object({
  text: z.string(),
  serial: z.string(),
  year: z.number().int().nullable(),
  typeCode: z.string().nullable(),
  issuerCode: z.string().nullable(),
  span: SpanSchema,
});
export type DocumentNumber = z.infer<typeof DocumentNumberSchema>;

export const BodyRefSchema = z.object({
  /** Registry id (`bo-tu-phap`, `ubnd-tinh:ha-tinh`), null when the body is not known. */
  id: z.string().nullable(),
  /** Canonical name. */
  name: z.string(),
  /** As printed. */
  text: z.string(),
  span: SpanSchema,
});
export type BodyRef = z.infer<typeof BodyRefSchema>;

export const IssuedSchema = z.object({
  date: IsoDateSchema.nullable(),
  place: z.string().nullable(),
  span: SpanSchema,
});
export type Issued = z.infer<typeof IssuedSchema>;

export const RelationSchema = z.enum(['basis', 'implements', 'amends', 'replaces', 'mentions']);
export type Relation = z.infer<typeof RelationSchema>;

export const ReferenceSchema = z.object({
  text: z.string(),
  number: z.string().nullable(),
  typeCode: z.string().nullable(),
  issuerCode: z.string().nullable(),
  date: IsoDateSchema.nullable(),
  issuer: z.string().nullable(),
  relation: RelationSchema,
  span: SpanSchema,
});
export type Reference = z.infer<typeof ReferenceSchema>;

export const AuthoritySchema = z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q']);
export type Authority = z.infer<typeof AuthoritySchema>;

export const SignerSchema = z.object({
  name: z.string(),
  title: z.string().nullable(),
  authority: AuthoritySchema.nullable(),
  onBehalfOf: z.string().nullable(),
  source: z.enum(['signature', 'text']),
  span: SpanSchema,
});
export type Signer = z.infer<typeof SignerSchema>;

export const DeadlineKindSchema = z.enum([
  'date',
  'month',
  'quarter',
  'half-year',
  'year',
  'before',
  'range',
  'recurring',
  'continuous',
  'periodic',
  'ad-hoc',
  'relative',
  'unresolved',
]);
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

export const DeadlineSchema = z.object({
  text: z.string(),
  kind: DeadlineKindSchema,
  start: IsoDateSchema.nullable(),
  due: IsoDateSchema.nullable(),
  rrule: z.string().nullable(),
  occurrences: z.array(IsoDateSchema),
  span: SpanSchema,
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const TaskSchema = z.object({
  /** Stable: the same document and the same task give the same id. */
  id: z.string(),
  ordinal: z.string().nullable(),
  section: z.string().nullable(),
  description: z.string(),
  lead: z.array(BodyRefSchema),
  support: z.array(BodyRefSchema),
  deadline: DeadlineSchema.nullable(),
  deliverable: z.string().nullable(),
  source: z.enum(['table', 'list', 'text']),
  span: SpanSchema,
});
export type Task = z.infer<typeof TaskSchema>;

export const BodyMentionSchema = z.object({ text: z.string(), span: SpanSchema });

export const BodySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** e.g. ministry, government, provincial-committee, department, collective. */
  kind: z.string(),
  /** central, province, commune, district, unknown. */
  level: z.string(),
  mentions: z.array(BodyMentionSchema),
});
export type Body = z.infer<typeof BodySchema>;

export const AnalyzedDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  kind: KindSchema.nullable(),
  number: DocumentNumberSchema.nullable(),
  title: z.string().nullable(),
  issuer: BodyRefSchema.nullable(),
  issued: IssuedSchema.nullable(),
  references: z.array(ReferenceSchema),
  signers: z.array(SignerSchema),
  tasks: z.array(TaskSchema),
  bodies: z.array(BodySchema),
  recipients: z.array(z.string()),
  diagnostics: z.array(DiagnosticSchema),
  text: z.string().optional(),
});
export type AnalyzedDocument = z.infer<typeof AnalyzedDocumentSchema>;

/** The line `extract` writes for an input that could not be analysed at all. */
export const FailedDocumentSchema = z.object({
  source: z.object({ path: z.string().optional(), url: z.string().optional() }),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type FailedDocument = z.infer<typeof FailedDocumentSchema>;

/** JSON Schema (draft 2020-12) of AnalyzedDocument, for `vanban schema`. */
export function analyzedDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AnalyzedDocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
