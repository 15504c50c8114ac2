/**
 * Deadline phrases inside longer prose ("… hoàn thành trong tháng 3 năm 2024, đồng thời
 * gửi …" → "trong tháng 3 năm 2024"), for the tasks extractor.
 *
 * The text is cut into chunks (lines, sentences, at most CHUNK characters, cut at
 * whitespace), each chunk is lexed, and runs of adjacent tokens form candidate phrases.
 * Prose is full of dates that are not deadlines (the dates of cited documents, "năm 2024"
 * in a plan's name), so a candidate is kept only when it is governed: a marker starts it
 * (trước, chậm nhất, trong, từ, đến, sau) or a completion verb ("hoàn thành") stands just
 * before it, or it is a rule by itself (hằng quý, định kỳ 6 tháng, tháng tới). Words alone
 * (thường xuyên, đột xuất, theo quy định, sau khi …) are not kept from prose: there they are
 * as often adjectives or circumstances as deadlines. A candidate that does not resolve is
 * split at its list connectors and retried, then dropped.
 */
import { lex, someRuleMatches, type LexToken } from './lexer.js';
import { resolve } from './grammar.js';

export interface DeadlinePhrase {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface FindDeadlinePhrasesOptions {
  /**
   * Also return phrases with no date or rule in them — continuous, ad hoc, event-anchored
   * ("Thường xuyên", "đột xuất", "ngay sau khi …"). Off by default: in running prose these
   * words are as often adjectives or circumstances as deadlines.
   */
  readonly undated?: boolean;
  /**
   * Phrases already found, by chunk text: a caller that scans many pieces of one document
   * passes one memo for the document, so a line the document repeats is lexed once.
   */
  readonly memo?: DeadlinePhraseMemo;
}

/** Chunk text → its phrases (offsets in the chunk); see `FindDeadlinePhrasesOptions.memo`. */
export type DeadlinePhraseMemo = Map<string, readonly DeadlinePhrase[]>;

/** Longest chunk lexed at once; keeps chrono's per-match work bounded on huge inputs. */
const CHUNK = 600;

interface Chunk {
  readonly start: number;
  readonly text: string;
}

function chunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  const boundary = /\n|;|\.(?=\s)/gu;
  let from = 0;
  const push = (to: number) => {
    let s = from;
    while (to - s > CHUNK) {
      const cut = text.lastIndexOf(' ', s + CHUNK);
      const at = cut > s ? cut : s + CHUNK;
      out.push({ start: s, text: text.slice(s, at) });
      s = at;
    }
    if (to > s) out.push({ start: s, text: text.slice(s, to) });
  };
  for (const m of text.matchAll(boundary)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

const MARKERS = new Set(['B', 'IN', 'FROM', 'FROMNOW', 'TO', 'AFTER']);
const SELF_GOVERNED = new Set(['FREQ', 'EVERY', 'PER', 'REL', 'MLIST', 'ACADEMIC']);
const CORE = new Set(['DATE', 'MONTH', 'YEAR', 'QGROUP', 'HALF', 'SPAN', 'YPART', 'MLIST', 'ACADEMIC', 'DUR', 'REL', 'FREQ', 'EVERY', 'PER']);
const UNDATED = new Set(['CONT', 'ADHOC', 'EVENT', 'IMM']);
/**
 * The lexer rules that yield what `governed` looks for (lexer.ts): the markers (B, IN, FROM,
 * FROMNOW, TO — a TO with a letter also comes from a year range), the completion verb (DONE),
 * durations (DUR: "30 ngày tới", or with an anchor) and the rules by themselves (FREQ, EVERY,
 * PER, REL, MLIST, ACADEMIC). A chunk none of them matches holds no dated phrase, so it is not
 * lexed: most chunks of prose are dates of cited documents and years in plan names. Kept by
 * hand: test/deadline/governing.test.ts fails when a rule yielding one of GOVERNING_TOKENS is
 * missing.
 */
export const GOVERNING_RULES: readonly string[] = [
  'before-inclusive',
  'before',
  'within',
  'from',
  'to',
  'from-now',
  'after',
  'year-range',
  'completion',
  'duration',
  'duration-words',
  'frequency',
  'every-n',
  'n-times',
  'periodic',
  'relative-unit',
  'month-list',
];
/**
 * The token types `governed` looks for (markers, the completion verb, durations, the rules by
 * themselves): a chunk whose lex yields one of them must match GOVERNING_RULES
 * (test/deadline/governing.test.ts checks the list against the lexer).
 */
export const GOVERNING_TOKENS: ReadonlySet<string> = new Set([...MARKERS, 'DONE', 'DUR', ...SELF_GOVERNED]);
const TRAILING_JUNK = new Set(['AND', 'OR', 'TO', 'FROM', 'B', 'IN', 'AFTER', 'DONE', 'PART', 'STAGE']);

/** A TO token printed as a dash (not "đến"). */
function isDashTo(t: LexToken, text: string): boolean {
  return t.type === 'TO' && !/\p{L}/u.test(text.slice(t.start, t.end));
}

/** Runs of tokens separated by nothing but spaces and brackets. */
function runs(tokens: readonly LexToken[], text: string): LexToken[][] {
  const out: LexToken[][] = [];
  let current: LexToken[] = [];
  for (const t of tokens) {
    const prev = current[current.length - 1];
    if (prev && !/^[\s()]*$/u.test(text.slice(prev.end, t.start))) {
      out.push(current);
      current = [];
    }
    current.push(t);
  }
  if (current.length > 0) out.push(current);
  return out;
}

type IsMarker = (t: LexToken) => boolean;

function governed(group: readonly LexToken[], doneBefore: boolean, isMarker: IsMarker): boolean {
  const first = group[0];
  if (!first) return false;
  if (doneBefore || isMarker(first)) return true;
  if (group.some((t) => t.type === 'DUR' && t.fromNow)) return true;
  if (group.some((t) => t.type === 'ANCHOR') && group.some((t) => t.type === 'DUR')) return true;
  return group.some((t) => SELF_GOVERNED.has(t.type));
}

function resolves(tokens: readonly LexToken[]): boolean {
  return resolve(tokens, null).kind !== 'unresolved' || resolve(tokens, '2000-06-15').kind !== 'unresolved';
}

/**
 * Phrases that read as deadlines in `text` (NFC), with offsets into it, in text order.
 *
 * @example
 * findDeadlinePhrases('… hoàn thành trong tháng 3 năm 2024, đồng thời gửi …');
 * // [{ text: 'trong tháng 3 năm 2024', start: 15, end: 37 }]
 */
export function findDeadlinePhrases(text: string, options: FindDeadlinePhrasesOptions = {}): DeadlinePhrase[] {
  const found: DeadlinePhrase[] = [];
  const undated = options.undated === true;
  for (const chunk of chunks(text)) {
    if (!undated && !/\d|hằng|hàng|định kỳ|tới|sau|tiếp theo|này|nay/iu.test(chunk.text)) continue;
    const key = options.memo ? `${undated ? 'u' : 'd'}${chunk.text}` : '';
    let inChunk = options.memo?.get(key);
    if (!inChunk) {
      inChunk = phrasesOfChunk(chunk.text, undated);
      options.memo?.set(key, inChunk);
    }
    for (const p of inChunk) found.push({ text: p.text, start: chunk.start + p.start, end: chunk.start + p.end });
  }
  return found;
}

/** The phrases of one chunk (a line or sentence, at most CHUNK characters), with offsets into it. */
function phrasesOfChunk(text: string, undated: boolean): DeadlinePhrase[] {
  const found: DeadlinePhrase[] = [];
  if (!undated && !someRuleMatches(GOVERNING_RULES, text)) return found;
  const { tokens } = lex(text);
  // A dash between two years is a range, not a marker that governs what follows it.
  const dashes = new WeakSet(tokens.filter((t) => isDashTo(t, text)));
  const isMarker: IsMarker = (t) => MARKERS.has(t.type) && !dashes.has(t);
  for (const run of runs(tokens, text)) {
    const group = [...run];
    let doneBefore = false;
    while (group.length > 0) {
      const first = group[0] as LexToken;
      if (first.type === 'DONE') doneBefore = true;
      else if (!(first.type === 'AND' || first.type === 'OR' || dashes.has(first))) break;
      group.shift();
    }
    while (group.length > 0 && TRAILING_JUNK.has((group[group.length - 1] as LexToken).type)) group.pop();
    const wanted = (g: readonly LexToken[]) =>
      (g.some((t) => CORE.has(t.type)) && governed(g, doneBefore, isMarker)) || (undated && g.length > 0 && g.every((t) => UNDATED.has(t.type) || t.type === 'AND' || t.type === 'OR'));
    const pieces = wanted(group) && resolves(group) ? [group] : salvage(group, wanted, isMarker);
    for (const piece of pieces) {
      const start = (piece[0] as LexToken).start;
      const end = (piece[piece.length - 1] as LexToken).end;
      found.push({ text: text.slice(start, end), start, end });
    }
  }
  return found;
}

/**
 * Readable parts of a run that does not resolve as a whole ("sơ kết 6 tháng trước ngày
 * 20/6/2024" → "trước ngày 20/6/2024"): the pieces between list connectors, each cut to
 * its longest tail that starts at a marker and resolves.
 */
function salvage(group: readonly LexToken[], wanted: (g: readonly LexToken[]) => boolean, isMarker: IsMarker): LexToken[][] {
  const out: LexToken[][] = [];
  for (const piece of splitAtConnectors(group)) {
    for (let i = 0; i < piece.length; i++) {
      if (i > 0 && !isMarker(piece[i] as LexToken)) continue;
      const tail = piece.slice(i);
      if (wanted(tail) && resolves(tail)) {
        out.push(tail);
        break;
      }
    }
  }
  return out;
}

function splitAtConnectors(group: readonly LexToken[]): LexToken[][] {
  const out: LexToken[][] = [];
  let current: LexToken[] = [];
  for (const t of group) {
    if (t.type === 'AND' || t.type === 'OR') {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length > 0) out.push(current);
  return out.map((g) => {
    while (g.length > 0 && TRAILING_JUNK.has((g[g.length - 1] as LexToken).type)) g.pop();
    return g;
  });
}
