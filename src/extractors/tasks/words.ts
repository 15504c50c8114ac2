/**
 * Words and white space of the tasks extractor's strings, by the unit table
 * (src/text/char-class.ts) instead of a regex per string: these run on every paragraph.
 */
import { DIGIT, LETTER, SPACE, isSurrogate, unitClass } from '../../text/char-class.js';

/**
 * How many words (`/[\p{L}\p{N}]+/gu` matches) `s` holds, counting no further than `atMost`:
 * the callers only ask "fewer than 2?" or "at most 8?", so a long sentence is not read whole.
 */
export function wordCount(s: string, atMost = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < atMost; i++) {
    const code = s.charCodeAt(i);
    // A character outside the BMP: the regex reads it whole.
    if (isSurrogate(code)) return Math.min(atMost, (s.match(/[\p{L}\p{N}]+/gu) ?? []).length);
    const word = (unitClass(code) & (LETTER | DIGIT)) !== 0;
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** `s.replace(/\s+/gu, ' ').trim()`: white space runs to one space, none at either end. */
export function collapse(s: string): string {
  let out = '';
  let from = 0;
  let clean = true;
  let i = 0;
  while (i < s.length) {
    if ((unitClass(s.charCodeAt(i)) & SPACE) === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && (unitClass(s.charCodeAt(j)) & SPACE) !== 0) j++;
    const edge = i === 0 || j === s.length;
    // A run that is already one plain space between two words stays as it is.
    if (!edge && j === i + 1 && s[i] === ' ') {
      i = j;
      continue;
    }
    clean = false;
    out += s.slice(from, i) + (edge ? '' : ' ');
    from = j;
    i = j;
  }
  return clean ? s : out + s.slice(from);
}
