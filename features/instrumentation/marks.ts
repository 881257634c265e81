/**
 * Every timing mark and e2e marker, in one module. In the e2e build (`npm run build:e2e`: tests, bench, demo) they
 * record User Timing entries and markers that the bench and the e2e tests read; in store builds Vite replaces
 * `import.meta.env.MODE`, `e2eBuild` is false and every function below does nothing: no marks, no markers, nothing
 * left on `window`. The store-build audit (tests/e2e/manifest-audit.e2e.ts) checks the shipped code calls no
 * `performance.mark` / `measure`.
 * Zod-free and tiny: the portal content script imports it.
 */
export const e2eBuild: boolean = import.meta.env?.MODE === 'e2e';
const enabled = e2eBuild && typeof performance !== 'undefined';

/** Runs `work`; in e2e builds records its main-thread time as a performance measure named `name`. */
export function timed<T>(name: string, work: () => T): T {
  if (!enabled) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

/** In e2e builds, records `name` as a performance mark at each call. */
export function mark(name: string): void {
  if (enabled) performance.mark(name);
}

/** In e2e builds, records `name` once per document (its first occurrence) as a performance mark. */
export function markOnce(name: string): void {
  if (enabled && performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

/** In e2e builds, sets `data-*` markers on the document element (read by tests inside extension-origin frames). */
export function e2eMarkers(markers: Record<string, string>): void {
  if (!e2eBuild || typeof document === 'undefined') return;
  Object.assign(document.documentElement.dataset, markers);
}

/** In e2e builds, keeps `value` on the page's `window` under `name`, for a test to read. */
export function e2eExpose(name: string, value: unknown): void {
  if (e2eBuild && typeof window !== 'undefined') (window as unknown as Record<string, unknown>)[name] = value;
}
