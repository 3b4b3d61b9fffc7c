import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { storeDomains, stores } from "@/lib/db/schema";
import { announceChange, onChange } from "@/lib/changes/changes";
import { env } from "@/lib/env";
import { TtlCache } from "./ttl-cache";
import { isValidSlug } from "./slug";

/** What routing needs to know about a store; enough to pick the page and theme. */
export type StoreRef = Pick<
  typeof stores.$inferSelect,
  "id" | "slug" | "name" | "status" | "currency" | "timeZone" | "theme" | "plan" | "deletionRequestedAt"
>;

/** Whether the storefront takes visitors: active, and not scheduled for deletion. */
export function isServing(store: Pick<StoreRef, "status" | "deletionRequestedAt">): boolean {
  return store.status === "active" && !store.deletionRequestedAt;
}

const columns = {
  id: stores.id,
  slug: stores.slug,
  name: stores.name,
  status: stores.status,
  currency: stores.currency,
  timeZone: stores.timeZone,
  theme: stores.theme,
  plan: stores.plan,
  deletionRequestedAt: stores.deletionRequestedAt,
};

// Kept on globalThis: the proxy and the pages run in one server process and
// must share one cache, so an invalidation reaches both. Other instances'
// changes arrive through lib/changes (within a second); the TTL bounds how
// long a missed message can leave an entry stale.
const g = globalThis as unknown as { plazaStoreCache?: TtlCache<StoreRef>; plazaDomainCache?: TtlCache<string> };

function subscribed<V>(topic: "store" | "domain", cache: TtlCache<V>): TtlCache<V> {
  onChange(topic, (key) => (key === null ? cache.clear() : cache.delete(key.toLowerCase())));
  return cache;
}
const bySlug = () => (g.plazaStoreCache ??= subscribed("store", new TtlCache<StoreRef>(env().TENANT_CACHE_TTL_MS)));
const byDomain = () => (g.plazaDomainCache ??= subscribed("domain", new TtlCache<string>(env().TENANT_CACHE_TTL_MS)));

/** The store with this slug, whatever its status; null when there is none. */
export async function findStoreBySlug(slug: string): Promise<StoreRef | null> {
  const key = slug.toLowerCase();
  if (!isValidSlug(key)) return null;
  return bySlug().get(key, async () => {
    const [row] = await db().select(columns).from(stores).where(eq(stores.slug, key)).limit(1);
    return row ?? null;
  });
}

/** The slug of the store that owns this *verified* custom domain, or null. */
export async function findSlugByDomain(domain: string): Promise<string | null> {
  return byDomain().get(domain, async () => {
    const [row] = await db()
      .select({ slug: stores.slug })
      .from(storeDomains)
      .innerJoin(stores, eq(stores.id, storeDomains.storeId))
      .where(and(eq(storeDomains.domain, domain), eq(storeDomains.status, "verified")))
      .limit(1);
    return row?.slug ?? null;
  });
}

/**
 * Call after any change to a store's slug, status, name or theme: drops it
 * here at once. Other instances hear of it from the database's own
 * announcement (or, with Redis, from the message sent here).
 */
export function invalidateStore(slug: string): void {
  bySlug().delete(slug.toLowerCase());
  void announceChange("store", slug.toLowerCase()).catch((err) => console.warn("could not announce a store change:", err));
}

/** Call after a domain is added, verified, fails verification or is removed. */
export function invalidateDomain(domain: string): void {
  byDomain().delete(domain.toLowerCase());
  void announceChange("domain", domain.toLowerCase()).catch((err) => console.warn("could not announce a domain change:", err));
}
