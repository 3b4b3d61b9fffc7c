import "server-only";
import { and, count, desc, eq, inArray, ne } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import type { Database, Tx } from "@/lib/db/connect";
import { memberships, products, storeDomains, stores } from "@/lib/db/schema";
import { withPlatform, withTenant } from "@/lib/db/tenant";
import { invalidateDomain, invalidateStore } from "@/lib/tenancy/lookup";
import { storageBytes } from "@/lib/usage/storage";
import { PLANS, type PlanFeatures, type PlanId, type PlanLimits } from "./plans";

/*
 * Moving a store between plans. The preview lists, before anything changes,
 * what exceeds the new plan and what will happen to it; applying the change
 * does exactly that, in one audited transaction. What stays is never deleted:
 * existing products, members and files remain, and only growth is blocked
 * until the store is back under the limit. Custom domains are the exception:
 * beyond the new limit (newest first) they stop serving and go back to
 * "pending", so they reconnect by verifying again after an upgrade.
 */

export type Usage = Pick<PlanLimits, "members" | "products" | "customDomains" | "storageBytes">;

export type PlanChangePreview = {
  from: PlanId;
  to: PlanId;
  usage: Usage;
  excess: Array<{ resource: keyof Usage; used: number; limit: number; consequence: string }>;
  lostFeatures: Array<{ feature: keyof PlanFeatures; consequence: string }>;
};

async function counts(database: Database, storeId: string): Promise<Omit<Usage, "storageBytes">> {
  const [m] = await database
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.storeId, storeId), eq(memberships.status, "approved")));
  const [d] = await database.select({ n: count() }).from(storeDomains).where(eq(storeDomains.storeId, storeId));
  const [p] = await withTenant(database, storeId, (tx) =>
    tx.select({ n: count() }).from(products).where(and(eq(products.tenantId, storeId), ne(products.status, "archived"))),
  );
  return { members: m?.n ?? 0, customDomains: d?.n ?? 0, products: p?.n ?? 0 };
}

export async function storeUsage(database: Database, storeId: string): Promise<Usage> {
  return { ...(await counts(database, storeId)), storageBytes: await storageBytes(storeId) };
}

const CONSEQUENCE: Record<keyof Usage, (over: number) => string> = {
  members: (n) => `All members stay. No join request can be approved until ${n} member${n === 1 ? "" : "s"} leave.`,
  products: (n) => `All products stay on sale. No new product can be added until ${n} ${n === 1 ? "is" : "are"} archived.`,
  customDomains: (n) => `The ${n} newest custom domain${n === 1 ? "" : "s"} stop serving and return to pending.`,
  storageBytes: () => "Files stay. No new uploads until usage is under the limit.",
};

const FEATURE_CONSEQUENCE: Record<keyof PlanFeatures, string> = {
  customDomain: "All custom domains stop serving and return to pending; the store stays on its Plaza address.",
  branding: "The storefront shows the default logo and colour; the saved ones are kept for an upgrade.",
  themeCustomisation: "The storefront no longer shows the tagline (it is kept for an upgrade); logo and colour stay.",
  apiAccess: "The store's API keys stop working (they are kept, not revoked).",
  dedicatedDatabase: "A store on a dedicated database stays there until a platform admin moves it into the shared pool.",
};

export async function previewPlanChange(database: Database, storeId: string, to: PlanId): Promise<PlanChangePreview | null> {
  const [store] = await database.select({ plan: stores.plan }).from(stores).where(eq(stores.id, storeId));
  if (!store) return null;
  const usage = await storeUsage(database, storeId);
  const target = PLANS[to];
  const excess: PlanChangePreview["excess"] = [];
  for (const resource of ["members", "products", "customDomains", "storageBytes"] as const) {
    const limit = resource === "customDomains" && !target.features.customDomain ? 0 : target.limits[resource];
    if (usage[resource] > limit) excess.push({ resource, used: usage[resource], limit, consequence: CONSEQUENCE[resource](usage[resource] - limit) });
  }
  const current = PLANS[store.plan];
  const lostFeatures = (Object.keys(FEATURE_CONSEQUENCE) as Array<keyof PlanFeatures>)
    .filter((f) => current.features[f] && !target.features[f])
    .map((feature) => ({ feature, consequence: FEATURE_CONSEQUENCE[feature] }));
  return { from: store.plan, to, usage, excess, lostFeatures };
}

async function disconnectExcessDomains(tx: Tx, storeId: string, keep: number): Promise<string[]> {
  const all = await tx
    .select({ id: storeDomains.id, domain: storeDomains.domain })
    .from(storeDomains)
    .where(eq(storeDomains.storeId, storeId))
    .orderBy(desc(storeDomains.createdAt), desc(storeDomains.id));
  const drop = all.slice(0, Math.max(all.length - keep, 0));
  if (drop.length === 0) return [];
  await tx
    .update(storeDomains)
    .set({ status: "pending", verifiedAt: null, failedChecks: 0, updatedAt: new Date() })
    .where(and(eq(storeDomains.storeId, storeId), inArray(storeDomains.id, drop.map((d) => d.id))));
  return drop.map((d) => d.domain);
}

export async function changePlan(
  database: Database,
  storeId: string,
  to: PlanId,
  actor: { userId: string | null },
): Promise<{ ok: true; preview: PlanChangePreview } | { ok: false; error: string }> {
  const preview = await previewPlanChange(database, storeId, to);
  if (!preview) return { ok: false, error: "Store not found." };
  if (preview.from === to) return { ok: false, error: `The store is already on the ${PLANS[to].name} plan.` };
  const target = PLANS[to];
  const result = await withPlatform(database, async (tx) => {
    const [row] = await tx
      .update(stores)
      .set({ plan: to, updatedAt: new Date() })
      .where(and(eq(stores.id, storeId), eq(stores.plan, preview.from)))
      .returning({ slug: stores.slug });
    if (!row) return { ok: false as const, error: "The plan changed meanwhile: review the preview again." };
    const keep = target.features.customDomain ? target.limits.customDomains : 0;
    const disconnected = await disconnectExcessDomains(tx, storeId, keep);
    await recordAudit(tx, {
      storeId,
      actorUserId: actor.userId,
      action: "store.plan_changed",
      targetType: "store",
      targetId: row.slug,
      data: { from: preview.from, to, excess: preview.excess, disconnectedDomains: disconnected },
    });
    return { ok: true as const, slug: row.slug, disconnected };
  });
  if (!result.ok) return result;
  invalidateStore(result.slug);
  result.disconnected.forEach(invalidateDomain);
  return { ok: true, preview };
}
