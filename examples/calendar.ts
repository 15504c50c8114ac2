/**
 * Print an iCalendar file with one VTODO per task: DUE as an all-day date, RRULE for
 * recurring deadlines, UID = task id. Import it into any calendar or to-do app.
 * Run: npx tsx examples/calendar.ts [path] > tasks.ics
 */
import { readFileSync } from 'node:fs';
import { analyze, toIcs } from 'vanban';

const path = process.argv[2] ?? new URL('./documents/qd-16-tctcct-2024.txt', import.meta.url).pathname;
process.stdout.write(toIcs([analyze(readFileSync(path), { path })]));
