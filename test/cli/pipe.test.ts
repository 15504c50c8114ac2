import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, jsonLines, pathOf, runCli, sampleText, tempFiles } from './run-cli.js';

beforeAll(ensureBuilt);

describe.concurrent('pipe mode (Spark RDD.pipe, Hadoop Streaming)', () => {
  it('reads JSONL documents on stdin and writes only JSON lines on stdout, one per document, in order', async () => {
    const docs = [
      { path: 'a.html', html: `<html><body><p>${sampleText(1).replace(/\n/gu, '</p><p>')}</p></body></html>` },
      { url: 'https://example.gov.vn/vb/2', text: sampleText(2, 3) },
      { path: 'c.md', text: `# Kế hoạch\n\n${sampleText(3)}`, format: 'markdown' },
      { path: 'd.txt', text: '' },
    ];
    const stdin = `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`;
    const r = await runCli(['extract', '--docs-from', '-', '--workers', '2'], stdin);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.source)).toMatchObject([
      { path: 'a.html', format: 'html' },
      { url: 'https://example.gov.vn/vb/2', format: 'text' },
      { path: 'c.md', format: 'markdown' },
      { path: 'd.txt' },
    ]);
  });

  it('answers a malformed line with an error line, so output lines still match input lines', async () => {
    const stdin = ['{"path":"a.txt","text":"Số: 1/QĐ-UBND"}', 'not json', '[1,2]', '{"path":"b.txt","text":42}', '{"url":"u"}', '{"path":"c.txt","text":"x"}'].join('\n');
    const r = await runCli(['extract', '--docs-from', '-', '--workers', '0'], `${stdin}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(6);
    expect(lines.map((l) => (l.error as { code?: string } | undefined)?.code ?? 'ok')).toEqual(['ok', 'BAD_INPUT', 'BAD_INPUT', 'BAD_INPUT', 'BAD_INPUT', 'ok']);
  });

  it('reads a document line with only a path from disk', async () => {
    const dir = tempFiles({ 'x.txt': sampleText(9) });
    const r = await runCli(['extract', '--docs-from', '-', '--workers', '0'], `${JSON.stringify({ path: join(dir, 'x.txt') })}\n`);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map(pathOf)).toEqual([join(dir, 'x.txt')]);
  });

  it('reads a list of paths on stdin with --paths-from -', async () => {
    const dir = tempFiles({ 'b.txt': sampleText(2), 'a.txt': sampleText(1) });
    const list = [join(dir, 'b.txt'), join(dir, 'nope.txt'), join(dir, 'a.txt')];
    const r = await runCli(['extract', '--paths-from', '-', '--workers', '0'], `${list.join('\n')}\n\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(jsonLines(r.stdout).map(pathOf)).toEqual(list);
  });

  it('reads one whole document from stdin with "-"', async () => {
    const r = await runCli(['extract', '-', '--workers', '0'], sampleText(4));
    expect(r.code).toBe(0);
    const [doc] = jsonLines(r.stdout);
    expect(doc?.source).toMatchObject({ format: 'text' });
  });
});

describe('readLines', () => {
  it('splits chunks at LF and CRLF, joins lines cut across chunks and multi-byte letters, skips blank lines', async () => {
    const { readLines } = await import('../../src/cli/inputs.js');
    const bytes = Buffer.from('a.txt\r\n\nvăn bản\n  \nlast', 'utf8');
    const cut = bytes.indexOf(Buffer.from('ă')) + 1; // inside the two bytes of "ă"
    async function* chunks(): AsyncGenerator<Buffer> {
      yield bytes.subarray(0, 3);
      yield bytes.subarray(3, cut);
      yield bytes.subarray(cut);
    }
    const got: { line: string; lineNo: number }[] = [];
    for await (const l of readLines(chunks())) got.push(l);
    expect(got).toEqual([
      { line: 'a.txt', lineNo: 1 },
      { line: 'văn bản', lineNo: 3 },
      { line: 'last', lineNo: 5 },
    ]);
  });
});
