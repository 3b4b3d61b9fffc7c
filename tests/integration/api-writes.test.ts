import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApiKey, type Scope } from "@/lib/api/keys";
import { apiIdempotency, auditLog, masterProducts, memberships, orders, products, storeConfig, stores, usageCounters, users } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import type { Role } from "@/lib/auth/permissions";
import { apiClient } from "./support/api-client";
import { cartWith, checkout, checkoutForm, createProduct as productFixture, stockOf } from "./commerce-fixtures";
import { testKeyring } from "./settings-fixtures";
import { createTestStore, testDatabases } from "./db";

process.env.CONFIG_ENCRYPTION_KEYS = testKeyring();

/*
 * The store-key writes and platform operations of /api/v1, called through
 * the client generated from the OpenAPI document (so the document and the
 * server cannot drift). Each endpoint: its own store, another store's key,
 * the wrong scope, a suspended store; writes land through the dashboard's
 * domain functions, so the audit log names the key's creator.
 */

const { app, owner } = testDatabases();

const ALL_STORE: Scope[] = ["products:read", "products:write", "orders:read", "orders:write", "members:read", "members:write", "config:read", "config:write", "webhooks:read", "webhooks:write"];

async function person(role: Role, storeId: string) {
  const [u] = await owner.insert(users).values({ email: `${role}-${randomUUID().slice(0, 8)}@example.test`, name: role, passwordHash: "x" }).returning();
  await owner.insert(memberships).values({ storeId, userId: u!.id, role, status: "approved" });
  return u!;
}

/** A premium store, its owner, and a key of the owner's with `scopes`. */
async function storeWithKey(prefix: string, scopes: Scope[] = ALL_STORE) {
  const store = await createTestStore(owner, prefix);
  await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
  const boss = await person("owner", store.id);
  const { token } = await createApiKey(app, { storeId: store.id, name: "sync", scopes, createdBy: boss.id });
  return { store: { ...store, plan: "premium" as const }, boss, token, api: apiClient(token) };
}

async function platformClient(scopes: Scope[] = ["stores:read", "stores:write"]) {
  const [admin] = await owner.insert(users).values({ email: `ops-${randomUUID().slice(0, 8)}@example.test`, name: "Ops", passwordHash: "x", isPlatformAdmin: true }).returning();
  const { token } = await createApiKey(app, { storeId: null, name: "ops", scopes, createdBy: admin!.id });
  return { api: apiClient(token), admin: admin! };
}

const suspend = (storeId: string) => owner.update(stores).set({ status: "suspended" }).where(eq(stores.id, storeId));
const productCount = async (storeId: string) => (await withTenant(owner, storeId, (tx) => tx.select().from(products).where(eq(products.tenantId, storeId)))).length;
const NEW = { title: "Trail mug", priceCents: 1250, stock: 40, status: "active" as const };

