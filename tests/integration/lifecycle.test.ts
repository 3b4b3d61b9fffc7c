import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, memberships, products, storeDomains, stores, users } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { changePlan, previewPlanChange } from "@/lib/plans/change";
import { PLANS } from "@/lib/plans/plans";
import { GRACE_DAYS, purgeDueStores, reactivateStore, requestStoreDeletion, restoreStore, suspendStore } from "@/lib/stores/lifecycle";
import { createTestStore, testDatabases } from "./db";

const { app, owner } = testDatabases();
const admin = { userId: null };
const DAY = 24 * 3600 * 1000;

async function statusOf(id: string) {
  const [s] = await owner.select().from(stores).where(eq(stores.id, id));
  return s;
}

describe("suspend and reactivate", () => {
  it("needs a reason, moves active ⇄ suspended once, and audits both", async () => {
    const store = await createTestStore(owner, "life");
    expect(await suspendStore(app, store.id, "  ", admin)).toEqual({ ok: false, error: "Give a reason for the suspension." });
    expect(await suspendStore(app, store.id, "Unpaid invoices", admin)).toEqual({ ok: true, slug: store.slug });
    expect(await suspendStore(app, store.id, "again", admin)).toEqual({ ok: false, error: "Only an active store can be suspended." });
    expect(await statusOf(store.id)).toMatchObject({ status: "suspended", statusReason: "Unpaid invoices" });
    expect(await reactivateStore(app, store.id, null, admin)).toEqual({ ok: true, slug: store.slug });
    expect(await reactivateStore(app, store.id, null, admin)).toEqual({ ok: false, error: "Only a suspended store can be reactivated." });
    const log = await owner.select().from(auditLog).where(eq(auditLog.storeId, store.id)).orderBy(auditLog.id);
    expect(log.map((l) => [l.action, l.reason])).toEqual([
      ["store.suspended", "Unpaid invoices"],
      ["store.reactivated", null],
    ]);
  });

  it("refuses a pending application (that is the approval flow's job)", async () => {
    const store = await createTestStore(owner, "pend");
    await owner.update(stores).set({ status: "pending" }).where(eq(stores.id, store.id));
    expect(await suspendStore(app, store.id, "x", admin)).toEqual({ ok: false, error: "Only an active store can be suspended." });
    expect(await reactivateStore(app, store.id, null, admin)).toEqual({ ok: false, error: "Only a suspended store can be reactivated." });
    expect(await statusOf(store.id)).toMatchObject({ status: "pending" });
    expect(await owner.$count(auditLog, eq(auditLog.storeId, store.id))).toBe(0);
  });
});

describe("deletion with a grace period", () => {
  it("can be restored within the grace period, not after", async () => {
    const store = await createTestStore(owner, "del");
    const now = new Date();
    expect(await requestStoreDeletion(app, store.id, "Owner asked", admin, now)).toEqual({ ok: true, slug: store.slug });
    expect((await requestStoreDeletion(app, store.id, "twice", admin, now))).toEqual({ ok: false, error: "This store is already scheduled for deletion." });
    expect((await statusOf(store.id))?.purgeAfter?.getTime()).toBe(now.getTime() + GRACE_DAYS * DAY);
    expect(await restoreStore(app, store.id, admin, new Date(now.getTime() + DAY))).toEqual({ ok: true, slug: store.slug });
    expect(await statusOf(store.id)).toMatchObject({ deletionRequestedAt: null, purgeAfter: null });

    await requestStoreDeletion(app, store.id, "Owner asked again", admin, now);
    expect((await restoreStore(app, store.id, admin, new Date(now.getTime() + (GRACE_DAYS + 1) * DAY)))).toEqual({ ok: false, error: "This store is not scheduled for deletion, or its grace period has ended." });
  });

  it("purges only stores past their grace period, with all their tenant rows", async () => {
    const doomed = await createTestStore(owner, "doomed");
    const kept = await createTestStore(owner, "kept");
    const later = await createTestStore(owner, "later");
    for (const s of [doomed, kept, later]) {
      await withTenant(owner, s.id, (tx) => tx.insert(products).values({ tenantId: s.id, handle: "x", title: "x", priceCents: 1 }));
    }
    const long = new Date(Date.now() - (GRACE_DAYS + 1) * DAY);
    await requestStoreDeletion(app, doomed.id, "bye", admin, long);
    await requestStoreDeletion(app, later.id, "soon", admin);

    const purged = await purgeDueStores(app);
    expect(purged).toContain(doomed.slug);
    expect(purged).not.toContain(later.slug);
    expect(await statusOf(doomed.id)).toBeUndefined();
    const [left] = (await owner.execute(sql`select count(*)::int as n from products where tenant_id = ${doomed.id}`)).rows as unknown as [{ n: number }];
    expect(left.n).toBe(0);
    expect(await withTenant(app, kept.id, (tx) => tx.select().from(products).where(eq(products.tenantId, kept.id)))).toHaveLength(1);
    const [entry] = await owner.select().from(auditLog).where(sql`${auditLog.action} = 'store.purged' and ${auditLog.targetId} = ${doomed.slug}`);
    expect(entry).toMatchObject({ storeId: null, data: { storeId: doomed.id } });
  });
});

