/**
 * Turn a document's tasks into issue-tracker import records (title, body with the source
 * citation, labels for lead bodies, due date, external id = task id) and print the JSON
 * payload you would POST to a tracker's bulk-import endpoint.
 * Run: npx tsx examples/tracker.ts [path]
 */
import { readFileSync } from 'node:fs';
import { analyze, toTrackerRecords } from 'vanban';

const path = process.argv[2] ?? new URL('./documents/qd-16-tctcct-2024.txt', import.meta.url).pathname;
const records = toTrackerRecords(analyze(readFileSync(path), { path }));
// Re-importing the same document gives the same external ids, so a tracker updates
// existing issues instead of duplicating them.
console.log(JSON.stringify({ issues: records }, null, 2));
