/**
 * Flattened headers: scraped text often runs the header together on one line, e.g.
 *   "Hà Nội, ngày 29 tháng 01 năm 2015 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH … NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP"
 *   "Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng … Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 …"
 * The segmenter's regions are whole lines, so the kind, the trích yếu and the authority inside
 * such a line are read here: after the date (or the number), an upper-case type name opens the
 * kind, the upper-case run after it is the title, minus the authority line at its end (the
 * issuer's name, with a post such as "BỘ TRƯỞNG" before it); a công văn's "V/v …" runs from the
 * number to the place–date or to the end of the line.
 */
import type { Line, NormalizedDocument, TextRange } from '../../document.js';
import type { Segments } from '../../segment/types.js';
import { firstRegion } from '../../segment/types.js';
import { foldKey, foldedText } from '../../text/fold.js';
import { WB_END, alternation, isUpperLine } from '../../text/patterns.js';
import { codeTables } from '../number/codes.js';
import { findDate } from '../issued/date.js';
import { placeBeforeDate } from '../issued/place.js';
import { issuerNaming } from '../issuer/naming.js';

export interface InlineHeading {
  /** The type name as printed ("QUYẾT ĐỊNH"). */
  readonly kind: TextRange;
  /** The text after it, to the end of its line. */
  readonly rest: TextRange;
}

let kindRe: RegExp | undefined;