describe("products through the API", () => {
  it("creates, reads, updates and archives through the dashboard's functions, audited as the key's creator", async () => {
    const { store, boss, api } = await storeWithKey("pw");
    const created = await api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: store.slug } }, body: NEW });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ title: "Trail mug", handle: "trail-mug", priceCents: 1250, currency: "USD", status: "active" });
    const id = created.data!.id;
    const got = await api.GET("/api/v1/stores/{slug}/products/{productId}", { params: { path: { slug: store.slug, productId: id } } });
    expect(got.data?.stock).toBe(40);
    const patched = await api.PATCH("/api/v1/stores/{slug}/products/{productId}", { params: { path: { slug: store.slug, productId: id } }, body: { priceCents: 1400 } });
    expect(patched.data).toMatchObject({ priceCents: 1400, stock: 40, title: "Trail mug" });
    const archived = await api.POST("/api/v1/stores/{slug}/products/{productId}/archive", { params: { path: { slug: store.slug, productId: id } } });
    expect(archived.data?.status).toBe("archived");
    const again = await api.POST("/api/v1/stores/{slug}/products/{productId}/archive", { params: { path: { slug: store.slug, productId: id } } });
    expect(again.error?.error.code).toBe("invalid_state");
    const edit = await api.PATCH("/api/v1/stores/{slug}/products/{productId}", { params: { path: { slug: store.slug, productId: id } }, body: { stock: 1 } });
    expect(edit.error?.error.code).toBe("invalid_state");
    const audit = await owner.select().from(auditLog).where(and(eq(auditLog.storeId, store.id), eq(auditLog.targetId, id))).orderBy(auditLog.id);
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([
      ["product.created", boss.id],
      ["product.updated", boss.id],
      ["product.archived", boss.id],
    ]);
  });

  it("validates with the dashboard's rules and answers conflicts with stable codes; nothing is written", async () => {
    const { store, api } = await storeWithKey("pv");
    const bad = await api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: store.slug } }, body: { ...NEW, handle: "Not A Handle" } });
    expect(bad.response.status).toBe(400);
    expect(bad.error?.error).toMatchObject({ code: "validation_failed", details: [expect.objectContaining({ path: "handle" })] });
    expect((await api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: store.slug } }, body: { ...NEW, priceCents: -1 } })).response.status).toBe(400);
    expect(await productCount(store.id)).toBe(0);
    await api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: store.slug } }, body: NEW });
    const dup = await api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: store.slug } }, body: NEW });
    expect(dup.response.status).toBe(409);
    expect(dup.error?.error.code).toBe("conflict");
    expect(await productCount(store.id)).toBe(1);
  });

  it("keeps another store's key and products out (404 with a stable code), refuses the wrong scope and a suspended store", async () => {
    const a = await storeWithKey("pa");
    const b = await storeWithKey("pb");
    const bProduct = await productFixture(owner, b.store.id, { stock: 3 });
    const other = await a.api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: b.store.slug } }, body: NEW });
    expect(other.response.status).toBe(404);
    expect(other.error?.error.code).toBe("store_not_found");
    // B's product id on A's own path: not found in A, and B's product is untouched.
    const cross = await a.api.PATCH("/api/v1/stores/{slug}/products/{productId}", { params: { path: { slug: a.store.slug, productId: bProduct.id } }, body: { stock: 0 } });
    expect(cross.error?.error.code).toBe("not_found");
    expect((await a.api.POST("/api/v1/stores/{slug}/products/{productId}/archive", { params: { path: { slug: a.store.slug, productId: bProduct.id } } })).error?.error.code).toBe("not_found");
    expect(await stockOf(owner, b.store.id, bProduct.id)).toBe(3);

    const readOnly = await storeWithKey("pr", ["products:read"]);
    const refused = await readOnly.api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: readOnly.store.slug } }, body: NEW });
    expect(refused.response.status).toBe(403);
    expect(refused.error?.error.code).toBe("insufficient_scope");

    await suspend(a.store.id);
    const frozen = await a.api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: a.store.slug } }, body: NEW });
    expect(frozen.response.status).toBe(409);
    expect(frozen.error?.error.code).toBe("store_not_active");
    expect(await productCount(a.store.id)).toBe(0);
    expect(await productCount(readOnly.store.id)).toBe(0);
  });

  it("a key whose creator is a catalog member writes products but is refused when the creator is demoted to staff", async () => {
    const { store } = await storeWithKey("pc");
    const cataloguer = await person("catalog", store.id);
    const { token } = await createApiKey(app, { storeId: store.id, name: "pim", scopes: ["products:read", "products:write"], createdBy: cataloguer.id });
    const api = apiClient(token);
    expect((await api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: store.slug } }, body: NEW })).response.status).toBe(201);
    await owner.update(memberships).set({ role: "staff" }).where(and(eq(memberships.storeId, store.id), eq(memberships.userId, cataloguer.id)));
    const res = await api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: store.slug } }, body: { ...NEW, handle: "second" } });
    expect(res.error?.error.code).toBe("unauthorized");
    expect(await productCount(store.id)).toBe(1);
  });
});

