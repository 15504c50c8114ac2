/**
 * Zod schemas for the data files in src/data/. Each file says where its entries come from
 * (`source`) and carries its own examples; test/data/*.test.ts checks both.
 */
import { z } from 'zod';

/**
 * A schema built on its first use. These schemas are needed only when a data file is first
 * loaded (and by the tests), but building all of them at import cost ≈ 14 ms CPU, paid by
 * every `import('vanban')` and by every `extract` worker. The proxy forwards every
 * operation to the real schema, so `.parse`, `.safeParse`, composition (`z.array(X)`,
 * `X.extract([...])`) and `z.infer<typeof X>` work as on the schema itself.
 */
function lazy<T extends object>(build: () => T): T {
  let real: T | undefined;
  const schema = (): T => (real ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    // Reported configurable: a proxy may not claim a non-configurable property its (empty) target lacks.
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(schema(), key);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}

const IsoDate = lazy(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'YYYY-MM-DD'));

/** Where a converted file comes from: the reference file, its hash, and when it was converted. */
export const ProvenanceSchema = lazy(() => z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  converted: IsoDate,
  by: z.string(),
}));
export type Provenance = z.infer<typeof ProvenanceSchema>;

// ---- doc-types.json -------------------------------------------------------------------

export const DocTypeSchema = lazy(() => z.object({
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
}));
export type DocType = z.infer<typeof DocTypeSchema>;

export const DocTypesFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: ProvenanceSchema,
  decisions: z.array(z.string()),
  types: z.array(DocTypeSchema).min(1),
}));
export type DocTypesFile = z.infer<typeof DocTypesFileSchema>;

// ---- issuer-codes.json ----------------------------------------------------------------

export const IssuerCodeSchema = lazy(() => z.object({
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
}));
export type IssuerCode = z.infer<typeof IssuerCodeSchema>;

export const IssuerCodesFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: ProvenanceSchema,
  decisions: z.array(z.string()),
  issuers: z.array(IssuerCodeSchema).min(1),
}));
export type IssuerCodesFile = z.infer<typeof IssuerCodesFileSchema>;

// ---- citation-phrases.json ------------------------------------------------------------

/** A list of phrases with real examples (and counter-examples) the code must handle. */
export const PhraseListSchema = lazy(() => z.object({
  '#': z.string(),
  phrases: z.array(z.string().min(1)).min(1),
  examples: z.array(z.string()).min(1),
  counterExamples: z.array(z.string()).optional(),
}));
export type PhraseList = z.infer<typeof PhraseListSchema>;

export const CitationPhrasesFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: z.string(),
  reportVerbs: PhraseListSchema,
  reportOpeners: PhraseListSchema,
  titleCues: PhraseListSchema,
  basisStarts: PhraseListSchema,
  amendsCues: PhraseListSchema,
  replacesCues: PhraseListSchema,
  implementsCues: PhraseListSchema,
  selfReference: PhraseListSchema,
  lawTypes: PhraseListSchema,
  genericDocuments: PhraseListSchema,
  issuerStops: PhraseListSchema,
}));
export type CitationPhrasesFile = z.infer<typeof CitationPhrasesFileSchema>;

// ---- issuer-header.json ---------------------------------------------------------------

export const IssuerHeaderFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: z.string(),
  organHeads: z.array(z.object({ text: z.string().min(1), capitalisesField: z.boolean() })).min(1),
  placeWords: z.array(z.string().min(1)).min(1),
  notPlaces: z.array(z.string().min(1)),
  properNames: z.array(z.string().min(1)),
  abbreviations: z.array(z.object({ abbr: z.string().min(1), expansion: z.string().min(1) })),
  /** Posts that head the authority line ("Bộ trưởng", "Chủ tịch"). */
  authorityTitles: z.array(z.string().min(1)).min(1),
  /** A printed header and the bodies it names, top (parent) first, in sentence case. */
  examples: z.array(z.object({ printed: z.string(), bodies: z.array(z.string()).min(1) })).min(1),
}));
export type IssuerHeaderFile = z.infer<typeof IssuerHeaderFileSchema>;

