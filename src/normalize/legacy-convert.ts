/**
 * The three repairs legacy.ts can apply to a line of text: TCVN3 (ABC) and VNI font
 * encodings read as Latin-1/windows-1252, and mojibake (UTF-8 bytes read as
 * windows-1252/Latin-1). Each returns the new text and, when lengths change, where every
 * output code unit came from, so spans still map back to the input.
 */
import iconv from 'iconv-lite';
import tcvn3Data from './data/tcvn3.json';
import vniData from './data/vni.json';
import holeJson from './data/mojibake-holes.json';
import { isVietnameseSyllable } from './vietnamese-syllable.js';
import { isLetterChar, isLetterCode } from './letters.js';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'mojibake';

export interface Converted {
  text: string;
  /** Input offset (relative to the line) of each output code unit; null when 1:1. */
  origin: number[] | null;
}

/**
 * A byte-keyed table as an array indexed by the code unit (0–0xFF): the converters look up
 * every character of every candidate line three times over, and an index is far cheaper
 * than a Map lookup.
 */
type ByteTable = readonly (string | undefined)[];

/** `table[c]` for any code unit (undefined past 0xFF). */
function lookup(table: ByteTable, c: number): string | undefined {
  return c < 0x100 ? table[c] : undefined;
}

interface Tables {
  tcvn3: ByteTable;
  tcvn3Pdf: Map<number, string>;
  /** The lowest code in tcvn3Pdf: most characters are below it and need no lookup there. */
  tcvn3PdfMin: number;
  vniLetters: ByteTable;
  vniMarks: ByteTable;
  /** windows-1252 character → byte, for the 27 characters of 0x80–0x9F. */
  cp1252Bytes: Map<number, number>;
}

let tables: Tables | undefined;

function byteTable(record: Record<string, string>): ByteTable {
  const t = new Array<string | undefined>(0x100).fill(undefined);
  for (const [hex, value] of Object.entries(record)) {
    if (hex.length === 2) t[Number.parseInt(hex, 16)] = value;
  }
  return t;
}

function load(): Tables {
  if (tables) return tables;
  const tcvn3Pdf = new Map<number, string>();
  for (const [k, v] of Object.entries(tcvn3Data.pdfArtifacts)) if (k !== '#') tcvn3Pdf.set(k.charCodeAt(0), v);
  const cp1252Bytes = new Map<number, number>();
  const high = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252');
  for (let i = 0; i < high.length; i++) {
    const c = high.charCodeAt(i);
    if (c > 0xff && c !== 0xfffd) cp1252Bytes.set(c, 0x80 + i);
  }
  tables = {
    tcvn3: byteTable(tcvn3Data.bytes),
    tcvn3Pdf,
    tcvn3PdfMin: Math.min(...tcvn3Pdf.keys()),
    vniLetters: byteTable(vniData.letters),
    vniMarks: byteTable(vniData.marks),
    cp1252Bytes,
  };
  return tables;
}

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Scratch buffers for convertTcvn3, reused from line to line (a typed array per line costs
 * more than converting a short line), with a Buffer over the units to read them back.
 */
let scratch: { units: Uint16Array; converted: Uint8Array; bytes: Buffer } | undefined;

function scratchFor(n: number): { units: Uint16Array; converted: Uint8Array; bytes: Buffer } {
  if (scratch && scratch.units.length >= n) return scratch;
  const units = new Uint16Array(Math.max(256, n * 2));
  scratch = { units, converted: new Uint8Array(units.length), bytes: Buffer.from(units.buffer, units.byteOffset, units.byteLength) };
  return scratch;
}

/** TCVN3 → Unicode. One character for one, so no origin map is needed. */
export function convertTcvn3(line: string): Converted {
  const { tcvn3, tcvn3Pdf, tcvn3PdfMin } = load();
  const n = line.length;
  // Every table value is one code unit, so the line is converted into code units (no
  // one-character string per character: every candidate line of a page goes through here).
  const { units, converted, bytes } = scratchFor(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    let mapped = lookup(tcvn3, c);
    // U+2212/U+2219 are letters only inside a word ("Thñ t−íng"), not a minus sign.
    if (mapped === undefined && c >= tcvn3PdfMin && tcvn3Pdf.has(c) && isLetterChar(line[i - 1]) && isLetterChar(line[i + 1])) mapped = tcvn3Pdf.get(c);
    if (mapped === undefined) {
      units[i] = c;
      converted[i] = 0;
    } else {
      units[i] = mapped.charCodeAt(0);
      converted[i] = 1;
      any = true;
    }
  }
  // Nothing converted: restoreCapitals touches only words with a converted letter.
  return { text: any ? restoreCapitals(units, converted, n, bytes) : line, origin: null };
}

interface Word {
  from: number;
  to: number;
  upper: number;
  lower: number;
  touched: boolean;
}

