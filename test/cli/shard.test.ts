import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fnv1a32, inShard, parseShard, shardOf } from '../../src/cli/shard.js';
import { ensureBuilt, jsonLines, pathOf, runCli, sampleText, tempFiles } from './run-cli.js';

beforeAll(ensureBuilt);

describe('parseShard', () => {
  it.each([
    ['0/1', { index: 0, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    [' 7/16 ', { index: 7, count: 16 }],
  ])('reads %j', (text, shard) => expect(parseShard(text)).toEqual(shard));

  it.each(['3/3', '1/0', '-1/2', '1', 'a/b', '1/2/3', ''])('rejects %j', (text) => expect(parseShard(text)).toBeNull());
});

describe('shard membership', () => {
  it('is FNV-1a over UTF-8 (known vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('puts every key in exactly one of n shards, roughly evenly', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `archive/${i % 7}/văn-bản-${i}.html`);
    const n = 4;
    const sizes = [0, 0, 0, 0];
    for (const k of keys) {
      const owners = [0, 1, 2, 3].filter((i) => inShard(k, { index: i, count: n }));
      expect(owners).toEqual([shardOf(k, n)]);
      sizes[owners[0] as number] = (sizes[owners[0] as number] ?? 0) + 1;
    }
    for (const s of sizes) expect(s).toBeGreaterThan(3000 / n / 1.25);
  });
});

describe.concurrent('vanban extract --shard', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`doc-${i}.txt`] = sampleText(i);

  it('splits a directory into disjoint shards whose union is the whole, each in input order, whatever the list order', async () => {
    const dir = tempFiles(files);
    const n = 3;
    const reversed = Object.keys(files).map((f) => join(dir, f)).reverse();
    const [all, reorderedShard1, ...shards] = await Promise.all([
      runCli(['extract', dir, '--workers', '0']),
      runCli(['extract', '--paths-from', '-', '--shard', `1/${n}`, '--workers', '0'], `${reversed.join('\n')}\n`),
      ...Array.from({ length: n }, (_, i) => runCli(['extract', dir, '--shard', `${i}/${n}`, '--workers', '0'])),
    ]);
    const whole = jsonLines(all?.stdout ?? '').map(pathOf) as string[];
    expect(whole).toHaveLength(30);
    const parts = shards.map((s) => jsonLines(s?.stdout ?? '').map(pathOf) as string[]);
    const seen = parts.flat();
    expect(new Set(seen).size).toBe(seen.length); // disjoint
    expect([...seen].sort()).toEqual([...whole].sort()); // complete
    for (const p of parts) {
      expect(p.length).toBeGreaterThan(0);
      expect(p).toEqual(whole.filter((x) => p.includes(x))); // input order kept
    }
    // Membership depends on the path only, not on where it stands in the list.
    const other = jsonLines(reorderedShard1?.stdout ?? '').map(pathOf) as string[];
    expect([...other].sort()).toEqual([...(parts[1] ?? [])].sort());
  });

  it('splits a --docs-from stream the same way, including documents without a path', async () => {
    const docs = [
      ...Array.from({ length: 12 }, (_, i) => JSON.stringify({ path: `p/${i}.txt`, text: sampleText(i) })),
      ...Array.from({ length: 6 }, (_, i) => JSON.stringify({ text: sampleText(100 + i) })),
    ];
    const stdin = `${docs.join('\n')}\n`;
    const n = 2;
    const shards = await Promise.all(
      Array.from({ length: n }, (_, i) => runCli(['extract', '--docs-from', '-', '--shard', `${i}/${n}`, '--workers', '0'], stdin)),
    );
    const counts = shards.map((s) => jsonLines(s.stdout).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(docs.length);
    const named = shards.flatMap((s) => jsonLines(s.stdout).map(pathOf)).filter((p) => p !== undefined);
    expect([...named].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `p/${i}.txt`).sort());
  });
});