/** Header lines that may hold more than their region says: the number and place–date lines. */
function headerLines(doc: NormalizedDocument, segments: Segments): Line[] {
  const out: Line[] = [];
  for (const kind of ['number', 'place-date'] as const) {
    const r = firstRegion(segments, kind);
    if (!r) continue;
    for (let i = r.firstLine; i <= r.lastLine; i++) {
      const line = doc.lines[i] as Line;
      if (!out.includes(line)) out.push(line);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Where the header content of a line ends: after its date, else after its number. */
function contentStart(doc: NormalizedDocument, line: Line, numberSpan: TextRange | null, folded: string): number {
  const d = findDate(doc.text, line.start, line.end, folded);
  if (d && d.range.start - line.start < 160) return d.range.end;
  if (numberSpan && numberSpan.start >= line.start && numberSpan.end <= line.end) return numberSpan.end;
  return line.start;
}

/** An upper-case type name ("QUYẾT ĐỊNH") inside a flattened header line. */
export function inlineHeading(doc: NormalizedDocument, segments: Segments, numberSpan: TextRange | null): InlineHeading | null {
  const folded = foldedText(doc);
  kindRe ??= new RegExp(`^\\s{0,3}(?:${alternation(codeTables().types.map((t) => foldKey(t.name)))})${WB_END}`, 'u');
  for (const line of headerLines(doc, segments)) {
    const from = contentStart(doc, line, numberSpan, folded);
    const m = kindRe.exec(folded.slice(from, line.end));
    if (!m) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const kind = { start: from + lead, end: from + m[0].length };
    // Only a printed heading counts (capitals), not a sentence that starts with "Quyết định".
    if (!isUpperLine(doc.text.slice(kind.start, kind.end))) continue;
    return { kind, rest: { start: kind.end, end: line.end } };
  }
  return null;
}

/** Letters only, folded: to find the issuer's name at the end of a run. */
function letters(s: string): string {
  return foldKey(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The trích yếu in the text after an inline kind: its upper-case run, minus the authority line. */
export function inlineTitle(doc: NormalizedDocument, rest: TextRange, issuerPrinted: string | null): TextRange | null {
  const words = [...doc.text.slice(rest.start, rest.end).matchAll(/\S+/gu)];
  let n = 0;
  while (n < words.length && !/\p{Ll}/u.test((words[n] as RegExpMatchArray)[0])) n++;
  if (n === 0) return null;
  const at = (k: number): number => rest.start + ((words[k] as RegExpMatchArray).index ?? 0);
  const endOf = (k: number): number => at(k) + (words[k] as RegExpMatchArray)[0].length;
  let last = n - 1;
  const tailFrom = (k: number): string => letters(doc.text.slice(at(k), endOf(last)));
  // The authority line at the end: the issuer's name, and the post before it ("BỘ TRƯỞNG").
  const titles = issuerNaming().file.authorityTitles.map((t) => letters(t));
  let cut = false;
  const target = issuerPrinted ? letters(issuerPrinted) : '';
  for (let k = last; k > 0 && target.length > 0; k--) {
    const tail = tailFrom(k);
    if (tail === target) {
      last = k - 1;
      cut = true;
      break;
    }
    if (tail.length > target.length) break;
  }
  if (cut) {
    for (let k = last; k > 0 && k >= last - 4; k--) {
      if (titles.includes(tailFrom(k))) {
        last = k - 1;
        break;
      }
    }
  } else {
    // No issuer name at the end: cut at the last post that opens a short tail.
    for (let k = last; k > 0 && k >= last - 10; k--) {
      const tail = tailFrom(k);
      if (titles.some((t) => tail.startsWith(t))) {
        last = k - 1;
        break;
      }
    }
  }
  if (last < 0) return null;
  return { start: at(0), end: endOf(last) };
}

/** A công văn's "V/v …" on the number line: to the place–date, "Kính gửi" or the line end. */
export function inlineSubject(doc: NormalizedDocument, segments: Segments, numberSpan: TextRange | null): TextRange | null {
  if (!numberSpan) return null;
  const line = doc.lines.find((l) => l.start <= numberSpan.start && numberSpan.end <= l.end);
  if (!line || !firstRegion(segments, 'number')) return null;
  const after = doc.text.slice(numberSpan.end, line.end);
  // Markdown emphasis may wrap it: "Số: 3479/VPCP-NN *V/v xây dựng …* | *Hà Nội, ngày …*".
  const vv = /^[\s*_]{0,4}(?:V\/v|v\/v|V\/V|Về việc)\s/u.exec(after);
  if (!vv) return null;
  const start = numberSpan.end + vv[0].search(/[Vv]/u);
  const folded = foldedText(doc);
  let end = line.end;
  const d = findDate(doc.text, start, line.end, folded);
  if (d) end = placeBeforeDate(doc.text, start, d.range.start)?.start ?? d.range.start;
  const kg = folded.slice(start, end).indexOf('kinh gui');
  if (kg > 0) end = start + kg;
  while (end > start && /[\s,.;*_|]/u.test(doc.text[end - 1] as string)) end--;
  return end > start ? { start, end } : null;
}

/**
 * A title region that runs straight into the authority line, with no blank line between
 * (hard-wrapped pages): "… QUẢN LÝ CỦA SỞ TÀI CHÍNH" / "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"
 * / "Căn cứ …". When the region is followed by the basis (or "QUYẾT ĐỊNH:"), its last line that
 * opens with a post ("CHỦ TỊCH …") or is the issuer's name starts the authority: the title
 * stops before it.
 */
export function withoutAuthorityLines(doc: NormalizedDocument, segments: Segments, title: TextRange, issuerPrinted: string | null): TextRange {
  const next = segments.regions.find((r) => r.start >= title.end && r.kind !== 'chrome' && r.kind !== 'table');
  const nextKey = next ? foldKey(doc.text.slice(next.start, next.start + 40)).trimStart() : '';
  if (!next || !(next.kind === 'basis' || next.kind === 'authority' || /^quyet dinh\s{0,3}:/u.test(nextKey))) return title;
  const lines = doc.lines.filter((l) => l.start >= title.start && l.end <= title.end && l.text.trim());
  const titles = issuerNaming().file.authorityTitles.map((t) => letters(t));
  const issuer = issuerPrinted ? letters(issuerPrinted) : '';
  for (let k = lines.length - 1; k >= 1; k--) {
    const key = letters((lines[k] as Line).text);
    if (titles.some((t) => key.startsWith(t)) || (issuer.length > 0 && key === issuer)) {
      const prev = lines[k - 1] as Line;
      return { start: title.start, end: prev.end };
    }
  }
  return title;
}
