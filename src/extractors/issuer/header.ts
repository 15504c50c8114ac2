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
const DECOR = new Set(['-', '–', '—', '_', '=', '*', '|', ' ']);

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
const MOTTO_LINE2_KEY = 'doc lap';

/** The upper-case words that end `scope` (after its decoration), or null. */
function trailingUpperRun(doc: NormalizedDocument, scope: TextRange): HeaderBody | null {
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
  return { text: doc.text.slice(start, clean.range.end), range: { start, end: clean.range.end } };
}

/**
 * A flattened header prints the issuer on the motto's line or at the end of the line above it
 * ("… do Bộ Kế hoạch và Đầu tư ban hành. BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI …"):
 * the run of upper-case words that ends right before the motto or the line end. A two-column
 * header read row by row interleaves the columns ("ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI …" /
 * "TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc"): the text before "Độc lập" on the next line
 * continues the issuer. Returns the bodies, parent first.
 */
export function inlineIssuer(doc: NormalizedDocument, segments: Segments): HeaderBody[] {
  const motto = firstRegion(segments, 'motto');
  if (!motto) return [];
  const line = doc.lines[motto.firstLine] as Line;
  const at = foldKey(line.text).indexOf(MOTTO_KEY);
  const parts: HeaderBody[] = [];
  if (at > 0) {
    const first = trailingUpperRun(doc, { start: line.start, end: line.start + at });
    if (first) parts.push(first);
    const next = doc.lines[motto.firstLine + 1];
    const at2 = next ? foldKey(next.text).indexOf(MOTTO_LINE2_KEY) : -1;
    if (next && at2 > 0) {
      const second = trailingUpperRun(doc, { start: next.start, end: next.start + at2 });
      if (second) parts.push(second);
    }
  } else {
    for (let i = motto.firstLine - 1; i >= Math.max(0, motto.firstLine - 3); i--) {
      const prev = doc.lines[i] as Line;
      if (!prev.text.trim()) continue;
      const run = trailingUpperRun(doc, { start: prev.start, end: prev.end });
      if (run) parts.push(run);
      break;
    }
  }
  // Group the parts into bodies as header lines are grouped.
  const bodies: { parts: string[]; range: { start: number; end: number } }[] = [];
  for (const p of parts) {
    const last = bodies[bodies.length - 1];
    if (last && headAt(p.text) === null) {
      last.parts.push(p.text);
      last.range.end = p.range.end;
    } else bodies.push({ parts: [p.text], range: { ...p.range } });
  }
  const out = bodies.map((b) => ({ text: b.parts.join(' '), range: b.range }));
  const only = out.length === 1 ? (out[0] as HeaderBody) : null;
  // A single short run that is no body ("PAGE 1") is not an issuer.
  if (only && only.text.split(/\s+/u).length < 2 && headAt(only.text) === null) return [];
  return out;
}
