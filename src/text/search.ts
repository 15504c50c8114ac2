/**
 * Bounded searches. `text.indexOf(ch, from)` runs on to the end of the text when `ch` is not
 * near; asked once per line or per clause of a large page, that is quadratic. These stop at
 * `to`.
 */

/** The first index of the character `ch` in text[from, to), or -1. */
export function indexOfWithin(text: string, ch: string, from: number, to: number): number {
  const code = ch.charCodeAt(0);
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}
