/**
 * The body registry's data files: schemas, unique ids, links that resolve, every example
 * resolving to its own entry and no counter-example doing so, no two entries spelled the
 * same, fuzzy matching unable to confuse two registry names, and the 2025 facts.
 */
import { describe, expect, it } from 'vitest';
import { distance } from 'fastest-levenshtein';
import abbreviations from '../../src/data/abbreviations.json';
import bodyPhrases from '../../src/data/body-phrases.json';
import central from '../../src/data/central-bodies.json';
import collectives from '../../src/data/collective-bodies.json';
import localKinds from '../../src/data/local-body-kinds.json';
import provinces from '../../src/data/provinces.json';
import {
  AbbreviationsFileSchema,
  BodyPhrasesFileSchema,
  CentralBodiesFileSchema,
  CollectiveBodiesFileSchema,
  LocalBodyKindsFileSchema,
  ProvincesFileSchema,
} from '../../src/data/schema.js';
import { resolveBodyName } from '../../src/bodies/index.js';
import { nameKeys } from '../../src/bodies/stream.js';
import { allowedEdits } from '../../src/bodies/fuzzy.js';
import { registry } from '../../src/bodies/registry.js';

const C = CentralBodiesFileSchema.parse(central);
const P = ProvincesFileSchema.parse(provinces);
const L = LocalBodyKindsFileSchema.parse(localKinds);
const K = CollectiveBodiesFileSchema.parse(collectives);
const A = AbbreviationsFileSchema.parse(abbreviations);
BodyPhrasesFileSchema.parse(bodyPhrases);

const dupes = (xs: readonly string[]): string[] => xs.filter((x, i) => xs.indexOf(x) !== i);

describe('body data files', () => {
  it('parse against their schemas', () => {
    for (const [schema, file] of [
      [CentralBodiesFileSchema, central],
      [ProvincesFileSchema, provinces],
      [LocalBodyKindsFileSchema, localKinds],
      [CollectiveBodiesFileSchema, collectives],
      [AbbreviationsFileSchema, abbreviations],
      [BodyPhrasesFileSchema, bodyPhrases],
    ] as const) {
      const r = schema.safeParse(file);
      expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
    }
  });

  it('have unique ids', () => {
    expect(dupes(C.bodies.map((b) => b.id))).toEqual([]);
    expect(dupes(P.provinces.map((p) => `${p.slug}@${p.era}`))).toEqual([]);
    expect(dupes(L.kinds.map((k) => k.id))).toEqual([]);
    expect(dupes(K.collectives.map((c) => c.id))).toEqual([]);
    expect(dupes(A.abbreviations.map((a) => a.id))).toEqual([]);
    const prefixes = L.kinds.flatMap((k) => Object.values(k.idPrefix));
    expect(dupes(prefixes)).toEqual([]);
  });

  it('link only to ids that exist', () => {
    const ids = new Set(C.bodies.map((b) => b.id));
    for (const b of C.bodies) {
      for (const x of [...b.predecessors, ...b.successors, ...(b.parent ? [b.parent] : [])]) expect(ids.has(x), `${b.id} → ${x}`).toBe(true);
    }
    const slugs = new Set(P.provinces.map((p) => p.slug));
    for (const p of P.provinces) {
      for (const x of [...p.formedFrom, ...(p.successor ? [p.successor] : [])]) expect(slugs.has(x), `${p.slug} → ${x}`).toBe(true);
    }
    const kinds = new Set(L.kinds.map((k) => k.id));
    for (const k of L.kinds) {
      for (const s of k.successors) expect(kinds.has(s), `${k.id} → ${s}`).toBe(true);
      if (k.counterpart) expect(ids.has(k.counterpart), `${k.id} counterpart ${k.counterpart}`).toBe(true);
    }
  });

  it('keep predecessor and successor links symmetric for the 2025 merges', () => {
    const byId = new Map(C.bodies.map((b) => [b.id, b]));
    for (const b of C.bodies) {
      for (const p of b.predecessors) {
        const pred = byId.get(p);
        // Bộ Nội vụ passed only its religion function to Bộ Dân tộc và Tôn giáo and lives on.
        if (pred && pred.validTo) expect(pred.successors, `${p} should name ${b.id}`).toContain(b.id);
      }
    }
  });

  it('never spell two entries the same (across central bodies, local kinds and collectives)', () => {
    const owner = new Map<string, string>();
    const clash: string[] = [];
    const add = (form: string, who: string): void => {
      const key = nameKeys(form).join(' ');
      const prev = owner.get(key);
      if (prev && prev !== who) clash.push(`${form}: ${prev} / ${who}`);
      owner.set(key, who);
    };
    for (const b of C.bodies) for (const f of [b.name, ...b.aliases]) add(f, b.id);
    for (const k of L.kinds) for (const f of [k.name, ...k.aliases]) add(f, k.id);
    for (const c of K.collectives) for (const f of c.forms) add(f, c.id);
    expect(clash).toEqual([]);
  });

  it('leave no two same-head registry names within reach of the fuzzy matcher', () => {
    // The fuzzy matcher's own index: registry names by head word, "và" kept.
    const forms = [...registry().fuzzyForms.values()].flat().map((f) => ({
      id: f.entry.type === 'central' ? f.entry.body.id : f.entry.type === 'local' ? f.entry.kind.id : f.text,
      keys: f.keys,
    }));
    expect(forms.length).toBeGreaterThan(80);
    const close: string[] = [];
    for (let a = 0; a < forms.length; a++) {
      for (let b = a + 1; b < forms.length; b++) {
        const x = forms[a]!;
        const y = forms[b]!;
        if (x.id === y.id || x.keys[0] !== y.keys[0]) continue;
        const tx = x.keys.join(' ');
        const ty = y.keys.join(' ');
        // A misspelling T of x is read as y only if d(T, y) + 2 <= d(T, x) <= allowed(T), so
        // d(x, y) <= 2 * allowed - 2: names further apart than that cannot be confused.
        const lim = allowedEdits(Math.max(tx.length, ty.length) + 2);
        if (distance(tx, ty) <= 2 * lim - 2) close.push(`${tx} ~ ${ty}`);
      }
    }
    expect(close).toEqual([]);
  });

  it('count 18 ministries and 4 ministry-level agencies until 2025-02-28, 14 and 3 from 2025-03-01', () => {
    const on = (date: string, kind: string): number =>
      C.bodies.filter((b) => b.kind === kind && (!b.validFrom || b.validFrom <= date) && (!b.validTo || date <= b.validTo)).length;
    expect(on('2025-02-28', 'ministry')).toBe(18);
    expect(on('2025-02-28', 'ministry-level')).toBe(4);
    expect(on('2025-03-01', 'ministry')).toBe(14);
    expect(on('2025-03-01', 'ministry-level')).toBe(3);
    expect(on('2025-03-01', 'government-agency')).toBe(5);
  });

  it('count 63 provincial units on 2025-06-30 and 34 on 2025-07-01, each old one with a successor', () => {
    const on = (date: string): number => P.provinces.filter((p) => (!p.validFrom || p.validFrom <= date) && (!p.validTo || date <= p.validTo)).length;
    expect(on('2025-06-30')).toBe(63);
    expect(on('2025-07-01')).toBe(34);
    expect(on('2026-04-30')).toBe(34);
    for (const p of P.provinces.filter((x) => x.era === 'pre-2025-07')) expect(p.successor, p.slug).not.toBeNull();
    const post = new Set(P.provinces.filter((p) => p.era === 'post-2025-07').map((p) => p.slug));
    for (const p of P.provinces.filter((x) => x.era === 'pre-2025-07')) expect(post.has(p.successor!), `${p.slug} → ${p.successor}`).toBe(true);
  });

  it('map the merged provinces as the domain notes say (spot checks)', () => {
    const succ = (slug: string): string | null => P.provinces.find((p) => p.slug === slug && p.era === 'pre-2025-07')!.successor;
    expect(succ('kon-tum')).toBe('quang-ngai');
    expect(succ('nam-dinh')).toBe('ninh-binh');
    expect(succ('binh-duong')).toBe('ho-chi-minh');
    expect(succ('bac-giang')).toBe('bac-ninh');
    expect(succ('ha-tinh')).toBe('ha-tinh');
  });
});