// ---- surnames.json, titles.json, signing-authorities.json (signers, issue 4) ------------

const KebabId = lazy(() => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u));

export const SurnameSchema = lazy(() => z.object({
  id: KebabId,
  /** As written in surnames.txt (NFC): "Nguyễn", "Tôn Thất", "Rơ Mah". */
  name: z.string().min(1),
  group: z.enum(['common', 'kinh', 'compound', 'minority']),
}));
export type Surname = z.infer<typeof SurnameSchema>;

export const SurnamesFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: ProvenanceSchema,
  decisions: z.array(z.string()),
  surnames: z.array(SurnameSchema).min(1),
}));
export type SurnamesFile = z.infer<typeof SurnamesFileSchema>;

export const TitleSchema = lazy(() => z.object({
  id: KebabId,
  /** Canonical capitalisation before a person's name: "Phó Thủ tướng". */
  name: z.string().min(1),
  /** Other printed spellings (old tone placement, capitalised words). */
  aliases: z.array(z.string()),
  scope: z.enum(['central', 'local', 'any', 'advisory', 'party', 'court', 'military']),
  /** Real lines or phrases starting with this title; each must match it. */
  examples: z.array(z.string()).min(1),
  verified: z.string(),
}));
export type Title = z.infer<typeof TitleSchema>;

export const HonorificSchema = lazy(() => z.object({
  text: z.string().min(1),
  kind: z.enum(['address', 'rank', 'academic', 'post-abbreviation']),
}));
export type Honorific = z.infer<typeof HonorificSchema>;

export const TitlesFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: ProvenanceSchema,
  decisions: z.array(z.string()),
  titles: z.array(TitleSchema).min(1),
  honorifics: z.array(HonorificSchema),
  bodyWords: z.object({
    '#': z.string(),
    /** Lower-case single syllables. */
    words: z.array(z.string().regex(/^\S+$/u)),
    /** Lower-case two-syllable phrases. */
    pairs: z.array(z.string().regex(/^\S+ \S+$/u)),
  }),
}));
export type TitlesFile = z.infer<typeof TitlesFileSchema>;

export const SigningAuthoritySchema = lazy(() => z.object({
  id: KebabId,
  /** The contract's Authority value. */
  code: z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q']),
  prefix: z.string(),
  expansion: z.string(),
  meaning: z.string(),
  placedBefore: z.string(),
  /** The decree's sentence, quoted. */
  rule: z.string(),
  /** Printed forms accepted at the start of a block line; the first is the canonical prefix. */
  aliases: z.array(z.string()).min(1),
  proseForms: z.array(z.string()),
  examples: z.array(z.string()).min(1),
  counterExamples: z.array(z.string()),
}));
export type SigningAuthority = z.infer<typeof SigningAuthoritySchema>;

export const SigningAuthoritiesFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: ProvenanceSchema,
  verifiedAgainst: z.string(),
  decisions: z.array(z.string()),
  authorities: z.array(SigningAuthoritySchema).length(5),
  signatureMarks: z.object({
    '#': z.string(),
    sources: z.array(z.string()),
    bracketed: z.array(z.string()),
    standalone: z.array(z.string()),
  }),
  digitalSignatureLabels: z.object({ '#': z.string(), sources: z.array(z.string()), labels: z.array(z.string()) }),
  proseSigning: z.object({
    '#': z.string(),
    sources: z.array(z.string()),
    verb: z.string().min(1),
    adverbsBefore: z.array(z.string().min(1)).min(1),
    following: z.array(z.string().min(1)),
    agentMarker: z.string().min(1),
    notFollowedBy: z.array(z.string().min(1)),
  }),
  recipientList: z.object({
    '#': z.string(),
    sources: z.array(z.string()),
    headings: z.array(z.string().min(1)).min(1),
    openings: z.array(z.string().min(1)),
    archive: z.string().min(1),
    notItems: z.array(z.string().min(1)),
    personLabel: z.string().min(1),
  }),
  copyMarkers: z.object({ '#': z.string(), sources: z.array(z.string()), phrases: z.array(z.string()) }),
}));
export type SigningAuthoritiesFile = z.infer<typeof SigningAuthoritiesFileSchema>;

