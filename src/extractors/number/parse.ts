/** extractNumber: the public parser for one document number in a short text. */
import type { TextRange } from '../../document.js';
import type { DocumentNumber } from '../../schema.js';
import { scanNumbers, type NumberMatch } from './grammar.js';

/**
 * Characters the normalizer would change, replaced one for one so offsets do not move:
 * NBSP and other spaces → space, Ð/ð (Eth) → Đ/đ.
 */
export function normalizeNumberText(text: string): string {
  return text
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/gu, ' ')
    .replace(/\u00D0/gu, '\u0110')
    .replace(/\u00F0/gu, '\u0111')
    .replace(/\r/gu, '\n');
}

/** "Số:", "số", "Số :" right before the number (`before` is the text just before it). */
function endsWithSo(before: string): boolean {
  let s = before.trimEnd();
  if (s.endsWith(':') || s.endsWith('.')) s = s.slice(0, -1).trimEnd();
  if (!(s.endsWith('Số') || s.endsWith('số'))) return false;
  return !/\p{L}/u.test(s.charAt(s.length - 3));
}

/**
 * The best number in `text[scope]`: the first after "Số", else the first that is not weak.
 * A weak number ("11/MKT") stands only when it is all the scope holds.
 */
export function pickNumber(text: string, matches: readonly NumberMatch[], scope: TextRange = { start: 0, end: text.length }): NumberMatch | null {
  const afterSo = matches.find((m) => endsWithSo(text.slice(Math.max(scope.start, m.range.start - 8), m.range.start)));
  if (afterSo) return afterSo;
  const strong = matches.find((m) => !m.weak);
  if (strong) return strong;
  const only = matches.length === 1 ? (matches[0] as NumberMatch) : null;
  return only && text.slice(scope.start, scope.end).trim() === text.slice(only.range.start, only.range.end).trim() ? only : null;
}

/**
 * Parse a document number (số, ký hiệu) from a short text.
 * @param text e.g. "Số: 16/QĐ-TCTCCTTHC", "35/2024/NĐ-CP", "18-NQ/TW", "Số 3198/UBND-TTHCC"
 * @returns the number without a span, or null when the text holds none
 * @example
 * extractNumber('Số: 16/QĐ-TCTCCTTHC');
 * // { text: '16/QĐ-TCTCCTTHC', serial: '16', year: null, typeCode: 'QĐ', issuerCode: 'TCTCCTTHC' }
 * extractNumber('Nghị định 35/2024/NĐ-CP')?.year; // 2024
 * extractNumber('Công văn số 4021/VPCP-CN')?.typeCode; // null (a công văn has no type code)
 */
export function extractNumber(text: string): Omit<DocumentNumber, 'span'> | null {
  const clean = normalizeNumberText(text);
  const m = pickNumber(clean, scanNumbers(clean));
  if (!m) return null;
  return { text: m.text, serial: m.serial, year: m.year, typeCode: m.typeCode, issuerCode: m.issuerCode };
}
