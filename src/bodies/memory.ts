/**
 * What a text has named so far, for short references: "Tổ công tác" after "Tổ công tác cải
 * cách thủ tục hành chính của Thủ tướng Chính phủ", "Hội đồng tư vấn" after its full name.
 * The most recent body whose name starts with the short words wins, so in a Kon Tum page the
 * province's own task force, named last, is the one "Tổ công tác" means.
 */
import type { ResolvedBody } from './types.js';

/** How many bodies a memory holds (the oldest are forgotten). */
export const MEMORY_LIMIT = 256;

export interface Remembered {
  readonly keys: readonly string[];
  readonly body: ResolvedBody;
}

/** Whether `remember` keeps a body (a collective or a body without words is no referent). */
export function isRememberable(keys: readonly string[], body: ResolvedBody): boolean {
  return keys.length > 0 && body.kind !== 'collective';
}

export class MentionMemory {
  private readonly seen: Remembered[];

  /** @param recent rememberable bodies, oldest first; only the last MEMORY_LIMIT are kept, as if remembered one by one */
  constructor(recent: readonly Remembered[] = []) {
    this.seen = recent.slice(Math.max(0, recent.length - MEMORY_LIMIT));
  }

  remember(keys: readonly string[], body: ResolvedBody): void {
    if (!isRememberable(keys, body)) return;
    this.seen.push({ keys, body });
    if (this.seen.length > MEMORY_LIMIT) this.seen.shift();
  }

  /** The most recent body whose name keys start with `prefix` (strictly longer when `longer`). */
  recall(prefix: readonly string[], longer = false): ResolvedBody | null {
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i] as Remembered;
      if (s.keys.length < prefix.length || (longer && s.keys.length === prefix.length)) continue;
      if (prefix.every((k, j) => s.keys[j] === k)) return s.body;
    }
    return null;
  }
}