describe("Idempotency-Key", () => {
  const post = (api: ReturnType<typeof apiClient>, slug: string, key: string, body: typeof NEW) =>
    api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug }, header: { "Idempotency-Key": key } }, body });

  it("replays the same answer for the same key and body, and creates once", async () => {
    const { store, api } = await storeWithKey("ik");
    const key = randomUUID();
    const first = await post(api, store.slug, key, NEW);
    const second = await post(api, store.slug, key, NEW);
    expect(first.response.status).toBe(201);
    expect(second.response.status).toBe(201);
    expect(second.data).toEqual(first.data);
    expect(second.response.headers.get("idempotent-replayed")).toBe("true");
    expect(first.response.headers.get("idempotent-replayed")).toBeNull();
    expect(await productCount(store.id)).toBe(1);
  });

  it("refuses the same key with another body (422 idempotency_key_reused) and changes nothing", async () => {
    const { store, api } = await storeWithKey("ir");
    const key = randomUUID();
    await post(api, store.slug, key, NEW);
    const other = await post(api, store.slug, key, { ...NEW, title: "Another mug" });
    expect(other.response.status).toBe(422);
    expect(other.error?.error.code).toBe("idempotency_key_reused");
    expect(await productCount(store.id)).toBe(1);
  });

  it("is scoped per store and key: another store's key with the same Idempotency-Key creates in its own store, never replays", async () => {
    const a = await storeWithKey("isa");
    const b = await storeWithKey("isb");
    const key = randomUUID();
    const inA = await post(a.api, a.store.slug, key, NEW);
    const inB = await post(b.api, b.store.slug, key, NEW);
    expect(inB.response.status).toBe(201);
    expect(inB.response.headers.get("idempotent-replayed")).toBeNull();
    expect(inB.data!.id).not.toBe(inA.data!.id);
    // B's key on A's path is refused before any idempotency record is read.
    const probe = await post(b.api, a.store.slug, key, NEW);
    expect(probe.error?.error.code).toBe("store_not_found");
    expect([await productCount(a.store.id), await productCount(b.store.id)]).toEqual([1, 1]);
    // The records are tenant rows: the app role sees none of A's from B's transaction.
    expect(await withTenant(app, b.store.id, (tx) => tx.select().from(apiIdempotency).where(eq(apiIdempotency.tenantId, a.store.id)))).toEqual([]);
  });

  it("keeps validation answers too, refuses a malformed key, and works for the platform's POST /stores", async () => {
    const { store, api } = await storeWithKey("iv");
    const key = randomUUID();
    const bad = await post(api, store.slug, key, { ...NEW, priceCents: -5 });
    expect(bad.response.status).toBe(400);
    expect((await post(api, store.slug, key, { ...NEW, priceCents: -5 })).response.headers.get("idempotent-replayed")).toBe("true");
    expect((await post(api, store.slug, "x".repeat(300), NEW)).error?.error.code).toBe("validation_failed");

    const { api: ops } = await platformClient();
    const slug = `idem-${randomUUID().slice(0, 8)}`;
    const body = { name: "Idem Store", slug, plan: "basic" as const, ownerEmail: `${slug}@example.test` };
    const headers = { "Idempotency-Key": randomUUID() };
    const one = await ops.POST("/api/v1/stores", { params: { header: headers }, body });
    const two = await ops.POST("/api/v1/stores", { params: { header: headers }, body });
    expect([one.response.status, two.response.status]).toEqual([201, 201]);
    expect(two.response.headers.get("idempotent-replayed")).toBe("true");
    expect((await ops.POST("/api/v1/stores", { params: { header: headers }, body: { ...body, name: "Other" } })).error?.error.code).toBe("idempotency_key_reused");
    expect(await owner.select().from(stores).where(eq(stores.slug, slug))).toHaveLength(1);
  });
});

async function orderIn(store: { id: string; currency: string }) {
  const product = await productFixture(owner, store.id, { stock: 5, priceCents: 1000 });
  const cartId = await cartWith(app, store.id, [{ productId: product.id, quantity: 2 }]);
  const placed = await checkout(app, store, cartId, checkoutForm({ expectedTotalCents: 2000 }));
  if (!placed.ok) throw new Error(`checkout failed: ${placed.message}`);
  const [order] = await withTenant(owner, store.id, (tx) => tx.select().from(orders).where(eq(orders.tenantId, store.id)).orderBy(orders.number));
  return { order: order!, product };
}

