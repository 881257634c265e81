import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importEdges, isTest, sourceFiles } from './structure/import-graph';
import { unitCycles, unitOf } from './structure/units';

/**
 * Meta-tests that keep the layout honest (in the spirit of refined-github's features test). The layout and its
 * rules are drawn in docs/ARCHITECTURE.md; each rule below fails on the problem it names.
 */
const sources = sourceFiles();
const read = (f: string) => readFileSync(f, 'utf8');
const product = sources.filter((f) => !isTest(f) && !f.startsWith('dev/'));
const edges = importEdges(sources);
const productEdges = edges.filter((e) => !isTest(e.from) && !e.from.startsWith('dev/'));
const show = (e: { from: string; to: string }) => `${e.from} -> ${e.to}`;

/** The top-level folders, and the order in which they may import one another (a folder imports its own or lower). */
const topLevel = [
  'locales',
  'storage',
  'messaging',
  'features',
  'components',
  'entrypoints',
  'dev',
  'tests',
  'docs',
  'public',
];
const layer: Record<string, number> = {
  locales: -1,
  storage: 0,
  messaging: 1,
  features: 2,
  components: 3,
  entrypoints: 4,
};
/** Pages that ship only in the e2e build (wxt.config.ts drops them from store builds): thin shims over dev/. */
const e2eOnlyEntrypoints = ['bench', 'fault-lab'];
const top = (f: string) => f.split('/')[0] ?? '';
const context = (f: string) => (top(f) === 'entrypoints' ? (f.split('/')[1] ?? '') : '');

describe('project structure', () => {
  it('has the agreed top level and nothing else', () => {
    const folders = readdirSync('.').filter(
      (n) => !n.startsWith('.') && n !== 'node_modules' && statSync(n).isDirectory(),
    );
    expect(folders.sort()).toEqual([...topLevel].sort());
  });

  it('keeps entrypoints thin (wiring only)', () => {
    for (const f of sources.filter((s) => /^entrypoints\/[^/]+\/(index|main)\.tsx?$/.test(s))) {
      expect(read(f).split('\n').length, f).toBeLessThanOrEqual(40);
    }
  });

  it('has no import cycle between folders (top-level, entrypoints/<context>, features/<capability>, …)', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of productEdges.concat(edges.filter((x) => x.from.startsWith('dev/') && !isTest(x.from)))) {
      if (isTest(e.to) || unitOf(e.from) === unitOf(e.to)) continue;
      const targets = graph.get(unitOf(e.from)) ?? new Set<string>();
      targets.add(unitOf(e.to));
      graph.set(unitOf(e.from), targets);
    }
    expect(unitCycles(graph)).toEqual([]);
  });

  it('imports downward only: storage ← messaging ← features ← components ← entrypoints', () => {
    const upward = productEdges.filter((e) => {
      const [from, to] = [layer[top(e.from)], layer[top(e.to)]];
      return from !== undefined && to !== undefined && to > from;
    });
    expect(upward.map(show)).toEqual([]);
  });

  it('never imports dev/ or tests/ from product code (the e2e-only bench and fault-lab shims aside)', () => {
    const wrong = productEdges.filter(
      (e) => ['dev', 'tests'].includes(top(e.to)) && !e2eOnlyEntrypoints.includes(context(e.from)),
    );
    expect(wrong.map(show)).toEqual([]);
    const config = read('wxt.config.ts');
    for (const name of e2eOnlyEntrypoints) expect(config).toContain(`'${name}'`);
    for (const e of productEdges.filter((x) => e2eOnlyEntrypoints.includes(context(x.from)))) {
      expect(top(e.to), show(e)).toBe('dev');
    }
  });

  it('keeps each entrypoint folder to itself: one context never imports another', () => {
    const crossing = productEdges.filter((e) => context(e.to) !== '' && context(e.to) !== context(e.from));
    expect(crossing.map(show)).toEqual([]);
  });

  it('imports a *.background.ts file only from the background, a *.content.ts file only from the content script', () => {
    const runsIn = (f: string, role: 'background' | 'content') =>
      f.endsWith(`.${role}.ts`) || context(f) === (role === 'background' ? 'background' : 'portal-content');
    const wrong = productEdges.filter(
      (e) =>
        (e.to.endsWith('.background.ts') && !runsIn(e.from, 'background')) ||
        (e.to.endsWith('.content.ts') && !runsIn(e.from, 'content')),
    );
    expect(wrong.map(show)).toEqual([]);
  });

  it('declares every storage.local / storage.session key in storage/extension-storage.ts', () => {
    const code = (f: string) =>
      read(f)
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
    const touching = product.filter(
      (f) => f !== 'storage/extension-storage.ts' && /storage\s*(\?\.|\.)\s*(local|session)\b/.test(code(f)),
    );
    expect(touching).toEqual([]);
  });

  it('never renders raw HTML or evaluates strings', () => {
    const pattern =
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|\beval\(|new Function\(/;
    for (const f of sources.filter((s) => !isTest(s))) expect(pattern.test(read(f)), f).toBe(false);
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
