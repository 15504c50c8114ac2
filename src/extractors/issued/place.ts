/**
 * The place printed before ", ngày …" (địa danh). On its own line it is everything before
 * the comma ("Hà Nội", "TP. Hồ Chí Minh"). On a flattened header line it follows other text
 * ("… V/v hướng dẫn … Luật DN 2014 Hà Nội, ngày 23 …"): then it is the run of capitalised
 * words before the comma, with a leading "Thành phố" / "TP." kept.
 */
import { trimRange, type TextRange } from '../../document.js';
import { trimStartWhere } from '../../text/trim.js';
import { SPACE, unitClass } from '../../text/char-class.js';

const MAX_PLACE = 40;
/** Words that open a place name and may be lower case ("thành phố Hồ Chí Minh"). */
const PLACE_OPENERS = new Set(['thành phố', 'tp.', 'tp', 'tỉnh', 'huyện', 'quận', 'thị xã', 'xã', 'phường']);

/** `/\s/u` for one code unit, from the unit table. */
function isSpaceAt(text: string, i: number): boolean {
  return (unitClass(text.charCodeAt(i)) & SPACE) !== 0;
}

/** Where the place ends: before the spaces and comma that precede "ngày". */
function placeEnd(text: string, from: number, dateStart: number): number {
  let end = dateStart;
  while (end > from && (text.charCodeAt(end - 1) === 0x2c || isSpaceAt(text, end - 1))) end--;
  return end;
}

/** Cell bars and emphasis marks of flattened Markdown tables ("| *Hà Nội, ngày …"). */
const DECOR = new Set(['|', '*', '_']);

export function placeBeforeDate(text: string, from: number, dateStart: number): TextRange | null {
  const end = placeEnd(text, from, dateStart);
  let lead = trimRange(text, { start: from, end }).start;
  while (lead < end && (DECOR.has(text[lead] as string) || isSpaceAt(text, lead))) lead++;
  const whole = { start: lead, end };
  const printed = text.slice(whole.start, whole.end);
  if (!/\p{L}/u.test(printed)) return null;
  if (printed.length <= MAX_PLACE && /^\p{Lu}/u.test(printed) && !/[/:]/u.test(printed)) return whole;
  // Back off over capitalised words (emphasis marks before a word do not count).
  const words = [...text.slice(whole.start, end).matchAll(/\S+/gu)];
  const bare = (k: number): string => trimStartWhere((words[k] as RegExpMatchArray)[0], (c) => DECOR.has(c));
  let k = words.length;
  while (k > 0 && /^\p{Lu}/u.test(bare(k - 1))) k--;
  if (k === words.length) return null;
  const two = k >= 2 ? `${(words[k - 2] as RegExpMatchArray)[0]} ${(words[k - 1] as RegExpMatchArray)[0]}`.toLocaleLowerCase('vi') : '';
  const one = k >= 1 ? (words[k - 1] as RegExpMatchArray)[0].toLocaleLowerCase('vi') : '';
  if (PLACE_OPENERS.has(two)) k -= 2;
  else if (PLACE_OPENERS.has(one)) k -= 1;
  const first = words[k] as RegExpMatchArray;
  const start = whole.start + (first.index ?? 0) + (first[0].length - bare(k).length);
  return end - start <= MAX_PLACE + 12 ? { start, end } : null;
}
