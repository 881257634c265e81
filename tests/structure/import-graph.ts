import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The project's source files and the relative imports between them, read as text (static and dynamic
 * imports, re-exports, `vi.mock`, `new URL(…, import.meta.url)`), for the structure meta-tests.
 */
export const root = path.resolve('.');
const skipped = new Set([
  'node_modules',
  '.output',
  '.wxt',
  '.git',
  'coverage',
  'tests/fixtures',
  'tests/e2e/fixtures',
]);

export function sourceFiles(dir = root, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const rel = path.relative(root, full);
    if (skipped.has(rel) || name.startsWith('.')) continue;
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(rel);
  }
  return out.sort();
}

/** Test code: colocated tests and everything under tests/ (dev/ is its own rule). */
export const isTest = (file: string) => /\.(test|e2e|long)\.tsx?$/.test(file) || file.startsWith('tests/');

const specifier =
  /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|vi\.(?:do)?[mM]ock\(\s*|new URL\(\s*)(['"])(\.{1,2}\/[^'"]*)\1/g;

function resolveSpecifier(from: string, spec: string): string | undefined {
  const base = path.normalize(path.join(path.dirname(from), spec.split('?')[0] ?? ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = path.join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return undefined;
}

export interface ImportEdge {
  from: string;
  to: string;
  specifier: string;
}

/** Every relative import whose target is a source file (directory URLs such as fixture folders are left out). */
export function importEdges(files: readonly string[] = sourceFiles()): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const from of files) {
    for (const m of readFileSync(path.join(root, from), 'utf8').matchAll(specifier)) {
      const spec = m[2] ?? '';
      const to = resolveSpecifier(from, spec);
      if (to && /\.(ts|tsx)$/.test(to)) edges.push({ from, to, specifier: spec });
    }
  }
  return edges;
}
