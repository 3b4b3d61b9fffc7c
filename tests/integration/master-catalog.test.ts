import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/accounts";
import { products, stores } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { createMasterProduct } from "@/lib/catalog/master";
import { catalogForStore, optIn } from "@/lib/catalog/master-opt-in";
import { listCatalog } from "@/lib/catalog/storefront";
import { PLANS } from "@/lib/plans/plans";
import { testDatabases } from "./db";
import { addMember, auditFor, makeUser, storeWithOwner, uid } from "./auth-fixtures";

const ctx = vi.hoisted(() => ({ user: null as Actor | null, slug: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => ctx.user, sessionClaim: async () => (ctx.user ? { userId: ctx.user.id, sessionVersion: 0 } : null) }));
vi.mock("@/lib/tenancy/request-store", () => ({ requestStoreSlug: async () => ctx.slug }));
const { optInAction } = await import("@/app/d/[store]/(app)/catalog/actions");
const { saveMasterProductAction } = await import("@/app/admin/catalog/actions");

const { app, owner } = testDatabases();
const idle = { ok: false } as const;
const form = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
};
const asUser = (u: { id: string; email: string; name: string; isPlatformAdmin: boolean }) => ({ id: u.id, email: u.email, name: u.name, isPlatformAdmin: u.isPlatformAdmin });

