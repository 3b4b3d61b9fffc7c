import "server-only";
import { and, count, eq, ne } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { memberships, products, storeDomains, stores } from "@/lib/db/schema";
import { readTenant } from "@/lib/db/tenant";
import { storePayments } from "@/lib/commerce/payment";
import { PLANS } from "@/lib/plans/plans";

/*
 * The setup checklist of a new store's overview (issue 14): what a new owner
 * does first, each step done when the store shows it, so the list needs no
 * state of its own and disappears once every step is done. A step the plan
 * does not include (a custom domain on Basic) is not on the list.
 */

export type SetupStep = { key: "product" | "branding" | "payments" | "domain" | "staff"; label: string; hint: string; path: string; done: boolean };
export type SetupChecklist = { steps: SetupStep[]; done: number; complete: boolean };

export async function setupChecklist(database: Database, storeId: string): Promise<SetupChecklist> {
  const [store] = await database.select({ plan: stores.plan, theme: stores.theme }).from(stores).where(eq(stores.id, storeId));
  if (!store) return { steps: [], done: 0, complete: true };
  const [productCount, domainCount, memberCount, payments] = await Promise.all([
    readTenant(database, storeId, async (tx) => {
      const [row] = await tx.select({ n: count() }).from(products).where(and(eq(products.tenantId, storeId), ne(products.status, "archived")));
      return row?.n ?? 0;
    }),
    database.$count(storeDomains, eq(storeDomains.storeId, storeId)),
    database.$count(memberships, and(eq(memberships.storeId, storeId), eq(memberships.status, "approved"))),
    // Without the configuration keyring no payment key can be read: card payments are not connected.
    storePayments(database, storeId).catch(() => ({ stripe: null })),
  ]);
  const features = PLANS[store.plan].features;
  const steps: SetupStep[] = [
    { key: "product", label: "Add your first product", hint: "Customers see it on your storefront as soon as it is active.", path: "/products/new", done: productCount > 0 },
    { key: "branding", label: "Add your logo and colour", hint: "Make the storefront look like your brand.", path: "/settings", done: Boolean(store.theme.logoPath || store.theme.primaryColor) },
    { key: "payments", label: "Connect card payments", hint: "Your Stripe account's keys; until then customers pay on delivery.", path: "/settings/payments", done: payments.stripe !== null },
    ...(features.customDomain
      ? [{ key: "domain" as const, label: "Add your own domain", hint: "Serve the storefront at an address you own.", path: "/settings/domains", done: domainCount > 0 }]
      : []),
    { key: "staff", label: "Bring in your team", hint: "Share your store's join page; you approve each request on the Members page.", path: "/members", done: memberCount > 1 },
  ];
  const done = steps.filter((s) => s.done).length;
  return { steps, done, complete: done === steps.length };
}
