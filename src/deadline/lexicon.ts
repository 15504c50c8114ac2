/**
 * The phrase data of the deadline grammar (src/data/deadline-phrases.json), validated with
 * zod and compiled into regex sources on first use. Phrases match on the folded text
 * (src/text/fold.ts: case and diacritics removed, same length), except the number words,
 * which keep their diacritics (folded, `tư` would read as `từ` and `sáu` as `sau`).
 */
import { z } from 'zod';
import raw from '../data/deadline-phrases.json';
import { foldKey } from '../text/fold.js';
import { escapeRegExp } from '../text/patterns.js';
import { dataFile } from '../data/load.js';
import type { Unit } from './tokens.js';

const PhraseClassSchema = z.object({
  '#': z.string(),
  phrases: z.array(z.string().min(1)).min(1),
  notFollowedBy: z.array(z.string()).optional(),
  examples: z.array(z.string()).min(1),
});

const MapClassSchema = <T extends z.ZodType>(value: T) =>
  z.object({ '#': z.string(), map: z.record(z.string(), value), examples: z.array(z.string()).min(1) });

const UnitSchema = z.enum(['day', 'week', 'month', 'quarter', 'year']);

export const DeadlinePhrasesSchema = z.object({
  '#': z.string(),
  source: z.string(),
  classes: z.object({
    beforeExclusive: PhraseClassSchema,
    beforeInclusive: PhraseClassSchema,
    within: PhraseClassSchema,
    completion: PhraseClassSchema,
    from: PhraseClassSchema,
    fromNow: PhraseClassSchema,
    to: PhraseClassSchema,
    and: PhraseClassSchema,
    or: PhraseClassSchema,
    continuous: PhraseClassSchema,
    adHoc: PhraseClassSchema,
    periodic: PhraseClassSchema,
    every: PhraseClassSchema,
    timesSuffix: PhraseClassSchema,
    next: PhraseClassSchema,
    current: PhraseClassSchema,
    after: PhraseClassSchema,
    event: PhraseClassSchema,
    immediate: PhraseClassSchema,
    anchorIssue: PhraseClassSchema,
    anchorOther: PhraseClassSchema,
    followingYears: PhraseClassSchema,
    horizon: PhraseClassSchema,
    stage: PhraseClassSchema,
    academic: PhraseClassSchema,
    partEarly: PhraseClassSchema,
    partMiddle: PhraseClassSchema,
    partLate: PhraseClassSchema,
    halfFirst: PhraseClassSchema,
    halfSecond: PhraseClassSchema,
    vagueEarly: PhraseClassSchema,
    vagueLate: PhraseClassSchema,
    thisYear: PhraseClassSchema,
    workingDays: PhraseClassSchema,
    units: MapClassSchema(UnitSchema),
    weekdays: MapClassSchema(z.string().regex(/^(MO|TU|WE|TH|FR|SA|SU)$/u)),
    numberWords: MapClassSchema(z.number().int().positive()),
  }),
});
export type DeadlinePhrases = z.infer<typeof DeadlinePhrasesSchema>;
export type PhraseClassName = {
  [K in keyof DeadlinePhrases['classes']]: DeadlinePhrases['classes'][K] extends { phrases: string[] } ? K : never;
}[keyof DeadlinePhrases['classes']];

/** One space in a phrase stands for 1–3 whitespace characters (NBSP included). */
const SPACE = '\\s{1,3}';

/** A phrase as a regex source over the folded text. */
export function foldedSource(phrase: string): string {
  return foldKey(phrase.normalize('NFC'))
    .trim()
    .split(/\s+/u)
    .map((w) => escapeRegExp(w).replace(/\\\//gu, '\\s{0,1}/\\s{0,1}'))
    .join(SPACE);
}

/** A phrase as a regex source over the lower-cased text (diacritics kept). */
export function exactSource(phrase: string): string {
  return phrase.normalize('NFC').toLowerCase().trim().split(/\s+/u).map(escapeRegExp).join(SPACE);
}

/** Alternation of sources, longest phrase first so the longest wins. */
function alternationOf(sources: readonly string[]): string {
  return [...new Set(sources)].sort((a, b) => b.length - a.length).join('|');
}

export interface CompiledLexicon {
  readonly data: DeadlinePhrases;
  /** `(?:a|b|c)` over the folded text for a phrase class. */
  phrases(name: PhraseClassName): string;
  /** Folded unit word → unit; and the alternation of unit words. */
  readonly unitOf: ReadonlyMap<string, Unit>;
  readonly units: string;
  readonly weekdayOf: ReadonlyMap<string, string>;
  readonly weekdays: string;
  /** Lower-case number word → value; and their alternation (exact, diacritics kept). */
  readonly numberOf: ReadonlyMap<string, number>;
  readonly numberWords: string;
}

let compiled: CompiledLexicon | null = null;

/** The compiled phrase data (built once; the schema is checked by the tests, see src/data/load.ts). */
export function lexicon(): CompiledLexicon {
  if (compiled) return compiled;
  const data = dataFile(DeadlinePhrasesSchema, raw);
  const cache = new Map<PhraseClassName, string>();
  const c = data.classes;
  const unitOf = new Map(Object.entries(c.units.map).map(([k, v]) => [foldKey(k), v] as const));
  const weekdayOf = new Map(Object.entries(c.weekdays.map).map(([k, v]) => [foldKey(k).replace(/\s+/gu, ' '), v] as const));
  const numberOf = new Map(Object.entries(c.numberWords.map).map(([k, v]) => [k.normalize('NFC').toLowerCase(), v] as const));
  compiled = {
    data,
    phrases(name) {
      let s = cache.get(name);
      if (s === undefined) {
        s = `(?:${alternationOf(c[name].phrases.map(foldedSource))})`;
        cache.set(name, s);
      }
      return s;
    },
    unitOf,
    units: `(?:${alternationOf(Object.keys(c.units.map).map(foldedSource))})`,
    weekdayOf,
    weekdays: `(?:${alternationOf(Object.keys(c.weekdays.map).map(foldedSource))})`,
    numberOf,
    numberWords: `(?:${alternationOf(Object.keys(c.numberWords.map).map(exactSource))})`,
  };
  return compiled;
}
