/** Test helpers for the body registry (never shipped). */
import { readFileSync } from 'node:fs';
import { normalize } from '../../src/normalize/index.js';
import type { NormalizedDocument } from '../../src/document.js';
import type { TextPiece } from '../../src/extractors/types.js';
import type { BodyRef } from '../../src/schema.js';

import { fileURLToPath } from 'node:url';

/** ../shared/seeds, beside the project. */
export const SEEDS = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

export function seedDoc(prefix: string): NormalizedDocument {
  const names: Record<string, string> = {
    '000': '000_008cee01a8e39ddc.txt',
    '001': '001_ea2c62b43708e1ba.txt',
    '002': '002_a6a92d43837c1cea.txt',
    '003': '003_7ed60f4fc5e06c91.txt',
    '004': '004_ce81f495349be684.txt',
  };
  const file = names[prefix];
  if (!file) throw new TypeError(`no seed ${prefix}`);
  return normalize(readFileSync(`${SEEDS}/${file}`, 'utf8'), { path: file });
}

export function textDoc(text: string): NormalizedDocument {
  return normalize(text, { format: 'text' });
}

/** The piece whose text is `text`, found after `after` (an anchor earlier in the document). */
export function pieceOf(doc: NormalizedDocument, text: string, after = ''): TextPiece {
  const from = after ? doc.text.indexOf(after) : 0;
  if (from < 0) throw new TypeError(`anchor not found: ${after}`);
  const start = doc.text.indexOf(text, from);
  if (start < 0) throw new TypeError(`piece not found: ${text}`);
  return { text, range: { start, end: start + text.length } };
}

export function ref(id: string | null, name: string, text: string = name): Pick<BodyRef, 'id' | 'name' | 'text'> {
  return { id, name, text };
}

/** id, name and text of each ref, after checking that its span holds its text. */
export function shape(doc: NormalizedDocument, refs: readonly BodyRef[]): Pick<BodyRef, 'id' | 'name' | 'text'>[] {
  for (const r of refs) {
    const printed = doc.text.slice(r.span.start, r.span.end).replace(/\s+/gu, ' ');
    if (printed !== r.text) throw new Error(`span [${r.span.start}, ${r.span.end}) holds "${printed}", not "${r.text}"`);
  }
  return refs.map(({ id, name, text }) => ({ id, name, text }));
}

export const TASK_FORCE = 'to-cong-tac-cai-cach-thu-tuc-hanh-chinh';
export const TASK_FORCE_NAME = 'Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ';

export function issuerRef(id: string | null, name: string): BodyRef {
  return { id, name, text: name, span: { start: 0, end: 0, line: 1 } };
}
