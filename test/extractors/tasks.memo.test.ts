/**
 * A long page keeps its sentence readings (readSentenceMemo): a reading is reused only where it
 * would come out the same. Checked on real plans, each repeated until it is long enough for the
 * memo, with the sentences around a repeat changed so that a wrong reuse would show.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phraseKey, taskData } from '../../src/extractors/tasks/data.js';
import { sentencesOf } from '../../src/extractors/tasks/paragraphs.js';
import { readSentence, readSentenceMemo, type SentenceReading } from '../../src/extractors/tasks/sentence.js';
import { runTasks } from './tasks-helpers.js';

const PLANS = ['2020-ubnd-kon-tum-435', '2015-btp-173-ke-hoach'].map((d) => readFileSync(`fixtures/gold/quyet-dinh/${d}/input.txt`, 'utf8'));

describe('readSentenceMemo', () => {
  it('reads every sentence of a page as readSentence does, repeats included', () => {
    const data = taskData();
    // The same lines again, some in upper case or with their next line swapped: same text, other surroundings.
    const text = PLANS.map((p) => `${p}\n${p.toUpperCase()}\n${p.split('\n').reverse().join('\n')}\n${p}`).join('\n');
    const key = phraseKey(text);
    const memo = new Map<string, SentenceReading>();
    let reused = 0;
    let sentences = 0;
    for (const line of text.split('\n').reduce<{ start: number; end: number }[]>((acc, l) => {
      const start = acc.length ? (acc[acc.length - 1] as { end: number }).end + 1 : 0;
      acc.push({ start, end: start + l.length });
      return acc;
    }, [])) {
      for (const s of sentencesOf(data, text, key, line.start, line.end)) {
        for (const opts of [{ allowSubjectVerb: false, news: false }, { allowSubjectVerb: true, news: true }]) {
          const size = memo.size;
          expect(readSentenceMemo(memo, data, text, key, s.start, s.end, opts)).toEqual(readSentence(data, text, key, s.start, s.end, opts));
          if (memo.size === size) reused++;
          sentences++;
        }
      }
    }
    expect(sentences).toBeGreaterThan(1000);
    expect(reused).toBeGreaterThan(sentences / 4);
  });

  it('leaves the tasks of a long repeated page as those of its parts', () => {
    const plan = PLANS[0] as string;
    const once = runTasks(plan, 'text').tasks.length;
    const many = runTasks(Array.from({ length: 8 }, () => plan).join('\n'), 'text');
    expect(many.doc.text.length).toBeGreaterThan(100_000);
    expect(many.tasks.length).toBe(8 * once);
  });
});
