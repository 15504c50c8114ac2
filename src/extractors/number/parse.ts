/** extractNumber — first wiring; the identity issue fills it in. */
import type { DocumentNumber } from '../../schema.js';

/** Parse a document number ("16/QĐ-TCTCCTTHC", "35/2024/NĐ-CP") from a short text. */
export function extractNumber(_text: string): Omit<DocumentNumber, 'span'> | null {
  return null;
}
