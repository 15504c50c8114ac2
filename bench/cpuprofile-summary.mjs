/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per
 * file/package, biggest first. Usage: node bench/cpuprofile-summary.mjs FILE [topN]
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

const maps = new Map();
/** Where a bundled dist/ frame comes from in src/ (via its .map file), else the frame as is. */
function original(path, line, column) {
  if (!path.endsWith('.js') || !path.includes('/dist/') || path.includes('/node_modules/')) return null;
  if (!maps.has(path)) maps.set(path, existsSync(`${path}.map`) ? new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))) : null);
  const map = maps.get(path);
  const entry = map?.findEntry(line, column);
  if (!entry || !entry.originalSource) return null;
  const src = entry.originalSource.replace(/^.*?\/(src|node_modules)\//u, '$1/');
  return { file: src, line: entry.originalLine + 1 };
}

export function summarize(profile, top = 25) {
  const { nodes, samples, timeDeltas } = profile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < samples.length; i++) {
    const dt = timeDeltas[i] ?? 0;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map();
  const file = new Map();
  for (const [id, us] of self) {
    const cf = byId.get(id).callFrame;
    const path = cf.url ? cf.url.replace(/^file:\/\//u, '') : '';
    const mapped = path ? original(path, cf.lineNumber, cf.columnNumber) : null;
    const where = mapped ? mapped.file : path ? path.replace(/^.*\/node_modules\//u, 'node_modules/') : '(native)';
    const k = `${cf.functionName || '(anonymous)'}  ${where}:${mapped ? mapped.line : cf.lineNumber + 1}`;
    fn.set(k, (fn.get(k) ?? 0) + us);
    const pkg = where.startsWith('node_modules/')
      ? where.split('/').slice(0, where.split('/')[1].startsWith('@') ? 3 : 2).join('/')
      : where;
    file.set(pkg, (file.get(pkg) ?? 0) + us);
  }
  const fmt = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  return `total ${(total / 1000).toFixed(0)} ms\n-- by file/package --\n${fmt(file)}\n-- by function --\n${fmt(fn)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, top] = process.argv.slice(2);
  console.log(summarize(JSON.parse(readFileSync(path, 'utf8')), Number(top ?? 25)));
}