/** Runs of letters in `units[0, n)`, with their ASCII capitals and lower-case letters counted. */
function wordsOf(units: Uint16Array, converted: Uint8Array, n: number): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < n) {
    if (!isLetterCode(units[i] as number)) {
      i++;
      continue;
    }
    const w: Word = { from: i, to: i, upper: 0, lower: 0, touched: false };
    while (i < n && isLetterCode(units[i] as number)) {
      const c = units[i] as number;
      if (isAsciiLetter(c)) {
        if (c <= 0x5a) w.upper++;
        else w.lower++;
      }
      if (converted[i]) w.touched = true;
      i++;
    }
    w.to = i;
    words.push(w);
  }
  return words;
}

/**
 * In ABC documents capitals other than Ă Â Ê Ô Ơ Ư Đ are the lower-case codes shown in the
 * upper-case font (.VnTimeH): "CéNG HOµ X· HéI" is "CỘNG HOÀ XÃ HỘI". A converted word
 * whose ASCII letters are all capitals (two or more, or one next to such a word) is
 * upper-cased; so is a converted letter that starts a line or follows a tag.
 */
function restoreCapitals(units: Uint16Array, converted: Uint8Array, n: number, bytes: Buffer): string {
  const words = wordsOf(units, converted, n);
  // A letter whose capital is not one code unit ("ß" → "SS") is kept here as a string.
  let wide: Map<number, string> | undefined;
  const upperAt = (j: number): void => {
    const current = wide?.get(j) ?? String.fromCharCode(units[j] as number);
    const upper = current.toUpperCase();
    if (upper.length === 1 && current.length === 1) units[j] = upper.charCodeAt(0);
    else (wide ??= new Map()).set(j, upper);
  };
  const strong = (w: Word | undefined): boolean => w !== undefined && w.lower === 0 && w.upper >= 2;
  words.forEach((w, k) => {
    if (!w.touched || w.lower > 0 || w.upper === 0) return;
    if (w.upper >= 2 || strong(words[k - 1]) || strong(words[k + 1])) {
      for (let j = w.from; j < w.to; j++) upperAt(j);
    }
  });
  // A paragraph starts with a capital: "ñy ban" at the start of a line, or right after a
  // tag in HTML source, was "Ủy ban" typed with one letter in the upper-case font.
  const isUnit = (j: number, code: number): boolean => units[j] === code && !wide?.has(j);
  words.forEach((w, k) => {
    if (!converted[w.from]) return;
    let j = w.from - 1;
    while (j >= 0 && (isUnit(j, 0x20) || isUnit(j, 0x09))) j--;
    if (k === 0 || isUnit(j, 0x3e)) upperAt(w.from);
  });
  // Buffer reads the units back as UTF-16 in one copy, lone surrogates kept.
  if (!wide) return bytes.toString('utf16le', 0, n * 2);
  let out = '';
  for (let j = 0; j < n; j++) out += wide.get(j) ?? String.fromCharCode(units[j] as number);
  return out;
}

/** VNI → Unicode: base letter + mark byte compose; single-byte letters map directly. */
export function convertVni(line: string): Converted {
  const { vniLetters, vniMarks } = load();
  // The text is built from slices of the unchanged runs between replaced characters.
  // Every replacement moves runStart past it, so runStart > 0 is "something changed".
  let text = '';
  let runStart = 0;
  const origin: number[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    const letter = lookup(vniLetters, c);
    const mark = i + 1 < line.length ? lookup(vniMarks, line.charCodeAt(i + 1)) : undefined;
    if (mark !== undefined) {
      const base = letter ?? (line[i] as string);
      if (/^[aeouyAEOUYơưƠƯ]$/u.test(base)) {
        const composed = `${base}${mark}`.normalize('NFC');
        if (composed.length === 1 && isVietnameseLetter(composed)) {
          text += line.slice(runStart, i) + composed;
          origin.push(i);
          i += 2;
          runStart = i;
          continue;
        }
      }
    }
    if (letter !== undefined) {
      text += line.slice(runStart, i) + letter;
      runStart = i + 1;
    }
    origin.push(i);
    i++;
  }
  return runStart > 0 ? { text: text + line.slice(runStart), origin } : { text: line, origin: null };
}

const VIETNAMESE_LETTER = /^[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]$/u;

export function isVietnameseLetter(ch: string): boolean {
  return VIETNAMESE_LETTER.test(ch);
}

/**
 * Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D have no windows-1252 character; decoders that replace
 * them with U+FFFD lose the byte. After C4 only Đ (C4 90) is Vietnamese; after E1 BB the
 * candidates are ề ọ ỏ Ố ờ, chosen with data/mojibake-holes.json.
 */
let holes: { order: string[]; common: Set<string> } | undefined;

