/** Batch worker (worker_threads) — filled in by the batch issue. */
export {};
