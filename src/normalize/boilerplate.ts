/**
 * Site chrome removal for scraped portal pages: pick the element that holds the document
 * (known content containers first), and skip navigation, menus, share bars, tickers,
 * loading banners, comment forms and hidden elements inside it. Everything here walks the
 * tree with an explicit stack, so a 10,000-deep page cannot overflow the call stack.
 */
import type { AnyNode, Element } from 'domhandler';

interface ContainerRule {
  tag?: string;
  cls?: string;
  id?: string;
  /** Must be inside an element with this tag (e.g. `article .content`). */
  inside?: string;
}

/** Containers that portals use for the document body, most specific first. */
const CONTENT_CONTAINERS: readonly ContainerRule[] = [
  { tag: 'div', cls: 'content1' }, // thuvienphapluat.vn
  { id: 'divContentDoc' },
  { cls: 'vbContent' }, // vbpl.vn
  { cls: 'fulltext' },
  { id: 'toanvancontent' },
  { cls: 'toanvan' },
  { cls: 'content', inside: 'article' },
  { tag: 'article' },
  { tag: 'main' },
  { cls: 'detail-content' },
  { cls: 'news-content' },
  { id: 'content' },
  { cls: 'content' },
];

/** A container must hold at least this much text to be taken for the document. */
const MIN_CONTENT_CHARS = 200;

const NO_CLASSES: readonly string[] = [];

function classList(el: Element): readonly string[] {
  const cls = el.attribs?.class;
  return cls ? cls.split(/\s+/u) : NO_CLASSES;
}

function matches(el: Element, classes: readonly string[], rule: ContainerRule, ancestors: readonly string[]): boolean {
  if (rule.tag && el.name !== rule.tag) return false;
  if (rule.id && el.attribs?.id !== rule.id) return false;
  if (rule.cls && !classes.includes(rule.cls)) return false;
  if (rule.inside && !ancestors.includes(rule.inside)) return false;
  return true;
}

/** Length of the visible text under a node (scripts and styles excluded), iteratively. */
export function textLength(root: AnyNode): number {
  let total = 0;
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') total += (node as unknown as { data: string }).data.trim().length;
    else if (node.type === 'tag' || node.type === 'root') {
      const kids = (node as Element).children;
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k] as AnyNode);
    }
  }
  return total;
}

/**
 * The element holding the document: for the first container rule that matches an element
 * with enough text, the match with the most text (pages repeat a class for sidebars and
 * for an empty English tab); else `<body>`; else the root.
 */
export function pickContentRoot(root: AnyNode): { node: AnyNode; container: boolean } {
  const found: Element[][] = CONTENT_CONTAINERS.map(() => []);
  let body: Element | null = null;
  // Two parallel stacks (node, its ancestors' tags) rather than an object per node: a
  // 1 MB table page has ~100,000 nodes, and the garbage was a third of the HTML time.
  const nodes: AnyNode[] = [root];
  const ancestorsOf: (readonly string[])[] = [[]];
  while (nodes.length) {
    const node = nodes.pop() as AnyNode;
    const ancestors = ancestorsOf.pop() as readonly string[];
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    let inner = ancestors;
    if (node.type === 'tag') {
      if (el.name === 'body' && !body) body = el;
      const classes = classList(el);
      // Every rule asks for a class, an id, or the tag article/main: most elements match none.
      const mayMatch = classes.length > 0 || el.attribs?.id !== undefined || el.name === 'article' || el.name === 'main';
      for (let i = 0; mayMatch && i < CONTENT_CONTAINERS.length; i++) {
        if (matches(el, classes, CONTENT_CONTAINERS[i] as ContainerRule, ancestors)) (found[i] as Element[]).push(el);
      }
      // Only the tags that rules ask about need remembering.
      if (el.name === 'article') inner = [...ancestors, el.name];
    }
    const kids = el.children;
    for (let k = kids.length - 1; k >= 0; k--) {
      nodes.push(kids[k] as AnyNode);
      ancestorsOf.push(inner);
    }
  }
  for (const candidates of found) {
    let best: Element | null = null;
    let bestLen = 0;
    for (const el of candidates) {
      const len = textLength(el);
      if (len > bestLen) {
        bestLen = len;
        best = el;
      }
    }
    if (best && bestLen >= MIN_CONTENT_CHARS) return { node: best, container: true };
  }
  return { node: body ?? root, container: false };
}

/**
 * Words in class or id names (split at `-`, `_` and spaces, not at camelCase: a link class
 * "clsopentLogin" wraps article text on thuvienphapluat.vn) that mark site chrome.
 */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'menubar', 'mainmenu', 'topmenu', 'submenu', 'breadcrumb', 'breadcrumbs',
  'share', 'sharing', 'social', 'footer', 'topbar', 'sidebar', 'banner', 'advert', 'advertisement', 'ads',
  'comment', 'comments', 'binhluan', 'related', 'tags', 'ticker', 'newsticker', 'marquee', 'login', 'search',
  'cookie', 'popup', 'modal', 'toolbar', 'loading', 'preloader', 'spinner', 'loader', 'rating', 'tabs', 'widget',
  'hotline', 'logo', 'slogan',
]);
const NAME_SPLIT = /[\s_-]+/u;
/** Inline elements carry text; a class on them never makes them chrome. */
const INLINE = new Set(['a', 'span', 'b', 'strong', 'i', 'em', 'u', 'font', 'sup', 'sub', 'small', 'big', 'label', 'abbr', 'cite', 'code', 'mark', 'q', 's', 'strike', 'del', 'ins']);

function hasChromeWord(names: string): boolean {
  for (const word of names.split(NAME_SPLIT)) if (word && CHROME_WORDS.has(word.toLowerCase())) return true;
  return false;
}
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menu', 'menubar', 'dialog', 'alert']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;
/** A form holding less text than this is a search box or comment form, not an ASP.NET page wrapper. */
const SMALL_FORM_CHARS = 1000;

/**
 * Is this element site chrome? `pageLevel` is true when no content container was found,
 * so the walk starts at `<body>` and the page's own header and footer are chrome too.
 */
export function isBoilerplate(el: Element, pageLevel: boolean): boolean {
  const name = el.name;
  if (name === 'nav' || name === 'marquee' || name === 'aside' || name === 'dialog') return true;
  if (pageLevel && (name === 'header' || name === 'footer')) return true;
  if (name === 'form' && textLength(el) < SMALL_FORM_CHARS) return true;
  const attrs = el.attribs ?? {};
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true') return true;
  const role = attrs.role?.toLowerCase();
  if (role && CHROME_ROLES.has(role)) return true;
  const style = attrs.style;
  if (style && HIDDEN_STYLE.test(style)) return true;
  if (INLINE.has(name)) return false;
  if (!attrs.class && !attrs.id) return false; // most elements: no names to read, no string to build
  const names = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
  return names.length > 1 && hasChromeWord(names);
}
