/** White space collapsed without a regex pass when there is nothing to collapse. */
import { SPACE, unitClass } from './char-class.js';

/**
 * `s.replace(/\s+/gu, ' ')`. Most names and phrases hold single spaces only; they are given
 * back as they are, after one look at each character.
 */
export function collapseSpaces(s: string): string {
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const space = code === 0x20 || (code > 0x20 && code < 0x7f ? false : (unitClass(code) & SPACE) !== 0);
    if (space && (prevSpace || code !== 0x20)) return s.replace(/\s+/gu, ' ');
    prevSpace = space;
  }
  return s;
}
