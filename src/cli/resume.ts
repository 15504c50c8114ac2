/**
 * Read back a JSONL output for `--resume`: the key (source path, else URL) of every
 * complete line, and where the last complete line ends (a run killed mid-write can leave a
 * torn line after it). Streams the file, so a multi-gigabyte output is fine.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

export interface OutputKeys {
  keys: Set<string>;
  lines: number;
  /** Bytes up to and including the last newline. */
  validBytes: number;
  totalBytes: number;
}

/**
 * The `"source":{…}` object of an output line, found by scanning (strings and escapes
 * respected) instead of parsing the whole line: lines can be megabytes with `--include-text`.
 */
export function sourceOfLine(line: string): { path?: unknown; url?: unknown } | null {
  const at = line.indexOf('"source":{');
  if (at < 0 || at > 64) return parseWhole(line);
  const start = at + '"source":'.length;
  let depth = 0;
  let inString = false;
  for (let i = start; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) {
      try {
        return JSON.parse(line.slice(start, i + 1)) as { path?: unknown; url?: unknown };
      } catch {
        return parseWhole(line);
      }
    }
  }
  return parseWhole(line);
}

function parseWhole(line: string): { path?: unknown; url?: unknown } | null {
  try {
    const v = JSON.parse(line) as { source?: { path?: unknown; url?: unknown } };
    return v && typeof v === 'object' && v.source && typeof v.source === 'object' ? v.source : null;
  } catch {
    return null;
  }
}

export function keyOfLine(line: string): string | null {
  const source = sourceOfLine(line);
  if (!source) return null;
  if (typeof source.path === 'string') return source.path;
  if (typeof source.url === 'string') return source.url;
  return null;
}

export async function readOutputKeys(path: string): Promise<OutputKeys> {
  const totalBytes = (await stat(path)).size;
  const keys = new Set<string>();
  let lines = 0;
  let validBytes = 0;
  let offset = 0;
  let carry: Buffer[] = [];
  let carryBytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      const piece = chunk.subarray(from, nl);
      const lineBuf = carryBytes > 0 ? Buffer.concat([...carry, piece]) : piece;
      carry = [];
      carryBytes = 0;
      const key = keyOfLine(lineBuf.toString('utf8'));
      if (key !== null) keys.add(key);
      lines++;
      validBytes = offset + nl + 1;
      from = nl + 1;
    }
    if (from < chunk.length) {
      carry.push(Buffer.from(chunk.subarray(from)));
      carryBytes += chunk.length - from;
    }
    offset += chunk.length;
  }
  return { keys, lines, validBytes, totalBytes };
}
