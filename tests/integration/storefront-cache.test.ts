import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedCatalog } from "@/lib/catalog/storefront-cache";
import { onChange } from "@/lib/changes/changes";
import { changeListenerStatus, startChangeListener, stopChangeListener } from "@/lib/changes/listener";
import { products, stores } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { suspendStore } from "@/lib/stores/lifecycle";
import { findStoreBySlug, isServing } from "@/lib/tenancy/lookup";
import { createTestStore, testDatabases } from "./db";

/*
 * The storefront's catalog cache (lib/catalog/storefront-cache.ts): pages
 * stay cached, yet every change a shopper could see is served within a second,
 * because the database announces it (drizzle/0014) and the cache listens.
 * The TTL is set far longer than the test, so only the announcement can
 * explain a fresh page.
 */

const { app, owner } = testDatabases();
let ttlBefore: string | undefined;

beforeAll(async () => {
  ttlBefore = process.env.TENANT_CACHE_TTL_MS;
  process.env.TENANT_CACHE_TTL_MS = "60000";
  await startChangeListener(() => {});
  // Its first connect tells every cache to forget everything: let that pass first.
  while (changeListenerStatus() !== "listening") await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 100));
});
afterAll(async () => {
  process.env.TENANT_CACHE_TTL_MS = ttlBefore;
  await stopChangeListener();
});

async function addProduct(storeId: string, fields: Partial<typeof products.$inferInsert> = {}) {
  const [p] = await withTenant(owner, storeId, (tx) =>
    tx
      .insert(products)
      .values({ tenantId: storeId, handle: `p-${Math.random().toString(36).slice(2, 8)}`, title: "Lamp", priceCents: 100, stock: 20, status: "active", ...fields })
      .returning(),
  );
  return p!;
}

/** Polls until `check` passes, for at most a second (far below the 60 s TTL). */
async function within1s(check: () => Promise<void>) {
  const deadline = Date.now() + 1_000;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** Runs `write` and waits until its announcement for `storeId` has arrived here. */
async function heardAfter(storeId: string, write: () => Promise<unknown>) {
  let off = () => {};
  const heard = new Promise<void>((resolve) => (off = onChange("catalog", (key) => key === storeId && resolve())));
  try {
    await write();
    await heard;
  } finally {
    off();
  }
}

const titles = async (storeId: string) => (await cachedCatalog(app, storeId)).items.map((p) => p.title).sort();

describe("the storefront catalog cache", () => {
  it("serves a cached page, and a product added by any writer within a second", async () => {
    const store = await createTestStore(owner, "cache");
    await heardAfter(store.id, () => addProduct(store.id, { title: "Lamp" }));
    expect(await titles(store.id)).toEqual(["Lamp"]);
    // Written behind the cache's back, without announcing: the cached page stays
    // (proves the cache is really used) …
    await owner.execute(`alter table products disable trigger products_announce_change`);
    try {
      await addProduct(store.id, { title: "Hidden" });
    } finally {
      await owner.execute(`alter table products enable trigger products_announce_change`);
    }
    expect(await titles(store.id)).toEqual(["Lamp"]);
    // … and a write the database announces is seen.
    await addProduct(store.id, { title: "Chair" });
    await within1s(async () => expect(await titles(store.id)).toEqual(["Chair", "Hidden", "Lamp"]));
  });

  it("sees a price, a status and a low stock change; stays quiet for stock a card does not show", async () => {
    const store = await createTestStore(owner, "cachep");
    let lamp!: typeof products.$inferSelect;
    await heardAfter(store.id, async () => (lamp = await addProduct(store.id, { title: "Lamp", stock: 50 })));
    await cachedCatalog(app, store.id);
    const heard: string[] = [];
    const off = onChange("catalog", (key) => void (key === store.id && heard.push(key)));
    try {
      const set = (fields: Partial<typeof products.$inferInsert>) =>
        withTenant(owner, store.id, (tx) => tx.update(products).set(fields).where(and(eq(products.tenantId, store.id), eq(products.id, lamp.id))));
      await set({ stock: 40 }); // still "In stock": nothing to announce
      await set({ priceCents: 250 });
      await within1s(async () => expect((await cachedCatalog(app, store.id)).items[0]?.priceCents).toBe(250));
      expect(heard).toHaveLength(1);
      await set({ stock: 3 }); // "Only 3 left"
      await within1s(async () => expect((await cachedCatalog(app, store.id)).items[0]?.stock).toBe(3));
      await set({ status: "draft" });
      await within1s(async () => expect((await cachedCatalog(app, store.id)).items).toEqual([]));
    } finally {
      off();
    }
  });

  it("never serves one store's page for another, even with the same search and cursor", async () => {
    const a = await createTestStore(owner, "cachea");
    const b = await createTestStore(owner, "cacheb");
    await addProduct(a.id, { title: "A's secret" });
    await addProduct(b.id, { title: "B's own" });
    expect(await titles(a.id)).toEqual(["A's secret"]);
    expect(await titles(b.id)).toEqual(["B's own"]);
    expect((await cachedCatalog(app, b.id, { q: "secret" })).items).toEqual([]);
  });

  it("is behind the store check: a suspended store is not serving within a second, whatever the catalog cache holds", async () => {
    const store = await createTestStore(owner, "caches");
    await heardAfter(store.id, () => addProduct(store.id));
    await cachedCatalog(app, store.id);
    expect(isServing((await findStoreBySlug(store.slug))!)).toBe(true);
    expect(await suspendStore(app, store.id, "chargebacks", { userId: null })).toMatchObject({ ok: true });
    await within1s(async () => expect(isServing((await findStoreBySlug(store.slug))!)).toBe(false));
    const [row] = await owner.select({ status: stores.status }).from(stores).where(eq(stores.id, store.id));
    expect(row?.status).toBe("suspended");
  });
});
