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