// ---- body registry: central-bodies, provinces, local-body-kinds, collective-bodies, ---------
// ---- abbreviations, body-phrases (vanban bodies, issue 7) ---------------------------------

/** ASCII kebab-case, the key part of a body id (bo-tu-phap, kon-tum, so-noi-vu). */
const BodyKey = lazy(() => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u));

/** Body.kind values. */
export const BodyKindSchema = lazy(() => z.enum([
  'government',
  'prime-minister',
  'ministry',
  'ministry-level',
  'government-agency',
  'people-committee',
  'people-council',
  'department',
  'provincial-agency',
  'task-force',
  'collective',
  'other',
]));
export type BodyKind = z.infer<typeof BodyKindSchema>;

/** Body.level values. */
export const BodyLevelSchema = lazy(() => z.enum(['central', 'province', 'district', 'commune', 'unknown']));
export type BodyLevel = z.infer<typeof BodyLevelSchema>;

/** Provenance of a body data file; the hash is there when the file was converted from one reference file. */
export const BodyDataSourceSchema = lazy(() => z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u).optional(),
  converted: IsoDate,
  by: z.string(),
}));

export const CentralBodySchema = lazy(() => z.object({
  id: BodyKey,
  name: z.string().min(1),
  kind: BodyKindSchema.exclude(['people-committee', 'people-council', 'department', 'provincial-agency', 'collective']),
  /** Issuer code in số/ký hiệu (BTP, VPCP), null when it has none or it is unknown. */
  code: z.string().nullable(),
  /** Other names matched anywhere (VPCP, Ngân hàng Nhà nước). */
  aliases: z.array(z.string()),
  /** Names that mean this body only in its own documents or after its full name (Tổ công tác). */
  shortNames: z.array(z.string()),
  parent: BodyKey.nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  predecessors: z.array(BodyKey),
  successors: z.array(BodyKey),
  examples: z.array(z.string()).min(1),
  counterExamples: z.array(z.string()),
  source: z.string(),
  status: z.string(),
  notes: z.string().nullable(),
}));
export type CentralBody = z.infer<typeof CentralBodySchema>;

export const CentralBodiesFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: BodyDataSourceSchema,
  bodies: z.array(CentralBodySchema).min(1),
}));

export const ProvinceEraSchema = lazy(() => z.enum(['pre-2025-01', 'pre-2025-07', 'post-2025-07', 'post-2026-04']));

export const ProvinceSchema = lazy(() => z.object({
  slug: BodyKey,
  code: z.string().regex(/^\d{2}$/u),
  name: z.string().min(1),
  fullName: z.string().min(1),
  /** province = tỉnh, city = thành phố trực thuộc trung ương. */
  unitType: z.enum(['province', 'city']),
  era: ProvinceEraSchema,
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  successor: BodyKey.nullable(),
  formedFrom: z.array(BodyKey),
  aliases: z.array(z.string()),
  source: z.string(),
  notes: z.string().nullable(),
}));
export type Province = z.infer<typeof ProvinceSchema>;

export const ProvincesFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: BodyDataSourceSchema,
  provinces: z.array(ProvinceSchema).min(1),
}));

const LocalLevel = lazy(() => z.enum(['province', 'district', 'commune']));

export const LevelWordSchema = lazy(() => z.object({
  level: LocalLevel,
  word: z.string().min(1),
  /** For province level: the unit types the word names (tỉnh → province, thành phố → city). */
  unitTypes: z.array(z.enum(['province', 'city'])),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
}));
export type LevelWord = z.infer<typeof LevelWordSchema>;

