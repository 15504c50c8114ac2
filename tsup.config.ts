import { defineConfig } from 'tsup';

/**
 * zod is bundled into the JavaScript (its types still come from the `zod` dependency, so
 * the .d.ts files are unchanged): imported from node_modules it is ~90 ES modules, each
 * resolved, read and compiled, and that cost ≈ 80 ms CPU in every process and in every
 * worker thread of `vanban extract`; bundled it costs ≈ 30 ms. Two copies of zod in one
 * program are fine with zod 4: its global config and registry live on `globalThis`, and
 * `instanceof` checks go through the schema's traits, not the class.
 */
const bundled = ['zod'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'node20',
    splitting: false,
    noExternal: bundled,
    // src/lazy-require.ts reads import.meta.url; the shim gives the CJS build a real one.
    shims: true,
  },
  {
    // The CLI and the batch worker bundle the library; they import only its public API.
    // They are ESM only.
    entry: { cli: 'src/cli/index.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: bundled,
  },
]);
