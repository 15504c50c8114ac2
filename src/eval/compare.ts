/**
 * Compare one analysed document with its gold answer, field by field, counting true
 * positives, false positives and false negatives, and listing every miss and false hit.
 */
import type { AnalyzedDocument, BodyRef, Deadline, Task } from '../schema.js';
import type { Gold, GoldTask } from './gold.js';
import { nameMatches, numberKey, prefixMatches, textKey } from './match.js';

export const EVAL_FIELDS = [
  'kind',
  'number',
  'issued-date',
  'issued-place',
  'issuer',
  'title',
  'references',
  'signers',
  'recipients',
  'tasks',
  'lead',
  'support',
  'deadline',
  'deliverable',
  'bodies',
] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Finding {
  field: EvalField;
  type: 'miss' | 'false-hit';
  expected?: unknown;
  actual?: unknown;
}

export interface DocumentScore {
  counts: Partial<Record<EvalField, Counts>>;
  findings: Finding[];
}

class Scorer {
  readonly counts: Partial<Record<EvalField, Counts>> = {};
  readonly findings: Finding[] = [];
  private c(field: EvalField): Counts {
    return (this.counts[field] ??= { tp: 0, fp: 0, fn: 0 });
  }
  tp(field: EvalField): void {
    this.c(field).tp++;
  }
  miss(field: EvalField, expected: unknown, actual?: unknown): void {
    this.c(field).fn++;
    this.findings.push({ field, type: 'miss', expected, ...(actual !== undefined ? { actual } : {}) });
  }
  falseHit(field: EvalField, actual: unknown, expected?: unknown): void {
    this.c(field).fp++;
    this.findings.push({ field, type: 'false-hit', actual, ...(expected !== undefined ? { expected } : {}) });
  }
  /** A value found but wrong: both a miss and a false hit. */
  wrong(field: EvalField, expected: unknown, actual: unknown): void {
    this.miss(field, expected, actual);
    this.c(field).fp++;
  }
  touch(field: EvalField): void {
    this.c(field);
  }
  /** A single-valued field. */
  scalar(field: EvalField, expected: string | null, actual: string | null, equal: (a: string, b: string) => boolean): void {
    this.touch(field);
    if (expected === null) {
      if (actual !== null) this.falseHit(field, actual, null);
      return;
    }
    if (actual === null) this.miss(field, expected, null);
    else if (equal(expected, actual)) this.tp(field);
    else this.wrong(field, expected, actual);
  }
}

/** Greedy one-to-one matching of expected items to actual items, in order. */
function pair<E, A>(expected: readonly E[], actual: readonly A[], match: (e: E, a: A) => boolean): { pairs: [E, A][]; missed: E[]; extra: A[] } {
  const used = new Set<number>();
  const pairs: [E, A][] = [];
  const missed: E[] = [];
  for (const e of expected) {
    const i = actual.findIndex((a, k) => !used.has(k) && match(e, a));
    if (i === -1) missed.push(e);
    else {
      used.add(i);
      pairs.push([e, actual[i] as A]);
    }
  }
  return { pairs, missed, extra: actual.filter((_, k) => !used.has(k)) };
}

function bodiesField(s: Scorer, field: 'lead' | 'support', expected: readonly string[], actual: readonly BodyRef[], taskLabel: string): void {
  s.touch(field);
  const r = pair(expected, actual, (e, a) => nameMatches(e, a.name) || nameMatches(e, a.text) || (a.id !== null && e === a.id));
  for (const _ of r.pairs) s.tp(field);
  for (const e of r.missed) s.miss(field, { task: taskLabel, body: e });
  for (const a of r.extra) s.falseHit(field, { task: taskLabel, body: a.text });
}

function deadlineMatches(expected: NonNullable<GoldTask['deadline']>, actual: Deadline | null): boolean {
  if (!actual) return false;
  for (const [k, v] of Object.entries(expected)) {
    const got = (actual as unknown as Record<string, unknown>)[k];
    if (JSON.stringify(got) !== JSON.stringify(v)) return false;
  }
  return true;
}

