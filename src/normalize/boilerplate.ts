/**
 * Site chrome removal for scraped portal pages: pick the element that holds the document
 * (known content containers first), and skip navigation, menus, share bars and the like.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

/** Containers that portals use for the document body, most specific first. */
const CONTENT_SELECTORS = [
  'div.content1',
  '#divContentDoc',
  '.vbContent',
  '.fulltext',
  '#toanvancontent',
  '.toanvan',
  'article .content',
  'article',
  'main',
  '.detail-content',
  '.news-content',
  '#content',
  '.content',
];

export function pickContentRoot($: CheerioAPI): Element | unknown {
  for (const sel of CONTENT_SELECTORS) {
    const found = $(sel);
    if (found.length > 0) {
      // The largest match by text length (some pages repeat a selector for sidebars).
      let best: Element | null = null;
      let bestLen = 0;
      found.each((_, el) => {
        const len = $(el).text().length;
        if (len > bestLen) {
          bestLen = len;
          best = el as Element;
        }
      });
      if (best && bestLen > 200) return best;
    }
  }
  const body = $('body');
  return body.length ? body.get(0) : $.root().get(0);
}

const CHROME_WORDS = /(^|[-_\s])(nav|navbar|menu|breadcrumbs?|share|social|footer|header-top|topbar|sidebar|banner|advert|ads|comment|related|tags|ticker|marquee|login|search|cookie|popup|modal|toolbar)([-_\s]|$)/iu;

export function isBoilerplate(el: Element): boolean {
  const name = el.name?.toLowerCase();
  if (name === 'nav' || name === 'marquee' || name === 'form') return true;
  const attrs = el.attribs ?? {};
  const cls = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
  if (cls.trim() && CHROME_WORDS.test(cls)) return true;
  const style = attrs.style ?? '';
  if (/display\s*:\s*none/iu.test(style)) return true;
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true') return true;
  return false;
}
