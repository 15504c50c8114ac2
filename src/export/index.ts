/** Exporters: pure functions from AnalyzedDocument to CSV, iCalendar and tracker records. */
export { CSV_BOM, CSV_HEADER, csvHead, csvRows, taskCells, toCsv } from './csv.js';
export { icsHead, icsTail, icsTodos, taskDescription, taskSchedule, taskTodo, toIcs } from './ics.js';
export type { IcsOptions } from './ics.js';
export { bodyLabel, toTrackerRecords, trackerRecord } from './tracker.js';
export type { TrackerRecord } from './tracker.js';
export { FORMAT_NAMES, isFormatName, streamFormat } from './formats.js';
export type { FormatName, StreamFormat, StreamFormatOptions } from './formats.js';
