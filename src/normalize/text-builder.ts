/**
 * Builds the normalized text in one pass while recording, for every output code unit,
 * the input offset it came from (-1 for characters the normalizer made up, such as the
 * line breaks between HTML blocks). The map is built during the edit, not diffed after,
 * so `toSource` is exact.
 *
 * What the builder does to the characters it is given:
 * - NFC per grapheme cluster (decomposed marks, windows-1258 tone marks);
 * - U+00D0 Ð → Đ and U+00F0 ð → đ (no Unicode normalization maps them);
 * - NBSP, thin and other spaces, tabs → one space; runs of spaces collapse;
 * - zero-width characters, soft hyphens, BOM and C0/C1 controls are dropped;
 * - CR, CRLF, U+2028/2029 → line break; spaces at line ends are trimmed;
 *   at most one blank line is kept between paragraphs.
 */
import type { TextRange } from '../document.js';

const SPACE = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const DROP = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/u;
const COMBINING = /\p{M}/u;
/** Anything that may need more than a copy. */
const SPECIAL = /[^\p{L}\p{N}!-\/:-@[-`{-~]/u;

export class TextBuilder {
  private readonly chunks: string[] = [];
  private readonly src: number[] = [];
  private length = 0;
  private pendingSpace = -1; // source offset of the pending space, -1 none
  private pendingBreaks = 0;
  private pendingBreakSrc = -1;
  private atLineStart = true;

  /** Append input text that starts at input offset `srcStart` (null: made-up text). */
  push(text: string, srcStart: number | null): void {
    if (text.length === 0) return;
    if (!SPECIAL.test(text)) {
      // Fast path: plain letters, digits and ASCII punctuation only.
      this.flushPending();
      this.emitRun(text, srcStart);
      return;
    }
    const n = text.length;
    let i = 0;
    while (i < n) {
      const ch = text[i] as string;
      const at = srcStart === null ? -1 : srcStart + i;
      if (ch === '\r' && text[i + 1] === '\n') {
        this.lineBreak(1, at);
        i += 2;
        continue;
      }
      if (LINE_BREAK.test(ch)) {
        this.lineBreak(1, at);
        i++;
        continue;
      }
      if (SPACE.test(ch)) {
        if (this.pendingSpace === -1 && !this.atLineStart) this.pendingSpace = at === -1 ? -2 : at;
        i++;
        continue;
      }
      if (DROP.test(ch)) {
        i++;
        continue;
      }
      // A grapheme: base + combining marks (also surrogate pairs).
      let j = i + 1;
      const code = ch.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdbff && j < n) j++;
      while (j < n && COMBINING.test(text[j] as string)) j++;
      let cluster = text.slice(i, j);
      if (j - i > 1) cluster = cluster.normalize('NFC');
      if (cluster === '\u00D0') cluster = '\u0110';
      else if (cluster === '\u00F0') cluster = '\u0111';
      this.flushPending();
      for (let k = 0; k < cluster.length; k++) {
        this.chunks.push(cluster[k] as string);
        this.src.push(at);
        this.length++;
      }
      i = j;
    }
  }

  /** End the current line; `count` 2 or more leaves a blank line (paragraph break). */
  lineBreak(count = 1, srcAt: number | null = null): void {
    if (this.length === 0) return; // no leading blank lines
    this.pendingSpace = -1;
    if (count > this.pendingBreaks) {
      this.pendingBreaks = Math.min(count, 2);
      if (this.pendingBreakSrc === -1) this.pendingBreakSrc = srcAt ?? -1;
    } else if (this.pendingBreaks > 0 && count >= 1 && this.pendingBreaks < 2) {
      // two single breaks in a row make a blank line
      this.pendingBreaks = 2;
    }
    this.atLineStart = true;
  }

  /** A soft separator between inline pieces (becomes one space unless at a line start). */
  space(): void {
    if (!this.atLineStart && this.pendingSpace === -1) this.pendingSpace = -2;
  }

  /** Length of the text emitted so far (pending breaks and spaces excluded). */
  get committed(): number {
    return this.length;
  }

  get offset(): number {
    return this.length + (this.pendingBreaks > 0 ? this.pendingBreaks : this.pendingSpace !== -1 ? 1 : 0);
  }

  /** Offset the next visible character will get (after pending breaks/space). */
  nextOffset(): number {
    return this.offset;
  }

  private flushPending(): void {
    if (this.pendingBreaks > 0) {
      for (let k = 0; k < this.pendingBreaks; k++) {
        this.chunks.push('\n');
        this.src.push(this.pendingBreakSrc);
        this.length++;
      }
      this.pendingBreaks = 0;
      this.pendingBreakSrc = -1;
      this.pendingSpace = -1;
    } else if (this.pendingSpace !== -1) {
      this.chunks.push(' ');
      this.src.push(this.pendingSpace === -2 ? -1 : this.pendingSpace);
      this.length++;
      this.pendingSpace = -1;
    }
    this.atLineStart = false;
  }

  private emitRun(text: string, srcStart: number | null): void {
    this.chunks.push(text);
    for (let k = 0; k < text.length; k++) this.src.push(srcStart === null ? -1 : srcStart + k);
    this.length += text.length;
    this.atLineStart = false;
  }

  finish(): { text: string; map: SourceMap } {
    const text = this.chunks.join('');
    return { text, map: new SourceMap(Int32Array.from(this.src)) };
  }
}

/** Output offset → input offset, exact per code unit. */
export class SourceMap {
  constructor(private readonly src: Int32Array) {}

  toSource(range: TextRange): TextRange | null {
    const { src } = this;
    let s = range.start;
    let e = range.end - 1;
    while (s <= e && (src[s] ?? -1) < 0) s++;
    while (e >= s && (src[e] ?? -1) < 0) e--;
    if (s > e) return null;
    return { start: src[s] as number, end: (src[e] as number) + 1 };
  }
}
