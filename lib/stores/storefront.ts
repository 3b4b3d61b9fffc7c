import "server-only";
import { notFound } from "next/navigation";
import { findStoreBySlug, isServing, type StoreRef } from "@/lib/tenancy/lookup";

/**
 * The store a storefront page is for, resolved again on the server from the
 * route segment (the proxy is never the only guard). Unknown → 404. The caller
 * shows StoreStatusPage unless `open` is true.
 */
export async function loadStorefront(slug: string): Promise<{ store: StoreRef; open: boolean }> {
  const store = await findStoreBySlug(slug);
  // A rejected application never became a store: to visitors it does not exist.
  if (!store || store.status === "rejected") notFound();
  return { store, open: isServing(store) };
}
