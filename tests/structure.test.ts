import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Meta-tests that keep the layout honest (in the spirit of refined-github's features test). */
const root = path.resolve('.');
const skip = new Set(['node_modules', '.output', '.wxt', '.git', 'coverage', 'tests/fixtures']);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const rel = path.relative(root, full);
    if (skip.has(rel) || name.startsWith('.')) continue;
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(rel);
  }
  return out;
}

const sources = walk(root);
const read = (f: string) => readFileSync(f, 'utf8');
const isTest = (f: string) => /\.(test|e2e)\.tsx?$/.test(f) || f.startsWith('tests/');

describe('project structure', () => {
  it('keeps entrypoints thin (wiring only)', () => {
    for (const f of sources.filter((s) => /^entrypoints\/[^/]+\/(index|main)\.tsx?$/.test(s))) {
      expect(read(f).split('\n').length, f).toBeLessThanOrEqual(40);
    }
  });

  it('never renders raw HTML or evaluates strings', () => {
    const pattern =
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|\beval\(|new Function\(/;
    for (const f of sources.filter((s) => !isTest(s) && s !== 'tests/structure.test.ts')) {
      expect(pattern.test(read(f)), f).toBe(false);
    }
  });

  it('registers every message file in the catalogue and every bench suite in the index', () => {
    const catalogue = read('messaging/catalogue.ts');
    for (const f of readdirSync('messaging/messages')) {
      expect(catalogue, f).toContain(`./messages/${f.replace(/\.ts$/, '')}'`);
    }
    const suites = read('dev/bench/suites/index.ts');
    for (const f of readdirSync('dev/bench/suites').filter((n) => n !== 'index.ts')) {
      expect(suites, f).toContain(`./${f.replace(/\.ts$/, '')}'`);
    }
  });

  it('keeps source files readable in one sitting', () => {
    const long = sources
      .filter((f) => !isTest(f) && !f.endsWith('first-names.ts'))
      .map((f) => [f, read(f).split('\n').length] as const)
      .filter(([, n]) => n > 250);
    expect(long).toEqual([]);
  });
});
