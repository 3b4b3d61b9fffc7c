/*
 * Intl formatters cost tens of microseconds each to build, and a page formats
 * a price per product and a date per row: they are built once per locale and
 * options and shared (Intl's objects are immutable). The locale comes from the
 * viewer's Accept-Language, so the cache is bounded: past MAX entries it starts
 * over rather than grow with whatever tags clients send. Pure and isomorphic.
 */
const MAX = 256;
const cache = new Map<string, object>();

export function cachedIntl<T extends object>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    if (cache.size >= MAX) cache.clear();
    cache.set(key, (value = make()));
  }
  return value;
}
