const caches = new WeakMap<object, Map<string, unknown>>();
const maxEntries = 24;

/**
 * A section's result for `key` (the filters and params it depends on), computed once per prepared data: coverage
 * does not depend on the date range or service line, declining referrers not on the date range, so toggling those
 * filters reuses them. Results are shared, never mutated. The oldest entries go past `maxEntries`.
 */
export function cachedSection<T>(data: object, key: string, compute: () => T): T {
  let cache = caches.get(data);
  if (!cache) {
    cache = new Map();
    caches.set(data, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
  return value;
}