export const LocalBodyKindSchema = lazy(() => z.object({
  id: BodyKey,
  name: z.string().min(1),
  kind: BodyKindSchema.extract(['people-committee', 'people-council', 'department', 'provincial-agency', 'other']),
  levels: z.array(LocalLevel).min(1),
  /** Id prefix per level: ubnd-tinh, ubnd-huyen, ubnd-xa. */
  idPrefix: z.object({ province: BodyKey.optional(), district: BodyKey.optional(), commune: BodyKey.optional() }),
  /** The name alone is too generic (Công an): a mention needs a level word or a place. */
  needsLevel: z.boolean(),
  /** The place follows the name with no level word (Tỉnh ủy Kon Tum). */
  placeWithoutLevel: z.boolean(),
  code: z.string().nullable(),
  /** The central body it answers to, when there is one. */
  counterpart: BodyKey.nullable(),
  aliases: z.array(z.string()),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  successors: z.array(BodyKey),
  examples: z.array(z.string()).min(1),
  counterExamples: z.array(z.string()),
  source: z.string(),
  status: z.string(),
  notes: z.string().nullable(),
}));
export type LocalBodyKind = z.infer<typeof LocalBodyKindSchema>;

export const LocalBodyKindsFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: BodyDataSourceSchema,
  levelWords: z.array(LevelWordSchema).min(1),
  kinds: z.array(LocalBodyKindSchema).min(1),
}));

export const CollectiveBodySchema = lazy(() => z.object({
  id: BodyKey,
  name: z.string().min(1),
  level: BodyLevelSchema,
  memberKinds: z.array(BodyKindSchema).min(1),
  forms: z.array(z.string()).min(1),
  examples: z.array(z.string()).min(1),
  counterExamples: z.array(z.string()),
  source: z.string(),
  notes: z.string().nullable(),
}));
export type CollectiveBody = z.infer<typeof CollectiveBodySchema>;

export const CollectiveBodiesFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: BodyDataSourceSchema,
  collectives: z.array(CollectiveBodySchema).min(1),
  /** "thành viên X", "các đơn vị thuộc X": a collective made of body X's members or units. */
  groups: z.array(
    z.object({
      id: BodyKey,
      name: z.string(),
      forms: z.array(z.string()).min(1),
      examples: z.array(z.string()).min(1),
      source: z.string(),
      notes: z.string().nullable(),
    }),
  ),
  /** "các tỉnh, thành phố …" after a local-body kind or a head: that kind in every such place. */
  pluralPlaces: z.array(z.object({ id: BodyKey, level: BodyLevelSchema, forms: z.array(z.string()).min(1) })),
}));

export const AbbreviationSchema = lazy(() => z.object({
  id: BodyKey,
  abbr: z.string().min(1),
  expansion: z.string().min(1),
  gloss: z.string(),
  category: z.string(),
  /** Expanded by the body matcher (UBND → Ủy ban nhân dân). */
  inBodyNames: z.boolean(),
  /** Printed variants (KH&ĐT, KHĐT, KH-ĐT). */
  forms: z.array(z.string()).min(1),
  notes: z.string().nullable(),
  source: z.string(),
}));
export type Abbreviation = z.infer<typeof AbbreviationSchema>;

export const AbbreviationsFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: BodyDataSourceSchema,
  abbreviations: z.array(AbbreviationSchema).min(1),
}));

export const BodyHeadSchema = lazy(() => z.object({
  head: z.string().min(1),
  kind: BodyKindSchema,
  /** The name may go on in lower-case topic words (Tổ công tác cải cách thủ tục hành chính). */
  lowercaseTail: z.boolean(),
}));

export const BodyPhrasesFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: BodyDataSourceSchema,
  titles: z.array(z.string()).min(1),
  honorifics: z.array(z.string()).min(1),
  heads: z.array(BodyHeadSchema).min(1),
  topics: z.array(z.string()).min(1),
  notBodies: z.array(z.string()),
  /** Words that may follow a complete name in running text (verbs, prepositions). */
  followers: z.array(z.string()).min(1),
  /** Words that open a new phrase after a comma or "và" (các, cơ quan, đơn vị). */
  openers: z.array(z.string()).min(1),
  cues: z.object({
    lead: z.array(z.string()).min(1),
    support: z.array(z.string()).min(1),
    assign: z.array(z.string()).min(1),
  }),
}));
export type BodyPhrasesFile = z.infer<typeof BodyPhrasesFileSchema>;

