/**
 * Where analyze() spends its time, stage by stage, on the sources (tsx) — for speed work.
 *
 *   npx tsx scripts/stages.ts [--reps 3] [--html] [--profile] [--only FILE-SUBSTRING]
 *
 * Corpus = the text half of `npm run bench`: every fixture/seed .txt plus the visible text
 * of ../shared/real-html pages. Prints MB/s overall, normalize and segment times, each
 * extractor's and refiner's share; --profile adds a V8 CPU profile summary (by file and
 * by function); --html times the HTML pages instead.
 */
import { readFileSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { Session } from 'node:inspector/promises';
import { load } from 'cheerio';
import { createAnalyzer, defaultExtractors, defaultRefiners, normalize, segment, type Extractor, type Refiner } from '../src/index.js';
// @ts-expect-error plain .mjs helper
import { summarize } from '../bench/cpuprofile-summary.mjs';
// @ts-expect-error plain .mjs helper
import { filesUnder } from '../bench/files.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const opt = (name: string, dflt: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1]! : dflt);
const reps = Number(opt('--reps', '3'));
const only = opt('--only', '');

const files = [resolve(ROOT, '../shared/seeds'), join(ROOT, 'fixtures'), resolve(ROOT, '../shared/real-html')].flatMap((d) => filesUnder(d) as string[]);
const isInput = (f: string) => !/readme|expected|meta|options/iu.test(f) && f.includes(only);
let docs: string[];
if (flag('--html')) docs = files.filter((f) => /\.html?$/u.test(f) && isInput(f)).map((f) => readFileSync(f, 'utf8'));
else {
  docs = files.filter((f) => extname(f) === '.txt' && isInput(f)).map((f) => readFileSync(f, 'utf8'));
  for (const f of files.filter((f) => f.includes('real-html') && isInput(f))) {
    const $ = load(readFileSync(f, 'utf8'));
    const body = $('div.content1').length ? $('div.content1') : $('body');
    docs.push(body.text().replace(/[ \t]+\n/gu, '\n').replace(/\n{3,}/gu, '\n\n'));
  }
}
const format = flag('--html') ? 'html' : 'text';
const times = new Map<string, number>();
const add = (k: string, ms: number) => times.set(k, (times.get(k) ?? 0) + ms);
const extractors = defaultExtractors.map((e) => ({ ...e, extract(ctx) { const s = performance.now(); try { return e.extract(ctx); } finally { add('extract:' + e.id, performance.now() - s); } } }) as Extractor);
const refiners = defaultRefiners.map((r) => ({ ...r, refine(d, c) { const s = performance.now(); try { return r.refine(d, c); } finally { add('refine:' + r.id, performance.now() - s); } } }) as Refiner);
const analyzer = createAnalyzer({ extractors, refiners });
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
for (let i = 0; i < 2; i++) for (const d of docs) analyzer.analyze(d, { format });
times.clear();
let session: Session | null = null;
if (flag('--profile')) {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const t0 = performance.now();
for (let i = 0; i < reps; i++) for (const d of docs) analyzer.analyze(d, { format });
const total = performance.now() - t0;
if (session) {
  const { profile } = await session.post('Profiler.stop');
  console.log(summarize(profile, 40));
}
const t1 = performance.now();
for (let i = 0; i < reps; i++) for (const d of docs) normalize(d, { format });
const tNorm = performance.now() - t1;
const normalized = docs.map((d) => normalize(d, { format }));
const t2 = performance.now();
for (let i = 0; i < reps; i++) for (const d of normalized) segment(d);
const tSeg = performance.now() - t2;
const pct = (ms: number) => `${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%`;
console.log(`${docs.length} ${format} docs, ${(bytes / 1e6).toFixed(2)} MB × ${reps}: ${total.toFixed(0)} ms = ${((bytes * reps) / 1e6 / (total / 1000)).toFixed(2)} MB/s`);
console.log(`${'normalize'.padEnd(24)}${pct(tNorm)}`);
console.log(`${'segment'.padEnd(24)}${pct(tSeg)}`);
let accounted = tNorm + tSeg;
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1])) {
  accounted += v;
  console.log(`${k.padEnd(24)}${pct(v)}`);
}
console.log(`${'rest (assemble, zod)'.padEnd(24)}${pct(total - accounted)}`);
