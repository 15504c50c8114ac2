/**
 * Body names as printed in a header → sentence case, the way NĐ 30/2020 Phụ lục II writes
 * them: "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Bộ Văn hóa, Thể thao và Du lịch",
 * "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH" → "Ủy ban nhân dân tỉnh Nam Định". Rules and word lists
 * come from src/data/issuer-header.json. A name already in mixed case keeps its letters
 * (only abbreviations such as UBND are expanded).
 */
import headerJson from '../../data/issuer-header.json';
import { IssuerHeaderFileSchema, type IssuerHeaderFile } from '../../data/schema.js';
import { dataFile } from '../../data/load.js';
import { foldKey } from '../../text/fold.js';
import { isUpperLine } from '../../text/patterns.js';
import { lowerNfc as lower } from '../../text/lower.js';

interface Naming {
  readonly file: IssuerHeaderFile;
  /** Folded heads, longest first. */
  readonly heads: readonly { key: string; words: number; capitalisesField: boolean }[];
  readonly places: readonly { key: string; words: number; printed: string }[];
  readonly notPlaces: readonly string[];
  readonly proper: readonly { key: string; words: string[] }[];
  readonly abbreviations: ReadonlyMap<string, string>;
}

let naming: Naming | undefined;


function words(s: string): string[] {
  return s.split(/\s+/u).filter(Boolean);
}

export function issuerNaming(): Naming {
  if (naming) return naming;
  const file = dataFile(IssuerHeaderFileSchema, headerJson);
  const byLength = <T extends { words: number }>(a: T, b: T): number => b.words - a.words;
  naming = Object.freeze({
    file,
    heads: file.organHeads.map((h) => ({ key: foldKey(h.text), words: words(h.text).length, capitalisesField: h.capitalisesField })).sort(byLength),
    // Place words compare with their marks (quận ≠ quản); only case is ignored.
    places: file.placeWords.map((p) => ({ key: lower(p), words: words(p).length, printed: p })).sort(byLength),
    notPlaces: file.notPlaces.map((p) => lower(p)),
    proper: file.properNames.map((p) => ({ key: foldKey(p), words: words(p) })),
    abbreviations: new Map(file.abbreviations.map((a) => [a.abbr, a.expansion])),
  });
  return naming;
}

/**
 * Whether `folded.slice(at, at + n).join(' ') === key`, compared in place: called for every
 * word of a name against every place and proper name, the joined copies were most of the cost.
 */
function matchAt(folded: readonly string[], at: number, key: string, n: number): boolean {
  const end = Math.min(at + n, folded.length);
  let pos = 0;
  for (let i = at; i < end; i++) {
    if (i > at) {
      if (key.charCodeAt(pos) !== 0x20) return false;
      pos++;
    }
    const w = folded[i] as string;
    if (!key.startsWith(w, pos)) return false;
    pos += w.length;
  }
  return pos === key.length;
}

/** Most words an organ head has. */
let headWords = -1;

/**
 * The first `max` white-space separated words of `s` (what words(s).slice(0, max) gives),
 * folded and without a trailing comma or full stop. Pushed, not mapped: V8's optimised
 * `map` makes holey arrays and the builtin packed ones, and matchAt was deoptimised
 * ("wrong map") when both reached it.
 */
function firstFoldedWords(s: string, max: number): string[] {
  const out: string[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(s); m !== null && out.length < max; m = re.exec(s)) out.push(foldKey(m[0]).replace(/[,.]$/u, ''));
  return out;
}

/** `list.map(f)` as a packed array in every tier (see firstFoldedWords). */
function mapPacked(list: readonly string[], f: (w: string) => string): string[] {
  const out: string[] = [];
  for (const w of list) out.push(f(w));
  return out;
}

/** The organ head that opens a name (folded), or null. */
export function headAt(text: string): { words: number; capitalisesField: boolean } | null {
  const heads = issuerNaming().heads;
  if (headWords < 0) headWords = Math.max(0, ...heads.map((h) => h.words));
  // Only the first words can hold a head: a long line is not folded and split whole.
  const folded = firstFoldedWords(text, headWords);
  return heads.find((h) => matchAt(folded, 0, h.key, h.words)) ?? null;
}

function capitalise(w: string): string {
  return w.length === 0 ? w : (w[0] as string).toUpperCase() + w.slice(1);
}

/** Expand abbreviations token by token ("UBND" → "Ủy ban nhân dân"). */
export function expandAbbreviations(name: string): string {
  const abbr = issuerNaming().abbreviations;
  return mapPacked(words(name), (w) => abbr.get(w) ?? w).join(' ');
}

/** Sentence-case name of a body printed in upper case; mixed-case names keep their letters. */
export function sentenceCaseName(printed: string): string {
  const n = issuerNaming();
  const joined = words(printed).join(' ');
  if (!isUpperLine(joined)) return expandAbbreviations(joined);
  const original = words(joined);
  const expanded = words(expandAbbreviations(joined));
  const out = mapPacked(expanded, (w) => w.toLowerCase());
  const folded = mapPacked(out, (w) => foldKey(w).replace(/[,.]$/u, ''));
  const lowered = mapPacked(out, (w) => w.replace(/[,.]$/u, ''));
  const isAbbrevToken = (i: number): boolean => original.length === expanded.length && /^\p{Lu}{2,4}\.?$/u.test(original[i] as string);

  let i = 0;
  let fieldCaps = false;
  const head = n.heads.find((h) => matchAt(folded, 0, h.key, h.words));
  if (head) {
    i = head.words;
    fieldCaps = head.capitalisesField;
    if (fieldCaps && i < out.length) out[i] = capitalise(out[i] as string);
  }
  let inPlace = false;
  for (; i < out.length; i++) {
    const place = inPlace ? undefined : n.places.find((p) => matchAt(lowered, i, p.key, p.words));
    if (place && !n.notPlaces.some((np) => matchAt(lowered, i, np, words(np).length))) {
      // Keep printed abbreviations of the place word ("TP").
      if (place.words === 1 && /\p{Lu}/u.test(place.printed) && isAbbrevToken(i)) out[i] = original[i] as string;
      i += place.words - 1;
      inPlace = true;
      fieldCaps = false;
      continue;
    }
    if (inPlace) {
      out[i] = capitalise(out[i] as string);
      continue;
    }
    if (fieldCaps && i > 0) {
      const prev = out[i - 1] as string;
      if (prev === 'và' || prev === '-' || prev.endsWith(',')) out[i] = capitalise(out[i] as string);
    }
  }
  for (const p of n.proper) {
    const len = p.words.length;
    for (let j = 0; j + len <= out.length; j++) {
      if (matchAt(folded, j, p.key, len)) for (let k = 0; k < len; k++) out[j + k] = p.words[k] as string;
    }
  }
  out[0] = capitalise(out[0] as string);
  return out.join(' ');
}
