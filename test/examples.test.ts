/**
 * The runnable examples stay runnable: each is executed with tsx against the built package
 * (npm test builds first) and its output checked.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');

function run(script: string, ...args: string[]): string {
  return execFileSync(process.execPath, [tsxCli, `examples/${script}`, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('examples', () => {
  it('analyze-one prints the number, the signer and the 17 tasks of decision 16', () => {
    const out = run('analyze-one.ts');
    expect(out).toContain('16/QĐ-TCTCCTTHC');
    expect(out).toContain('Trần Lưu Quang');
    expect(out).toMatch(/17 nhiệm vụ/u);
  });

  it('batch-to-csv writes one CSV row per task with a BOM', () => {
    const out = run('batch-to-csv.ts');
    expect(out.charCodeAt(0)).toBe(0xfeff);
    const rows = out.trim().split('\n');
    expect(rows.length).toBeGreaterThan(17);
    expect(out).toContain('16/QĐ-TCTCCTTHC');
  });

  it('tracker prints import records with stable external ids', () => {
    const a = JSON.parse(run('tracker.ts')) as { issues: { externalId?: string; external_id?: string }[] };
    const b = JSON.parse(run('tracker.ts')) as typeof a;
    expect(a.issues).toHaveLength(17);
    expect(a).toEqual(b);
  });

  it('calendar prints a parseable iCalendar with 17 VTODOs', () => {
    const cal = new ICAL.Component(ICAL.parse(run('calendar.ts')));
    const todos = cal.getAllSubcomponents('vtodo');
    expect(todos).toHaveLength(17);
    expect(todos.some((t) => t.getFirstPropertyValue('rrule'))).toBe(true);
  });
});