describe("orders through the API", () => {
  it("reads one order with items, marks it paid, fulfills it; refuses a second fulfill with invalid_state", async () => {
    const { store, boss, api } = await storeWithKey("ow");
    const { order } = await orderIn(store);
    const p = { path: { slug: store.slug, orderId: order.id } };
    const got = await api.GET("/api/v1/stores/{slug}/orders/{orderId}", { params: p });
    expect(got.data).toMatchObject({ number: order.number, items: [expect.objectContaining({ quantity: 2 })] });
    expect((await api.POST("/api/v1/stores/{slug}/orders/{orderId}/mark-paid", { params: p, body: { reason: "Bank transfer" } })).data?.paymentStatus).toBe("paid");
    expect((await api.POST("/api/v1/stores/{slug}/orders/{orderId}/fulfill", { params: p, body: {} })).data?.fulfillmentStatus).toBe("fulfilled");
    const twice = await api.POST("/api/v1/stores/{slug}/orders/{orderId}/fulfill", { params: p, body: {} });
    expect(twice.response.status).toBe(409);
    expect(twice.error?.error.code).toBe("invalid_state");
    const audit = await owner.select().from(auditLog).where(and(eq(auditLog.storeId, store.id), eq(auditLog.targetId, order.id))).orderBy(auditLog.id);
    expect(audit.map((a) => [a.action, a.actorUserId, a.reason])).toEqual([
      ["order.mark_paid", boss.id, "Bank transfer"],
      ["order.fulfill", boss.id, null],
    ]);
  });

  it("cancels and restocks; another store's key or order id changes nothing; wrong scope and suspended store are refused", async () => {
    const a = await storeWithKey("oa");
    const b = await storeWithKey("ob");
    const { order: bOrder, product: bProduct } = await orderIn(b.store);
    expect((await a.api.POST("/api/v1/stores/{slug}/orders/{orderId}/cancel", { params: { path: { slug: b.store.slug, orderId: bOrder.id } }, body: {} })).error?.error.code).toBe("store_not_found");
    expect((await a.api.POST("/api/v1/stores/{slug}/orders/{orderId}/cancel", { params: { path: { slug: a.store.slug, orderId: bOrder.id } }, body: {} })).error?.error.code).toBe("not_found");
    expect((await a.api.GET("/api/v1/stores/{slug}/orders/{orderId}", { params: { path: { slug: a.store.slug, orderId: bOrder.id } } })).error?.error.code).toBe("not_found");
    expect(await stockOf(owner, b.store.id, bProduct.id)).toBe(3);

    const reader = await createApiKey(app, { storeId: b.store.id, name: "read", scopes: ["orders:read"], createdBy: b.boss.id });
    const refused = await apiClient(reader.token).POST("/api/v1/stores/{slug}/orders/{orderId}/cancel", { params: { path: { slug: b.store.slug, orderId: bOrder.id } }, body: {} });
    expect(refused.error?.error.code).toBe("insufficient_scope");

    const cancelled = await b.api.POST("/api/v1/stores/{slug}/orders/{orderId}/cancel", { params: { path: { slug: b.store.slug, orderId: bOrder.id } }, body: {} });
    expect(cancelled.data).toMatchObject({ status: "cancelled", paymentStatus: "voided" });
    expect(await stockOf(owner, b.store.id, bProduct.id)).toBe(5);

    const { order: aOrder } = await orderIn(a.store);
    await suspend(a.store.id);
    const frozen = await a.api.POST("/api/v1/stores/{slug}/orders/{orderId}/mark-paid", { params: { path: { slug: a.store.slug, orderId: aOrder.id } }, body: {} });
    expect(frozen.error?.error.code).toBe("store_not_active");
    const [still] = await withTenant(owner, a.store.id, (tx) => tx.select().from(orders).where(eq(orders.id, aOrder.id)));
    expect(still?.paymentStatus).toBe("pending");
  });

  it("pages with `after` = the previous page's `next`", async () => {
    const { store, api } = await storeWithKey("op");
    await orderIn(store);
    await orderIn(store);
    const one = await api.GET("/api/v1/stores/{slug}/orders", { params: { path: { slug: store.slug }, query: { limit: 1 } } });
    expect(one.data?.data).toHaveLength(1);
    expect(one.data?.next).toEqual(expect.any(String));
    expect(one.response.headers.get("x-ratelimit-limit")).toEqual(expect.any(String));
    expect(one.response.headers.get("x-ratelimit-reset")).toEqual(expect.any(String));
    const two = await api.GET("/api/v1/stores/{slug}/orders", { params: { path: { slug: store.slug }, query: { limit: 1, after: one.data!.next! } } });
    expect(two.data?.data[0]?.number).toBeLessThan(one.data!.data[0]!.number);
    expect((await api.GET("/api/v1/stores/{slug}/orders", { params: { path: { slug: store.slug }, query: { after: "garbage" } } })).response.status).toBe(400);
  });
});

