import "server-only";
import { formatMoney } from "@/lib/money";
import { STORED_NAME } from "@/lib/storage/uploads";
import { href } from "@/lib/tenancy/request";
import { findStoreBySlug, isServing, type StoreRef } from "@/lib/tenancy/lookup";
import { requestStoreSlug } from "@/lib/tenancy/request-store";

/**
 * The store a storefront server action is for. The slug bound into the action
 * travels through the client and could be edited, so it only counts when it
 * is the store the proxy routed this request to (host and path). Only a store
 * that is serving takes carts and orders; anything else is null and the
 * action refuses.
 */
export async function openStore(slug: unknown): Promise<StoreRef | null> {
  const routed = await requestStoreSlug();
  if (typeof slug !== "string" || !routed || slug.toLowerCase() !== routed) return null;
  const store = await findStoreBySlug(routed);
  return store && isServing(store) ? store : null;
}

/** Prices in the store's own currency. */
export function moneyFormatter(store: Pick<StoreRef, "currency">): (cents: number) => string {
  return (cents) => formatMoney(cents, store.currency);
}

/**
 * The storefront URL of a store image (product picture or logo). Images are
 * stored under the store's own folder by generated name (lib/storage/uploads.ts)
 * and served by app/s/[store]/images/[name]; anything that is not such a name
 * (a tampered path, javascript:, data:) gives no image at all.
 */
export function imageUrl(base: string, name: string | null | undefined): string | null {
  if (!name || !STORED_NAME.test(name)) return null;
  return href(base, `/images/${name}`);
}
