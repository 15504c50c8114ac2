/**
 * Output formats as streams of text: a head, one chunk per input (in input order), a tail.
 * A writer concatenates them, so a batch of any size is written without holding it in
 * memory, and the per-document chunk can be made in a worker thread.
 */
import type { AnalyzedDocument, FailedDocument } from '../schema.js';
import { csvHead, csvRows } from './csv.js';
import { icsHead, icsTail, icsTodos, type IcsOptions } from './ics.js';
import { toTrackerRecords } from './tracker.js';

export const FORMAT_NAMES = ['jsonl', 'json', 'csv', 'ics', 'tracker'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(s: string): s is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(s);
}

export interface StreamFormat {
  readonly name: FormatName;
  readonly head: string;
  readonly tail: string;
  /** Written between two non-empty chunks (the commas of a JSON array). */
  readonly separator: string;
  /** The text for one analysed document ('' when it contributes nothing, e.g. no task). */
  document(doc: AnalyzedDocument): string;
  /**
   * The text for an input that could not be analysed. jsonl and json carry the error
   * record; csv, ics and tracker have no place for it and return '' (the CLI reports it
   * on stderr and in its exit code instead).
   */
  failure(failed: FailedDocument): string;
  /** One line per input whose `source` names the input, so `--resume` can read it back. */
  readonly linePerInput: boolean;
}

export type StreamFormatOptions = IcsOptions;

export function streamFormat(name: FormatName, options: StreamFormatOptions = {}): StreamFormat {
  switch (name) {
    case 'jsonl':
      return {
        name,
        head: '',
        tail: '',
        separator: '',
        document: (doc) => `${JSON.stringify(doc)}\n`,
        failure: (f) => `${JSON.stringify(f)}\n`,
        linePerInput: true,
      };
    case 'json':
      return {
        name,
        head: '[\n',
        tail: '\n]\n',
        separator: ',\n',
        document: (doc) => JSON.stringify(doc),
        failure: (f) => JSON.stringify(f),
        linePerInput: false,
      };
    case 'csv':
      return { name, head: csvHead(), tail: '', separator: '', document: csvRows, failure: () => '', linePerInput: false };
    case 'ics':
      return {
        name,
        head: icsHead(),
        tail: icsTail(),
        separator: '',
        document: (doc) => icsTodos(doc, options),
        failure: () => '',
        linePerInput: false,
      };
    case 'tracker':
      return {
        name,
        head: '',
        tail: '',
        separator: '',
        document: (doc) =>
          toTrackerRecords(doc)
            .map((r) => `${JSON.stringify(r)}\n`)
            .join(''),
        failure: () => '',
        linePerInput: false,
      };
  }
}
