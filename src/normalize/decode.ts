/**
 * Bytes → string. Order: BOM; `<meta charset>` / XML declaration; strict UTF-8;
 * otherwise windows-1258 (the Vietnamese Windows code page). Legacy font encodings
 * (TCVN3, VNI) and mojibake are repaired later, on the decoded text (legacy.ts).
 */
import iconv from 'iconv-lite';
import type { DiagnosticInput } from '../diagnostics.js';

export interface Decoded {
  text: string;
  encoding: string;
  diagnostics: DiagnosticInput[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})/iu.exec(head) ??
    /<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})/iu.exec(head);
  return m ? (m[1] as string).toLowerCase() : null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const diagnostics: DiagnosticInput[] = [];
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', diagnostics };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', diagnostics };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', diagnostics };
  }
  const declared = sniffDeclaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared, diagnostics };
  }
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8', diagnostics };
  } catch {
    // Not valid UTF-8. A few bad bytes at the very end is a truncated UTF-8 file.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const bad = (lenient.match(/\uFFFD/gu) ?? []).length;
    if (bad <= 3 && lenient.slice(-3).includes('\uFFFD')) {
      diagnostics.push({
        rule: 'truncated-utf8',
        severity: 'warning',
        message: 'the input ends inside a UTF-8 sequence (truncated file); the broken character was dropped',
      });
      return { text: lenient.replace(/\uFFFD+$/u, ''), encoding: 'utf-8', diagnostics };
    }
    diagnostics.push({
      rule: 'not-utf8',
      severity: 'info',
      message: `the input is not valid UTF-8 (${bad} bad sequences); decoded as windows-1258`,
    });
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1258'), encoding: 'windows-1258', diagnostics };
  }
}
