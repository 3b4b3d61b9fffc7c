import "server-only";
import { onChange } from "@/lib/changes/changes";
import type { Database } from "@/lib/db/connect";
import { listCatalog, type CatalogPage } from "@/lib/catalog/storefront";
import { env } from "@/lib/env";

/*
 * The storefront catalog, cached in this process per store. Customers' pages
 * read it on every view; it changes rarely. Entries are keyed by store id
 * first (a page of one store can never be served for another: the key is the
 * store the page resolved, and the rows were read in that store's tenant
 * transaction), then by search and cursor.
 *
 * Invalidation: the database announces every visible product change as
 * ("catalog", store id) (trigger in drizzle/0015_perf_indexes.sql), heard by
 * every instance through lib/changes; a gap in the messages (reconnect) drops
 * everything; the TTL (TENANT_CACHE_TTL_MS) bounds a missed message, as for
 * the store lookup. A load that was running when an invalidation arrived is
 * not stored. Whether the store may be shown at all (active, not suspended)
 * is decided before the catalog is read (lib/stores/storefront.ts), from the
 * store lookup, which hears store changes the same way.
 */

type Entry = { page: CatalogPage; expires: number };
type StoreEntries = { generation: number; pages: Map<string, Entry> };

const MAX_STORES = 5_000;
const MAX_PAGES_PER_STORE = 200;

const g = globalThis as unknown as { plazaCatalogCache?: Map<string, StoreEntries> };

function cache(): Map<string, StoreEntries> {
  if (!g.plazaCatalogCache) {
    const stores = new Map<string, StoreEntries>();
    g.plazaCatalogCache = stores;
    onChange("catalog", (storeId) => {
      if (storeId === null) {
        for (const entries of stores.values()) forget(entries);
      } else {
        const entries = stores.get(storeId);
        if (entries) forget(entries);
      }
    });
  }
  return g.plazaCatalogCache;
}

function forget(entries: StoreEntries) {
  entries.generation++;
  entries.pages.clear();
}

function entriesFor(storeId: string): StoreEntries {
  const stores = cache();
  let entries = stores.get(storeId);
  if (!entries) {
    if (stores.size >= MAX_STORES) {
      const oldest = stores.keys().next();
      if (!oldest.done) stores.delete(oldest.value);
    }
    entries = { generation: 0, pages: new Map() };
    stores.set(storeId, entries);
  }
  return entries;
}

/** listCatalog through the cache: same arguments, same result. */
export async function cachedCatalog(
  database: Database,
  storeId: string,
  options: { q?: string; after?: string | null; pageSize?: number } = {},
): Promise<CatalogPage> {
  const ttl = env().TENANT_CACHE_TTL_MS;
  if (ttl <= 0) return listCatalog(database, storeId, options);
  const key = JSON.stringify([options.q?.trim().slice(0, 100) ?? "", options.after ?? null, options.pageSize ?? null]);
  const entries = entriesFor(storeId);
  const hit = entries.pages.get(key);
  if (hit && hit.expires > Date.now()) return hit.page;
  const generation = entries.generation;
  const page = await listCatalog(database, storeId, options);
  // Changed meanwhile: this page may predate the change, so it is not kept.
  if (entries.generation === generation && cache().get(storeId) === entries) {
    if (entries.pages.size >= MAX_PAGES_PER_STORE) {
      const oldest = entries.pages.keys().next();
      if (!oldest.done) entries.pages.delete(oldest.value);
    }
    entries.pages.delete(key);
    entries.pages.set(key, { page, expires: Date.now() + ttl });
  }
  return page;
}
