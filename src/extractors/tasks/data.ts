/**
 * The tasks extractor's data (src/data/task-columns.json, task-verbs.json), validated once and
 * compiled lazily into matchers. Phrases are matched on a lower-cased copy of the text that keeps
 * every offset (see `lowerKeep`), with their diacritics: "giao" must not match "giáo".
 */
import columnsJson from '../../data/task-columns.json';
import verbsJson from '../../data/task-verbs.json';
import { dataFile } from '../../data/load.js';
import {
  TaskColumnsFileSchema,
  TaskVerbsFileSchema,
  type TaskColumnsFile,
  type TaskColumnRole,
  type TaskVerbsFile,
} from '../../data/schema.js';
import { alternation, WB_END, WB_START } from '../../text/patterns.js';
import { DIGIT, LETTER, SPACE, WORD, isSurrogate, unitClass } from '../../text/char-class.js';

/** Lower-case a string without changing its length (a character whose lower case is longer is kept). */
export function lowerKeep(s: string): string {
  // Lower-casing never shortens a character; equal lengths mean no character grew.
  const fast = s.toLowerCase();
  if (fast.length === s.length) return fast;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * Lower case, and one tone placement for the open syllables written both ways ("uỷ/ủy",
 * "hoà/hòa"); a closed syllable ("hoạt") keeps its mark. Same length as the input.
 */
export function phraseKey(s: string): string {
  // One pass for the six spellings (they cannot overlap, and each keeps letters letters).
  return lowerKeep(s.normalize('NFC')).replace(OPEN_SYLLABLE_TONE, (m) => TONE_PLACEMENT[m] as string);
}

const OPEN_SYLLABLE_TONE = /(?:uỷ|o[àáảạã])(?!\p{L})/gu;
const TONE_PLACEMENT: Readonly<Record<string, string>> = { uỷ: 'ủy', oà: 'òa', oá: 'óa', oả: 'ỏa', oạ: 'ọa', oã: 'õa' };

export interface PhraseMatcher {
  /** Sticky regex: does a phrase start exactly at `lastIndex`? */
  readonly at: RegExp;
  /**
   * The first code unit of every phrase as a bit set (bit c of word c >> 5), or null when a
   * phrase starts with a space: a cheap refusal before the regex, at the many positions where
   * no phrase can start.
   */
  readonly first: Uint32Array | null;
  /** Global regex: every occurrence. */
  readonly all: RegExp;
  readonly phrases: readonly string[];
}

function matcher(phrases: readonly string[]): PhraseMatcher {
  const keys = [...new Set(phrases.map(phraseKey))];
  // A phrase may be cut by a line break where the text was wrapped ("phối hợp\nvới").
  const body = `(?:${alternation(keys).replace(/ /gu, '\\s{1,3}')})${WB_END}`;
  const firstUnits = keys.filter((k) => k.length > 0).map((k) => k.charCodeAt(0));
  const first = new Uint32Array(0x10000 >>> 5);
  for (const c of firstUnits) first[c >>> 5] = (first[c >>> 5] as number) | (1 << (c & 31));
  return {
    at: new RegExp(body, 'uy'),
    first: firstUnits.some((c) => (unitClass(c) & SPACE) !== 0) ? null : first,
    all: new RegExp(`${WB_START}${body}`, 'gu'),
    phrases: keys,
  };
}

/** Whether bit `code` is set (false past the end of the text: NaN). */
function mayStart(first: Uint32Array, code: number): boolean {
  return code === code && (((first[code >>> 5] as number) >>> (code & 31)) & 1) !== 0;
}

/** Length of the phrase starting at `pos` in `key` (a phraseKey'd text), or 0. */
export function phraseAt(m: PhraseMatcher, key: string, pos: number): number {
  if (m.first && !mayStart(m.first, key.charCodeAt(pos))) return 0;
  if (pos > 0 && isLetterOrDigit(key.charCodeAt(pos - 1))) return 0;
  m.at.lastIndex = pos;
  const r = m.at.exec(key);
  return r ? r[0].length : 0;
}

/**
 * Every phrase of `m` in key[start, end), as absolute offsets. The search runs on the slice, so
 * its cost is the slice's length, never the rest of the document.
 */
export function phrasesIn(m: PhraseMatcher, key: string, start: number, end: number): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  const slice = key.slice(start, end);
  const re = m.all;
  re.lastIndex = 0;
  for (let r = re.exec(slice); r; r = re.exec(slice)) {
    const index = start + r.index;
    if (index === start && start > 0 && isLetterOrDigit(key.charCodeAt(start - 1))) continue;
    out.push({ index, length: r[0].length });
  }
  return out;
}

