/**
 * Batch a folder of scraped pages into one CSV of tasks (UTF-8 with BOM, opens in Excel).
 * Run: npx tsx examples/batch-to-csv.ts [folder] [out.csv]
 */
import { writeFileSync } from 'node:fs';
import { analyzeFiles, toCsv, type AnalyzedDocument } from 'vanban';

const folder = process.argv[2] ?? new URL('./documents', import.meta.url).pathname;
const out = process.argv[3];

const docs: AnalyzedDocument[] = [];
for await (const result of analyzeFiles([folder])) {
  if ('error' in result) console.error(`skipped ${result.source.path}: ${result.error.message}`);
  else docs.push(result);
}
const csv = toCsv(docs);
if (out) writeFileSync(out, csv);
else process.stdout.write(csv);
console.error(`${docs.length} documents, ${docs.reduce((n, d) => n + d.tasks.length, 0)} tasks`);
