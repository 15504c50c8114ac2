/**
 * Where a literal string next occurs in a long text, for ranges asked in text order (the
 * lines of a page): one native indexOf per occurrence instead of a scan of every range.
 */
export class NextOccurrence {
  private searchedFrom = Number.POSITIVE_INFINITY;
  private next = -1;
  constructor(
    private readonly text: string,
    private readonly literal: string,
  ) {}

  /** The first occurrence at or after `start`, or -1. */
  from(start: number): number {
    // (A range before the last one searched from is searched again.)
    if (start < this.searchedFrom || (this.next !== -1 && this.next < start)) {
      this.next = this.text.indexOf(this.literal, start);
      this.searchedFrom = start;
    }
    return this.next;
  }

  /** Whether the literal occurs wholly inside [start, end). */
  within(start: number, end: number): boolean {
    const at = this.from(start);
    return at !== -1 && at + this.literal.length <= end;
  }
}
