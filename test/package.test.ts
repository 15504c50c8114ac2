/**
 * The published shape: ESM and CJS builds expose the same API, the types resolve in every
 * module mode (@arethetypeswrong/cli), and the bin runs. Needs `tsup` first (npm test does it).
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

describe('package', () => {
  it('ESM and CJS builds export the same names', async () => {
    const esm = (await import(`${root}dist/index.js`)) as Record<string, unknown>;
    const cjs = require(`${root}dist/index.cjs`) as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
    for (const name of ['analyze', 'analyzeFile', 'analyzeFiles', 'parseDeadline', 'extractNumber', 'AnalyzedDocumentSchema']) {
      expect(esm, name).toHaveProperty(name);
    }
  });

  it('types resolve for node10, node16 (CJS and ESM) and bundlers', () => {
    const attw = require.resolve('@arethetypeswrong/cli/package.json').replace(/package\.json$/u, 'dist/index.js');
    const out = execFileSync(process.execPath, [attw, '--pack', '.', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    const json = JSON.parse(out) as { analysis: { problems: unknown[] } };
    expect(json.analysis.problems).toEqual([]);
  }, 120_000);

  it('the bin prints the JSON Schema', () => {
    const out = execFileSync(process.execPath, [`${root}dist/cli.js`, 'schema'], { encoding: 'utf8' });
    const schema = JSON.parse(out) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'number', 'tasks', 'signers', 'diagnostics']));
  });
});
