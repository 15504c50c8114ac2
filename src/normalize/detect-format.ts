/** Which reader a page needs: by the option, then the file extension, then the content. */
import type { InputFormat } from '../document.js';

export type FormatOption = InputFormat | 'auto';

export function detectFormat(text: string, path: string | undefined, option: FormatOption = 'auto'): InputFormat {
  if (option !== 'auto') return option;
  const ext = path?.toLowerCase().match(/\.([a-z0-9]+)$/u)?.[1];
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'aspx' || ext === 'php') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  const head = text.slice(0, 4096);
  if (/<(?:!doctype\s+html|html|head|body)[\s>]/iu.test(head)) return 'html';
  const tags = head.match(/<\/?(?:p|div|span|table|tr|td|br|b|strong|em|i|a|h[1-6]|li|ul|ol)(?:\s[^<>]{0,300})?\/?>/giu);
  if (tags && tags.length >= 3) return 'html';
  if (ext === 'txt' || ext === 'text') return 'text';
  if (/^\s{0,3}\|[^\n]*\|\s*\n\s{0,3}\|?\s*:?-{3,}/mu.test(head) || /^#{1,6}\s+\S/mu.test(head)) return 'markdown';
  return 'text';
}
