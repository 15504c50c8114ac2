/**
 * What a text has named so far, for short references: "Tổ công tác" after "Tổ công tác cải
 * cách thủ tục hành chính của Thủ tướng Chính phủ", "Hội đồng tư vấn" after its full name.
 * The most recent body whose name starts with the short words wins, so in a Kon Tum page the
 * province's own task force, named last, is the one "Tổ công tác" means.
 */
import type { ResolvedBody } from './types.js';

const LIMIT = 256;

export class MentionMemory {
  private readonly seen: { keys: readonly string[]; body: ResolvedBody }[] = [];

  remember(keys: readonly string[], body: ResolvedBody): void {
    if (keys.length === 0 || body.kind === 'collective') return;
    this.seen.push({ keys, body });
    if (this.seen.length > LIMIT) this.seen.shift();
  }

  /** The most recent body whose name keys start with `prefix` (strictly longer when `longer`). */
  recall(prefix: readonly string[], longer = false): ResolvedBody | null {
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i] as { keys: readonly string[]; body: ResolvedBody };
      if (s.keys.length < prefix.length || (longer && s.keys.length === prefix.length)) continue;
      if (prefix.every((k, j) => s.keys[j] === k)) return s.body;
    }
    return null;
  }
}
