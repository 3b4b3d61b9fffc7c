import "server-only";
import { formatMoney } from "@/lib/money";
import { STORED_NAME } from "@/lib/storage/uploads";
import { href } from "@/lib/tenancy/request";
import type { StoreRef } from "@/lib/tenancy/lookup";

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
