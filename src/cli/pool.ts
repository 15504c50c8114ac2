/**
 * A small pool of worker threads, started on demand (up to `size`). Each worker imports the
 * library once and analyses many documents, one at a time, in the order it receives them;
 * the pool keeps two inputs per worker in flight so a worker never waits for the next message.
 *
 * Memory: each worker's old generation is capped (`heapLimitMb`, 512 MB by default). The
 * cap is not there to stop big documents — V8 sizes its heap growth by it: two workers
 * streaming 15k documents peaked at 457 MB resident without it and stayed flat at ≈ 230 MB
 * with it, at no measurable CPU cost. A document that needs more than the cap (a 3 MB
 * text with 4,000 tasks needs ≈ 300 MB) runs out of memory in its worker and is retried
 * once, alone, in a worker without the cap.
 *
 * A document that crashes its worker otherwise (stack overflow, a bug) or runs longer than
 * the timeout yields a failure for that one input; the worker is replaced and the inputs
 * queued behind it are sent again. One hostile page cannot stop a 500k-page run.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { inputSource, type BatchInput } from './inputs.js';
import type { JobResult, JobSettings } from './job.js';

interface Pending {
  id: number;
  input: BatchInput;
  resolve: (r: JobResult) => void;
}

interface Slot {
  worker: Worker;
  /** Inputs sent to this worker, oldest first; the first is the one being analysed. */
  inFlight: Pending[];
  /** When the first of `inFlight` started (ms). */
  headSince: number;
  retired: boolean;
}

export interface PoolOptions {
  size: number;
  workerUrl: URL;
  settings: JobSettings;
  /** Per-document limit in ms; 0 = none. */
  timeoutMs: number;
  /** Old-generation cap of the pool's workers (MB); default 512. */
  heapLimitMb?: number;
}

const PER_WORKER = 2;
/** A young generation of 8 MB instead of V8's up to 48 MB: ≈ 35 MB less resident, same CPU. */
const YOUNG_MB = 8;

export type FailureResult = (input: BatchInput, code: string, message: string) => JobResult;

function failedResult(input: BatchInput, code: string, message: string): JobResult {
  return { chunk: '', failed: { source: inputSource(input), error: { code, message } }, tasks: 0, bytes: 0 };
}

/** The failure messages, shared by pool workers and the lone retry worker. */
const crashedMessage = (err: Error): string => `the worker analysing this input crashed: ${err.message}`;
const exitedMessage = (code: number): string => `the worker analysing this input exited with code ${code}`;
const timeoutMessage = (ms: number): string => `analysis took longer than ${ms / 1000} s; the worker was stopped`;

