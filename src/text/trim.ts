/**
 * Trimming by character class without regular expressions: `/[…]+$/` is quadratic on a
 * long run of the class followed by something else (every start position rescans it).
 */

/** Remove trailing characters for which `drop` is true. */
export function trimEndWhere(s: string, drop: (ch: string) => boolean): string {
  let end = s.length;
  while (end > 0 && drop(s[end - 1] as string)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Remove leading characters for which `drop` is true. */
export function trimStartWhere(s: string, drop: (ch: string) => boolean): string {
  let start = 0;
  while (start < s.length && drop(s[start] as string)) start++;
  return start === 0 ? s : s.slice(start);
}

/** A predicate for "is one of these characters, or white space". */
export function charsOrSpace(chars: string): (ch: string) => boolean {
  const set = new Set(chars);
  return (ch) => set.has(ch) || /\s/u.test(ch);
}
