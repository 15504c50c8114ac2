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
 *
 * The hot path classifies code units through a lookup table and copies runs of ordinary
 * characters as slices, so plain text goes through at tens of MB/s.
 */
import type { TextRange } from '../document.js';

const PLAIN = 0;
const SPACE = 1;
const BREAK = 2;
const DROP = 3;
const MARK = 4;
const ETH = 5;

let classes: Uint8Array | undefined;

/** Class of every UTF-16 code unit, built once on first use. */
function classTable(): Uint8Array {
  if (classes) return classes;
  const t = new Uint8Array(0x10000);
  const mark = /\p{M}/u;
  for (let c = 0x300; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (mark.test(String.fromCharCode(c))) t[c] = MARK;
  }
  for (let c = 0; c <= 0x1f; c++) t[c] = DROP;
  for (let c = 0x7f; c <= 0x9f; c++) t[c] = DROP;
  for (const c of [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) t[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = SPACE;
  for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) t[c] = BREAK;
  for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) t[c] = DROP;
  t[0xd0] = ETH;
  t[0xf0] = ETH;
  classes = t;
  return t;
}

export class TextBuilder {
  private readonly chunks: string[] = [];
  private src: Int32Array;
  private length = 0;
  private pendingSpace = -1; // source offset of the pending space, -2 made up, -1 none
  private pendingBreaks = 0;
  private pendingBreakSrc = -1;
  private atLineStart = true;
  /** Output units whose input is wider than one unit (entities, clusters): index → input end. */
  private readonly wide = new Map<number, number>();

  /**
   * `capacity`: how many output units to make room for at first (the length of a plain text,
   * which rarely grows); the map grows by doubling past it.
   */
  constructor(capacity = 1024) {
    this.src = new Int32Array(Math.max(16, capacity));
  }