describe('every example resolves to its own entry, no counter-example does', () => {
  const ctx = { date: null, issuer: null };
  it.each(C.bodies.map((b) => [b.id, b] as const))('%s', (id, b) => {
    const issuerCtx = b.shortNames.length > 0 ? { ...ctx, code: b.code } : ctx;
    for (const ex of b.examples) expect(resolveBodyName(ex, issuerCtx)?.id, ex).toBe(id);
    for (const ex of b.counterExamples) expect(resolveBodyName(ex, ctx)?.id ?? null, ex).not.toBe(id);
  });

  it.each(L.kinds.map((k) => [k.id, k] as const))('%s', (id, k) => {
    const prefix = k.idPrefix.province ?? k.idPrefix.district ?? id;
    const sub = Object.values(k.idPrefix);
    for (const ex of k.examples) {
      const r = resolveBodyName(ex, { date: '2024-01-01', issuer: null, province: 'kon-tum' });
      expect(r, ex).not.toBeNull();
      expect(sub.some((p) => r!.id?.startsWith(`${p}:`)) || (r!.id === null && r!.name.startsWith(k.name)), `${ex} → ${r?.id} (${prefix})`).toBe(true);
    }
    for (const ex of k.counterExamples) {
      const r = resolveBodyName(ex, { date: '2024-01-01', issuer: null, province: 'kon-tum' });
      expect(r?.id?.startsWith(`${prefix}:`) ?? false, ex).toBe(false);
    }
  });

  it.each(K.collectives.map((c) => [c.id, c] as const))('collective %s', (id, c) => {
    for (const ex of [...c.examples, ...c.forms]) expect(resolveBodyName(ex, ctx)?.id, ex).toBe(`collective:${id}`);
  });
});