describe("configuration through the API", () => {
  it("lists with secrets masked, sets and clears through the settings functions; another store's key sees nothing", async () => {
    const { store, api } = await storeWithKey("cf");
    const p = (key: string) => ({ params: { path: { slug: store.slug, key } } });
    expect((await api.PUT("/api/v1/stores/{slug}/config/{key}", { ...p("contact.email"), body: { value: "Hello@Shop.example" } })).data).toMatchObject({ value: "hello@shop.example", set: true });
    const secret = await api.PUT("/api/v1/stores/{slug}/config/{key}", { ...p("smtp.password"), body: { value: "correct-horse-battery" } });
    expect(secret.data?.value).not.toContain("correct-horse");
    const list = await api.GET("/api/v1/stores/{slug}/config", { params: { path: { slug: store.slug } } });
    expect(JSON.stringify(list.data)).not.toContain("correct-horse");
    expect(list.data?.data.find((e) => e.key === "smtp.password")).toMatchObject({ secret: true, set: true });
    expect((await api.PUT("/api/v1/stores/{slug}/config/{key}", { ...p("contact.email"), body: { value: "not an email" } })).error?.error.code).toBe("validation_failed");
    expect((await api.PUT("/api/v1/stores/{slug}/config/{key}", { ...p("no.such.key"), body: { value: "x" } })).error?.error.code).toBe("not_found");
    expect((await api.DELETE("/api/v1/stores/{slug}/config/{key}", p("contact.email"))).data).toMatchObject({ set: false, value: null });
    expect((await api.DELETE("/api/v1/stores/{slug}/config/{key}", p("contact.email"))).error?.error.code).toBe("not_found");

    const other = await storeWithKey("cg");
    expect((await other.api.GET("/api/v1/stores/{slug}/config", { params: { path: { slug: store.slug } } })).error?.error.code).toBe("store_not_found");
    expect((await other.api.PUT("/api/v1/stores/{slug}/config/{key}", { params: { path: { slug: store.slug, key: "contact.email" } }, body: { value: "evil@example.test" } })).error?.error.code).toBe("store_not_found");
    const rows = await withTenant(owner, store.id, (tx) => tx.select().from(storeConfig).where(eq(storeConfig.tenantId, store.id)));
    expect(rows.map((r) => r.key)).toEqual(["smtp.password"]);
  });

  it("refuses config:write on a key without it, and on a suspended store", async () => {
    const { store, boss } = await storeWithKey("cs");
    const reader = apiClient((await createApiKey(app, { storeId: store.id, name: "r", scopes: ["config:read"], createdBy: boss.id })).token);
    expect((await reader.PUT("/api/v1/stores/{slug}/config/{key}", { params: { path: { slug: store.slug, key: "contact.email" } }, body: { value: "a@b.example" } })).error?.error.code).toBe("insufficient_scope");
    expect((await reader.GET("/api/v1/stores/{slug}/config", { params: { path: { slug: store.slug } } })).response.status).toBe(200);
    const writer = apiClient((await createApiKey(app, { storeId: store.id, name: "w", scopes: ["config:write"], createdBy: boss.id })).token);
    await suspend(store.id);
    expect((await writer.PUT("/api/v1/stores/{slug}/config/{key}", { params: { path: { slug: store.slug, key: "contact.email" } }, body: { value: "a@b.example" } })).error?.error.code).toBe("store_not_active");
    expect(await withTenant(owner, store.id, (tx) => tx.select().from(storeConfig).where(eq(storeConfig.tenantId, store.id)))).toEqual([]);
  });
});