  /** Append input text that starts at input offset `srcStart` (null: made-up text). */
  push(text: string, srcStart: number | null): void {
    const n = text.length;
    if (n === 0) return;
    const table = classTable();
    const base = srcStart === null ? -1 : srcStart;
    let i = 0;
    while (i < n) {
      const cls = table[text.charCodeAt(i)] as number;
      if (cls === PLAIN) {
        let j = i + 1;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (table[c] === PLAIN) continue;
          // A single ASCII space between ordinary characters stays inside the run.
          if (c === 0x20 && j + 1 < n && table[text.charCodeAt(j + 1)] === PLAIN) {
            j++;
            continue;
          }
          break;
        }
        // The last character of the run is the base of a cluster when marks follow it.
        const end = j < n && table[text.charCodeAt(j)] === MARK ? j - 1 : j;
        if (end > i) {
          this.flushPending();
          this.emit(text, i, end, base);
        }
        i = end;
        if (end === j) continue;
        let k = i + 1;
        while (k < n && table[text.charCodeAt(k)] === MARK) k++;
        this.emitCluster(text.slice(i, k), base === -1 ? -1 : base + i);
        i = k;
        continue;
      }
      const at = base === -1 ? -1 : base + i;
      if (cls === BREAK) {
        this.lineBreak(1, at);
        i += text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      } else if (cls === SPACE) {
        if (this.pendingSpace === -1 && !this.atLineStart) this.pendingSpace = at === -1 ? -2 : at;
        i++;
      } else if (cls === DROP) {
        i++;
      } else if (cls === ETH) {
        this.flushPending();
        this.emitChar(text.charCodeAt(i) === 0xd0 ? '\u0110' : '\u0111', at);
        i++;
      } else {
        // A combining mark with no base before it in this piece: keep it with its own marks.
        let k = i + 1;
        while (k < n && table[text.charCodeAt(k)] === MARK) k++;
        this.emitCluster(text.slice(i, k), at);
        i = k;
      }
    }
  }

  /**
   * Append text that replaces the input [srcStart, srcEnd) as a whole (a decoded character
   * reference such as `&amp;`): every unit it yields maps back to the whole reference.
   */
  replace(text: string, srcStart: number, srcEnd: number): void {
    const before = this.length;
    this.push(text, srcStart);
    const limit = srcStart + text.length;
    for (let k = before; k < this.length; k++) {
      const at = this.src[k] as number;
      // Skip breaks and spaces that were pending from earlier input.
      if (at < srcStart || at >= limit) continue;
      this.src[k] = srcStart;
      this.wide.set(k, srcEnd);
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

  /** End the current line if it has text (structural: never adds a blank line). */
  endLine(srcAt: number | null = null): void {
    if (this.length === 0) return;
    this.pendingSpace = -1;
    if (this.pendingBreaks === 0) {
      this.pendingBreaks = 1;
      this.pendingBreakSrc = srcAt ?? -1;
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

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.src.length) return;
    let size = this.src.length * 2;
    while (size < need) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.src.subarray(0, this.length));
    this.src = grown;
  }

  private flushPending(): void {
    if (this.pendingBreaks > 0) {
      this.reserve(this.pendingBreaks);
      for (let k = 0; k < this.pendingBreaks; k++) {
        this.chunks.push('\n');
        this.src[this.length++] = this.pendingBreakSrc;
      }
      this.pendingBreaks = 0;
      this.pendingBreakSrc = -1;
      this.pendingSpace = -1;
    } else if (this.pendingSpace !== -1) {
      this.reserve(1);
      this.chunks.push(' ');
      this.src[this.length++] = this.pendingSpace === -2 ? -1 : this.pendingSpace;
      this.pendingSpace = -1;
    }
    this.atLineStart = false;
  }

  /** Copy text[from, to) whose input offsets are base+from … (base -1: made up). */
  private emit(text: string, from: number, to: number, base: number): void {
    const count = to - from;
    this.reserve(count);
    this.chunks.push(from === 0 && to === text.length ? text : text.slice(from, to));
    const src = this.src;
    let at = this.length;
    if (base === -1) src.fill(-1, at, at + count);
    else for (let k = from; k < to; k++) src[at++] = base + k;
    this.length += count;
    this.atLineStart = false;
  }

  private emitChar(ch: string, at: number): void {
    this.reserve(1);
    this.chunks.push(ch);
    this.src[this.length++] = at;
    this.atLineStart = false;
  }

  /** A base with its combining marks: composed to NFC; every output unit maps to the base. */
  private emitCluster(cluster: string, at: number): void {
    let out = cluster.normalize('NFC');
    if (out.charCodeAt(0) === 0xd0) out = `\u0110${out.slice(1)}`;
    else if (out.charCodeAt(0) === 0xf0) out = `\u0111${out.slice(1)}`;
    this.flushPending();
    this.reserve(out.length);
    this.chunks.push(out);
    for (let k = 0; k < out.length; k++) {
      if (cluster.length > 1 && at !== -1) this.wide.set(this.length, at + cluster.length);
      this.src[this.length++] = at;
    }
    this.atLineStart = false;
  }

  finish(): { text: string; map: SourceMap } {
    const text = this.chunks.join('');
    const src = this.length === this.src.length ? this.src : this.src.slice(0, this.length);
    return { text, map: new SourceMap(src, this.wide) };
  }
}

/** Output offset → input offset, exact per code unit. */
export class SourceMap {
  constructor(
    private readonly src: Int32Array,
    private readonly wide: ReadonlyMap<number, number> = new Map(),
  ) {}

  /** Input offset of one output code unit (-1 when made up). */
  at(offset: number): number {
    return this.src[offset] ?? -1;
  }

  toSource(range: TextRange): TextRange | null {
    const { src } = this;
    let s = Math.max(0, range.start);
    let e = Math.min(range.end, src.length) - 1;
    while (s <= e && (src[s] as number) < 0) s++;
    while (e >= s && (src[e] as number) < 0) e--;
    if (s > e) return null;
    return { start: src[s] as number, end: this.wide.get(e) ?? (src[e] as number) + 1 };
  }
}
