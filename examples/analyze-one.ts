/**
 * Analyse one scraped page and print what it says: number, date, issuer, signers, tasks.
 * Run: npx tsx examples/analyze-one.ts [path]   (default: the bundled decision 16/QĐ-TCTCCTTHC)
 */
import { readFileSync } from 'node:fs';
import { analyze } from 'vanban';

const path = process.argv[2] ?? new URL('./documents/qd-16-tctcct-2024.txt', import.meta.url).pathname;
const doc = analyze(readFileSync(path), { path });

console.log(`${doc.kind?.name ?? 'Văn bản'} ${doc.number?.text ?? '(không số)'} — ${doc.issued?.place ?? ''} ${doc.issued?.date ?? ''}`);
console.log(`Cơ quan ban hành: ${doc.issuer?.name ?? '?'}`);
console.log(`Trích yếu: ${doc.title ?? '?'}`);
for (const s of doc.signers) console.log(`Người ký: ${[s.authority, s.onBehalfOf, s.title].filter(Boolean).join(' ')} ${s.name}`);
console.log(`${doc.references.length} văn bản dẫn chiếu, ${doc.tasks.length} nhiệm vụ:`);
for (const t of doc.tasks) {
  const lead = t.lead.map((b) => b.name).join('; ') || '?';
  console.log(`  ${t.ordinal ?? '-'} [${lead}] ${t.description.slice(0, 70)}… → ${t.deadline?.due ?? t.deadline?.kind ?? 'không hạn'}`);
}
for (const d of doc.diagnostics.filter((x) => x.severity !== 'info')) console.log(`  ${d.severity} ${d.code}: ${d.message}`);
