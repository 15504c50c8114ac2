/** Comparison keys for gold matching: NFC, case, tone placement and white space ignored. */
import { toneInsensitiveKey } from '../text/fold.js';
import { charsOrSpace, trimEndWhere, trimStartWhere } from '../text/trim.js';

const leadingBullet = charsOrSpace('-–—+•*');
const trailingPunctuation = charsOrSpace('.;:,');

export function textKey(s: string | null | undefined): string {
  const folded = toneInsensitiveKey((s ?? '').normalize('NFC').replace(/\u00D0/gu, 'Đ')).replace(/\s+/gu, ' ');
  return trimEndWhere(trimStartWhere(folded, leadingBullet), trailingPunctuation).replace(/ ?([,;:/()-]) ?/gu, '$1');
}

/** Document numbers: also ignore spaces around separators. */
export function numberKey(s: string | null | undefined): string {
  return textKey(s).replace(/\s+/gu, '').replace(/[–—]/gu, '-');
}

/** Equal keys, or one contains the other and the shorter is at least 60% of the longer. */
export function nameMatches(expected: string, actual: string): boolean {
  const a = textKey(expected);
  const b = textKey(actual);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length / long.length >= 0.6;
}

/** A gold prefix (≥ its own length) found at the start of, or inside, the actual text. */
export function prefixMatches(expected: string, actual: string | null | undefined): boolean {
  if (actual === null || actual === undefined) return false;
  const a = textKey(expected);
  const b = textKey(actual);
  return a.length > 0 && b.includes(a);
}
