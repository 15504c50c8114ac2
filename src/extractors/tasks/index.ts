/**
 * tasks: who must do what, with whom, by when, producing what — from the three shapes a
 * Vietnamese document uses:
 *
 * 1. task tables (table.ts): columns read by meaning (columns.ts, src/data/task-columns.json);
 *    a table is a task table only with a task/content column and a lead or deadline column, and
 *    without schedule/procedure/price columns;
 * 2. lists (walk.ts): items under a heading that names a body ("1. Sở Tài chính:", "Điều 3. Giao
 *    UBND huyện …:", "a) Bộ Y tế có trách nhiệm [phối hợp với Y]:"), labelled tasks ("Đơn vị chủ
 *    trì: … / Thời gian thực hiện: …"); lines are first mended (paragraphs.ts): text wrapped at
 *    a fixed width joined, a marker alone on its line joined to the next, items, labels and
 *    headings that a scrape glued onto one line cut apart;
 * 3. prose (sentence.ts): "giao/đề nghị/yêu cầu X chủ trì, phối hợp với Y …", "X có trách nhiệm
 *    …", "X cần …", "X căn cứ chức năng, nhiệm vụ … <verb>", and, inside a run of assignments,
 *    "X <verb> …" and "<verb> …" (lead carried over). Reports, statistics, closing formulas
 *    ("Trong quá trình thực hiện, nếu có vướng mắc …") and exhortations are not tasks.
 *
 * Bodies and the deadline stay as printed TextPieces; the resolve-tasks refiner resolves them.
 *
 * Rule ids (diagnostics, all `info`): `tasks:table-not-task` (a table with a content column was
 * not read as tasks, with its column meanings); `tasks:not-a-task/<why>` for a sentence shaped
 * like an assignment that is not one — `narration` (đã/sẽ/đang before the verb),
 * `reported-speech` (cho biết, chia sẻ … before the subject), `boilerplate` (chịu trách nhiệm
 * thi hành …), `closing-formula` (Căn cứ …, Trên đây là …), `exhortation` (phát huy vai trò …),
 * `narration-person` (one named leader's action on a news page), `subject-verb-outside-assignments`;
 * `tasks:repeated-lead` (a news lead paragraph repeating a later task, dropped).
 */
import { defineExtractor, type TaskCandidate } from '../types.js';
import type { TextRange } from '../../document.js';
import { labelKeyMemo, taskData } from './data.js';
import { paragraphsOf } from './paragraphs.js';
import { walkParagraphs } from './walk.js';
import { tableTasks } from './table.js';
import { dropRepeatedLeads } from './dedupe.js';

export const tasksExtractor = defineExtractor({
  id: 'tasks',
  extract(ctx) {
    const { doc, segments, report } = ctx;
    const data = taskData();
    // Data tables are read by the table reader; their cells are not prose.
    const excluded: TextRange[] = doc.tables.filter((t) => t.width >= 2 && t.rows.length >= 2).map((t) => t.range);
    // One memo of label keys for the document: the line reader and the walk key the same labels.
    const labelKey = labelKeyMemo();
    const paragraphs = paragraphsOf(doc, segments, excluded, data, labelKey);
    const walked = walkParagraphs(doc, paragraphs, data, labelKey, segments.isNewsPage, report);
    const tables = tableTasks(doc, walked.headings, report);
    let prose: TaskCandidate[] = walked.tasks;
    if (segments.isNewsPage) {
      const { kept, dropped } = dropRepeatedLeads(prose);
      for (const d of dropped) {
        report({ rule: 'repeated-lead', severity: 'info', message: 'a task repeated later in the article was dropped', range: d.range });
      }
      prose = kept;
    }
    return [...tables.tasks, ...prose].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  },
});
