import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  archiveProduct,
  createProduct,
  getProduct,
  listProducts,
  productUsage,
  setProductImage,
  updateProduct,
} from "@/lib/catalog/products";
import { productInputSchema, type ProductInput } from "@/lib/catalog/product-input";
import { auditLog, products, users } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { PLANS } from "@/lib/plans/plans";
import { createTestStore, testDatabases } from "./db";

const { app, owner } = testDatabases();
const actor = { userId: null };

function input(overrides: Partial<Record<string, string>> = {}): ProductInput {
  return productInputSchema.parse({ title: "Anvil", handle: "", description: "Heavy.", price: "19.99", stock: "3", status: "active", ...overrides });
}

async function snapshot(storeId: string) {
  return withTenant(owner, storeId, (tx) => tx.select().from(products).where(eq(products.tenantId, storeId)).orderBy(products.handle));
}

describe("creating products", () => {
  it("stores money in minor units and derives the handle from the title", async () => {
    const store = await createTestStore(owner);
    const made = await createProduct(app, store.id, input({ title: "Café Crème Anvil" }), actor);
    expect(made).toMatchObject({ ok: true, value: { handle: "cafe-creme-anvil", priceCents: 1999, stock: 3, tenantId: store.id } });
  });

  it("refuses a handle already used in the same store, and allows it in another", async () => {
    const a = await createTestStore(owner);
    const b = await createTestStore(owner);
    expect((await createProduct(app, a.id, input({ handle: "anvil" }), actor)).ok).toBe(true);
    const again = await createProduct(app, a.id, input({ handle: "anvil", title: "Other" }), actor);
    expect(again).toMatchObject({ ok: false, fieldErrors: { handle: expect.stringContaining("already uses") } });
    expect((await snapshot(a.id)).map((p) => p.title)).toEqual(["Anvil"]);
    expect((await createProduct(app, b.id, input({ handle: "anvil" }), actor)).ok).toBe(true);
  });
});

describe("the audit trail of products", () => {
  it("records create, update, image and archive with the actor, in the same transaction; refusals record nothing", async () => {
    const store = await createTestStore(owner, "aud");
    const other = await createTestStore(owner, "aud-other");
    const [member] = await owner.insert(users).values({ email: `m-${store.slug}@example.test`, name: "M", passwordHash: "x" }).returning();
    const who = { userId: member!.id };
    const made = await createProduct(app, store.id, input({ handle: "audited" }), who);
    if (!made.ok) throw new Error(made.error);
    await updateProduct(app, store.id, made.value.id, input({ handle: "audited", price: "5" }), who);
    await setProductImage(app, store.id, made.value.id, "0b7c1b7e-1111-4222-8333-944455556666.png", who);
    await archiveProduct(app, store.id, made.value.id, who);
    // Another store's member acting on this product's id: refused, and nothing logged anywhere.
    await archiveProduct(app, other.id, made.value.id, who);
    await updateProduct(app, other.id, made.value.id, input({ title: "x" }), who);

    const log = await owner.select().from(auditLog).where(eq(auditLog.storeId, store.id)).orderBy(auditLog.id);
    expect(log.map((l) => [l.action, l.actorUserId, l.targetId])).toEqual([
      ["product.created", member!.id, made.value.id],
      ["product.updated", member!.id, made.value.id],
      ["product.image_set", member!.id, made.value.id],
      ["product.archived", member!.id, made.value.id],
    ]);
    expect(log[1]?.data).toMatchObject({ priceCents: 500 });
    expect(await owner.select().from(auditLog).where(eq(auditLog.storeId, other.id))).toEqual([]);
  });
});

describe("the product limit of the plan", () => {
  it("holds at the edge under concurrency: n-1 → one more fits, n → refused", async () => {
    const store = await createTestStore(owner);
    const limit = PLANS.basic.limits.products;
    await withTenant(owner, store.id, (tx) =>
      tx.insert(products).values(
        Array.from({ length: limit - 2 }, (_, i) => ({ tenantId: store.id, handle: `p-${i}`, title: `P ${i}`, priceCents: 100, status: "active" as const })),
      ),
    );
    // 5 concurrent creates with room for 2.
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => createProduct(app, store.id, input({ handle: `new-${i}` }), actor)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(3);
    expect(refused[0]).toMatchObject({ error: expect.stringContaining(`allows ${limit} products`) });
    expect(await productUsage(app, store.id)).toEqual({ used: limit, limit });
    // Archiving one frees a place.
    const [first] = await snapshot(store.id);
    expect((await archiveProduct(app, store.id, first!.id, actor)).ok).toBe(true);
    expect((await createProduct(app, store.id, input({ handle: "after-archive" }), actor)).ok).toBe(true);
    expect((await createProduct(app, store.id, input({ handle: "one-too-many" }), actor))).toEqual({ ok: false, error: "Your plan allows 100 products and the store has 100. Archive a product or upgrade the plan." });
  });
});

describe("another store's product, by id", () => {
  async function victim() {
    const mine = await createTestStore(owner, "mine");
    const theirs = await createTestStore(owner, "theirs");
    const made = await createProduct(app, theirs.id, input({ handle: "theirs" }), actor);
    if (!made.ok) throw new Error("setup failed");
    return { mine, theirs, product: made.value, before: await snapshot(theirs.id) };
  }

  it("cannot be read", async () => {
    const { mine, product } = await victim();
    expect(await getProduct(app, mine.id, product.id)).toBeNull();
    expect((await listProducts(app, mine.id)).products).toEqual([]);
  });

  it("cannot be updated", async () => {
    const { mine, theirs, product, before } = await victim();
    expect(await updateProduct(app, mine.id, product.id, input({ title: "Stolen", price: "0" }), actor)).toEqual({ ok: false, error: "That product does not exist in this store." });
    expect(await snapshot(theirs.id)).toEqual(before);
  });

  it("cannot be archived", async () => {
    const { mine, theirs, product, before } = await victim();
    expect(await archiveProduct(app, mine.id, product.id, actor)).toEqual({ ok: false, error: "That product does not exist in this store or is already archived." });
    expect(await snapshot(theirs.id)).toEqual(before);
  });

  it("cannot have its image replaced", async () => {
    const { mine, theirs, product, before } = await victim();
    expect(await setProductImage(app, mine.id, product.id, "x.png", actor)).toBe(false);
    expect(await snapshot(theirs.id)).toEqual(before);
  });
});

describe("listing products", () => {
  it("pages by keyset without gaps or repeats, newest first", async () => {
    const store = await createTestStore(owner);
    await withTenant(owner, store.id, (tx) =>
      tx.insert(products).values(
        Array.from({ length: 30 }, (_, i) => ({
          tenantId: store.id,
          handle: `item-${String(i).padStart(2, "0")}`,
          title: `Item ${i}`,
          priceCents: 100,
          // Half share one timestamp, so the id tie-breaker is exercised.
          createdAt: sql`now() - ${`${i < 15 ? 0 : i} seconds`}::interval` as unknown as Date,
        })),
      ),
    );
    const seen: string[] = [];
    let after: { createdAt: string; id: string } | undefined;
    for (let page = 0; page < 5; page++) {
      const res = await listProducts(app, store.id, { limit: 7, after });
      seen.push(...res.products.map((p) => p.handle));
      if (!res.next) break;
      after = res.next;
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    // All 30 are drafts: the status filter finds no active ones.
    expect((await listProducts(app, store.id, { status: "active" })).products).toEqual([]);
  });
});
