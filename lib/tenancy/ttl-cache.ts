/**
 * A small in-process cache with a time-to-live that also remembers misses
 * (`null`), so a flood of requests for an unknown host costs one query per TTL,
 * not one per request. Bounded: the oldest entry goes when it is full. A load
 * that was running when an invalidation (delete or clear) arrived is returned
 * but not kept: it may have read the row from before the change.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V | null; expires: number }>();
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string, load: () => Promise<V | null>): Promise<V | null> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    const generation = this.generation;
    const value = await load();
    if (this.ttlMs > 0 && generation === this.generation) {
      if (this.entries.size >= this.maxEntries) {
        const oldest = this.entries.keys().next();
        if (!oldest.done) this.entries.delete(oldest.value);
      }
      this.entries.delete(key);
      this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    }
    return value;
  }

  delete(key: string): void {
    this.generation++;
    this.entries.delete(key);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
