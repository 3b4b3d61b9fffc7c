import "server-only";
import { formatMoney } from "@/lib/money";
import { STORED_NAME } from "@/lib/storage/uploads";
import { href } from "@/lib/tenancy/request";
import { findStoreBySlug, type StoreRef } from "@/lib/tenancy/lookup";

/**
 * The store a storefront server action is for, re-resolved on the server from
 * the slug the page bound into the action. Only an open (active) store takes
 * carts and orders; anything else is null and the action refuses.
 */
export async function openStore(slug: unknown): Promise<StoreRef | null> {
  if (typeof slug !== "string") return null;
  const store = await findStoreBySlug(slug);
  return store && store.status === "active" ? store : null;
}

/** Prices in the store's own currency. */
export function moneyFormatter(store: Pick<StoreRef, "currency">): (cents: number) => string {
  return (cents) => formatMoney(cents, store.currency);
}

/**
 * The storefront URL of a store image (product picture or logo). Images are
 * stored under the store's own folder by generated name (lib/storage/uploads.ts)
 * and served by app/s/[tenant]/images/[name]; anything that is not such a name
 * (a tampered path, javascript:, data:) gives no image at all.
 */
export function imageUrl(base: string, name: string | null | undefined): string | null {
  if (!name || !STORED_NAME.test(name)) return null;
  return href(base, `/images/${name}`);
}