function holeData(): { order: string[]; common: Set<string> } {
  holes ??= { order: holeJson.order, common: new Set(holeJson.common) };
  return holes;
}

/**
 * Mojibake → Unicode: every character is taken back to the byte windows-1252 (or
 * Latin-1, for the five holes of windows-1252) showed it as, and runs of bytes that form
 * valid UTF-8 sequences are decoded. Anything else stays as it is.
 */
export function repairMojibake(line: string): Converted {
  const { cp1252Bytes } = load();
  const byteAt = (i: number): number => {
    const c = line.charCodeAt(i);
    if (c <= 0xff) return c;
    return cp1252Bytes.get(c) ?? -1;
  };
  // Without a U+FFFD no hole is guessed: the text is built from slices of the unchanged runs.
  if (!line.includes('\uFFFD')) return repairWithoutHoles(line, byteAt);
  const out: string[] = [];
  const origin: number[] = [];
  const guesses: number[] = [];
  let changed = false;
  let i = 0;
  while (i < line.length) {
    const b0 = byteAt(i);
    const need = sequenceLength(b0);
    if (need > 0) {
      if (b0 === 0xc4 && line.charCodeAt(i + 1) === 0xfffd) {
        out.push('\u0110');
        origin.push(i);
        i += 2;
        changed = true;
        continue;
      }
      if (b0 === 0xe1 && byteAt(i + 1) === 0xbb && line.charCodeAt(i + 2) === 0xfffd) {
        guesses.push(out.length);
        out.push('\uFFFD');
        origin.push(i);
        i += 3;
        changed = true;
        continue;
      }
      const ch = sequenceAt(line, i, b0, need, byteAt);
      if (ch !== null) {
        out.push(ch);
        for (let k = 0; k < ch.length; k++) origin.push(i);
        i += need + 1;
        changed = true;
        continue;
      }
    }
    out.push(line[i] as string);
    origin.push(i);
    i++;
  }
  for (const g of guesses) out[g] = guessHole(out, g);
  return changed ? { text: out.join(''), origin } : { text: line, origin: null };
}

/** repairMojibake for a line with no U+FFFD (so no hole to guess). */
function repairWithoutHoles(line: string, byteAt: (i: number) => number): Converted {
  let text = '';
  let runStart = 0; // > 0 once something is replaced, as in convertVni
  const origin: number[] = [];
  let i = 0;
  while (i < line.length) {
    const b0 = byteAt(i);
    const need = sequenceLength(b0);
    const ch = need > 0 ? sequenceAt(line, i, b0, need, byteAt) : null;
    if (ch !== null) {
      text += line.slice(runStart, i) + ch;
      for (let k = 0; k < ch.length; k++) origin.push(i);
      i += need + 1;
      runStart = i;
      continue;
    }
    origin.push(i);
    i++;
  }
  return runStart > 0 ? { text: text + line.slice(runStart), origin } : { text: line, origin: null };
}

/** Continuation bytes a UTF-8 lead byte asks for (0: not a lead byte). */
function sequenceLength(b0: number): number {
  return b0 >= 0xc2 && b0 <= 0xdf ? 1 : b0 >= 0xe0 && b0 <= 0xef ? 2 : b0 >= 0xf0 && b0 <= 0xf4 ? 3 : 0;
}

/** The character of the UTF-8 sequence whose lead byte `b0` is at `i`, or null when it is not valid. */
function sequenceAt(line: string, i: number, b0: number, need: number, byteAt: (i: number) => number): string | null {
  let cp = need === 1 ? b0 & 0x1f : need === 2 ? b0 & 0x0f : b0 & 0x07;
  for (let k = 1; k <= need; k++) {
    const b = i + k < line.length ? byteAt(i + k) : -1;
    if (b < 0x80 || b > 0xbf) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
  return cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : null;
}

function guessHole(out: readonly string[], at: number): string {
  let from = at;
  let to = at + 1;
  while (from > 0 && isLetterChar(out[from - 1])) from--;
  while (to < out.length && isLetterChar(out[to])) to++;
  const before = out.slice(from, at).join('');
  const after = out.slice(at + 1, to).join('');
  const { order, common } = holeData();
  const word = (c: string): string => `${before}${c}${after}`;
  const pick =
    order.find((c) => common.has(word(c).toLowerCase())) ??
    order.find((c) => isVietnameseSyllable(word(c))) ??
    (order[0] as string);
  // Keep the case of the word: "VỀ" in an upper-case word, "về" otherwise.
  return before + after === (before + after).toUpperCase() && /\p{L}/u.test(before + after) ? pick.toUpperCase() : pick.toLowerCase();
}

export function convertLine(encoding: LegacyEncoding, line: string): Converted {
  if (encoding === 'tcvn3') return convertTcvn3(line);
  if (encoding === 'vni') return convertVni(line);
  return repairMojibake(line);
}