// ---- task-columns.json, task-verbs.json (tasks extractor) -----------------------------

export const TaskColumnRoleSchema = lazy(() => z.enum(['ordinal', 'task', 'lead', 'support', 'deadline', 'start', 'deliverable', 'note']));
export type TaskColumnRole = z.infer<typeof TaskColumnRoleSchema>;

export const TaskColumnsFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: z.string(),
  /** Words that may follow a header variant ("Thời gian thực hiện dự kiến"). */
  qualifiers: z.object({ '#': z.string(), words: z.array(z.string().min(1)).min(1) }),
  roles: z
    .array(
      z.object({
        role: TaskColumnRoleSchema,
        '#': z.string(),
        /** Header variants, lower case, words separated by one space. */
        headers: z.array(z.string().min(1)).min(1),
        /** Header cells as printed in real tables; each must map to this role. */
        examples: z.array(z.string()).min(1),
        counterExamples: z.array(z.string()).optional(),
      }),
    )
    .min(1),
  /** Columns that make a table a schedule, a procedure, a price or land table: no tasks. */
  disqualifiers: z.object({ '#': z.string(), headers: z.array(z.string().min(1)).min(1), examples: z.array(z.string()).min(1) }),
}));
export type TaskColumnsFile = z.infer<typeof TaskColumnsFileSchema>;

/** A phrase list whose examples come from stored documents; typicalExamples are written wordings. */
export const TaskPhraseListSchema = lazy(() => z.object({
  '#': z.string(),
  phrases: z.array(z.string().min(1)).min(1),
  examples: z.array(z.string()).min(1),
  typicalExamples: z.array(z.string()).optional(),
  counterExamples: z.array(z.string()).optional(),
}));
export type TaskPhraseList = z.infer<typeof TaskPhraseListSchema>;

const PhraseArray = lazy(() => z.array(z.string().min(1)).min(1));

export const TaskVerbsFileSchema = lazy(() => z.object({
  '#': z.string(),
  source: z.string(),
  directiveVerbs: TaskPhraseListSchema,
  openers: TaskPhraseListSchema,
  leadMarkers: TaskPhraseListSchema,
  supportMarkers: TaskPhraseListSchema,
  modals: TaskPhraseListSchema,
  actionVerbs: TaskPhraseListSchema,
  exhortations: TaskPhraseListSchema,
  narrationMarkers: TaskPhraseListSchema,
  reportedSpeech: TaskPhraseListSchema,
  boilerplate: TaskPhraseListSchema,
  nonTaskOpeners: TaskPhraseListSchema,
  basisClauses: TaskPhraseListSchema,
  personTitles: TaskPhraseListSchema,
  determiners: TaskPhraseListSchema,
  bodyHeads: TaskPhraseListSchema,
  notHeads: TaskPhraseListSchema,
  collectives: TaskPhraseListSchema,
  nameBreaks: TaskPhraseListSchema,
  nameContinuations: TaskPhraseListSchema,
  headingPrefixes: TaskPhraseListSchema,
  fieldLabels: z.object({
    '#': z.string(),
    lead: PhraseArray,
    support: PhraseArray,
    container: PhraseArray,
    deadline: PhraseArray,
    deliverable: PhraseArray,
    content: PhraseArray,
    disqualifying: PhraseArray,
    examples: z.array(z.string()).min(1),
  }),
  sections: z.object({ '#': z.string(), nonTask: PhraseArray, assignment: PhraseArray, examples: z.array(z.string()).min(1) }),
  deadlineConnectors: TaskPhraseListSchema,
  cadenceOpeners: TaskPhraseListSchema,
}));
export type TaskVerbsFile = z.infer<typeof TaskVerbsFileSchema>;
