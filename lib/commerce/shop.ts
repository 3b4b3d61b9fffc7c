import "server-only";
import { formatMoney } from "@/lib/money";
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
 * A product image URL safe to put in <img src>: only a site-relative path or an
 * http(s) URL; anything else (javascript:, data:) is dropped.
 */
export function imageUrl(path: string | null | undefined): string | null {
  if (!path) return null;
  if (/^\/(?!\/)[\w./-]+$/.test(path)) return path;
  if (/^https?:\/\/[\w.-]+(:\d+)?\/[\w./%-]*$/.test(path)) return path;
  return null;
}