describe("plan changes", () => {
  async function busyPremiumStore() {
    const store = await createTestStore(owner, "plan");
    await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
    const basic = PLANS.basic.limits;
    await withTenant(owner, store.id, (tx) =>
      tx.insert(products).values(Array.from({ length: basic.products + 3 }, (_, i) => ({ tenantId: store.id, handle: `p${i}`, title: `P${i}`, priceCents: 1, status: "active" as const }))),
    );
    const people = await owner
      .insert(users)
      .values(Array.from({ length: basic.members + 1 }, (_, i) => ({ email: `m${i}-${store.slug}@example.test`, name: `M${i}`, passwordHash: "x" })))
      .returning();
    await owner.insert(memberships).values(people.map((u) => ({ storeId: store.id, userId: u.id, role: "staff" as const, status: "approved" as const })));
    await owner.insert(storeDomains).values([
      { storeId: store.id, domain: `a-${store.slug}.example.test`, status: "verified", verificationToken: "t" },
      { storeId: store.id, domain: `b-${store.slug}.example.test`, status: "verified", verificationToken: "t" },
    ]);
    return store;
  }

  it("previews what exceeds the new plan and what will happen to it", async () => {
    const store = await busyPremiumStore();
    const preview = await previewPlanChange(app, store.id, "basic");
    expect(preview?.excess.map((e) => [e.resource, e.used, e.limit])).toEqual([
      ["members", PLANS.basic.limits.members + 1, PLANS.basic.limits.members],
      ["products", PLANS.basic.limits.products + 3, PLANS.basic.limits.products],
      ["customDomains", 2, 0],
    ]);
    expect(preview?.excess[1]?.consequence).toContain("3 are archived");
    expect(preview?.lostFeatures.map((f) => f.feature)).toEqual(["customDomain", "themeCustomisation", "apiAccess"]);
    // An upgrade loses nothing.
    expect(await previewPlanChange(app, store.id, "enterprise")).toMatchObject({ excess: [], lostFeatures: [] });
  });

  it("applies a downgrade as previewed: domains disconnected, nothing deleted, audited", async () => {
    const store = await busyPremiumStore();
    const result = await changePlan(app, store.id, "basic", admin);
    expect(result.ok).toBe(true);
    expect((await statusOf(store.id))?.plan).toBe("basic");
    const domains = await owner.select().from(storeDomains).where(eq(storeDomains.storeId, store.id));
    expect(domains.map((d) => d.status)).toEqual(["pending", "pending"]);
    const [p] = (await owner.execute(sql`select count(*)::int as n from products where tenant_id = ${store.id}`)).rows as unknown as [{ n: number }];
    expect(p.n).toBe(PLANS.basic.limits.products + 3);
    const [entry] = await owner.select().from(auditLog).where(sql`${auditLog.storeId} = ${store.id} and ${auditLog.action} = 'store.plan_changed'`);
    expect(entry?.data).toMatchObject({ from: "premium", to: "basic", disconnectedDomains: expect.any(Array) });
    expect(await changePlan(app, store.id, "basic", admin)).toEqual({ ok: false, error: "The store is already on the Basic plan." });
  });
});