export function compareDocument(gold: Gold, doc: AnalyzedDocument): DocumentScore {
  const s = new Scorer();
  const text = doc.text ?? '';
  const same = (a: string, b: string): boolean => textKey(a) === textKey(b);

  if (gold.kind !== undefined) s.scalar('kind', gold.kind, doc.kind?.code ?? null, same);
  if (gold.number !== undefined) s.scalar('number', gold.number, doc.number?.text ?? null, (a, b) => numberKey(a) === numberKey(b));
  if (gold.issued !== undefined) {
    if (gold.issued === null) {
      s.scalar('issued-date', null, doc.issued?.date ?? null, same);
    } else {
      if (gold.issued.date !== undefined) s.scalar('issued-date', gold.issued.date, doc.issued?.date ?? null, same);
      if (gold.issued.place !== undefined) s.scalar('issued-place', gold.issued.place, doc.issued?.place ?? null, nameMatches);
    }
  }
  if (gold.issuer !== undefined) {
    const actual = doc.issuer;
    s.touch('issuer');
    if (gold.issuer === null) {
      if (actual) s.falseHit('issuer', actual.name, null);
    } else if (!actual) s.miss('issuer', gold.issuer, null);
    else if (nameMatches(gold.issuer, actual.name) || nameMatches(gold.issuer, actual.text) || actual.id === gold.issuer) s.tp('issuer');
    else s.wrong('issuer', gold.issuer, actual.name);
  }
  if (gold.title !== undefined) s.scalar('title', gold.title, doc.title, same);

  if (gold.references !== undefined) {
    s.touch('references');
    const actual = doc.references.filter((r) => r.number !== null);
    const r = pair(gold.references, actual, (e, a) => numberKey(e.number) === numberKey(a.number));
    for (const [e, a] of r.pairs) {
      const bad: string[] = [];
      if (e.relation !== undefined && e.relation !== a.relation) bad.push(`relation ${a.relation}`);
      if (e.date !== undefined && e.date !== a.date) bad.push(`date ${a.date}`);
      if (e.typeCode !== undefined && e.typeCode !== a.typeCode) bad.push(`typeCode ${a.typeCode}`);
      if (e.issuerCode !== undefined && e.issuerCode !== a.issuerCode) bad.push(`issuerCode ${a.issuerCode}`);
      if (bad.length) s.wrong('references', e, bad.join(', '));
      else s.tp('references');
    }
    for (const e of r.missed) s.miss('references', e);
    for (const a of r.extra) s.falseHit('references', a.number);
  }

  if (gold.signers !== undefined) {
    s.touch('signers');
    const r = pair(gold.signers, doc.signers, (e, a) => textKey(e.name) === textKey(a.name));
    for (const [e, a] of r.pairs) {
      const bad: string[] = [];
      if (e.title !== undefined && textKey(e.title) !== textKey(a.title)) bad.push(`title ${a.title}`);
      if (e.authority !== undefined && e.authority !== a.authority) bad.push(`authority ${a.authority}`);
      if (e.onBehalfOf !== undefined && textKey(e.onBehalfOf) !== textKey(a.onBehalfOf)) bad.push(`onBehalfOf ${a.onBehalfOf}`);
      if (e.source !== undefined && e.source !== a.source) bad.push(`source ${a.source}`);
      if (bad.length) s.wrong('signers', e, bad.join(', '));
      else s.tp('signers');
    }
    for (const e of r.missed) s.miss('signers', e);
    for (const a of r.extra) s.falseHit('signers', a.name);
  }

  if (gold.recipients !== undefined) {
    s.touch('recipients');
    const r = pair(gold.recipients, doc.recipients, (e, a) => textKey(e) === textKey(a));
    for (const _ of r.pairs) s.tp('recipients');
    for (const e of r.missed) s.miss('recipients', e);
    for (const a of r.extra) s.falseHit('recipients', a);
  }

  if (gold.tasks !== undefined) {
    s.touch('tasks');
    const spanText = (t: Task): string => (text ? text.slice(t.span.start, t.span.end) : t.description);
    const r = pair(gold.tasks, doc.tasks, (e, a) => {
      if (e.ordinal !== undefined && e.ordinal !== null && a.ordinal !== null && textKey(e.ordinal) !== textKey(a.ordinal)) return false;
      return prefixMatches(e.description, a.description) || prefixMatches(e.description, spanText(a));
    });
    for (const [e, a] of r.pairs) {
      s.tp('tasks');
      const label = e.ordinal ?? e.description.slice(0, 40);
      if (e.lead !== undefined) bodiesField(s, 'lead', e.lead, a.lead, label);
      if (e.support !== undefined) bodiesField(s, 'support', e.support, a.support, label);
      if (e.deadline !== undefined) {
        s.touch('deadline');
        if (e.deadline === null) {
          if (a.deadline) s.falseHit('deadline', { task: label, deadline: a.deadline.text });
        } else if (deadlineMatches(e.deadline, a.deadline)) s.tp('deadline');
        else if (a.deadline) {
          const got = { kind: a.deadline.kind, start: a.deadline.start, due: a.deadline.due, rrule: a.deadline.rrule, text: a.deadline.text };
          s.wrong('deadline', { task: label, deadline: e.deadline }, got);
        } else s.miss('deadline', { task: label, deadline: e.deadline }, null);
      }
      if (e.deliverable !== undefined) {
        s.touch('deliverable');
        if (e.deliverable === null) {
          if (a.deliverable) s.falseHit('deliverable', { task: label, deliverable: a.deliverable });
        } else if (prefixMatches(e.deliverable, a.deliverable)) s.tp('deliverable');
        else if (a.deliverable) s.wrong('deliverable', { task: label, deliverable: e.deliverable }, a.deliverable);
        else s.miss('deliverable', { task: label, deliverable: e.deliverable }, a.deliverable);
      }
    }
    for (const e of r.missed) s.miss('tasks', e.ordinal ? `${e.ordinal}. ${e.description}` : e.description);
    for (const a of r.extra) s.falseHit('tasks', a.ordinal ? `${a.ordinal}. ${a.description.slice(0, 80)}` : a.description.slice(0, 80));
  }

  if (gold.bodies !== undefined) {
    s.touch('bodies');
    const ids = new Set(doc.bodies.map((b) => b.id));
    for (const id of gold.bodies) {
      if (ids.has(id)) s.tp('bodies');
      else s.miss('bodies', id);
    }
  }
  return { counts: s.counts, findings: s.findings };
}
