/**
 * The issuer lines of the header (ô 2) → the bodies they name, parent first:
 * "TỔNG CỤC THUẾ / CỤC THUẾ TP HÀ NỘI" → two bodies; "TỔ CÔNG TÁC CẢI CÁCH / THỦ TỤC HÀNH
 * CHÍNH" → one body on two lines. A line that opens with an organ head ("CỤC", "SỞ", "BỘ")
 * starts a new body; any other line continues the one above ("TỈNH NAM ĐỊNH", "VÀ DU LỊCH").
 */
import type { Line, NormalizedDocument, TextRange } from '../../document.js';
import type { Segments } from '../../segment/types.js';
import { firstRegion } from '../../segment/types.js';
import { foldKey } from '../../text/fold.js';
import { headAt } from './naming.js';

export interface HeaderBody {
  /** The printed lines joined with single spaces. */
  readonly text: string;
  /** From the first letter of the first line to the last letter of the last line. */
  readonly range: TextRange;
}

/** Separator rules ("-------") and Markdown emphasis around header text. */
const DECOR = new Set(['-', '–', '—', '_', '=', '*', ' ']);

/** The header text of a line, without the decoration around it; null when nothing is left. */
function cleanLine(text: string, lineStart: number): { text: string; range: TextRange } | null {
  let start = 0;
  let end = text.length;
  while (start < end && DECOR.has(text[start] as string)) start++;
  while (end > start && DECOR.has(text[end - 1] as string)) end--;
  if (!/\p{L}/u.test(text.slice(start, end))) return null;
  return { text: text.slice(start, end), range: { start: lineStart + start, end: lineStart + end } };
}

export function headerBodies(doc: NormalizedDocument, region: TextRange): HeaderBody[] {
  const out: { parts: string[]; range: { start: number; end: number } }[] = [];
  for (const line of doc.lines) {
    if (line.end <= region.start || line.start >= region.end) continue;
    const clean = cleanLine(line.text, line.start);
    if (!clean) continue;
    const last = out[out.length - 1];
    if (last && headAt(clean.text) === null) {
      last.parts.push(clean.text);
      last.range.end = clean.range.end;
    } else out.push({ parts: [clean.text], range: { ...clean.range } });
  }
  return out.map((b) => ({ text: b.parts.join(' '), range: b.range }));
}

const MOTTO_KEY = 'cong hoa xa hoi chu nghia viet nam';

/**
 * A flattened header prints the issuer on the motto's line or at the end of the line above it
 * ("… do Bộ Kế hoạch và Đầu tư ban hành. BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI …"):
 * the run of upper-case words that ends right before the motto or the line end.
 */
export function inlineIssuer(doc: NormalizedDocument, segments: Segments): HeaderBody | null {
  const motto = firstRegion(segments, 'motto');
  if (!motto) return null;
  const line = doc.lines[motto.firstLine] as Line;
  const at = foldKey(line.text).indexOf(MOTTO_KEY);
  let scope: TextRange | null = at > 0 ? { start: line.start, end: line.start + at } : null;
  if (!scope) {
    for (let i = motto.firstLine - 1; i >= Math.max(0, motto.firstLine - 3); i--) {
      const prev = doc.lines[i] as Line;
      if (prev.text.trim()) {
        scope = { start: prev.start, end: prev.end };
        break;
      }
    }
  }
  if (!scope) return null;
  const clean = cleanLine(doc.text.slice(scope.start, scope.end), scope.start);
  if (!clean) return null;
  const words = [...clean.text.matchAll(/\S+/gu)];
  let k = words.length;
  while (k > 0) {
    const w = (words[k - 1] as RegExpMatchArray)[0];
    if (/\p{Ll}/u.test(w) || !/\p{L}/u.test(w)) break;
    k--;
  }
  if (k === words.length) return null;
  const first = words[k] as RegExpMatchArray;
  const start = clean.range.start + (first.index ?? 0);
  const text = doc.text.slice(start, clean.range.end);
  if (words.length - k < 2 && headAt(text) === null) return null;
  return { text, range: { start, end: clean.range.end } };
}
