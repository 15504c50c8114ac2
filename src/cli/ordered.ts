/**
 * Run tasks concurrently, deliver their results strictly in input order. A reader loop
 * starts tasks while fewer than `window` are unwritten; a writer loop waits for the oldest
 * and hands it on as soon as it is done. So the output keeps up with the input (a slow
 * stream from Spark still gets its lines promptly) and memory holds at most `window` results.
 */

export interface OrderedOptions<I, R> {
  inputs: AsyncIterable<I>;
  /** Start one task; the input is dropped when `run` returns null (skipped). */
  start(input: I): Promise<R> | null;
  /** Write one result; awaited before the next is written. */
  deliver(result: R): Promise<void>;
  window: number;
  /** Checked before each input: true stops reading (what was started is still delivered). */
  stop(): boolean;
  /** Resolves to stop reading at once, even while waiting for the next input (a signal). */
  abort?: Promise<void>;
}

export async function runOrdered<I, R>(o: OrderedOptions<I, R>): Promise<void> {
  const queue: Promise<R>[] = [];
  let readerDone = false;
  let failure: unknown = null;
  let wakeWriter: (() => void) | null = null;
  let wakeReader: (() => void) | null = null;
  const wake = (which: 'reader' | 'writer'): void => {
    const f = which === 'reader' ? wakeReader : wakeWriter;
    if (which === 'reader') wakeReader = null;
    else wakeWriter = null;
    f?.();
  };

  const writer = (async () => {
    try {
      for (;;) {
        if (queue.length === 0) {
          if (readerDone) return;
          await new Promise<void>((resolve) => (wakeWriter = resolve));
          continue;
        }
        const result = await (queue[0] as Promise<R>);
        queue.shift();
        wake('reader');
        await o.deliver(result);
      }
    } catch (err) {
      failure = err;
      wake('reader');
    }
  })();

  try {
    // Iterated by hand so that `abort` can interrupt a wait for input (stdin left open).
    // An aborted iterator is abandoned, not returned: return() would queue behind the
    // pending next() and never settle.
    const iterator = o.inputs[Symbol.asyncIterator]();
    const aborted = o.abort?.then(() => null) ?? new Promise<null>(() => {});
    for (;;) {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next === null) break;
      if (next.done) break;
      const input = next.value;
      if (failure !== null || o.stop()) {
        void iterator.return?.();
        break;
      }
      const task = o.start(input);
      if (task === null) continue;
      queue.push(task);
      wake('writer');
      while (queue.length >= o.window && failure === null) await new Promise<void>((resolve) => (wakeReader = resolve));
    }
  } finally {
    readerDone = true;
    wake('writer');
    await writer;
  }
  if (failure !== null) throw failure;
}
