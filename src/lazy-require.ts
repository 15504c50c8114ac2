/**
 * require() for the packages only some inputs need (cheerio for HTML, remark for Markdown,
 * chrono-node for dates), loaded on first use instead of at import (issue #8). analyze()
 * is synchronous, so they cannot come through import(); remark's packages are ES modules,
 * so this relies on require(esm) (Node ≥ 20.19 — hence package.json "engines").
 *
 * The ESM build (and tsx, vitest) has `import.meta.url`; the CJS build has an empty
 * `import.meta` (esbuild) and its own `__filename`. Neither `typeof require` (the ESM
 * bundle defines a throwing `__require` stand-in) nor `typeof __filename` (`node -e`
 * defines a global one, "[eval]") can tell the builds apart, so the URL is tried first.
 * The require function is made on first use, so importing the library never depends on it.
 */
import { createRequire } from 'node:module';

let requireFn: NodeJS.Require | undefined;

/** require(id) resolved from this package. */
export function requireLazy(id: string): unknown {
  requireFn ??= createRequire((import.meta.url as string | undefined) ?? __filename);
  return requireFn(id);
}
