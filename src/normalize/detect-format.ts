/** Which reader a page needs: by the option, then the file extension, then the content. */
import type { InputFormat } from '../document.js';

export type FormatOption = InputFormat | 'auto';

export function detectFormat(text: string, path: string | undefined, option: FormatOption = 'auto'): InputFormat {
  if (option !== 'auto') return option;
  const ext = path?.toLowerCase().match(/\.([a-z0-9]+)$/u)?.[1];
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'aspx' || ext === 'php') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  const head = text.slice(0, 4096);
  // Plain text mostly has no "<" at all: then neither markup test can match.
  const markup = head.includes('<');
  if (markup && /<(?:!doctype\s+html|html|head|body)[\s>]/iu.test(head)) return 'html';
  const tags = markup ? head.match(/<\/?(?:p|div|span|table|tr|td|br|b|strong|em|i|a|h[1-6]|li|ul|ol)(?:\s[^<>]{0,300})?\/?>/giu) : null;
  if (tags && tags.length >= 3) return 'html';
  if (ext === 'txt' || ext === 'text') return 'text';
  if (hasPipeTable(head) || (head.includes('#') && /^#{1,6}[ \t]+\S/mu.test(head))) return 'markdown';
  return 'text';
}

const TABLE_DELIMITER = /^[ \t]{0,3}\|?[ \t]*:?-{3,}/u;

/** A GFM table: a "| … |" line followed by a delimiter line "| --- |". */
function hasPipeTable(head: string): boolean {
  if (!head.includes('|')) return false;
  const lines = head.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const row = (lines[i] as string).trim();
    if (row.length > 1 && row.startsWith('|') && row.endsWith('|') && TABLE_DELIMITER.test(lines[i + 1] as string)) return true;
  }
  return false;
}
