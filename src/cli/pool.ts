/**
 * A small pool of worker threads. Each worker imports the library once and analyses many
 * documents, one at a time, in the order it receives them; the pool keeps two inputs per
 * worker in flight so a worker never waits for the next message.
 *
 * A document that crashes its worker (out of memory, stack overflow) or runs longer than
 * the timeout yields a failure for that one input; the worker is replaced and the inputs
 * queued behind it are sent again. One hostile page cannot stop a 500k-page run.
 */
import { Worker } from 'node:worker_threads';
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
}

const PER_WORKER = 2;

export type FailureResult = (input: BatchInput, code: string, message: string) => JobResult;

function failedResult(input: BatchInput, code: string, message: string): JobResult {
  return { chunk: '', failed: { source: inputSource(input), error: { code, message } }, tasks: 0, bytes: 0 };
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;
  private readonly watchdog: NodeJS.Timeout | null;

  /** `onFailure` makes the result of an input whose worker crashed or timed out (the caller adds the format's failure chunk). */
  constructor(
    private readonly options: PoolOptions,
    private readonly onFailure: FailureResult = failedResult,
  ) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
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
    await Promise.all(this.slots.map((s) => ((s.retired = true), s.worker.terminate())));
  }

  private spawn(): Slot {
    // A young generation of 8 MB instead of V8's default (up to 3 × 16 MB) costs no
    // measurable CPU here and keeps about 35 MB less resident in a run with two workers.
    const worker = new Worker(this.options.workerUrl, {
      workerData: this.options.settings,
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    const slot: Slot = { worker, inFlight: [], headSince: Date.now(), retired: false };
    worker.on('message', (msg: { id: number; result: JobResult }) => {
      const head = slot.inFlight[0];
      if (!head || head.id !== msg.id) return; // a late answer from a retired worker
      slot.inFlight.shift();
      slot.headSince = Date.now();
      head.resolve(msg.result);
      this.dispatch();
    });
    worker.on('error', (err) => this.replace(slot, 'WORKER_CRASHED', `the worker analysing this input crashed: ${err.message}`));
    worker.on('exit', (code) => {
      if (!slot.retired) this.replace(slot, 'WORKER_CRASHED', `the worker analysing this input exited with code ${code}`);
    });
    return slot;
  }

  /** Fail the input being analysed, re-queue the ones behind it, start a fresh worker. */
  private replace(slot: Slot, code: string, message: string): void {
    if (slot.retired) return;
    slot.retired = true;
    void slot.worker.terminate();
    const [culprit, ...rest] = slot.inFlight;
    slot.inFlight = [];
    this.queue.unshift(...rest);
    const at = this.slots.indexOf(slot);
    if (!this.closed && at >= 0) this.slots[at] = this.spawn();
    if (culprit) culprit.resolve(this.onFailure(culprit.input, code, message));
    this.dispatch();
  }

  private checkTimeouts(): void {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      if (slot.inFlight.length > 0 && now - slot.headSince > this.options.timeoutMs) {
        this.replace(slot, 'TIMEOUT', `analysis took longer than ${this.options.timeoutMs / 1000} s; the worker was stopped`);
      }
    }
  }

  private dispatch(): void {
    for (let round = 0; round < PER_WORKER && this.queue.length > 0; round++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (slot.retired || slot.inFlight.length > round) continue;
        const job = this.queue.shift() as Pending;
        if (slot.inFlight.length === 0) slot.headSince = Date.now();
        slot.inFlight.push(job);
        slot.worker.postMessage({ id: job.id, input: job.input });
      }
    }
  }
}
