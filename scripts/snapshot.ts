/**
 * Output snapshot for refactors that must not change results (speed work):
 *
 *   npx tsx scripts/snapshot.ts save  [dir]   # analyse every corpus page, write one JSON per page
 *   npx tsx scripts/snapshot.ts check [dir]   # analyse again, list every page whose JSON changed
 *
 * Corpus: every fixture input (with its options.json), ../shared/seeds, ../shared/real-html,
 * examples/documents, plus derived variants that stress other paths (each seed as Markdown
 * table-free text with CRLF, and HTML pages as text). Runs on the sources (tsx), so it sees
 * uncommitted work. Default dir: .bench/snapshot (gitignored).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, extname, basename } from 'node:path';
import { analyze, type AnalyzeOptions } from '../src/index.js';
// @ts-expect-error plain .mjs helper
import { filesUnder } from '../bench/files.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const [mode = 'check', dirArg] = process.argv.slice(2);
const DIR = resolve(dirArg ?? join(ROOT, '.bench/snapshot'));


interface Page { id: string; input: Uint8Array | string; options: AnalyzeOptions }

function corpus(): Page[] {
  const pages: Page[] = [];
  for (const file of filesUnder(join(ROOT, 'fixtures'))) {
    if (!/^input\./u.test(basename(file))) continue;
    const optFile = join(file, '..', 'options.json');
    const options = existsSync(optFile) ? (JSON.parse(readFileSync(optFile, 'utf8')) as AnalyzeOptions) : {};
    pages.push({ id: relative(ROOT, file), input: readFileSync(file), options });
  }
  for (const dir of [join(SHARED, 'seeds'), join(SHARED, 'real-html'), join(ROOT, 'examples/documents')]) {
    for (const file of filesUnder(dir)) {
      if (!['.txt', '.html', '.htm', '.md'].includes(extname(file))) continue;
      const bytes = readFileSync(file);
      pages.push({ id: relative(resolve(ROOT, '..'), file), input: bytes, options: {} });
      const text = bytes.toString('utf8');
      pages.push({ id: relative(resolve(ROOT, '..'), file) + '#crlf', input: text.replace(/\n/gu, '\r\n'), options: {} });
      if (extname(file) === '.txt') pages.push({ id: relative(resolve(ROOT, '..'), file) + '#nbsp', input: text.replace(/ /gu, (m, i: number) => (i % 7 === 0 ? '\u00a0' : m)), options: {} });
    }
  }
  return pages;
}

const safe = (id: string) => id.replace(/[^\p{L}\p{N}._-]+/gu, '_');
const pages = corpus();
let changed = 0;
const t0 = performance.now();
if (mode === 'save') mkdirSync(DIR, { recursive: true });
for (const p of pages) {
  const json = JSON.stringify(analyze(p.input, { ...p.options, includeText: true }), null, 1);
  const file = join(DIR, safe(p.id) + '.json');
  if (mode === 'save') writeFileSync(file, json);
  else if (!existsSync(file) || readFileSync(file, 'utf8') !== json) {
    changed++;
    console.log(`CHANGED ${p.id}`);
    if (process.argv.includes('--write-new')) writeFileSync(file + '.new', json);
  }
}
const ms = performance.now() - t0;
console.log(`${mode}: ${pages.length} pages in ${(ms / 1000).toFixed(1)} s${mode === 'check' ? `, ${changed} changed` : ''} (${DIR})`);
if (mode === 'check' && changed > 0) process.exitCode = 1;
