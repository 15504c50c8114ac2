/**
 * `npm run bench` (= tsup && node bench/run.mjs): speed and memory figures, printed as a
 * table. Not a test: nothing here fails the build; the targets are printed next to the
 * figures. Everything is measured in one run, on one machine, against the built dist/.
 *
 *   node bench/run.mjs [--quick] [--only html,text,workers,rss,import,hostile] [--profile]
 *
 * Corpus: the real scraped pages (HTML) and seeds/fixtures (text), multiplied in memory
 * to ≥ 50 MB each. Sources: $VANBAN_BENCH_SOURCES (colon-separated folders), else
 * ../shared/real-html, ../shared/seeds (next to this checkout, as on the build machine)
 * and fixtures/. Files for the CLI runs go to .bench/ (gitignored).
 *
 * --profile: also profile analyze() on HTML and on text (V8 sampling profiler) and print
 * where the time goes, by package/file and by function.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { Session } from 'node:inspector/promises';
import { summarize } from './cpuprofile-summary.mjs';
import { hostileInputs } from './hostile.mjs';
import { filesUnder } from './files.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
const WORK = join(ROOT, '.bench');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const PROFILE = args.includes('--profile');
const onlyArg = args.find((a) => a.startsWith('--only'));
const ONLY = onlyArg ? new Set((onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).split(',')) : null;
const wants = (name) => ONLY === null || ONLY.has(name);

const MB = 1e6;
const TARGET_BYTES = (QUICK ? 8 : 50) * MB;
const RSS_DOCS = QUICK ? 10_000 : 100_000;

// ---------------------------------------------------------------------------- corpus

function sourceDirs() {
  if (process.env.VANBAN_BENCH_SOURCES) return process.env.VANBAN_BENCH_SOURCES.split(':').filter(Boolean);
  const shared = resolve(ROOT, '../shared');
  return [join(shared, 'real-html'), join(shared, 'seeds'), join(ROOT, 'fixtures')].filter((d) => existsSync(d));
}

function loadPages() {
  const html = [];
  const text = [];
  for (const dir of sourceDirs()) {
    for (const file of filesUnder(dir)) {
      const ext = extname(file).toLowerCase();
      if (/readme|expected|meta|options/iu.test(file.split('/').pop())) continue;
      if (ext === '.html' || ext === '.htm') html.push({ file, content: readFileSync(file, 'utf8') });
      else if (ext === '.txt') text.push({ file, content: readFileSync(file, 'utf8') });
    }
  }
  return { html, text };
}

/** Repeat pages until `target` bytes; each copy differs (a comment / a blank line), so no cache can help. */
function multiply(pages, target, vary) {
  const out = [];
  let bytes = 0;
  for (let copy = 0; bytes < target; copy++) {
    for (const p of pages) {
      const content = vary(p.content, copy);
      out.push(content);
      bytes += Buffer.byteLength(content);
      if (bytes >= target) break;
    }
  }
  return { docs: out, bytes };
}

const varyHtml = (s, n) => (n === 0 ? s : `${s}\n<!-- vanban bench copy ${n} -->\n`);
const varyText = (s, n) => (n === 0 ? s : `${s}${'\n'.repeat(1 + (n % 3))}`);

// ---------------------------------------------------------------------------- helpers

function timeIt(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function run(cmd, argv, { input, cwd = ROOT, sampleRss = false, sampleThreads = false, lineTimes = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let lines = 0;
    const samples = [];
    /** When each output line arrived (s since start): the rate over a stretch of the run. */
    const arrivals = [];
    child.stdout.on('data', (d) => {
      let newLines = 0;
      if (lineTimes || sampleRss) for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) newLines++;
      if (lineTimes) {
        const at = Number(process.hrtime.bigint() - started) / 1e9;
        for (let k = 0; k < newLines; k++) arrivals.push(at);
      }
      if (sampleRss) lines += newLines;
      else stdout += d;
    });
    child.stderr.on('data', (d) => (stderr += d));
    let timer = null;
    if (sampleRss) {
      timer = setInterval(() => {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          const kb = Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0);
          samples.push({ lines, rss: kb * 1024 });
        } catch {
          /* finished */
        }
      }, 200);
    }
    // Per-thread CPU, sampled until the threads end (a worker thread's figures vanish with it).
    const threads = new Map();
    const threadTimer = sampleThreads
      ? setInterval(() => {
          const pid = nodePid(child.pid);
          if (pid !== null) for (const [tid, s] of threadCpu(pid)) threads.set(tid, s);
        }, 50)
      : null;
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      if (threadTimer) clearInterval(threadTimer);
      const byThread = sampleThreads && threads.size > 0 ? cpuByThread(threads) : null;
      resolvePromise({ code, stdout, stderr, lines, samples, arrivals, byThread, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
    });
    if (typeof input === 'function') input(child.stdin);
    else child.stdin.end(input ?? '');
  });
}

