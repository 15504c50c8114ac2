/**
 * Trimming by character class without a regex: `/[…]+$/` scans the whole string again at
 * every start position, which is quadratic on a long run of the class that does not end the
 * string (the ReDoS check flags it). These loops are linear.
 */

/** Drop trailing characters for which `test` holds. */
export function trimEndWhere(s: string, test: (ch: string) => boolean): string {
  let e = s.length;
  while (e > 0 && test(s[e - 1] as string)) e--;
  return s.slice(0, e);
}

/** Drop leading characters for which `test` holds. */
export function trimStartWhere(s: string, test: (ch: string) => boolean): string {
  let b = 0;
  while (b < s.length && test(s[b] as string)) b++;
  return s.slice(b);
}

/** A test for "white space or one of `chars`". */
export function spaceOr(chars: string): (ch: string) => boolean {
  return (ch) => chars.includes(ch) || /\s/u.test(ch);
}

/** Whether a UTF-16 code unit is white space as the `u`-flag `\s` class counts it. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
