/**
 * A news article's lead paragraph (sapo) repeats an assignment that the article gives in full
 * further down ("Thủ tướng … yêu cầu: các cấp, ngành cần rà soát lại các văn bản …" and later
 * "đề nghị các ngành … nhất là rà soát lại các văn bản …"). The earlier, shorter one is dropped
 * when nearly all of its words appear in a later task.
 */
import type { TaskCandidate } from '../types.js';
import { phraseKey } from './data.js';

const MIN_WORDS = 5;
const CONTAINED = 0.8;

function words(s: string): string[] {
  return phraseKey(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function dropRepeatedLeads(tasks: readonly TaskCandidate[]): { kept: TaskCandidate[]; dropped: TaskCandidate[] } {
  const bags = tasks.map((t) => words(t.description));
  const sets = bags.map((b) => new Set(b));
  const kept: TaskCandidate[] = [];
  const dropped: TaskCandidate[] = [];
  tasks.forEach((t, i) => {
    const mine = bags[i] as string[];
    const repeated =
      t.source !== 'table' &&
      mine.length >= MIN_WORDS &&
      tasks.some((u, j) => {
        if (j <= i || u.source === 'table') return false;
        const other = sets[j] as Set<string>;
        if ((bags[j] as string[]).length < mine.length) return false;
        const inside = mine.filter((w) => other.has(w)).length;
        return inside / mine.length >= CONTAINED;
      });
    (repeated ? dropped : kept).push(t);
  });
  return { kept, dropped };
}