describe("members through the API", () => {
  it("lists, changes a role and removes through the dashboard's functions; an admin's key cannot touch an owner", async () => {
    const { store, boss, api } = await storeWithKey("mb");
    const clerk = await person("staff", store.id);
    const list = await api.GET("/api/v1/stores/{slug}/members", { params: { path: { slug: store.slug } } });
    expect(list.data?.data.map((m) => m.userId).sort()).toEqual([boss.id, clerk.id].sort());
    const p = { params: { path: { slug: store.slug, userId: clerk.id } } };
    expect((await api.PATCH("/api/v1/stores/{slug}/members/{userId}", { ...p, body: { role: "orders" } })).data?.ok).toBe(true);
    const admin = await person("admin", store.id);
    const adminApi = apiClient((await createApiKey(app, { storeId: store.id, name: "a", scopes: ["members:read", "members:write"], createdBy: admin.id })).token);
    const refused = await adminApi.DELETE("/api/v1/stores/{slug}/members/{userId}", { params: { path: { slug: store.slug, userId: boss.id } } });
    expect(refused.response.status).toBe(403);
    expect((await api.DELETE("/api/v1/stores/{slug}/members/{userId}", p)).data?.ok).toBe(true);
    const rows = await owner.select().from(memberships).where(eq(memberships.storeId, store.id));
    expect(Object.fromEntries(rows.map((r) => [r.userId, `${r.role}/${r.status}`]))).toEqual({ [boss.id]: "owner/approved", [clerk.id]: "orders/removed", [admin.id]: "admin/approved" });
    const lastOwner = await api.DELETE("/api/v1/stores/{slug}/members/{userId}", { params: { path: { slug: store.slug, userId: boss.id } } });
    expect(lastOwner.error?.error.code).toBe("invalid_state");
  });

  it("another store's member is not found; another store's key is store_not_found; wrong scope and suspended store are refused", async () => {
    const a = await storeWithKey("ma");
    const b = await storeWithKey("mbb");
    const bStaff = await person("staff", b.store.id);
    expect((await a.api.PATCH("/api/v1/stores/{slug}/members/{userId}", { params: { path: { slug: a.store.slug, userId: bStaff.id } }, body: { role: "admin" } })).error?.error.code).toBe("not_found");
    expect((await a.api.DELETE("/api/v1/stores/{slug}/members/{userId}", { params: { path: { slug: b.store.slug, userId: bStaff.id } } })).error?.error.code).toBe("store_not_found");
    const reader = apiClient((await createApiKey(app, { storeId: b.store.id, name: "r", scopes: ["members:read"], createdBy: b.boss.id })).token);
    expect((await reader.DELETE("/api/v1/stores/{slug}/members/{userId}", { params: { path: { slug: b.store.slug, userId: bStaff.id } } })).error?.error.code).toBe("insufficient_scope");
    await suspend(b.store.id);
    expect((await b.api.DELETE("/api/v1/stores/{slug}/members/{userId}", { params: { path: { slug: b.store.slug, userId: bStaff.id } } })).error?.error.code).toBe("store_not_active");
    const [m] = await owner.select().from(memberships).where(and(eq(memberships.storeId, b.store.id), eq(memberships.userId, bStaff.id)));
    expect(m).toMatchObject({ role: "staff", status: "approved" });
  });
});

