// e2e builds only: the bench reads these User Timing measures from the page (dev/bench/page-costs.ts).
const enabled = import.meta.env?.MODE === 'e2e';

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

/** In e2e builds, records `name` once per document (its first occurrence) as a performance mark. */
export function markOnce(name: string): void {
  if (enabled && performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
