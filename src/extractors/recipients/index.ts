/**
 * recipients extractor: the "Nơi nhận" list, one entry per recipient as printed, without the
 * leading "- " and the trailing ";" or "." (seed 004: "Như Điều 3", "Thủ tướng Chính phủ,
 * các Phó Thủ tướng Chính phủ", …, "Lưu: VT, TCTCCTTHC (3b)"). The "Lưu: …" line (the
 * archive copies) is kept as its own entry. Items printed on one line ("Nơi nhận: - A; - B;
 * - Lưu: VT.") are split at each dash.
 *
 * "Kính gửi:" addressees of a công văn are not listed: `recipients` is the Nơi nhận list
 * (ô 9b of ND 30/2020 Phụ lục I), where "Như trên" stands for them. The project's gold
 * fixtures follow the same rule (2021-bhxh-296-csyt: three addressees, not recipients).
 *
 * Only the first "Nơi nhận" list is read; later ones (forms in annexes, a page that repeats
 * the document) are reported and ignored. Layouts are those of the signers extractor
 * (pieces.ts): HTML and Markdown table cells, text columns, and lists interleaved row by
 * row with the signature block.
 *
 * Rules (`recipients:<rule>`):
 * - `more-lists` (info): the page has further "Nơi nhận" headings; only the first is read.
 * - `empty` (info): a "Nơi nhận" heading with no item after it.
 */
import { defineExtractor } from '../types.js';
import { documentAtoms } from '../signers/read.js';
import { readRecipientList } from './parse.js';

export const recipientsExtractor = defineExtractor({
  id: 'recipients',
  extract(ctx): string[] {
    const { doc, segments, report } = ctx;
    const list = readRecipientList(doc.text, documentAtoms(doc, segments));
    if (!list) return [];
    if (list.ignoredHeads.length > 0) {
      report({
        rule: 'more-lists',
        severity: 'info',
        message: `${list.ignoredHeads.length} more "Nơi nhận" heading(s) after the first; only the first list is read`,
        range: list.ignoredHeads[0] as { start: number; end: number },
      });
    }
    if (list.items.length === 0) {
      report({ rule: 'empty', severity: 'info', message: 'a "Nơi nhận" heading with no recipient after it', range: list.head });
    }
    return list.items.map((i) => i.text);
  },
});