const rows = [];
function row(figure, value, target = '', verdict = '') {
  rows.push([figure, value, target, verdict]);
  console.error(`  ${figure}: ${value}`);
}
const check = (ok) => (ok ? 'met' : 'NOT MET');

async function profile(label, fn) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  fn();
  const { profile: p } = await session.post('Profiler.stop');
  session.disconnect();
  console.log(`\n### profile: ${label}\n${summarize(p, 18)}`);
}

// ---------------------------------------------------------------------------- figures

async function inProcess(pages) {
  const { analyze } = await import(join(ROOT, 'dist/index.js'));
  const cheerio = await import('cheerio');
  const html = multiply(pages.html, TARGET_BYTES, varyHtml);
  const textPages = [
    ...pages.text,
    // The visible text of the real pages is real text too (the document body only).
    ...pages.html.map((p) => {
      const $ = cheerio.load(p.content);
      const body = $('div.content1').length ? $('div.content1') : $('body');
      return { file: p.file, content: body.text().replace(/[ \t]+\n/gu, '\n').replace(/\n{3,}/gu, '\n\n') };
    }),
  ];
  const text = multiply(textPages, TARGET_BYTES, varyText);

  // Warm up the JIT and any lazily built data on every distinct page.
  for (const p of pages.html) {
    cheerio.load(p.content).text();
    analyze(p.content, { format: 'html' });
  }
  for (const p of textPages) analyze(p.content, { format: 'text' });

  if (wants('html')) {
    const tCheerio = timeIt(() => {
      for (const d of html.docs) cheerio.load(d).text();
    });
    const tAnalyze = timeIt(() => {
      for (const d of html.docs) analyze(d, { format: 'html' });
    });
    const mbps = (t) => html.bytes / MB / t;
    row(`HTML corpus`, `${html.docs.length} pages, ${(html.bytes / MB).toFixed(1)} MB`);
    row('HTML: cheerio.load(html).text()', `${mbps(tCheerio).toFixed(1)} MB/s`);
    row('HTML: analyze() (full analysis)', `${mbps(tAnalyze).toFixed(1)} MB/s`);
    const ratio = tCheerio / tAnalyze;
    row('HTML: analyze ÷ cheerio throughput', `${ratio.toFixed(2)}×`, '≥ 0.5×', check(ratio >= 0.5));
    if (PROFILE) await profile('analyze() on HTML', () => html.docs.slice(0, 60).forEach((d) => analyze(d, { format: 'html' })));
  }
  if (wants('text')) {
    const t = timeIt(() => {
      for (const d of text.docs) analyze(d, { format: 'text' });
    });
    row('text corpus', `${text.docs.length} documents, ${(text.bytes / MB).toFixed(1)} MB`);
    const mbps = text.bytes / MB / t;
    row('text: analyze(), one core', `${mbps.toFixed(2)} MB/s`, '≥ 5 MB/s', check(mbps >= 5));
    if (PROFILE) await profile('analyze() on text', () => text.docs.slice(0, 400).forEach((d) => analyze(d, { format: 'text' })));
  }
  return { textPages };
}

/** Issue #9: every 1 MB hostile input (bench/hostile.mjs) analysed in under 1 s. */
async function hostile() {
  const { analyze } = await import(join(ROOT, 'dist/index.js'));
  let worst = { name: '', s: 0 };
  for (const h of hostileInputs()) {
    analyze(h.input.slice(0, 20_000), h.options); // warm the code paths, not the page
    const s = timeIt(() => analyze(h.input, h.options));
    console.error(`  hostile: ${h.name}: ${s.toFixed(2)} s`);
    if (s > worst.s) worst = { name: h.name, s };
    if (PROFILE && s > 0.5) await profile(`hostile: ${h.name}`, () => analyze(h.input, h.options));
  }
  row('hostile 1 MB inputs, slowest', `${worst.s.toFixed(2)} s (${worst.name})`, '< 1 s', check(worst.s < 1));
}