export interface CompiledTaskData {
  readonly columns: TaskColumnsFile;
  readonly verbs: TaskVerbsFile;
  readonly directive: PhraseMatcher;
  readonly opener: PhraseMatcher;
  readonly lead: PhraseMatcher;
  readonly support: PhraseMatcher;
  readonly modal: PhraseMatcher;
  readonly action: PhraseMatcher;
  readonly exhortation: PhraseMatcher;
  readonly narration: PhraseMatcher;
  readonly speech: PhraseMatcher;
  readonly boilerplate: PhraseMatcher;
  readonly nonTaskOpener: PhraseMatcher;
  readonly basisClause: PhraseMatcher;
  readonly personTitle: PhraseMatcher;
  readonly determiner: PhraseMatcher;
  readonly head: PhraseMatcher;
  readonly notHead: PhraseMatcher;
  readonly collective: PhraseMatcher;
  /** Words after which a body's name cannot go on ("trên cơ sở", "căn cứ", "để"). */
  readonly nameBreak: PhraseMatcher;
  /** "có liên quan": goes on with a name although "có" breaks one. */
  readonly nameContinuation: PhraseMatcher;
  readonly headingPrefix: PhraseMatcher;
  /** Cadence words that are a task's deadline when they open its action ("Thường xuyên kiểm tra …"). */
  readonly cadenceOpener: PhraseMatcher;
  /** Every word that ends a body's name when written in lower case (verbs, markers, modals …). */
  readonly nameStop: PhraseMatcher;
  readonly labels: Readonly<Record<LabelKind, ReadonlySet<string>>>;
  /** Field label key → the first of LABEL_KINDS whose list holds it. */
  readonly labelKinds: ReadonlyMap<string, LabelKind>;
  /** Lower-cased units a text's first letter may have for its labelKey to be a field label (see mayOpenLabel). */
  readonly labelFirstUnits: ReadonlySet<number>;
  readonly nonTaskSections: readonly string[];
  readonly assignmentSections: readonly string[];
  /** Header variant (normalised) → role; longest first. */
  readonly headerVariants: readonly { key: string; role: TaskColumnRole }[];
  readonly disqualifyingHeaders: readonly string[];
  readonly headerQualifiers: readonly string[];
}

/** The kinds of field label, in the order a label is looked up. */
export type LabelKind = 'lead' | 'support' | 'container' | 'deadline' | 'deliverable' | 'content' | 'disqualifying';

export const LABEL_KINDS: readonly LabelKind[] = ['lead', 'support', 'container', 'deadline', 'deliverable', 'content', 'disqualifying'];

const lowerUnits = new Map<number, number>();

/**
 * phraseKey of one letter on its own — its lower case when that is one unit, else the letter
 * (lowerKeep) — or -1 when NFC would change it (U+212A KELVIN SIGN): then no guess is made.
 */
function lowerUnit(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  let l = lowerUnits.get(code);
  if (l === undefined) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    l = ch.normalize('NFC') !== ch ? -1 : lower.length === 1 ? lower.charCodeAt(0) : code;
    lowerUnits.set(code, l);
  }
  return l;
}

/**
 * Whether labelKey(text[start, end)) may be a field label, by the text's first letter alone:
 * most paragraphs start with a letter no label starts with, and are refused without a copy,
 * a key or a look-up. It may say yes wrongly, never no wrongly (a surrogate or a mark before
 * the first letter, which NFC could change, says yes).
 */
export function mayOpenLabel(data: CompiledTaskData, text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isSurrogate(code)) return true;
    const bits = unitClass(code);
    if ((bits & LETTER) !== 0) {
      const lower = lowerUnit(code);
      return lower < 0 || data.labelFirstUnits.has(lower);
    }
    // A mark or a digit: labelKey drops a digit, but a mark might compose with a letter.
    if ((bits & WORD) !== 0 && (bits & DIGIT) === 0) return true;
  }
  return false;
}

/**
 * The lower-cased first letters a text may start with for its labelKey to start with the
 * first letter of one of `keys`: that letter, its base letter (the text may be decomposed),
 * and the open syllables whose tone placement phraseKey moves ("oà" → "òa").
 */
function labelFirstUnitsOf(keys: Iterable<string>): ReadonlySet<number> {
  const out = new Set<number>();
  for (const k of keys) {
    if (k.length === 0) continue;
    out.add(k.charCodeAt(0));
    out.add(k.normalize('NFD').charCodeAt(0));
    for (const [from, to] of Object.entries(TONE_PLACEMENT)) if (to.charCodeAt(0) === k.charCodeAt(0)) out.add(from.charCodeAt(0));
  }
  return out;
}

/** The kind of the field label whose labelKey is `key`, or null (one map look-up, not one per kind). */
export function labelKindOf(data: CompiledTaskData, key: string): LabelKind | null {
  return data.labelKinds.get(key) ?? null;
}

let compiled: CompiledTaskData | undefined;

