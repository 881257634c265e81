// e2e builds only: the bench reads these User Timing marks from the sidebar frame (dev/bench/page-costs.ts).
const enabled = import.meta.env?.MODE === 'e2e' && typeof performance !== 'undefined';

/** Records `name` once per document (its first occurrence), in e2e builds only. */
export function markOnce(name: string): void {
  if (enabled && performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