async function workers(pages, textPages) {
  // A mixed batch of files: real pages and texts, written once to .bench/corpus.
  const dir = join(WORK, 'corpus');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const htmlBatch = multiply(pages.html, (QUICK ? 20 : 40) * MB, varyHtml);
  const textBatch = multiply(textPages, (QUICK ? 5 : 10) * MB, varyText);
  const list = [];
  htmlBatch.docs.forEach((d, i) => {
    const p = join(dir, `p${i}.html`);
    writeFileSync(p, d);
    list.push(p);
  });
  textBatch.docs.forEach((d, i) => {
    const p = join(dir, `t${i}.txt`);
    writeFileSync(p, d);
    list.push(p);
  });
  // Interleave so both workers get a mix.
  list.sort((a, b) => (a.length % 7) - (b.length % 7) || a.localeCompare(b));
  const listFile = join(WORK, 'list.txt');
  writeFileSync(listFile, `${list.join('\n')}\n`);
  const bytes = htmlBatch.bytes + textBatch.bytes;
  row('CLI batch', `${list.length} files, ${(bytes / MB).toFixed(1)} MB (HTML + text)`);
  // Start-up (process + one library import per worker + first-document warm-up), measured
  // on a one-line list, is subtracted for the steady-state figure.
  const oneFile = join(WORK, 'one.txt');
  writeFileSync(oneFile, `${list.find((p) => p.endsWith('.txt'))}\n`);
  const results = {};
  for (const n of [1, 2]) {
    const startups = [];
    for (let i = 0; i < 3; i++) startups.push((await run(process.execPath, [CLI, 'extract', '--paths-from', oneFile, '--workers', String(n), '--quiet'])).seconds);
    const r = await timed([CLI, 'extract', '--paths-from', listFile, '--workers', String(n), '--quiet']);
    const lines = r.stdout.split('\n').filter(Boolean).length;
    if (lines !== list.length) throw new Error(`--workers ${n}: ${lines} lines for ${list.length} inputs`);
    // The second half of the batch: each worker has compiled its hot code by then (V8's JIT
    // warm-up is per worker and costs seconds of helper-thread CPU), as in an archive-sized run.
    const half = r.arrivals[Math.floor(r.arrivals.length / 2)];
    const secondHalf = r.arrivals.at(-1) - half;
    results[n] = { wall: r.seconds, startup: median(startups), cpu: r.cpu, secondHalf };
    row(
      `CLI extract --workers ${n}`,
      `${r.seconds.toFixed(1)} s (start-up ${median(startups).toFixed(2)} s${r.cpu ? `, CPU ${r.cpu.toFixed(1)} s` : ''}), ${(bytes / MB / r.seconds).toFixed(1)} MB/s`,
    );
    const t = r.byThread;
    if (t) {
      const s = (x) => `${x.toFixed(1)} s`;
      row(
        `  CPU by thread, --workers ${n}`,
        `main ${s(t.main)}, worker${t.workers.length === 1 ? '' : 's'} ${t.workers.map(s).join(' + ')}, V8 helpers (JIT compiler, GC) ${s(t.helpers)}`,
      );
    }
  }
  const speedup = results[1].wall / results[2].wall;
  row('CLI --workers 2 ÷ --workers 1 (wall clock)', `${speedup.toFixed(2)}×`, '≥ 1.7×', check(speedup >= 1.7));
  const steady = (results[1].wall - results[1].startup) / (results[2].wall - results[2].startup);
  row('  same, start-up subtracted', `${steady.toFixed(2)}×`);
  row(
    '  same, second half of the batch (JIT warm-up over)',
    `${(results[1].secondHalf / results[2].secondHalf).toFixed(2)}× (${results[1].secondHalf.toFixed(1)} s ÷ ${results[2].secondHalf.toFixed(1)} s)`,
  );
  // On a shared machine two threads may not get two cores: measure what a pure CPU loop gets.
  const capacity = Number((await run(process.execPath, [join(ROOT, 'bench/parallel-probe.mjs')])).stdout.trim());
  row('  machine now: a CPU loop in 2 threads ÷ 1 thread', `${capacity.toFixed(2)}× (2.00× on two idle cores)`);
  row('  CPU time --workers 2 ÷ --workers 1 (parallel overhead)', results[1].cpu && results[2].cpu ? `${(results[2].cpu / results[1].cpu).toFixed(2)}×` : 'n/a');
}

/** Run the CLI under /usr/bin/time (when there is one) to get its CPU time as well. */
async function timed(argv) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  if (!timeBin) return { ...(await run(process.execPath, argv, { sampleThreads: true, lineTimes: true })), cpu: null };
  const r = await run(timeBin, ['-f', 'CPU %U %S', process.execPath, ...argv], { sampleThreads: true, lineTimes: true });
  const m = /CPU ([\d.]+) ([\d.]+)\s*$/u.exec(r.stderr);
  return { ...r, cpu: m ? Number(m[1]) + Number(m[2]) : null };
}

/** CPU seconds of each thread of a node process, by thread id (Linux /proc; {} elsewhere). */
function threadCpu(pid) {
  const out = new Map();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(f[11]) + Number(f[12])) / 100); // utime + stime, in clock ticks
    }
  } catch {
    /* finished */
  }
  return out;
}

