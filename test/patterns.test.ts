// No regular expression in the app can backtrack: every pattern literal in src/ (and every `new RegExp` of a literal)
// is checked by recheck, a ReDoS analyser (automaton and fuzzing), and must be proven safe. A pattern added later
// that could take super-linear time fails here, before it reaches a request.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('../src/', import.meta.url).pathname;

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.contract.ts') ? [path] : [];
  });
}

interface Pattern {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function patternsIn(path: string): Pattern[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: Pattern[] = [];
  const where = (node: ts.Node) => `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const end = text.lastIndexOf('/');
      found.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      const [first, second] = node.arguments ?? [];
      // A pattern built at run time is checked where it is built, in its own test.
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
        found.push({ where: where(node), source: first.text, flags: second && ts.isStringLiteral(second) ? second.text : '' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const patterns = sources(root).flatMap(patternsIn);

describe('regular expressions', () => {
  it('finds the patterns it checks', () => {
    expect(patterns.length).toBeGreaterThan(10);
  });

  it.each(patterns.map((p) => [p.where, p] as const))(
    '%s cannot backtrack',
    async (_where, pattern) => {
      const result = await check(pattern.source, pattern.flags, { timeout: 20_000 });
      // Only the verdict is shown: an attack string can be megabytes long.
      expect({
        pattern: `/${pattern.source}/${pattern.flags}`,
        status: result.status,
        complexity: 'complexity' in result ? result.complexity?.summary : undefined,
      }).toMatchObject({ status: 'safe' });
    },
    30_000,
  );

  it('catches the pattern that froze the server (a check of the check)', async () => {
    expect((await check('^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', '')).status).toBe('vulnerable');
  }, 30_000);
});
