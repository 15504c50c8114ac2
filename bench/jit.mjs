/**
 * JIT churn: what V8's optimising compiler keeps doing once analyze() is warm.
 *
 *   node bench/jit.mjs [--passes 6] [--warm 2] [--dist DIR] [--top 25]
 *
 * Runs the bench's text corpus (fixture and seed .txt files) through the built library
 * `--passes` times in a child node with --trace-opt --trace-deopt, and summarises only the
 * passes after `--warm`: every TurboFan compile there is churn — a function that deopted
 * ("wrong map": an object of a new shape reached it) or lost its optimised code, compiled
 * again. Compiles run on V8's helper threads, so on a two-core machine they take CPU from
 * a second worker: this is what limits `--workers 2 ÷ --workers 1` besides GC.
 * Prints compile ms per pass, the functions compiled most (ms, count) and the deopt
 * reasons by function.
 */
import { spawnSync } from 'node:child_process';
import { resolve, join } from 'node:path';
import { filesUnder } from './files.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const passes = Number(opt('--passes', '6'));
const warm = Number(opt('--warm', '2'));
const top = Number(opt('--top', '25'));
const dist = resolve(opt('--dist', join(ROOT, 'dist')));

if (process.env.VANBAN_JIT_CHILD) {
  const { readFileSync } = await import('node:fs');
  const { analyze } = await import(join(dist, 'index.js'));
  const files = [resolve(ROOT, '../shared/seeds'), join(ROOT, 'fixtures')].flatMap((d) => filesUnder(d)).filter((f) => f.endsWith('.txt') && !/readme/iu.test(f));
  const docs = files.map((f) => readFileSync(f, 'utf8'));
  for (let p = 0; p < passes; p++) {
    console.log(`@@PASS ${p}`);
    for (const d of docs) analyze(d, { format: 'text' });
  }
  process.exit(0);
}

const child = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', import.meta.filename, ...argv], {
  env: { ...process.env, VANBAN_JIT_CHILD: '1' },
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
if (child.status !== 0) {
  console.error(child.stderr);
  process.exit(1);
}
let pass = -1;
const compileMs = new Array(passes).fill(0);
const compiles = new Array(passes).fill(0);
const byFunction = new Map();
const deopts = new Map();
const nameOf = (line) => /<JSFunction ([^ >(]*)/u.exec(line)?.[1] || '(anonymous)';
for (const line of child.stdout.split('\n')) {
  const m = /^@@PASS (\d+)/u.exec(line);
  if (m) {
    pass = Number(m[1]);
    continue;
  }
  if (pass < 0) continue;
  const c = /^\[completed compiling .* took ([\d.]+), ([\d.]+), ([\d.]+) ms\]/u.exec(line);
  if (c) {
    const ms = Number(c[1]) + Number(c[2]) + Number(c[3]);
    compileMs[pass] += ms;
    compiles[pass]++;
    if (pass >= warm) {
      const f = byFunction.get(nameOf(line)) ?? { ms: 0, n: 0 };
      f.ms += ms;
      f.n++;
      byFunction.set(nameOf(line), f);
    }
    continue;
  }
  const d = /^\[bailout \(kind: ([^,]+), reason: ([^)]*)\)/u.exec(line);
  if (d && pass >= warm) {
    const k = `${nameOf(line)} — ${d[1]}: ${d[2]}`;
    deopts.set(k, (deopts.get(k) ?? 0) + 1);
  }
}
console.log('pass  compiles  compile ms (mostly on helper threads)');
for (let p = 0; p < passes; p++) console.log(`${String(p).padStart(4)}  ${String(compiles[p]).padStart(8)}  ${compileMs[p].toFixed(0).padStart(10)}`);
const steady = compileMs.slice(warm).reduce((a, b) => a + b, 0) / Math.max(1, passes - warm);
console.log(`after warm-up: ${steady.toFixed(0)} ms of compiling per pass`);
console.log(`\nfunctions compiled after pass ${warm - 1} (ms, times):`);
for (const [name, f] of [...byFunction].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) console.log(`${f.ms.toFixed(0).padStart(8)} ${String(f.n).padStart(4)}  ${name}`);
console.log(`\ndeopts after pass ${warm - 1}:`);
for (const [k, n] of [...deopts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(5)}  ${k}`);
