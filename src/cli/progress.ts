/**
 * Progress and summary on stderr. On a terminal: one bar redrawn in place (count, rate,
 * MB/s, ETA, failures). Otherwise, and only with `--progress`: a plain line every few
 * seconds, which reads well in CI and cluster logs. Stdout is never touched.
 */

export interface Counts {
  done: number;
  failed: number;
  tasks: number;
  bytes: number;
  skipped: number;
}

export interface ProgressOptions {
  /** Draw anything at all (false with --quiet, or when stderr is not a terminal and --progress was not given). */
  enabled: boolean;
  tty: boolean;
  /** Number of inputs when known up front. */
  total: number | null;
  /** Plain-line period (ms). */
  periodMs?: number;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(r).padStart(2, '0')}s` : `${r}s`;
}

export class Progress {
  private readonly started = Date.now();
  private lastDraw = Date.now();
  private readonly periodMs: number;

  constructor(private readonly options: ProgressOptions) {
    this.periodMs = options.periodMs ?? (options.tty ? 100 : 10_000);
  }

  private line(c: Counts): string {
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = elapsed > 0 ? c.done / elapsed : 0;
    const mbps = elapsed > 0 ? c.bytes / 1e6 / elapsed : 0;
    const total = this.options.total !== null ? this.options.total - c.skipped : null;
    const parts: string[] = [];
    if (total !== null && total > 0) {
      const frac = Math.min(1, c.done / total);
      if (this.options.tty) {
        const width = 24;
        const full = Math.round(frac * width);
        parts.push(`[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${(frac * 100).toFixed(0).padStart(3)}%`);
      }
      parts.push(`${c.done}/${total} documents`);
    } else parts.push(`${c.done} documents`);
    parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)}/s`, `${mbps.toFixed(1)} MB/s`);
    if (total !== null && rate > 0) parts.push(`ETA ${duration((total - c.done) / rate)}`);
    if (c.failed > 0) parts.push(`${c.failed} failed`);
    return parts.join(' · ');
  }

  update(c: Counts): void {
    if (!this.options.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < this.periodMs) return;
    this.lastDraw = now;
    if (this.options.tty) process.stderr.write(`\r\x1b[K${this.line(c)}`);
    else process.stderr.write(`vanban: ${this.line(c)}\n`);
  }

  /** Clear the bar and print the summary: documents, failed, tasks found, time. */
  finish(c: Counts, note?: string): void {
    if (!this.options.enabled) return;
    if (this.options.tty) process.stderr.write('\r\x1b[K');
    const elapsed = (Date.now() - this.started) / 1000;
    const skipped = c.skipped > 0 ? `, ${c.skipped} skipped` : '';
    const rate = elapsed > 0 ? `, ${(c.done / elapsed).toFixed(1)} documents/s, ${(c.bytes / 1e6 / elapsed).toFixed(1)} MB/s` : '';
    process.stderr.write(
      `vanban: ${c.done} documents, ${c.failed} failed, ${c.tasks} tasks found${skipped}, ${elapsed.toFixed(1)} s${rate}${note ? ` — ${note}` : ''}\n`,
    );
  }
}