describe("platform operations", () => {
  it("usage in daily buckets over a range, with orders and revenue", async () => {
    const { api } = await platformClient(["stores:read"]);
    const { store } = await storeWithKey("us");
    await orderIn(store);
    const today = new Date().toISOString().slice(0, 10);
    await withTenant(owner, store.id, (tx) => tx.insert(usageCounters).values({ tenantId: store.id, hour: new Date(`${today}T05:00:00Z`), requests: 7, apiRequests: 2, checkouts: 1 }));
    const week = await api.GET("/api/v1/stores/{slug}/usage", { params: { path: { slug: store.slug }, query: { range: "7d" } } });
    expect(week.data?.buckets).toHaveLength(7);
    expect(week.data?.buckets.at(-1)).toEqual({ date: today, requests: 7, apiRequests: 2, checkouts: 1, orders: 1, revenueCents: 2000 });
    expect(week.data?.current.products).toBe(1);
    const span = await api.GET("/api/v1/stores/{slug}/usage", { params: { path: { slug: store.slug }, query: { from: "2026-01-01", to: "2026-01-03" } } });
    expect(span.data?.buckets.map((b) => b.date)).toEqual(["2026-01-01", "2026-01-02", "2026-01-03"]);
    expect((await api.GET("/api/v1/stores/{slug}/usage", { params: { path: { slug: store.slug }, query: { from: "2026-02-01", to: "2026-01-01" } } })).error?.error.code).toBe("validation_failed");
    expect((await api.GET("/api/v1/stores/{slug}/usage", { params: { path: { slug: store.slug }, query: { range: "1y" as "7d" } } })).response.status).toBe(400);
  });

  it("health of one store; a store key may not ask (insufficient_scope)", async () => {
    const { api } = await platformClient(["stores:read"]);
    const { store, api: storeApi } = await storeWithKey("hl");
    const health = await api.GET("/api/v1/stores/{slug}/health", { params: { path: { slug: store.slug } } });
    expect(health.data).toMatchObject({ slug: store.slug, status: "active", healthy: true, database: { reachable: true }, webhooks: { enabled: 0 } });
    expect((await storeApi.GET("/api/v1/stores/{slug}/health", { params: { path: { slug: store.slug } } })).error?.error.code).toBe("insufficient_scope");
    expect((await api.GET("/api/v1/stores/{slug}/health", { params: { path: { slug: "no-such-store" } } })).error?.error.code).toBe("store_not_found");
  });

  it("plan change: a dry run previews what exceeds the new plan and changes nothing; applying changes it, audited", async () => {
    const { api, admin } = await platformClient();
    const { store } = await storeWithKey("pl");
    for (let i = 0; i < 5; i++) await person("staff", store.id); // six members; Basic allows five
    const dry = await api.POST("/api/v1/stores/{slug}/plan", { params: { path: { slug: store.slug } }, body: { plan: "basic", dryRun: true } });
    expect(dry.data?.applied).toBe(false);
    expect(dry.data?.preview.excess).toEqual([expect.objectContaining({ resource: "members", used: 6, limit: 5 })]);
    expect(dry.data?.preview.lostFeatures.map((f) => f.feature)).toContain("apiAccess");
    expect((await owner.select().from(stores).where(eq(stores.id, store.id)))[0]?.plan).toBe("premium");
    const applied = await api.POST("/api/v1/stores/{slug}/plan", { params: { path: { slug: store.slug } }, body: { plan: "basic" } });
    expect(applied.data).toMatchObject({ applied: true, store: { plan: "basic" } });
    expect((await api.POST("/api/v1/stores/{slug}/plan", { params: { path: { slug: store.slug } }, body: { plan: "basic" } })).error?.error.code).toBe("invalid_state");
    const [entry] = await owner.select().from(auditLog).where(and(eq(auditLog.storeId, store.id), eq(auditLog.action, "store.plan_changed")));
    expect(entry?.actorUserId).toBe(admin.id);
    const reader = (await platformClient(["stores:read"])).api;
    expect((await reader.POST("/api/v1/stores/{slug}/plan", { params: { path: { slug: store.slug } }, body: { plan: "premium" } })).error?.error.code).toBe("insufficient_scope");
  });
});