/** The node process: `pid` itself, or its child when `pid` is /usr/bin/time. */
function nodePid(pid) {
  try {
    if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'node') return pid;
    const child = Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0]);
    return child > 0 ? child : null;
  } catch {
    return null;
  }
}

/**
 * Split a CLI run's CPU time by thread. Threads in creation order: the main thread, an
 * idle signal thread, V8's four platform threads (concurrent JIT compiler, GC helpers),
 * then libuv's thread pool (a few ms each) and the worker threads. So: the first four
 * busy threads after the main one are V8's, the busy threads after them are the workers.
 */
function cpuByThread(last) {
  const [main = 0, ...rest] = [...last.keys()].sort((a, b) => a - b).map((t) => last.get(t));
  const busy = rest.filter((c) => c >= 0.05);
  const helpers = busy.slice(0, 4).reduce((a, b) => a + b, 0);
  return { main, helpers, workers: busy.slice(4) };
}

async function rss(textPages) {
  // Small documents (the first ~1.5 KB of each real text), each made unique.
  const snippets = textPages.map((p) => p.content.slice(0, 1500));
  let sent = 0;
  const feed = (stdin) => {
    const write = () => {
      while (sent < RSS_DOCS) {
        const text = `${snippets[sent % snippets.length]}\nVăn bản số ${sent}/QĐ-UBND\n`;
        const line = `${JSON.stringify({ path: `doc-${sent}.txt`, text })}\n`;
        sent++;
        if (!stdin.write(line)) {
          stdin.once('drain', write);
          return;
        }
      }
      stdin.end();
    };
    write();
  };
  const r = await run(process.execPath, [CLI, 'extract', '--docs-from', '-', '--workers', '2', '--quiet'], { input: feed, sampleRss: true });
  if (r.lines !== RSS_DOCS) throw new Error(`rss run: ${r.lines} lines for ${RSS_DOCS} documents (exit ${r.code}) ${r.stderr}`);
  const peak = Math.max(...r.samples.map((s) => s.rss));
  const at = (frac) => {
    const s = r.samples.find((x) => x.lines >= frac * RSS_DOCS) ?? r.samples.at(-1);
    return `${(s.rss / MB).toFixed(0)}`;
  };
  row(`RSS, ${RSS_DOCS.toLocaleString('en')} docs through extract --workers 2`, `peak ${(peak / MB).toFixed(0)} MB`, '< 300 MB, flat', check(peak < 300 * MB));
  row('RSS at 10% / 25% / 50% / 75% / 100% of the stream', `${[0.1, 0.25, 0.5, 0.75, 1].map(at).join(' / ')} MB`);
  row('  stream rate', `${(RSS_DOCS / r.seconds).toFixed(0)} docs/s, ${r.seconds.toFixed(1)} s`);
}

async function importTime() {
  const probe = join(ROOT, 'bench/import-probe.mjs');
  const times = { vanban: [], cheerio: [] };
  for (let i = 0; i < 9; i++) {
    for (const m of ['vanban', 'cheerio']) {
      const r = await run(process.execPath, [probe, m]);
      times[m].push(Number(r.stdout.trim()));
    }
  }
  const v = median(times.vanban);
  const c = median(times.cheerio);
  row("import('vanban'), median of 9 fresh processes", `${v.toFixed(0)} ms`);
  row("import('cheerio'), median of 9 fresh processes", `${c.toFixed(0)} ms`);
  row('import vanban ÷ cheerio', `${(v / c).toFixed(2)}×`, '≤ 1.5×', check(v / c <= 1.5));
}

// ---------------------------------------------------------------------------- main

if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npx tsup` (npm run bench does)');
mkdirSync(WORK, { recursive: true });
const pages = loadPages();
if (pages.html.length === 0 || pages.text.length === 0) throw new Error(`no pages found in ${sourceDirs().join(', ')}`);
const cpu = cpus()[0]?.model ?? 'cpu';
console.error(`vanban bench — node ${process.version}, ${availableParallelism()} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB${QUICK ? ' (quick)' : ''}`);
console.error(`sources: ${sourceDirs().join(', ')} — ${pages.html.length} HTML pages, ${pages.text.length} texts`);

const { textPages } = await inProcess(pages);
if (wants('hostile')) await hostile();
if (wants('workers')) await workers(pages, textPages);
if (wants('rss')) await rss(textPages);
if (wants('import')) await importTime();

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['figure', 'value', 'target', ''][i].length));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nvanban bench — node ${process.version}, ${availableParallelism()} cores (${cpu})${QUICK ? ', --quick' : ''}\n`);
console.log(line(['figure', 'value', 'target', '']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
