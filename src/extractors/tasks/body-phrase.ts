/**
 * Where a list of bodies named in a sentence begins and ends ("Các bộ, ngành, địa phương và thành
 * viên Tổ công tác | duy trì …", "giao | Văn phòng UBND tỉnh | , trên cơ sở …"). The list is one
 * printed phrase; splitting it into bodies is the body registry's job (src/bodies).
 *
 * A list starts with a body head ("Sở", "UBND", "Thủ trưởng" — capitalised, or any case after a
 * directive verb) or a determiner with a head or collective noun ("các bộ", "từng thành viên").
 * A name goes on word by word until a lower-case word starts a verb, a marker, a modal or a clause
 * ("chủ trì", "cần", "tổ chức", "trên cơ sở"), or until punctuation. After ",", ";", "và", " - "
 * the list goes on only with another head, a collective noun or a capitalised word.
 */
import { phraseAt, type CompiledTaskData } from './data.js';
import { DIGIT, SPACE, UPPER as UPPER_BIT, WORD, unitClass } from '../../text/char-class.js';

export interface BodySpan {
  readonly start: number;
  readonly end: number;
  /** The list names one person by title ("Phó Chủ tịch … Nguyễn Hồng Lĩnh"), not a group. */
  readonly personal: boolean;
}

const MAX_WORDS = 40;

/** `/[\p{L}\p{N}\p{M}&]/u` on one code unit (by the unit table). */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (ch === '&' || (unitClass(ch.charCodeAt(0)) & WORD) !== 0);
}

/** `/\p{Lu}/u` on one code unit; false past the end. */
function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && (unitClass(ch.charCodeAt(0)) & UPPER_BIT) !== 0;
}

/** End of the word starting at `i` (letters, digits, "&", and "-" or "/" between letters: HĐND-UBND). */
export function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const ch = text[j] as string;
    if (isWordChar(ch)) j++;
    else if ((ch === '-' || ch === '/') && isWordChar(text[j - 1]) && isWordChar(text[j + 1])) j++;
    else break;
  }
  return j;
}

export function skipSpaces(text: string, i: number, end = text.length): number {
  let j = i;
  while (j < end && (unitClass(text.charCodeAt(j)) & SPACE) !== 0) j++;
  return j;
}

interface Ctx {
  readonly data: CompiledTaskData;
  readonly text: string;
  /** phraseKey(text): same length, lower case. */
  readonly key: string;
  readonly limit: number;
}

/** A head or a determiner + head/collective at `i`; returns the position after it, or -1. */
function headAt(c: Ctx, i: number, anyCase: boolean, afterSeparator: boolean): number {
  const det = phraseAt(c.data.determiner, c.key, i);
  if (det > 0) {
    const j = skipSpaces(c.text, i + det, c.limit);
    const h = phraseAt(c.data.head, c.key, j) || phraseAt(c.data.collective, c.key, j);
    return h > 0 ? j + h : -1;
  }
  const upper = isUpper(c.text[i]);
  const h = phraseAt(c.data.head, c.key, i);
  // "Ban hành", "Tổ chức": a verb that starts like a head is the verb.
  const verb = phraseAt(c.data.action, c.key, i);
  // In lower case right after a directive, only a head of several words names a body
  // ("đề nghị người đứng đầu các đơn vị"); "giao ban …" is a meeting, not the Ban.
  const lowerOk = afterSeparator || (anyCase && c.key.slice(i, i + h).includes(' '));
  if (h > 0 && verb <= h && phraseAt(c.data.notHead, c.key, i) === 0 && (upper || lowerOk)) return i + h;
  if (afterSeparator) {
    const k = phraseAt(c.data.collective, c.key, i);
    if (k > 0) return i + k;
    // A capitalised word goes on with a name cut by a comma or "và" ("Bộ Văn hóa, Thể thao và Du lịch").
    if (upper && isWordChar(c.text[i])) return wordEnd(c.text, i);
  }
  return -1;
}

function stopsName(c: Ctx, i: number): boolean {
  const ch = c.text[i];
  if (ch !== undefined && (unitClass(ch.charCodeAt(0)) & (UPPER_BIT | DIGIT)) !== 0) return false;
  if (phraseAt(c.data.nameContinuation, c.key, i) > 0) return false;
  return phraseAt(c.data.nameStop, c.key, i) > 0 || phraseAt(c.data.nameBreak, c.key, i) > 0;
}

/** Consume the rest of one body name after its head (ending at `headEnd`); returns its end. */
function consumeName(c: Ctx, headEnd: number): number {
  let end = headEnd;
  let words = 0;
  let j = skipSpaces(c.text, end, c.limit);
  while (j < c.limit && words < MAX_WORDS) {
    const ch = c.text[j] as string;
    if (ch === '(') {
      // A short parenthesis inside a name: "Phòng Khoa học – Công nghệ (P9)", "(BCN)".
      const close = c.text.indexOf(')', j);
      if (close === -1 || close - j > 60 || close >= c.limit || /[.;:]/u.test(c.text.slice(j, close))) break;
      end = close + 1;
      j = skipSpaces(c.text, end, c.limit);
      continue;
    }
    if (!isWordChar(ch)) break;
    // "và" separates two names; the list reader decides whether another name follows.
    if (c.key.startsWith('và', j) && !isWordChar(c.text[j + 2])) break;
    if (stopsName(c, j)) break;
    end = wordEnd(c.text, j);
    words++;
    j = skipSpaces(c.text, end, c.limit);
  }
  return end;
}

/** The separator at `i` (",", ";", "và", "-", "–") and the position after it, or -1. */
function separatorAt(c: Ctx, i: number): number {
  const ch = c.text[i];
  if (ch === ',' || ch === ';') return i + 1;
  if ((ch === '-' || ch === '–' || ch === '—') && /\s/u.test(c.text[i + 1] ?? '')) return i + 1;
  if (c.key.startsWith('và', i) && !isWordChar(c.text[i + 2])) return i + 2;
  return -1;
}

export interface ParseBodyOptions {
  /** Right after a directive verb the head may be lower case ("đề nghị người đứng đầu các đơn vị"). */
  readonly anyCase?: boolean;
  /** Do not read past this offset. */
  readonly limit?: number;
}

/**
 * The body list starting at `pos` (spaces skipped), or null when no body head stands there.
 * `key` is phraseKey(text).
 */
export function parseBodyPhrase(data: CompiledTaskData, text: string, key: string, pos: number, opts: ParseBodyOptions = {}): BodySpan | null {
  const c: Ctx = { data, text, key, limit: Math.min(opts.limit ?? text.length, text.length) };
  const start = skipSpaces(text, pos, c.limit);
  const firstHead = headAt(c, start, opts.anyCase ?? false, false);
  if (firstHead < 0) return null;
  let end = consumeName(c, firstHead);
  for (let items = 1; items < 30; items++) {
    const s = separatorAt(c, skipSpaces(text, end, c.limit));
    if (s < 0) break;
    const next = skipSpaces(text, s, c.limit);
    const h = headAt(c, next, true, true);
    if (h < 0) break;
    end = consumeName(c, h);
  }
  const title = phraseAt(data.personTitle, key, start);
  const personal = title > 0 && !/(?<![\p{L}\p{N}])(?:các|từng|những)(?![\p{L}\p{N}])/u.test(key.slice(start, end));
  return { start, end, personal };
}