describe("the master catalog through the API", () => {
  it("opts in at the store's price (dashboard's opt-in: audited, once), lists the copy, opts out by archiving; other stores and scopes are refused", async () => {
    const [master] = await owner.insert(masterProducts).values({ handle: `cat-${randomUUID().slice(0, 8)}`, title: "Catalog kettle", suggestedPriceCents: 3000 }).returning();
    const a = await storeWithKey("ca");
    const b = await storeWithKey("cb");
    const p = (slug: string) => ({ params: { path: { slug, masterProductId: master!.id } } });
    const made = await a.api.POST("/api/v1/stores/{slug}/catalog/{masterProductId}/opt-in", { ...p(a.store.slug), body: { priceCents: 3500, stock: 4 } });
    expect(made.response.status).toBe(201);
    expect(made.data).toMatchObject({ title: "Catalog kettle", priceCents: 3500, stock: 4, status: "draft" });
    expect((await a.api.POST("/api/v1/stores/{slug}/catalog/{masterProductId}/opt-in", { ...p(a.store.slug), body: { priceCents: 3500, stock: 4 } })).error?.error.code).toBe("conflict");
    const list = await a.api.GET("/api/v1/stores/{slug}/catalog", { params: { path: { slug: a.store.slug }, query: { limit: 100 } } });
    expect(list.data?.data.find((i) => i.masterProductId === master!.id)?.copy).toMatchObject({ productId: made.data!.id, priceCents: 3500 });
    expect((await a.api.POST("/api/v1/stores/{slug}/catalog/{masterProductId}/opt-in", { params: { path: { slug: a.store.slug, masterProductId: randomUUID() } }, body: { priceCents: 1, stock: 1 } })).error?.error.code).toBe("not_found");

    // B: A's path is another store; B's own store has no copy to opt out of.
    expect((await b.api.POST("/api/v1/stores/{slug}/catalog/{masterProductId}/opt-out", p(a.store.slug))).error?.error.code).toBe("store_not_found");
    expect((await b.api.POST("/api/v1/stores/{slug}/catalog/{masterProductId}/opt-out", p(b.store.slug))).error?.error.code).toBe("not_found");
    const reader = apiClient((await createApiKey(app, { storeId: b.store.id, name: "r", scopes: ["products:read"], createdBy: b.boss.id })).token);
    expect((await reader.POST("/api/v1/stores/{slug}/catalog/{masterProductId}/opt-in", { ...p(b.store.slug), body: { priceCents: 1, stock: 1 } })).error?.error.code).toBe("insufficient_scope");
    expect(await productCount(b.store.id)).toBe(0);

    expect((await a.api.POST("/api/v1/stores/{slug}/catalog/{masterProductId}/opt-out", p(a.store.slug))).data?.status).toBe("archived");
    const [entry] = await owner.select().from(auditLog).where(and(eq(auditLog.storeId, a.store.id), eq(auditLog.action, "product.opted_in")));
    expect(entry?.actorUserId).toBe(a.boss.id);
    await suspend(b.store.id);
    expect((await b.api.POST("/api/v1/stores/{slug}/catalog/{masterProductId}/opt-in", { ...p(b.store.slug), body: { priceCents: 1, stock: 1 } })).error?.error.code).toBe("store_not_active");
    expect(await productCount(b.store.id)).toBe(0);
  });
});

describe("deletion with a grace period through the API", () => {
  it("schedules and restores; a store key may not; restoring twice is invalid_state", async () => {
    const { api } = await platformClient();
    const { store, api: storeApi } = await storeWithKey("dl");
    expect((await storeApi.POST("/api/v1/stores/{slug}/delete", { params: { path: { slug: store.slug } }, body: { reason: "x" } })).error?.error.code).toBe("insufficient_scope");
    const scheduled = await api.POST("/api/v1/stores/{slug}/delete", { params: { path: { slug: store.slug } }, body: { reason: "Closing down" } });
    expect(scheduled.data?.deletionScheduledFor).toEqual(expect.any(String));
    expect(new Date(scheduled.data!.deletionScheduledFor!).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    expect((await api.POST("/api/v1/stores/{slug}/delete", { params: { path: { slug: store.slug } }, body: { reason: "again" } })).error?.error.code).toBe("invalid_state");
    expect((await api.POST("/api/v1/stores/{slug}/restore", { params: { path: { slug: store.slug } } })).data?.deletionScheduledFor).toBeNull();
    expect((await api.POST("/api/v1/stores/{slug}/restore", { params: { path: { slug: store.slug } } })).error?.error.code).toBe("invalid_state");
  });
});
