/**
 * Zod schemas for the data files in src/data/. Each file says where its entries come from
 * (`source`) and carries its own examples; test/data/*.test.ts checks both.
 */
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'YYYY-MM-DD');

/** Where a converted file comes from: the reference file, its hash, and when it was converted. */
export const ProvenanceSchema = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  converted: IsoDate,
  by: z.string(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

// ---- doc-types.json -------------------------------------------------------------------

export const DocTypeSchema = z.object({
  /** ASCII kebab-case, unique: `qdd-administrative` (Đ is spelled dd). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u),
  /** The abbreviation, also the kind code vanban outputs; null when the type has none (Thư công). */
  code: z.string().nullable(),
  /** Short type name, as printed in a heading or a citation: "Quyết định". */
  name: z.string(),
  /** The TSV's name, with its qualifier: "Quyết định (cá biệt)". */
  label: z.string(),
  nameEn: z.string(),
  family: z.enum(['administrative', 'copy', 'practice', 'normative', 'party']),
  /** False when the code is never printed in a số/ký hiệu (Công văn). */
  inSymbol: z.boolean(),
  /** Other names of the same type in headings and citations ("Bộ luật"). */
  aliases: z.array(z.string()),
  definedIn: z.string().nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  verified: z.string(),
  symbolPattern: z.string().nullable(),
  notes: z.string().nullable(),
  /** Real numbers of this type (from the domain notes and seeds). */
  examples: z.array(z.string()),
});
export type DocType = z.infer<typeof DocTypeSchema>;

export const DocTypesFileSchema = z.object({
  '#': z.string(),
  source: ProvenanceSchema,
  decisions: z.array(z.string()),
  types: z.array(DocTypeSchema).min(1),
});
export type DocTypesFile = z.infer<typeof DocTypesFileSchema>;

// ---- issuer-codes.json ----------------------------------------------------------------

export const IssuerCodeSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u),
  code: z.string().min(1),
  name: z.string(),
  level: z.enum(['central', 'local', 'unit', 'party']),
  kind: z.string(),
  validFrom: IsoDate.nullable(),
  /** Last day the code was in use; the TSV's bare year ("2025") is kept as written. */
  validTo: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/u).nullable(),
  verified: z.string(),
  examples: z.array(z.string()),
  notes: z.string().nullable(),
  /** The code is followed by a term number: QH15, UBTVQH15. */
  termNumbered: z.boolean(),
  /** The code alone names one body, so an issuer can be read from it. */
  identifiesBody: z.boolean(),
  /** ASCII-folded spellings (BLDTBXH) accepted as the same code. */
  asciiForms: z.array(z.string()),
});
export type IssuerCode = z.infer<typeof IssuerCodeSchema>;

export const IssuerCodesFileSchema = z.object({
  '#': z.string(),
  source: ProvenanceSchema,
  decisions: z.array(z.string()),
  issuers: z.array(IssuerCodeSchema).min(1),
});
export type IssuerCodesFile = z.infer<typeof IssuerCodesFileSchema>;
