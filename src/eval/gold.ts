/**
 * The gold format (fixtures/README.md): what a hand-checked expected.json may say.
 * Checked with zod so that a typo in a gold file is an error, not a silent skip.
 */
import { z } from 'zod';
import { AuthoritySchema, DeadlineKindSchema, IsoDateSchema, RelationSchema } from '../schema.js';

const GoldDeadlineSchema = z
  .object({
    kind: DeadlineKindSchema.optional(),
    start: IsoDateSchema.nullable().optional(),
    due: IsoDateSchema.nullable().optional(),
    rrule: z.string().nullable().optional(),
    occurrences: z.array(IsoDateSchema).optional(),
  })
  .strict();

export const GoldTaskSchema = z
  .object({
    ordinal: z.string().nullable().optional(),
    section: z.string().nullable().optional(),
    description: z.string().min(1),
    lead: z.array(z.string()).optional(),
    support: z.array(z.string()).optional(),
    deadline: GoldDeadlineSchema.nullable().optional(),
    deliverable: z.string().nullable().optional(),
  })
  .strict();
export type GoldTask = z.infer<typeof GoldTaskSchema>;

export const GoldSignerSchema = z
  .object({
    name: z.string(),
    title: z.string().nullable().optional(),
    authority: AuthoritySchema.nullable().optional(),
    onBehalfOf: z.string().nullable().optional(),
    source: z.enum(['signature', 'text']).optional(),
  })
  .strict();
export type GoldSigner = z.infer<typeof GoldSignerSchema>;

export const GoldReferenceSchema = z
  .object({
    number: z.string(),
    relation: RelationSchema.optional(),
    date: IsoDateSchema.nullable().optional(),
    typeCode: z.string().nullable().optional(),
    issuerCode: z.string().nullable().optional(),
  })
  .strict();
export type GoldReference = z.infer<typeof GoldReferenceSchema>;

export const GoldSchema = z
  .object({
    $comment: z.string().optional(),
    kind: z.string().nullable().optional(),
    number: z.string().nullable().optional(),
    issued: z
      .object({ date: IsoDateSchema.nullable().optional(), place: z.string().nullable().optional() })
      .strict()
      .nullable()
      .optional(),
    issuer: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
    references: z.array(GoldReferenceSchema).optional(),
    signers: z.array(GoldSignerSchema).optional(),
    recipients: z.array(z.string()).optional(),
    tasks: z.array(GoldTaskSchema).optional(),
    bodies: z.array(z.string()).optional(),
  })
  .strict();
export type Gold = z.infer<typeof GoldSchema>;
