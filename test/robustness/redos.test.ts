/**
 * Every regular-expression literal in src/ is checked with recheck (a ReDoS analyser):
 * none may have exponential or polynomial backtracking. Regexes built at run time from
 * data are escaped literal alternations (src/text/patterns.ts), which cannot backtrack
 * super-linearly; their building blocks are checked here because they are literals.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface Literal {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function literals(file: string): Literal[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const end = lit.lastIndexOf('/');
      out.push({
        file: file.slice(SRC.length + 1),
        line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
        source: lit.slice(1, end),
        flags: lit.slice(end + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const all = files(SRC).flatMap(literals);
const unique = new Map<string, Literal>();
for (const l of all) unique.set(`/${l.source}/${l.flags}`, l);

describe('regular expressions in src', () => {
  it('finds the literals', () => {
    expect(unique.size).toBeGreaterThan(20);
  });

  it('has no regex with super-linear backtracking (recheck)', () => {
    const bad: string[] = [];
    for (const [key, l] of unique) {
      // `g`/`y` do not change the automaton; `d` is unknown to recheck.
      const flags = l.flags.replace(/[gyd]/gu, '');
      const r = checkSync(l.source, flags, { timeout: 10_000 });
      if (r.status === 'vulnerable') bad.push(`${l.file}:${l.line} ${key} — ${r.complexity.type}${r.attack ? ` (attack ${JSON.stringify(r.attack.pattern).slice(0, 80)})` : ''}`);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  }, 600_000);
});
