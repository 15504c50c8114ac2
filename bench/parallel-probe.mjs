/**
 * How much parallelism the machine gives right now: the same CPU-bound loop in 1 and in 2
 * worker threads. Prints the wall-clock speedup (2.0 on two idle cores). Used by run.mjs
 * to put the `--workers 2 ÷ --workers 1` figure in context on a shared machine.
 */
import { Worker } from 'node:worker_threads';

const LOOP = `
let x = 0;
for (let i = 0; i < 4e8; i++) x = (x + i * 2654435761) % 1000003;
require('node:worker_threads').parentPort.postMessage(x);
`;

async function wall(n) {
  const t = performance.now();
  await Promise.all(Array.from({ length: n }, () => new Promise((resolve) => new Worker(LOOP, { eval: true }).once('message', resolve))));
  return performance.now() - t;
}

const one = await wall(1);
const two = await wall(2);
process.stdout.write(`${((2 * one) / two).toFixed(2)}\n`);
