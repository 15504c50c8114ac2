/**
 * `--shard i/n`: which inputs this process handles when n processes (machines, pods of a
 * Kubernetes Indexed Job) share one list. An input belongs to shard
 * `fnv1a32(utf8(key)) mod n`, where the key is its path (or URL). Membership depends only
 * on the key, not on the order or length of the list, so n processes that each expand the
 * same archive — even in a different order — cover every input exactly once.
 */

export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Parse `i/n` with 0 ≤ i < n; null when malformed (a usage error for the caller). */
export function parseShard(text: string): Shard | null {
  const m = /^(\d{1,9})\/(\d{1,9})$/u.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) return null;
  return { index, count };
}

const encoder = new TextEncoder();

/** 32-bit FNV-1a over the UTF-8 bytes of `key` (easy to reproduce in any language). */
export function fnv1a32(key: string): number {
  let h = 0x811c9dc5;
  for (const b of encoder.encode(key)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function shardOf(key: string, count: number): number {
  return fnv1a32(key) % count;
}

export function inShard(key: string, shard: Shard | null): boolean {
  return shard === null || shard.count === 1 || shardOf(key, shard.count) === shard.index;
}
