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
  /** Stops reading at once, even while waiting for the next input (Ctrl-C, SIGTERM). */
  signal?: AbortSignal;
}

/**
 * The iterator's next result, or null as soon as `signal` aborts. Not `Promise.race` with
 * one long-lived abort promise: every race would leave a reaction on it holding that
 * input alive, and a 100k-document run would keep all of them (it did: +300 MB).
 */
function nextOrAbort<I>(iterator: AsyncIterator<I>, signal: AbortSignal | undefined): Promise<IteratorResult<I> | null> {
  if (!signal) return iterator.next();
  if (signal.aborted) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve(null);
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
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
    // Iterated by hand so that `signal` can interrupt a wait for input (stdin left open).
    // An aborted iterator is abandoned, not returned: return() would queue behind the
    // pending next() and never settle.
    const iterator = o.inputs[Symbol.asyncIterator]();
    for (;;) {
      const next = await nextOrAbort(iterator, o.signal);
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
