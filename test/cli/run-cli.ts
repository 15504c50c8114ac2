/** Run the built CLI (dist/cli.js) in a child process; build it first if it is missing. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');

export function ensureBuilt(): void {
  if (existsSync(CLI) && existsSync(join(ROOT, 'dist/worker.js'))) return;
  const r = spawnSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0) throw new Error('npx tsup failed');
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], cwd = ROOT): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** `input`: written to stdin, which is then closed; `null` leaves stdin open for the caller. */
export function collect(child: ChildProcess, input?: string | null): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    if (typeof input === 'string') child.stdin?.end(input);
    else if (input === undefined) child.stdin?.end();
  });
}

export function runCli(args: string[], input?: string, cwd = ROOT): Promise<CliResult> {
  return collect(startCli(args, cwd), input);
}

/** JSON lines of stdout (throws if any line is not JSON). */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export function pathOf(line: Record<string, unknown>): string | undefined {
  return (line.source as { path?: string }).path;
}

/** A temporary folder with the given files (name → content). */
export function tempFiles(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A short Vietnamese document; `n` makes each one different. */
export function sampleText(n: number, paragraphs = 1): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `${i + 1}. Sở Tư pháp chủ trì, phối hợp với các sở, ngành rà soát thủ tục hành chính, hoàn thành trước ngày ${(i % 28) + 1}/${(n % 12) + 1}/2024.`,
  ).join('\n');
  return `ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: ${n}/QĐ-UBND\nHà Tĩnh, ngày 05 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch số ${n}\n${body}\n`;
}
