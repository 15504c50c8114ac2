import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../src/cli/ordered.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function* numbers(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i;
}

describe('runOrdered', () => {
  it('delivers in input order although later tasks finish first, never more than `window` unwritten', async () => {
    const delivered: number[] = [];
    let inFlight = 0;
    let most = 0;
    await runOrdered<number, number>({
      inputs: numbers(40),
      start: (i) => {
        inFlight++;
        most = Math.max(most, inFlight);
        return sleep((40 - i) % 7).then(() => i);
      },
      deliver: async (i) => {
        inFlight--;
        delivered.push(i);
      },
      window: 5,
      stop: () => false,
    });
    expect(delivered).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(most).toBeLessThanOrEqual(5);
  });

  it('skips inputs whose start returns null', async () => {
    const delivered: number[] = [];
    await runOrdered<number, number>({
      inputs: numbers(10),
      start: (i) => (i % 3 === 0 ? null : Promise.resolve(i)),
      deliver: async (i) => void delivered.push(i),
      window: 4,
      stop: () => false,
    });
    expect(delivered).toEqual([1, 2, 4, 5, 7, 8]);
  });

  it('stops waiting for input when the signal aborts, delivers what started, and leaves no listener behind', async () => {
    const controller = new AbortController();
    async function* slow(): AsyncGenerator<number> {
      yield 1;
      yield 2;
      await new Promise(() => {}); // an open stdin that sends nothing more
    }
    const delivered: number[] = [];
    const done = runOrdered<number, number>({
      inputs: slow(),
      start: (i) => sleep(5).then(() => i),
      deliver: async (i) => void delivered.push(i),
      window: 4,
      stop: () => controller.signal.aborted,
      signal: controller.signal,
    });
    await sleep(30);
    controller.abort();
    await done;
    expect(delivered).toEqual([1, 2]);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('does not accumulate abort listeners over a long run', async () => {
    const controller = new AbortController();
    let seen = 0;
    await runOrdered<number, number>({
      inputs: numbers(2000),
      start: (i) => Promise.resolve(i),
      deliver: async () => {
        seen = Math.max(seen, getEventListeners(controller.signal, 'abort').length);
      },
      window: 16,
      stop: () => false,
      signal: controller.signal,
    });
    expect(seen).toBeLessThanOrEqual(1);
  });

  it('rethrows a failure to deliver, after stopping the reader', async () => {
    await expect(
      runOrdered<number, number>({
        inputs: numbers(100),
        start: (i) => Promise.resolve(i),
        deliver: async (i) => {
          if (i === 3) throw new Error('disk full');
        },
        window: 4,
        stop: () => false,
      }),
    ).rejects.toThrow('disk full');
  });
});
