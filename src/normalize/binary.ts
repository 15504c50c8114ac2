/**
 * Binary files handed in by mistake (a PDF or a .docx saved next to the HTML pages):
 * known file signatures first, then the share of NUL and control bytes in the first 8 KB.
 */

/** File signatures (magic numbers) and what they are. */
const SIGNATURES: readonly { bytes: readonly number[]; kind: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'a PDF file' }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' }, // GIF8
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a zip archive (or a .docx/.xlsx/.odt file)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'an empty zip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'an OLE file (.doc/.xls)' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip file' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'a RAR archive' }, // Rar!
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'a 7-Zip archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'an RTF file' }, // {\rtf
];

function unitAt(input: string | Uint8Array, i: number): number {
  return typeof input === 'string' ? input.charCodeAt(i) : (input[i] as number);
}

/**
 * UTF-16 text saved without a BOM: in the first 8 KB one byte of every pair is NUL (ASCII
 * markup and digits) far more often than the other.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.02) return 'utf-16be';
  return null;
}

/** What binary file this is, or null when it looks like text. */
export function binaryKind(input: string | Uint8Array): string | null {
  if (typeof input !== 'string' && utf16WithoutBom(input)) return null;
  for (const sig of SIGNATURES) {
    if (input.length >= sig.bytes.length && sig.bytes.every((b, i) => unitAt(input, i) === b)) return sig.kind;
  }
  const n = Math.min(input.length, 8192);
  if (n === 0) return null;
  // UTF-16 text without a BOM has NULs in every other byte; a string input never does.
  let suspicious = 0;
  for (let i = 0; i < n; i++) {
    const b = unitAt(input, i);
    if (b === 0 && typeof input !== 'string') return 'binary data (it contains NUL bytes)';
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) suspicious++;
  }
  return suspicious / n > 0.1 ? 'binary data (control characters)' : null;
}