async function master() {
  const admin = await makeUser(owner, { admin: true });
  const r = await createMasterProduct(app, admin.id, { title: "Master tee", handle: `tee-${uid()}`, description: "Soft.", suggestedPriceCents: 2500 });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
const storeProducts = (storeId: string) =>
  withTenant(owner, storeId, (tx) => tx.select().from(products).where(eq(products.tenantId, storeId)));

beforeEach(() => {
  ctx.user = null;
  ctx.slug = null;
});

describe("master catalog (console)", () => {
  it("only platform admins add master products; bad input is a field error", async () => {
    const plain = await makeUser(owner);
    ctx.user = asUser(plain);
    expect(await saveMasterProductAction(idle, form({ title: "X", suggestedPrice: "1" }))).toMatchObject({ ok: false, error: expect.stringContaining("platform admins") });
    const admin = await makeUser(owner, { admin: true });
    ctx.user = asUser(admin);
    expect(await saveMasterProductAction(idle, form({ title: "", suggestedPrice: "-3" }))).toMatchObject({ ok: false, fieldErrors: { title: expect.any(Array) } });
    const handle = `mug-${uid()}`;
    expect(await saveMasterProductAction(idle, form({ title: "Mug", handle, suggestedPrice: "9.50" }))).toMatchObject({ ok: true });
    expect(await saveMasterProductAction(idle, form({ title: "Mug 2", handle, suggestedPrice: "9.50" }))).toMatchObject({ ok: false, fieldErrors: { handle: expect.any(Array) } });
  });
});

describe("opt-in", () => {
  it("copies the master product as a draft with the store's own price and stock, audited", async () => {
    const m = await master();
    const { store, owner: o } = await storeWithOwner(owner);
    const r = await optIn(app, o.id, store.id, { masterProductId: m.id, handle: "", priceCents: 1999, stock: 7, status: "draft" });
    expect(r).toMatchObject({ ok: true });
    const [copy] = await storeProducts(store.id);
    expect(copy).toMatchObject({ title: "Master tee", handle: m.handle, description: "Soft.", priceCents: 1999, stock: 7, status: "draft", masterProductId: m.id });
    expect((await auditFor(owner, store.id)).at(-1)).toMatchObject({ action: "product.opted_in" });
    const view = await catalogForStore(app, store.id, { pageSize: 100 });
    expect(view.items.find((i) => i.master.id === m.id)?.copy).toMatchObject({ id: copy!.id, status: "draft" });
    // A draft is not in the storefront.
    expect((await listCatalog(app, store.id, {})).items.map((p) => p.id)).not.toContain(copy!.id);
  });

  it("opting in twice is refused, even when the first copy got another handle", async () => {
    const m = await master();
    const { store, owner: o } = await storeWithOwner(owner);
    expect(await optIn(app, o.id, store.id, { masterProductId: m.id, handle: "", priceCents: 100, stock: 1, status: "active" })).toMatchObject({ ok: true });
    expect(await optIn(app, o.id, store.id, { masterProductId: m.id, handle: `other-${uid()}`, priceCents: 100, stock: 1, status: "active" })).toMatchObject({
      ok: false,
      error: expect.stringContaining("already"),
    });
    // Two racing opt-ins: the unique index lets one through.
    const m2 = await master();
    const both = await Promise.all([0, 1].map((i) => optIn(app, o.id, store.id, { masterProductId: m2.id, handle: `race-${i}-${uid()}`, priceCents: 1, stock: 1, status: "draft" })));
    expect(both.filter((x) => x.ok)).toHaveLength(1);
    expect((await storeProducts(store.id)).filter((p) => p.masterProductId === m2.id)).toHaveLength(1);
  });

  it("respects the plan's product limit", async () => {
    const m = await master();
    const { store, owner: o } = await storeWithOwner(owner); // basic plan
    const limit = PLANS.basic.limits.products;
    await withTenant(owner, store.id, (tx) =>
      tx.insert(products).values(Array.from({ length: limit }, (_, i) => ({ tenantId: store.id, handle: `p-${i}`, title: `P${i}`, priceCents: 1, stock: 1 }))),
    );
    const r = await optIn(app, o.id, store.id, { masterProductId: m.id, handle: "", priceCents: 100, stock: 1, status: "draft" });
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining(`allows ${limit} products`) });
    expect((await storeProducts(store.id)).some((p) => p.masterProductId === m.id)).toBe(false);
  });

  it("a handle the store already uses is a field error", async () => {
    const m = await master();
    const { store, owner: o } = await storeWithOwner(owner);
    await withTenant(owner, store.id, (tx) => tx.insert(products).values({ tenantId: store.id, handle: m.handle, title: "Mine", priceCents: 1, stock: 1 }));
    expect(await optIn(app, o.id, store.id, { masterProductId: m.id, handle: "", priceCents: 1, stock: 1, status: "draft" })).toMatchObject({ ok: false, fieldErrors: { handle: expect.any(Array) } });
  });

  it("an unknown master product id is refused", async () => {
    const { store, owner: o } = await storeWithOwner(owner);
    expect(await optIn(app, o.id, store.id, { masterProductId: randomUUID(), handle: "", priceCents: 1, stock: 1, status: "draft" })).toEqual({ ok: false, error: "That product is not in the catalog." });
  });

  it("through the action: the store is the host's; a member of another store and a staff member are refused", async () => {
    const m = await master();
    const a = await storeWithOwner(owner);
    const b = await storeWithOwner(owner);
    await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, a.store.id));
    // b's owner posting on a's host
    ctx.user = asUser(b.owner);
    ctx.slug = a.store.slug;
    const body = { masterProductId: m.id, price: "12.00", stock: "3", status: "active" };
    expect(await optInAction(idle, form(body))).toMatchObject({ ok: false, error: expect.stringContaining("not a member") });
    const staff = await makeUser(owner);
    await addMember(owner, a.store.id, staff.id, "staff");
    ctx.user = asUser(staff);
    expect(await optInAction(idle, form(body))).toMatchObject({ ok: false, error: expect.stringContaining("role") });
    expect(await storeProducts(a.store.id)).toHaveLength(0);
    // a's owner: works, and bad input is a field error
    ctx.user = asUser(a.owner);
    expect(await optInAction(idle, form({ ...body, stock: "-1" }))).toMatchObject({ ok: false, fieldErrors: { stock: expect.any(Array) } });
    expect(await optInAction(idle, form(body))).toMatchObject({ ok: true });
    expect(await storeProducts(b.store.id)).toHaveLength(0);
  });

  it("another store cannot see or alter a store's opted-in product", async () => {
    const m = await master();
    const a = await storeWithOwner(owner);
    const b = await storeWithOwner(owner);
    await optIn(app, a.owner.id, a.store.id, { masterProductId: m.id, handle: "", priceCents: 500, stock: 2, status: "active" });
    const [copy] = await storeProducts(a.store.id);
    // b's catalog view does not see a's copy…
    expect((await catalogForStore(app, b.store.id, { pageSize: 100 })).items.find((i) => i.master.id === m.id)?.copy).toBeNull();
    // …nor can it read or update it by id (row-level security + tenant in the where)
    const seen = await withTenant(app, b.store.id, (tx) => tx.select().from(products).where(eq(products.id, copy!.id)));
    expect(seen).toHaveLength(0);
    await withTenant(app, b.store.id, (tx) => tx.update(products).set({ priceCents: 1 }).where(and(eq(products.tenantId, a.store.id), eq(products.id, copy!.id))));
    expect((await storeProducts(a.store.id))[0]).toMatchObject({ priceCents: 500 });
    // b can opt in itself: its own independent copy
    expect(await optIn(app, b.owner.id, b.store.id, { masterProductId: m.id, handle: "", priceCents: 900, stock: 1, status: "draft" })).toMatchObject({ ok: true });
    expect((await storeProducts(a.store.id))[0]).toMatchObject({ priceCents: 500, stock: 2 });
  });
});
