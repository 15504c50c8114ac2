import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/cli/pool.js';

const settings = { format: 'jsonl' as const, includeText: false, reference: null, stampMs: 0 };

describe('WorkerPool', () => {
  it('fails only the input that hangs or crashes its worker, and carries on with a fresh worker', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: new URL('./fixtures/fake-worker.mjs', import.meta.url), settings, timeoutMs: 400 });
    try {
      const names = ['a', 'hang', 'b', 'crash', 'c', 'exit', 'd'];
      const results = await Promise.all(names.map((path) => pool.run({ kind: 'path', path })));
      expect(results.map((r) => r.failed?.error.code ?? r.chunk.trim())).toEqual(['a', 'TIMEOUT', 'b', 'WORKER_CRASHED', 'c', 'WORKER_CRASHED', 'd']);
      expect(results[1]?.failed?.source).toEqual({ path: 'hang' });
      expect(results[3]?.failed?.error.message).toContain('boom');
    } finally {
      await pool.close();
    }
  }, 20_000);

  it('retries a document that runs out of memory under the heap cap alone, without the cap', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: new URL('./fixtures/fake-worker.mjs', import.meta.url), settings, timeoutMs: 0, heapLimitMb: 32 });
    try {
      const results = await Promise.all(['a', 'big', 'b'].map((path) => pool.run({ kind: 'path', path })));
      expect(results.map((r) => r.failed?.error.code ?? r.chunk.trim())).toEqual(['a', 'big 100', 'b']);
    } finally {
      await pool.close();
    }
  }, 20_000);

  it('spreads inputs over its workers and answers each with its own result', async () => {
    const pool = new WorkerPool({ size: 2, workerUrl: new URL('./fixtures/fake-worker.mjs', import.meta.url), settings, timeoutMs: 0 });
    try {
      const names = Array.from({ length: 50 }, (_, i) => `doc-${i}`);
      const results = await Promise.all(names.map((path) => pool.run({ kind: 'path', path })));
      expect(results.map((r) => r.chunk.trim())).toEqual(names);
    } finally {
      await pool.close();
    }
  });

  it('starts its workers as inputs come, and uses all of them on a batch', async () => {
    const pool = new WorkerPool({ size: 2, workerUrl: new URL('./fixtures/fake-worker.mjs', import.meta.url), settings, timeoutMs: 0 });
    try {
      const first = await pool.run({ kind: 'path', path: 'who-first' });
      const batch = await Promise.all(Array.from({ length: 20 }, (_, i) => pool.run({ kind: 'path', path: `who-${i}` })));
      const threads = new Set(batch.map((r) => r.chunk.trim()));
      expect(threads.size).toBe(2);
      expect(threads.has(first.chunk.trim())).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
