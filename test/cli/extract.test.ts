import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, jsonLines, pathOf, runCli, sampleText, tempFiles } from './run-cli.js';

beforeAll(ensureBuilt);

describe.concurrent('vanban extract', () => {
  it('keeps input order with --workers 2 even when early inputs are the slow ones, with the bytes of a main-thread run', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 16; i++) files[`d${String(i).padStart(2, '0')}.txt`] = sampleText(i, i % 5 === 0 ? 120 : 1);
    files['e.html'] = `<p>${sampleText(99)}</p>`;
    const dir = tempFiles(files);
    // Not sorted: the order given is the order expected.
    const order = Object.keys(files).reverse().map((f) => join(dir, f));
    const list = `${order.join('\n')}\n`;
    const [threads, main] = await Promise.all([
      runCli(['extract', '--paths-from', '-', '--workers', '2'], list),
      runCli(['extract', '--paths-from', '-', '--workers', '0'], list),
    ]);
    expect(threads.code).toBe(0);
    expect(threads.stderr).toBe('');
    expect(jsonLines(threads.stdout).map(pathOf)).toEqual(order);
    expect(threads.stdout).toBe(main.stdout);
  });

  it('writes one line per input for missing, binary and empty files, and exits 1', async () => {
    const dir = tempFiles({ 'ok.txt': sampleText(7), 'binary.html': Buffer.from([0, 1, 2, 3, 0xff, 0, 0x10]), 'empty.txt': '' });
    const inputs = [join(dir, 'ok.txt'), join(dir, 'missing.html'), join(dir, 'binary.html'), join(dir, 'empty.txt')];
    const r = await runCli(['extract', '--paths-from', '-', '--workers', '2'], `${inputs.join('\n')}\n`);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map(pathOf)).toEqual(inputs);
    expect(lines[0]).toHaveProperty('schemaVersion', '1');
    expect(lines[1]).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(lines[2]).toMatchObject({ error: { code: 'DECODE_FAILED' } });
    // An empty file is analysed: a document (with an error diagnostic), not a failed input.
    expect(lines[3]).toHaveProperty('schemaVersion', '1');
    expect(lines[3]).not.toHaveProperty('error');
  });

  it.each([
    [['extract'], 'give files'],
    [['extract', 'x.txt', '--shard', '3/3'], '--shard'],
    [['extract', 'x.txt', '--shard', 'a/b'], '--shard'],
    [['extract', 'x.txt', '--format', 'xml'], '--format'],
    [['extract', 'x.txt', '--resume'], '--resume needs --out'],
    [['extract', 'x.txt', '--resume', '--out', 'o.csv', '--format', 'csv'], '--resume works with --format jsonl'],
    [['extract', '-', '--paths-from', '-'], 'stdin'],
    [['extract', 'x.txt', '--workers', 'many'], '--workers'],
    [['extract', 'x.txt', '--reference', '7/2/2024'], '--reference'],
    [['extract', 'x.txt', '--no-such-flag'], 'unknown option'],
  ])('exits 2 on the usage error %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('exports csv, ics, tracker and json consistently with the jsonl tasks', async () => {
    const dir = tempFiles({ 'a.txt': sampleText(1, 4), 'b.txt': sampleText(2, 2), 'c.html': `<div>${sampleText(3, 3).replace(/\n/gu, '<br>')}</div>` });
    const [jsonl, csv, ics, tracker] = await Promise.all(
      ['jsonl', 'csv', 'ics', 'tracker'].map((f) => runCli(['extract', dir, '--workers', '0', '--format', f])),
    );
    for (const r of [jsonl, csv, ics, tracker]) expect(r?.code).toBe(0);
    const docs = jsonLines(jsonl?.stdout ?? '') as { tasks: { id: string }[] }[];
    const taskIds = docs.flatMap((d) => d.tasks.map((t) => t.id));

    const csvText = csv?.stdout ?? '';
    expect(csvText.startsWith('\uFEFFDocument number,Issued,Issuer,Ordinal,Summary,')).toBe(true);
    // Rows end with CRLF; quoted cells may hold no raw line breaks (descriptions are flattened).
    expect(csvText.split('\r\n').filter((l) => l.length > 0)).toHaveLength(1 + taskIds.length);

    const todos = new ICAL.Component(ICAL.parse(ics?.stdout ?? '')).getAllSubcomponents('vtodo');
    expect(todos.map((t) => t.getFirstPropertyValue('uid'))).toEqual(taskIds);

    expect(jsonLines(tracker?.stdout ?? '').map((r) => r.externalId)).toEqual(taskIds);

    // `vanban convert` gives the same csv from the JSONL run, without analysing again.
    const runFile = join(dir, 'run.jsonl');
    writeFileSync(runFile, jsonl?.stdout ?? '');
    const converted = await runCli(['convert', runFile, '--format', 'csv']);
    expect(converted.code).toBe(0);
    expect(converted.stdout).toBe(csvText);
  });

  it('writes a json array of the same records as jsonl, failed inputs included', async () => {
    const dir = tempFiles({ 'a.txt': sampleText(1, 2) });
    const inputs = [join(dir, 'a.txt'), join(dir, 'gone.txt')];
    const [json, jsonl] = await Promise.all([
      runCli(['extract', ...inputs, '--workers', '0', '--format', 'json']),
      runCli(['extract', ...inputs, '--workers', '0']),
    ]);
    expect(json.code).toBe(1);
    const array = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(array).toEqual(jsonLines(jsonl.stdout));
    expect(array.map(pathOf)).toEqual(inputs);
    expect(array[1]).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('writes --out only when complete, with no .partial left behind', async () => {
    const dir = tempFiles({ 'a.txt': sampleText(1), 'b.txt': sampleText(2) });
    const out = join(dir, 'out.jsonl');
    const r = await runCli(['extract', join(dir, 'a.txt'), join(dir, 'b.txt'), '--out', out, '--workers', '0']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(jsonLines(readFileSync(out, 'utf8')).map(pathOf)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(() => readFileSync(`${out}.partial`)).toThrow();
  });

  it('prints a summary on stderr with --progress, reports csv failures there, and prints nothing with --quiet', async () => {
    const dir = tempFiles({ 'a.txt': sampleText(1), 'b.txt': sampleText(2) });
    const inputs = [join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'gone.txt')];
    const [loud, quiet] = await Promise.all([
      runCli(['extract', ...inputs, '--workers', '0', '--progress', '--format', 'csv']),
      runCli(['extract', ...inputs, '--workers', '0', '--quiet', '--format', 'csv']),
    ]);
    expect(loud.code).toBe(1);
    expect(loud.stderr).toContain('gone.txt: NOT_FOUND');
    expect(loud.stderr).toMatch(/^vanban: 3 documents, 1 failed, \d+ tasks found, [\d.]+ s/mu);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });
});
