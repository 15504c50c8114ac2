/**
 * The deadline regexes stay linear: recheck finds no super-linear backtracking in any lexer
 * pattern (checked anchored, as the lexer runs them sticky at one position), and hostile
 * megabyte inputs are read in well under a second per hundred kilobytes.
 */
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { findDeadlinePhrases, parseDeadline } from '../../src/deadline/index.js';
import { lexerPatterns } from '../../src/deadline/lexer.js';

describe('linear time', () => {
  it.each(lexerPatterns().map((p) => [p.id, p.re] as const))('pattern %s is safe (recheck)', (_id, re) => {
    const result = checkSync(`^(?:${re.source})`, re.flags.replace(/[dy]/gu, ''), { timeout: 30_000 });
    expect(result.status).toBe('safe');
  });

  const hostile: readonly [string, string][] = [
    ['month lists', 'tháng 1, '.repeat(120_000)],
    ['dates', 'ngày 1/1/2024 và '.repeat(60_000)],
    ['quarters', 'Quý I, II, III, IV - '.repeat(50_000)],
    ['digits and dashes', '1-2/3.4,5 '.repeat(100_000)],
    ['spaces', `trước${' '.repeat(1_000_000)}ngày`],
    ['markers', 'trước trong từ đến chậm nhất hằng '.repeat(30_000)],
    ['one long word', 'a'.repeat(1_000_000)],
  ];

  it.each(hostile)('findDeadlinePhrases reads 1 MB of %s quickly', (_name, text) => {
    const t0 = performance.now();
    findDeadlinePhrases(text);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('parseDeadline reads a 100 kB cell quickly and does not guess', () => {
    const text = 'tháng 3, 6, 9, 12/2024 '.repeat(4_000);
    const t0 = performance.now();
    const d = parseDeadline(text, { reference: '2024-02-07' });
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(d.kind).toBe('unresolved');
  });
});
