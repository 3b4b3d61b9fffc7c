import "server-only";
import { findStoreBySlug, isServing, type StoreRef } from "@/lib/tenancy/lookup";
import { requestStoreSlug } from "@/lib/tenancy/request-store";
import type { Result } from "@/lib/result";
import { denied, type AccessCode } from "./decision";

/**
 * The storefront's access decision, for its server actions. The slug bound
 * into an action travels through the client and could be edited, so it only
 * counts when it is the store the proxy routed this request to (host and
 * path). Only a store that is serving takes carts and orders. Customers are
 * not members: who the customer is comes from their own session
 * (lib/customers/session.ts), inside the store decided here.
 */
export async function authorizeStorefront(slug: unknown): Promise<Result<{ store: StoreRef }, AccessCode>> {
  const routed = await requestStoreSlug();
  if (typeof slug !== "string" || !routed || slug.toLowerCase() !== routed) return denied("wrong_host", "This action is not for the store this address serves.");
  const store = await findStoreBySlug(routed);
  if (!store) return denied("no_store", "This store does not exist.");
  return isServing(store) ? { ok: true, store } : denied("store_closed", "This store is not taking orders.");
}

/** The store a storefront action is for, or null: the action then refuses in its own words. */
export async function storefrontStore(slug: unknown): Promise<StoreRef | null> {
  const decision = await authorizeStorefront(slug);
  return decision.ok ? decision.store : null;
}
