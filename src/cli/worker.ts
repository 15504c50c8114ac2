/**
 * Batch worker (worker_threads): imports the library once, then analyses the inputs the
 * pool posts, strictly one after another (so the pool knows which one is running).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchInput } from './inputs.js';
import { createJobRunner, type JobSettings } from './job.js';

const port = parentPort;
if (!port) throw new Error('vanban: worker.js runs only as a worker thread of `vanban extract`');

/**
 * Between two documents nothing is live but the library (≈ 35 MB), yet V8 lets garbage
 * pile up to several times that before a full collection: two workers streaming 15k small
 * documents peaked at 457 MB resident. So a worker whose heap has grown past COLLECT_ABOVE
 * collects between documents, at most every COLLECT_EVERY_MS. A full collection costs
 * ≈ 120 ms of CPU over V8's helper threads: every 500 ms above 64 MB added 50 % CPU on a
 * batch of big pages; 80 MB / 1.5 s costs no measurable CPU and kept the same stream flat
 * at ≈ 270 MB (bench/run.mjs measures both).
 */
const COLLECT_ABOVE = 80 * 2 ** 20;
const COLLECT_EVERY_MS = 1500;
let collect: (() => void) | null = null;
try {
  setFlagsFromString('--expose-gc');
  collect = runInNewContext('gc') as () => void;
} catch {
  collect = null; // not fatal: V8 collects on its own, only later
}
let lastCollect = 0;

function collectIfBloated(): void {
  if (!collect) return;
  const now = Date.now();
  if (now - lastCollect < COLLECT_EVERY_MS) return;
  if (getHeapStatistics().used_heap_size < COLLECT_ABOVE) return;
  collect();
  lastCollect = Date.now();
}

const runJob = createJobRunner(workerData as JobSettings);
let chain: Promise<void> = Promise.resolve();

port.on('message', (msg: { id: number; input: BatchInput }) => {
  chain = chain.then(async () => {
    const result = await runJob(msg.input);
    port.postMessage({ id: msg.id, result });
    collectIfBloated();
  });
});