function outOfMemory(err: Error): boolean {
  return (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly loners = new Set<Worker>();
  private nextId = 0;
  private closed = false;
  private readonly watchdog: NodeJS.Timeout | null;

  /** `onFailure` makes the result of an input whose worker crashed or timed out (the caller adds the format's failure chunk). */
  constructor(
    private readonly options: PoolOptions,
    private readonly onFailure: FailureResult = failedResult,
  ) {
    this.watchdog =
      options.timeoutMs > 0 ? setInterval(() => this.checkTimeouts(), Math.min(1000, options.timeoutMs)).unref() : null;
  }

  run(input: BatchInput): Promise<JobResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, input, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    await Promise.all([
      ...this.slots.map((s) => ((s.retired = true), s.worker.terminate())),
      ...[...this.loners].map((w) => w.terminate()),
    ]);
  }

  private newWorker(limits: ResourceLimits): Worker {
    return new Worker(this.options.workerUrl, { workerData: this.options.settings, resourceLimits: limits });
  }

  private spawn(): Slot {
    const worker = this.newWorker({ maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: this.options.heapLimitMb ?? 512 });
    const slot: Slot = { worker, inFlight: [], headSince: Date.now(), retired: false };
    worker.on('message', (msg: { id: number; result: JobResult }) => {
      const head = slot.inFlight[0];
      if (!head || head.id !== msg.id) return; // a late answer from a retired worker
      slot.inFlight.shift();
      slot.headSince = Date.now();
      head.resolve(msg.result);
      this.dispatch();
    });
    worker.on('error', (err) => {
      if (outOfMemory(err)) this.replace(slot, null, '');
      else this.replace(slot, 'WORKER_CRASHED', crashedMessage(err));
    });
    worker.on('exit', (code) => {
      if (!slot.retired) this.replace(slot, 'WORKER_CRASHED', exitedMessage(code));
    });
    return slot;
  }

  /**
   * Retire a worker: the input it was analysing fails with `code` (or, when `code` is null
   * — out of memory under the cap — is retried alone without the cap), the inputs queued
   * behind it go back to the queue, and a fresh worker takes its place.
   */
  private replace(slot: Slot, code: string | null, message: string): void {
    if (slot.retired) return;
    slot.retired = true;
    void slot.worker.terminate();
    const [culprit, ...rest] = slot.inFlight;
    slot.inFlight = [];
    this.queue.unshift(...rest);
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1); // dispatch starts a fresh worker when there is work for it
    if (culprit) {
      if (code === null) this.runAlone(culprit);
      else culprit.resolve(this.onFailure(culprit.input, code, message));
    }
    this.dispatch();
  }

  /** One input in its own worker with V8's default heap limit (after running out under the cap). */
  private runAlone(job: Pending): void {
    if (this.closed) {
      job.resolve(this.onFailure(job.input, 'WORKER_CRASHED', 'stopped before a retry'));
      return;
    }
    const worker = this.newWorker({ maxYoungGenerationSizeMb: YOUNG_MB });
    this.loners.add(worker);
    let settled = false;
    const settle = (result: JobResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      this.loners.delete(worker);
      void worker.terminate();
      job.resolve(result);
    };
    const timer =
      this.options.timeoutMs > 0
        ? setTimeout(() => settle(this.onFailure(job.input, 'TIMEOUT', timeoutMessage(this.options.timeoutMs))), this.options.timeoutMs)
        : undefined;
    worker.on('message', (msg: { id: number; result: JobResult }) => settle(msg.result));
    worker.on('error', (err) => settle(this.onFailure(job.input, 'WORKER_CRASHED', crashedMessage(err))));
    worker.on('exit', (code) => settle(this.onFailure(job.input, 'WORKER_CRASHED', exitedMessage(code))));
    worker.postMessage({ id: job.id, input: job.input });
  }

  private checkTimeouts(): void {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      if (slot.inFlight.length > 0 && now - slot.headSince > this.options.timeoutMs) {
        this.replace(slot, 'TIMEOUT', timeoutMessage(this.options.timeoutMs));
      }
    }
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slotForNext();
      if (!slot) return;
      const job = this.queue.shift() as Pending;
      if (slot.inFlight.length === 0) slot.headSince = Date.now();
      slot.inFlight.push(job);
      slot.worker.postMessage({ id: job.id, input: job.input });
    }
  }

  /**
   * Where the next input goes: an idle worker; else a new worker while the pool has fewer
   * than `size`; else the least busy worker with room (at most PER_WORKER inputs each).
   * Workers start on demand, so a run with fewer inputs than workers (a one-line stream, a
   * test) does not pay for importing the library in workers that would get nothing.
   */
  private slotForNext(): Slot | null {
    let leastBusy: Slot | null = null;
    for (const slot of this.slots) {
      if (slot.retired) continue;
      if (slot.inFlight.length === 0) return slot;
      if (slot.inFlight.length < PER_WORKER && (!leastBusy || slot.inFlight.length < leastBusy.inFlight.length)) leastBusy = slot;
    }
    if (this.slots.length < this.options.size && !this.closed) {
      const slot = this.spawn();
      this.slots.push(slot);
      return slot;
    }
    return leastBusy;
  }
}