/** `/[\p{L}\p{N}]/u` on one code unit (a lone surrogate is neither), by the unit table. */
function isLetterOrDigit(code: number): boolean {
  return (unitClass(code) & (LETTER | DIGIT)) !== 0;
}

/** Normalise a header or label: lower case, non-letters to one space, trimmed. */
export function labelKey(s: string): string {
  const k = phraseKey(s);
  // `k.replace(/[^\p{L}]+/gu, ' ').trim()`, by the unit table: the runs of letters, one space between.
  let out = '';
  let from = -1;
  for (let i = 0; i <= k.length; i++) {
    const code = i < k.length ? k.charCodeAt(i) : -1;
    if (code >= 0 && isSurrogate(code)) return k.replace(/[^\p{L}]+/gu, ' ').trim();
    if (code >= 0 && (unitClass(code) & LETTER) !== 0) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out = out ? `${out} ${k.slice(from, i)}` : k.slice(from, i);
      from = -1;
    }
  }
  return out;
}

/**
 * `labelKey` through a memo for one document: a page repeats its labels and headings (and a
 * hostile one the same lines by the thousand), so each distinct string is keyed once.
 */
export function labelKeyMemo(): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    let k = memo.get(s);
    if (k === undefined) {
      k = labelKey(s);
      memo.set(s, k);
    }
    return k;
  };
}

export function taskData(): CompiledTaskData {
  if (compiled) return compiled;
  const columns = dataFile(TaskColumnsFileSchema, columnsJson);
  const verbs = dataFile(TaskVerbsFileSchema, verbsJson);
  const headerVariants = columns.roles
    .flatMap((r) => r.headers.map((h) => ({ key: labelKey(h), role: r.role })))
    .sort((a, b) => b.key.length - a.key.length);
  const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map(labelKey));
  const labels: Record<LabelKind, ReadonlySet<string>> = {
    lead: set(verbs.fieldLabels.lead),
    support: set(verbs.fieldLabels.support),
    container: set(verbs.fieldLabels.container),
    deadline: set(verbs.fieldLabels.deadline),
    deliverable: set(verbs.fieldLabels.deliverable),
    content: set(verbs.fieldLabels.content),
    disqualifying: set(verbs.fieldLabels.disqualifying),
  };
  const labelKinds = new Map<string, LabelKind>();
  for (const kind of LABEL_KINDS) for (const k of labels[kind]) if (!labelKinds.has(k)) labelKinds.set(k, kind);
  compiled = Object.freeze({
    columns,
    verbs,
    directive: matcher(verbs.directiveVerbs.phrases),
    opener: matcher(verbs.openers.phrases),
    lead: matcher(verbs.leadMarkers.phrases),
    support: matcher(verbs.supportMarkers.phrases),
    modal: matcher(verbs.modals.phrases),
    action: matcher(verbs.actionVerbs.phrases),
    exhortation: matcher(verbs.exhortations.phrases),
    narration: matcher(verbs.narrationMarkers.phrases),
    speech: matcher(verbs.reportedSpeech.phrases),
    boilerplate: matcher(verbs.boilerplate.phrases),
    nonTaskOpener: matcher(verbs.nonTaskOpeners.phrases),
    basisClause: matcher(verbs.basisClauses.phrases),
    personTitle: matcher(verbs.personTitles.phrases),
    determiner: matcher(verbs.determiners.phrases),
    head: matcher(verbs.bodyHeads.phrases),
    notHead: matcher(verbs.notHeads.phrases),
    collective: matcher(verbs.collectives.phrases),
    nameBreak: matcher(verbs.nameBreaks.phrases),
    nameContinuation: matcher(verbs.nameContinuations.phrases),
    headingPrefix: matcher(verbs.headingPrefixes.phrases),
    cadenceOpener: matcher(verbs.cadenceOpeners.phrases),
    nameStop: matcher([
      ...verbs.actionVerbs.phrases,
      ...verbs.leadMarkers.phrases,
      ...verbs.supportMarkers.phrases,
      ...verbs.modals.phrases,
      ...verbs.directiveVerbs.phrases,
      ...verbs.narrationMarkers.phrases,
      ...verbs.openers.phrases,
      ...verbs.reportedSpeech.phrases,
      ...verbs.boilerplate.phrases,
    ]),
    labels,
    labelKinds,
    labelFirstUnits: labelFirstUnitsOf(labelKinds.keys()),
    nonTaskSections: verbs.sections.nonTask.map(labelKey),
    assignmentSections: verbs.sections.assignment.map(labelKey),
    headerVariants,
    disqualifyingHeaders: columns.disqualifiers.headers.map(labelKey),
    headerQualifiers: columns.qualifiers.words.map(labelKey).sort((a, b) => b.length - a.length),
  });
  return compiled;
}
