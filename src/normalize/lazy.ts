/**
 * The parsers only some inputs need, loaded on first use rather than at import time:
 * cheerio (htmlparser2) for HTML, unified + remark-parse + remark-gfm for Markdown.
 * Loading them eagerly cost ~300 ms on every `import('vanban')`, even for a caller that
 * only ever analyses plain text (issue #8).
 *
 * analyze() is synchronous, so they are loaded with require(): the CJS build has its own
 * module path; the ESM build has its URL. remark-parse, remark-gfm and unified
 * are ES modules, so this relies on require(esm) (Node ≥ 20.19, 22.12).
 */
import { createRequire } from 'node:module';
import type { load as CheerioLoad } from 'cheerio/slim';
import type { unified as Unified } from 'unified';
import type RemarkParse from 'remark-parse';
import type RemarkGfm from 'remark-gfm';

let requireFn: NodeJS.Require | undefined;

/**
 * A require() resolving from this module. The ESM build (and tsx, vitest) has
 * `import.meta.url`; the CJS build has an empty `import.meta` (esbuild) and its own
 * `__filename`. Neither `typeof require` (the ESM bundle defines a throwing `__require`
 * stand-in) nor `typeof __filename` (`node -e` defines a global one, "[eval]") can tell
 * the builds apart. Made on first use, so importing the library never depends on it.
 */
function requireLazy(id: string): unknown {
  requireFn ??= createRequire((import.meta.url as string | undefined) ?? __filename);
  return requireFn(id);
}

/** An ES module loaded through require(): its default export, if it has one. */
interface EsModule<T> {
  default: T;
}

let cheerioLoad: typeof CheerioLoad | undefined;

/**
 * cheerio's `load`, from `cheerio/slim`: the same htmlparser2-based parse that the main
 * entry uses for the `xml` options html.ts passes, without loading parse5 and undici.
 */
export function loadCheerio(): typeof CheerioLoad {
  cheerioLoad ??= (requireLazy('cheerio/slim') as { load: typeof CheerioLoad }).load;
  return cheerioLoad;
}

export interface RemarkModules {
  unified: typeof Unified;
  remarkParse: typeof RemarkParse;
  remarkGfm: typeof RemarkGfm;
}

let remark: RemarkModules | undefined;

export function loadRemark(): RemarkModules {
  remark ??= {
    unified: (requireLazy('unified') as { unified: typeof Unified }).unified,
    remarkParse: (requireLazy('remark-parse') as EsModule<typeof RemarkParse>).default,
    remarkGfm: (requireLazy('remark-gfm') as EsModule<typeof RemarkGfm>).default,
  };
  return remark;
}
