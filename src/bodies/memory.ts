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
  /**
   * Oldest first; only the last MEMORY_LIMIT count. Older entries are dropped in batches of
   * MEMORY_LIMIT (shifting one off at each addition costs a copy of the list on a long page).
   */
  private readonly seen: Remembered[];

  /** @param recent rememberable bodies, oldest first; only the last MEMORY_LIMIT are kept, as if remembered one by one */
  constructor(recent: readonly Remembered[] = []) {
    this.seen = recent.slice(Math.max(0, recent.length - MEMORY_LIMIT));
  }

  remember(keys: readonly string[], body: ResolvedBody): void {
    if (!isRememberable(keys, body)) return;
    this.seen.push({ keys, body });
    if (this.seen.length >= 2 * MEMORY_LIMIT) this.seen.splice(0, this.seen.length - MEMORY_LIMIT);
  }

  /** The most recent body whose name keys start with `prefix` (strictly longer when `longer`). */
  recall(prefix: readonly string[], longer = false): ResolvedBody | null {
    const oldest = Math.max(0, this.seen.length - MEMORY_LIMIT);
    for (let i = this.seen.length - 1; i >= oldest; i--) {
      const s = this.seen[i] as Remembered;
      if (s.keys.length < prefix.length || (longer && s.keys.length === prefix.length)) continue;
      if (startsWith(s.keys, prefix)) return s.body;
    }
    return null;
  }
}

function startsWith(keys: readonly string[], prefix: readonly string[]): boolean {
  for (let j = 0; j < prefix.length; j++) if (keys[j] !== prefix[j]) return false;
  return true;
}

/** One question or one addition a scan made to its memory, with the answer it got. */
export type MemoryStep =
  | { readonly type: 'remember'; readonly keys: readonly string[]; readonly body: ResolvedBody }
  | { readonly type: 'recall'; readonly prefix: readonly string[]; readonly longer: boolean; readonly answer: ResolvedBody | null };

/**
 * A memory that writes down every step a scan takes with it. A scan is a function of its
 * words, its context and its memory's answers; so when the same words are scanned again in
 * the same context, `replays` tells whether a memory would give the same answers, and the
 * first scan's reading can be used again.
 */
export class TracingMemory extends MentionMemory {
  readonly steps: MemoryStep[] = [];

  override remember(keys: readonly string[], body: ResolvedBody): void {
    this.steps.push({ type: 'remember', keys, body });
    super.remember(keys, body);
  }

  override recall(prefix: readonly string[], longer = false): ResolvedBody | null {
    const answer = super.recall(prefix, longer);
    this.steps.push({ type: 'recall', prefix, longer, answer });
    return answer;
  }
}

/** Whether `memory` answers the traced questions as the traced memory did (it takes the traced additions too). */
export function replays(steps: readonly MemoryStep[], memory: MentionMemory): boolean {
  for (const s of steps) {
    if (s.type === 'remember') memory.remember(s.keys, s.body);
    else if (memory.recall(s.prefix, s.longer) !== s.answer) return false;
  }
  return true;
}
