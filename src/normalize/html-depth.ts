/**
 * A linear pre-scan that caps how deep HTML elements nest before htmlparser2 sees them.
 *
 * Why: htmlparser2 keeps its open elements with `unshift`/`shift` at the front of an array,
 * so every tag costs time proportional to the current depth and a page nested d deep costs
 * d². 40,000 nested `<div>`s took 1.5 s; 1 MB of them (~95,000 deep) several seconds
 * (issue #9). Real pages nest under ~100 deep.
 *
 * The scan replays htmlparser2's open-element stack (its implied closes, void elements, a
 * close tag closing everything above its match) with push/pop and per-name counts, so it
 * stays linear. An open tag that would go deeper than MAX_NESTING, and the close tag that
 * ends it, are replaced by as many spaces: the parser never sees them, and every offset of
 * the rest of the page is unchanged (the TextBuilder maps text back to source offsets).
 * Pages that never nest that deep are returned as they are.
 */

/** Open elements kept; deeper open tags (and their close tags) are blanked out. */
export const MAX_NESTING = 1000;

/** htmlparser2's openImpliesClose (Parser.js): opening the key closes an open top element in the set. */
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, readonly string[]>([
  ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']], ['body', ['head', 'link', 'script']],
  ['li', ['li']], ['p', P], ['h1', P], ['h2', P], ['h3', P], ['h4', P], ['h5', P], ['h6', P],
  ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
  ['option', ['option']], ['optgroup', ['optgroup', 'option']], ['dd', ['dd', 'dt']], ['dt', ['dd', 'dt']],
  ['address', P], ['article', P], ['aside', P], ['blockquote', P], ['details', P], ['div', P], ['dl', P],
  ['fieldset', P], ['figcaption', P], ['figure', P], ['footer', P], ['form', P], ['header', P], ['hr', P],
  ['main', P], ['nav', P], ['ol', P], ['pre', P], ['section', P], ['table', P], ['ul', P],
  ['rt', ['rt', 'rp']], ['rp', ['rt', 'rp']], ['tbody', ['thead', 'tbody']], ['tfoot', ['thead', 'tbody']],
]);
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements whose content is skipped by the scan (raw text, or foreign content with `/>`). */
const SKIPPED_CONTENT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'svg', 'math']);

export interface DepthCap {
  html: string;
  /** Open tags blanked out (0: the input is returned unchanged). */
  flattened: number;
}

/** Blank out open/close tags nested deeper than MAX_NESTING (see the module comment). */
export function capNesting(html: string, max = MAX_NESTING): DepthCap {
  const stack: string[] = [];
  const open = new Map<string, number>();
  const blankedOpen = new Map<string, number>();
  const blanks: number[] = []; // start, end pairs
  const pop = (): void => {
    const top = stack.pop() as string;
    open.set(top, (open.get(top) ?? 0) - 1);
  };
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length - 1) {
    const c = html.charCodeAt(i + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      i = skipDeclaration(html, i);
      continue;
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let nameEnd = nameStart;
    let upper = false;
    for (let ch = html.charCodeAt(nameEnd); nameEnd < html.length && !isNameEnd(ch); ch = html.charCodeAt(++nameEnd)) {
      if (ch >= 65 && ch <= 90) upper = true;
    }
    const name = upper ? html.slice(nameStart, nameEnd).toLowerCase() : html.slice(nameStart, nameEnd);
    const end = tagEnd(html, nameEnd);
    if (end === -1) break;
    if (closing) {
      const blanked = blanks.length === 0 ? 0 : (blankedOpen.get(name) ?? 0);
      if (blanked > 0) {
        blankedOpen.set(name, blanked - 1);
        blanks.push(i, end);
      } else if ((open.get(name) ?? 0) > 0) {
        while (stack[stack.length - 1] !== name) pop();
        pop();
      }
      i = html.indexOf('<', end);
      continue;
    }
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (stack.length > 0 && closes.includes(stack[stack.length - 1] as string)) pop();
    if (SKIPPED_CONTENT.has(name)) {
      const close = indexOfCloseTag(html, name, end);
      i = close === -1 ? -1 : html.indexOf('<', close + 2);
      continue;
    }
    if (!VOID.has(name)) {
      if (stack.length >= max) {
        blankedOpen.set(name, (blankedOpen.get(name) ?? 0) + 1);
        blanks.push(i, end);
      } else {
        stack.push(name);
        open.set(name, (open.get(name) ?? 0) + 1);
      }
    }
    i = html.indexOf('<', end);
  }
  if (blanks.length === 0) return { html, flattened: 0 };
  return { html: blankRanges(html, blanks), flattened: countOpens(html, blanks) };
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** htmlparser2 ends a tag name at white space, `/` or `>`. */
function isNameEnd(c: number): boolean {
  return c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** The index just after the `>` that ends a tag (quoted attribute values may hold `>`), or -1. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let k = from; k < html.length; k++) {
    const c = html.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62) return k + 1;
    else if ((c === 34 || c === 39) && k > from && html.charCodeAt(k - 1) === 61 /* = */) quote = c;
  }
  return -1;
}

/** After a comment `<!-- … -->`, a doctype or a processing instruction. */
function skipDeclaration(html: string, i: number): number {
  if (html.startsWith('<!--', i)) {
    const close = html.indexOf('-->', i + 4);
    return close === -1 ? -1 : html.indexOf('<', close + 3);
  }
  const close = html.indexOf('>', i);
  return close === -1 ? -1 : html.indexOf('<', close + 1);
}

/** Where `</name` next occurs (case-insensitively) from `from`, or -1. */
function indexOfCloseTag(html: string, name: string, from: number): number {
  for (let k = html.indexOf('</', from); k !== -1; k = html.indexOf('</', k + 2)) {
    if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name) return k;
  }
  return -1;
}

/** The page with every [start, end) range in `blanks` replaced by as many spaces. */
function blankRanges(html: string, blanks: number[]): string {
  const parts: string[] = [];
  let last = 0;
  for (let k = 0; k < blanks.length; k += 2) {
    const start = blanks[k] as number;
    const end = blanks[k + 1] as number;
    parts.push(html.slice(last, start), ' '.repeat(end - start));
    last = end;
  }
  parts.push(html.slice(last));
  return parts.join('');
}

function countOpens(html: string, blanks: number[]): number {
  let n = 0;
  for (let k = 0; k < blanks.length; k += 2) if (html.charCodeAt((blanks[k] as number) + 1) !== 47) n++;
  return n;
}
