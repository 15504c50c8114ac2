/**
 * Bytes → string. Order: BOM; `<meta charset>` / XML declaration (overruled by bytes that
 * are plainly UTF-8); strict UTF-8 (a sequence cut off at the very end is a truncated
 * file, a handful of stray bytes in a UTF-8 page are replaced); otherwise the Vietnamese
 * single-byte candidates: TCVN3 or VNI font text (kept as windows-1252 characters for
 * legacy.ts to convert), else windows-1258 (whose combining tone marks the TextBuilder
 * composes to NFC).
 */
import iconv from 'iconv-lite';
import type { DiagnosticInput } from '../diagnostics.js';
import { repairLegacyText, vietnameseScore, type LegacyRepair } from './legacy.js';
import { utf16WithoutBom } from './binary.js';

export interface Decoded {
  text: string;
  encoding: string;
  diagnostics: DiagnosticInput[];
  /**
   * repairLegacyText(text), when choosing the charset already made it (TCVN3/VNI bytes):
   * normalize() uses it rather than repairing the same text a second time.
   */
  legacy?: LegacyRepair;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LENIENT = new TextDecoder('utf-8');

/** Charsets whose bytes may really be TCVN3/VNI font text or mislabelled UTF-8. */
const SINGLE_BYTE = new Set([
  'windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'iso8859-1', 'l1', 'us-ascii', 'ascii',
  'windows-1258', 'cp1258', 'x-user-defined',
]);

const META_CHARSET = /charset\s*=\s*(?:["']\s*)?([A-Za-z0-9_.:-]{1,40})/iu;
const XML_ENCODING = /encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})/iu;

/** The charset a page declares in its first 4 KB (`<meta … charset=…>`, `<?xml … encoding=…?>`). */
function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const lower = head.toLowerCase();
  // Tag by tag (each read up to its ">"), so no pattern ever scans the whole head.
  for (let at = lower.indexOf('<meta'); at !== -1; at = lower.indexOf('<meta', at + 5)) {
    const end = head.indexOf('>', at);
    const m = META_CHARSET.exec(head.slice(at, end === -1 ? at + 300 : Math.min(end, at + 300)));
    if (m) return (m[1] as string).toLowerCase();
  }
  const xml = lower.indexOf('<?xml');
  if (xml !== -1) {
    const end = head.indexOf('>', xml);
    const m = XML_ENCODING.exec(head.slice(xml, end === -1 ? xml + 200 : Math.min(end, xml + 200)));
    if (m) return (m[1] as string).toLowerCase();
  }
  return null;
}

/** Valid and invalid multi-byte UTF-8 sequences (a quick structural count, no decoding). */
function utf8Shape(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) ok = false;
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** Length of a UTF-8 sequence cut off at the end of the bytes (0 when the end is whole). */
function truncatedTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back] as number;
    if (b >= 0x80 && b <= 0xbf) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    return need > back ? back : 0;
  }
  return 0;
}

/**
 * Single-byte Vietnamese text: TCVN3/VNI font text read as windows-1252 when converting it
 * gives better Vietnamese than reading the bytes as `fallback` (windows-1258 by default).
 * The legacy text is returned unconverted: legacy.ts converts it and reports it.
 */
function decodeSingleByte(bytes: Uint8Array, fallback: string): { text: string; encoding: string; legacy?: LegacyRepair } {
  const buf = Buffer.from(bytes);
  const plain = iconv.decode(buf, fallback);
  const western = iconv.decode(buf, 'windows-1252');
  const legacy = repairLegacyText(western);
  if ((legacy.encoding === 'tcvn3' || legacy.encoding === 'vni') && vietnameseScore(legacy.text) > vietnameseScore(plain)) {
    return { text: western, encoding: 'windows-1252', legacy };
  }
  return { text: plain, encoding: fallback };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const diagnostics: DiagnosticInput[] = [];
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: UTF8_LENIENT.decode(bytes.subarray(3)), encoding: 'utf-8', diagnostics };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', diagnostics };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', diagnostics };
  }

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    diagnostics.push({ rule: 'utf16-without-bom', severity: 'info', message: `the input is ${utf16.toUpperCase()} text without a byte-order mark` });
    return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16, diagnostics };
  }

  let strict: string | null = null;
  try {
    strict = UTF8.decode(bytes);
  } catch {
    strict = null;
  }

  const declared = sniffDeclaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    if (!iconv.encodingExists(declared)) {
      diagnostics.push({ rule: 'unknown-charset', severity: 'info', message: `the page declares the unknown charset "${declared}"; ignored` });
    } else if (strict !== null && SINGLE_BYTE.has(declared) && utf8Shape(bytes).multibyte > 0) {
      // Bytes that are valid UTF-8 with multi-byte letters are UTF-8, whatever the label says.
      diagnostics.push({ rule: 'charset-mismatch', severity: 'info', message: `the page declares ${declared} but its bytes are UTF-8; decoded as UTF-8` });
      return { text: strict, encoding: 'utf-8', diagnostics };
    } else if (SINGLE_BYTE.has(declared)) {
      return { ...decodeSingleByte(bytes, declared), diagnostics };
    } else {
      return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared, diagnostics };
    }
  }

  if (strict !== null) return { text: strict, encoding: 'utf-8', diagnostics };

  const tail = truncatedTail(bytes);
  if (tail > 0) {
    try {
      const text = UTF8.decode(bytes.subarray(0, bytes.length - tail));
      diagnostics.push({
        rule: 'truncated-utf8',
        severity: 'warning',
        message: 'the input ends inside a UTF-8 sequence (truncated file); the broken character was dropped',
      });
      return { text, encoding: 'utf-8', diagnostics };
    } catch {
      // invalid before the end as well: fall through
    }
  }
  const shape = utf8Shape(bytes);
  if (shape.multibyte >= 20 * shape.invalid && shape.multibyte >= 10) {
    diagnostics.push({
      rule: 'invalid-utf8',
      severity: 'warning',
      message: `the input is UTF-8 with ${shape.invalid} invalid byte${shape.invalid === 1 ? '' : 's'}; each was replaced by U+FFFD`,
    });
    return { text: UTF8_LENIENT.decode(bytes), encoding: 'utf-8', diagnostics };
  }
  const single = decodeSingleByte(bytes, 'windows-1258');
  if (single.encoding === 'windows-1258') {
    diagnostics.push({ rule: 'not-utf8', severity: 'info', message: `the input is not valid UTF-8 (${shape.invalid} bad bytes); decoded as windows-1258` });
  }
  return { ...single, diagnostics };
}
