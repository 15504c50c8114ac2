/**
 * Batch worker (worker_threads): imports the library once, then analyses the inputs the
 * pool posts, strictly one after another (so the pool knows which one is running).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchInput } from './inputs.js';
import { createJobRunner, type JobSettings } from './job.js';

const port = parentPort;
if (!port) throw new Error('vanban: worker.js runs only as a worker thread of `vanban extract`');

const runJob = createJobRunner(workerData as JobSettings);
let chain: Promise<void> = Promise.resolve();

port.on('message', (msg: { id: number; input: BatchInput }) => {
  chain = chain.then(async () => {
    const result = await runJob(msg.input);
    port.postMessage({ id: msg.id, result });
  });
});
