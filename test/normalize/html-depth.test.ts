import { describe, expect, it } from 'vitest';
import { capNesting } from '../../src/normalize/html-depth.js';

describe('capNesting: over-deep tags blanked before htmlparser2 sees them', () => {
  it('returns a page that never nests too deep unchanged', () => {
    const html = `<html><body>${'<div><span>x</span>'.repeat(50)}${'</div>'.repeat(50)}</body></html>`;
    expect(capNesting(html, 200)).toEqual({ html, flattened: 0 });
  });

  it('blanks the open tags past the bound and their close tags, keeping every offset', () => {
    const html = `<body>${'<div class="a>b">'.repeat(5)}x${'</div>'.repeat(5)}<p>y</p></body>`;
    const r = capNesting(html, 3);
    expect(r.flattened).toBe(3);
    expect(r.html.length).toBe(html.length);
    const kept = '<div class="a>b">'.repeat(2);
    const blank = ' '.repeat('<div class="a>b">'.length * 3);
    expect(r.html).toBe(`<body>${kept}${blank}x${' '.repeat(18)}</div></div><p>y</p></body>`);
  });

  it('follows the parser: implied closes, void elements, a close tag closing what it encloses', () => {
    const siblings = `<ul>${'<li>a'.repeat(50)}</ul>${'<p>b'.repeat(50)}${'<br><img src=x>'.repeat(50)}`;
    expect(capNesting(siblings, 10).flattened).toBe(0);
    const unclosed = `${'<div>'.repeat(8)}${'<span>'.repeat(8)}${'</div>'.repeat(8)}`.repeat(20);
    expect(capNesting(unclosed, 20).flattened).toBe(0);
  });

  it('skips comments, scripts and svg content', () => {
    const html = `<!-- ${'<div>'.repeat(50)} --><script>${"s+='<div>';".repeat(50)}</script><svg>${'<path/>'.repeat(50)}</svg><div>x</div>`;
    expect(capNesting(html, 10).flattened).toBe(0);
  });
});
