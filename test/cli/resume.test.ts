import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyOfLine } from '../../src/cli/resume.js';
import { collect, ensureBuilt, jsonLines, pathOf, runCli, sampleText, startCli, tempFiles } from './run-cli.js';

beforeAll(ensureBuilt);

describe('keyOfLine', () => {
  it('reads the source path or URL of a document line and of an error line', () => {
    expect(keyOfLine('{"schemaVersion":"1","source":{"path":"a/b}c\\".html","format":"html"},"tasks":[]}')).toBe('a/b}c".html');
    expect(keyOfLine('{"source":{"url":"https://x.vn/1"},"error":{"code":"NOT_FOUND","message":"m"}}')).toBe('https://x.vn/1');
    expect(keyOfLine('{"source":{},"error":{"code":"BAD_INPUT","message":"m"}}')).toBeNull();
    expect(keyOfLine('{"schemaVersion":"1","source":{"path":"cut')).toBeNull();
  });
});

function waitFor(check: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (check()) resolve();
      else if (Date.now() > until) reject(new Error('timed out waiting'));
      else setTimeout(tick, 25);
    };
    tick();
  });
}

describe.concurrent('vanban extract --out --resume', () => {
  it('skips inputs already in the output, cuts a torn last line, and appends the rest in order', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`d${i}.txt`] = sampleText(i);
    const dir = tempFiles(files);
    const paths = Object.keys(files).map((f) => join(dir, f));
    const out = join(dir, 'out.jsonl');
    // An interrupted run: two complete lines (marked, so we can see they are kept, not
    // redone) and a third line cut mid-write.
    const kept = paths.slice(0, 2).map((p) => JSON.stringify({ source: { path: p }, error: { code: 'EARLIER_RUN', message: 'kept' } }));
    writeFileSync(`${out}.partial`, `${kept.join('\n')}\n{"schemaVersion":"1","source":{"path":"${paths[2]}","form`);

    const r = await runCli(['extract', '--paths-from', '-', '--out', out, '--resume', '--workers', '0'], `${paths.join('\n')}\n`);
    expect(r.code).toBe(0); // the exit code is about the inputs of this run; the kept error lines are not redone
    expect(existsSync(`${out}.partial`)).toBe(false);
    const text = readFileSync(out, 'utf8');
    const lines = jsonLines(text); // every line parses: the torn one is gone
    expect(lines.map(pathOf)).toEqual(paths);
    expect(text.startsWith(`${kept.join('\n')}\n`)).toBe(true);
    expect(lines.slice(2).every((l) => l.schemaVersion === '1')).toBe(true);
  });

  it('continues a run killed with SIGKILL: every input exactly once, in order', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`k${String(i).padStart(2, '0')}.txt`] = sampleText(i, 3);
    const dir = tempFiles(files);
    const paths = Object.keys(files).map((f) => join(dir, f));
    const out = join(dir, 'out.jsonl');

    // First run: feed half the list and keep stdin open, so the run is still going.
    const child = startCli(['extract', '--paths-from', '-', '--out', out, '--workers', '1']);
    const done = collect(child, null);
    child.stdin?.write(`${paths.slice(0, 6).join('\n')}\n`);
    const partial = `${out}.partial`;
    await waitFor(() => existsSync(partial) && readFileSync(partial, 'utf8').split('\n').length > 6);
    child.kill('SIGKILL');
    await done.catch(() => undefined);
    expect(existsSync(out)).toBe(false); // never a half-written <out>
    expect(jsonLines(readFileSync(partial, 'utf8')).map(pathOf)).toEqual(paths.slice(0, 6));

    const again = await runCli(['extract', '--paths-from', '-', '--out', out, '--resume', '--workers', '2', '--progress'], `${paths.join('\n')}\n`);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('6 skipped');
    expect(jsonLines(readFileSync(out, 'utf8')).map(pathOf)).toEqual(paths);
  });

  it('stops on SIGTERM while waiting for input: writes what is done, keeps <out>.partial, exits 143', async () => {
    const dir = tempFiles({ 'a.txt': sampleText(1), 'b.txt': sampleText(2), 'c.txt': sampleText(3) });
    const paths = ['a.txt', 'b.txt', 'c.txt'].map((f) => join(dir, f));
    const out = join(dir, 'out.jsonl');
    const child = startCli(['extract', '--paths-from', '-', '--out', out, '--workers', '0']);
    const done = collect(child, null);
    child.stdin?.write(`${paths.join('\n')}\n`); // stdin stays open: the run waits for more
    await waitFor(() => existsSync(`${out}.partial`) && readFileSync(`${out}.partial`, 'utf8').split('\n').length > 3);
    child.kill('SIGTERM');
    const r = await done;
    expect(r.code).toBe(143);
    expect(existsSync(out)).toBe(false);
    expect(jsonLines(readFileSync(`${out}.partial`, 'utf8')).map(pathOf)).toEqual(paths);
  });

  it('resuming a finished output adds only the new inputs', async () => {
    const dir = tempFiles({ 'a.txt': sampleText(1), 'b.txt': sampleText(2), 'c.txt': sampleText(3) });
    const out = join(dir, 'out.jsonl');
    const first = await runCli(['extract', join(dir, 'a.txt'), join(dir, 'b.txt'), '--out', out, '--workers', '0']);
    expect(first.code).toBe(0);
    const before = readFileSync(out, 'utf8');
    const second = await runCli(['extract', dir, '--out', out, '--resume', '--workers', '0']);
    expect(second.code).toBe(0);
    const after = readFileSync(out, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(jsonLines(after).map(pathOf)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'c.txt')]);
  });
});
