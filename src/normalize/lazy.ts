/**
 * The parsers only some inputs need, loaded on first use rather than at import time:
 * cheerio (htmlparser2) for HTML, unified + remark-parse + remark-gfm for Markdown.
 * Loading them eagerly cost ~300 ms on every `import('vanban')`, even for a caller that
 * only ever analyses plain text (issue #8).
 *
 * analyze() is synchronous, so they are loaded with require() (src/lazy-require.ts).
 */
import { requireLazy } from '../lazy-require.js';
import type { load as CheerioLoad } from 'cheerio/slim';
import type { unified as Unified } from 'unified';
import type RemarkParse from 'remark-parse';
import type RemarkGfm from 'remark-gfm';

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
