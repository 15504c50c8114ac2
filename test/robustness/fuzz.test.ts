/**
 * Property tests (fast-check): whatever the bytes or text, `analyze` returns a
 * schema-valid document with every span inside its text, and never throws.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { expectValid } from './invariants.js';

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const seeds = readdirSync(seedsDir).map((f) => readFileSync(new URL(f, seedsDir), 'utf8'));
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** Characters that stress normalization and matching. */
const tricky = fc.constantFrom(
  'Ð', 'ð', 'Đ', '\u00A0', '\u200B', '\u00AD', '\uFEFF', '\u0300', '\u0323', '\u0302', 'ơ', 'ư',
  '\r\n', '\n', '\t', '|', '/', '-', '–', 'Số:', 'ngày', 'tháng', 'năm', 'Căn cứ', 'Nơi nhận:',
  'KT.', 'TM.', 'QUYẾT ĐỊNH', '<td rowspan="999999">', '<table>', '</tr>', '&nbsp;', '&#x110;', '\u0000', '\u001F',
);

describe('analyze on arbitrary input', () => {
  it('never throws on random bytes and keeps the invariants', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        expectValid(analyze(bytes, { includeText: true }));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (s) => {
        expectValid(analyze(s, { includeText: true }));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on seed text spliced with look-alikes, marks and control characters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), tricky), { maxLength: 40 }), (seed, edits) => {
        let s = seed;
        for (const [at, piece] of edits) {
          const i = at % (s.length + 1);
          s = s.slice(0, i) + piece + s.slice(i);
        }
        expectValid(analyze(s, { includeText: true }));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on truncated UTF-8 of a real page', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(), (seed, cut) => {
        const bytes = Buffer.from(seed, 'utf8');
        expectValid(analyze(bytes.subarray(0, cut % (bytes.length + 1)), { includeText: true }));
      }),
      { numRuns: RUNS },
    );
  });

  it('handles random HTML built from table and block tags', () => {
    const tag = fc.constantFrom('<table>', '</table>', '<tr>', '</tr>', '<td colspan="7">', '<td rowspan="50000">', '</td>', '<p>', '</p>', '<div>', '</div>', '<br>', '<script>x<y</script>', 'Số: 12/QĐ-UBND', 'Nơi nhận:', 'CHỦ TỊCH', 'Nguyễn Văn A');
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 300 }), (parts) => {
        expectValid(analyze(`<html><body>${parts.join('')}</body></html>`, { includeText: true, format: 'html' }));
      }),
      { numRuns: RUNS },
    );
  });
});
