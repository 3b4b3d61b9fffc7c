import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApiKey, type Scope } from "@/lib/api/keys";
import { apiIdempotency, auditLog, masterProducts, memberships, products, stores, users, webhookEndpoints } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { apiClient } from "./support/api-client";
import { testKeyring } from "./settings-fixtures";
import { createTestStore, testDatabases } from "./db";

process.env.PLAZA_WEBHOOKS_ALLOW_PRIVATE = "1";
// Webhook secrets are sealed with the configuration keyring.
process.env.CONFIG_ENCRYPTION_KEYS = testKeyring();

/*
 * The edges issue 16's test list asks of every endpoint, for the ones the
 * per-topic files leave out: the platform operations refuse a store key and
 * change nothing (a store key is never a platform key, whatever its scopes);
 * they read a suspended store; and the POSTs that create something —
 * master-catalogue opt-in, webhook endpoint, plan change — replay their
 * answer for a repeated Idempotency-Key and do the work once.
 */

const { app, owner } = testDatabases();
const uid = () => randomUUID().slice(0, 8);
const EVERY: Scope[] = ["products:read", "products:write", "orders:read", "orders:write", "members:read", "members:write", "config:read", "config:write", "webhooks:read", "webhooks:write"];

async function storeWithKey(prefix: string) {
  const store = await createTestStore(owner, prefix);
  await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
  const [boss] = await owner.insert(users).values({ email: `boss-${uid()}@example.test`, name: "Boss", passwordHash: "x" }).returning();
  await owner.insert(memberships).values({ storeId: store.id, userId: boss!.id, role: "owner", status: "approved" });
  const { token } = await createApiKey(app, { storeId: store.id, name: "all", scopes: EVERY, createdBy: boss!.id });
  return { store, boss: boss!, api: apiClient(token) };
}

async function platformClient() {
  const [admin] = await owner.insert(users).values({ email: `ops-${uid()}@example.test`, name: "Ops", passwordHash: "x", isPlatformAdmin: true }).returning();
  const { token } = await createApiKey(app, { storeId: null, name: "ops", scopes: ["stores:read", "stores:write"], createdBy: admin!.id });
  return apiClient(token);
}

const storeRow = async (id: string) => (await owner.select().from(stores).where(eq(stores.id, id)))[0]!;

describe("platform operations and store keys", () => {
  it("a store key with every store scope reaches none of them (insufficient_scope) and changes nothing", async () => {
    const { store, api } = await storeWithKey("edk");
    const path = { params: { path: { slug: store.slug } } };
    const answers = [
      await api.GET("/api/v1/stores/{slug}/usage", { params: { path: { slug: store.slug }, query: { range: "7d" } } }),
      await api.GET("/api/v1/stores/{slug}/health", path),
      await api.GET("/api/v1/stores/{slug}", path),
      await api.POST("/api/v1/stores/{slug}/plan", { ...path, body: { plan: "basic" } }),
      await api.POST("/api/v1/stores/{slug}/suspend", { ...path, body: { reason: "self-suspend" } }),
      await api.POST("/api/v1/stores/{slug}/reactivate", { ...path, body: {} }),
      await api.POST("/api/v1/stores/{slug}/delete", { ...path, body: { reason: "x" } }),
      await api.POST("/api/v1/stores/{slug}/restore", path),
      await api.GET("/api/v1/stores/{slug}/exports", path),
      await api.POST("/api/v1/stores/{slug}/exports", { ...path, body: {} }),
    ];
    expect(answers.map((a) => [a.response.status, a.error?.error.code])).toEqual(answers.map(() => [403, "insufficient_scope"]));
    expect(await storeRow(store.id)).toMatchObject({ plan: "premium", status: "active", deletionRequestedAt: null });
  });

  it("a platform key reads a suspended store's usage and health (a suspension is when they matter)", async () => {
    const ops = await platformClient();
    const { store } = await storeWithKey("eds");
    await owner.update(stores).set({ status: "suspended", statusReason: "Chargebacks" }).where(eq(stores.id, store.id));
    const path = { params: { path: { slug: store.slug } } };
    expect((await ops.GET("/api/v1/stores/{slug}/usage", { params: { path: { slug: store.slug }, query: { range: "24h" } } })).response.status).toBe(200);
    expect((await ops.GET("/api/v1/stores/{slug}/health", path)).data).toMatchObject({ status: "suspended" });
    const dry = await ops.POST("/api/v1/stores/{slug}/plan", { ...path, body: { plan: "enterprise", dryRun: true } });
    expect(dry.data).toMatchObject({ applied: false, preview: { excess: [] } });
  });
});

describe("Idempotency-Key on the POSTs that create something", () => {
  it("a master-catalogue opt-in: two requests, one product, the same answer", async () => {
    const { store, api } = await storeWithKey("edo");
    const [master] = await owner.insert(masterProducts).values({ handle: `edge-${uid()}`, title: "Edge kettle", suggestedPriceCents: 3000 }).returning();
    const key = randomUUID();
    const optIn = () =>
      api.POST("/api/v1/stores/{slug}/catalog/{masterProductId}/opt-in", { params: { path: { slug: store.slug, masterProductId: master!.id }, header: { "Idempotency-Key": key } }, body: { priceCents: 3100, stock: 3 } });
    const first = await optIn();
    const second = await optIn();
    expect([first.response.status, second.response.status]).toEqual([201, 201]);
    expect(second.data).toEqual(first.data);
    expect(second.response.headers.get("idempotent-replayed")).toBe("true");
    expect(await withTenant(owner, store.id, (tx) => tx.select().from(products).where(eq(products.tenantId, store.id)))).toHaveLength(1);
  });

  it("a webhook endpoint: two requests, one endpoint; the key with another body is refused", async () => {
    const { store, api } = await storeWithKey("edw");
    const key = randomUUID();
    const body = { url: "http://127.0.0.1:9/hook", events: ["order.paid" as const] };
    const create = (b: typeof body) => api.POST("/api/v1/stores/{slug}/webhooks", { params: { path: { slug: store.slug }, header: { "Idempotency-Key": key } }, body: b });
    const first = await create(body);
    const second = await create(body);
    expect([first.response.status, second.response.status]).toEqual([201, 201]);
    expect(second.data?.endpoint.id).toBe(first.data?.endpoint.id);
    expect((await create({ ...body, url: "http://127.0.0.1:9/other" })).error?.error.code).toBe("idempotency_key_reused");
    expect(await withTenant(owner, store.id, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, store.id)))).toHaveLength(1);
  });

  it("a webhook endpoint's signing secret is replayed to the client but never kept readable in the stored answer", async () => {
    const { store, api } = await storeWithKey("eds");
    const key = randomUUID();
    const create = () =>
      api.POST("/api/v1/stores/{slug}/webhooks", { params: { path: { slug: store.slug }, header: { "Idempotency-Key": key } }, body: { url: "http://127.0.0.1:9/hook", events: ["order.paid"] } });
    const first = await create();
    const secret = first.data?.secret;
    expect(secret).toMatch(/\S{16,}/);
    const [stored] = await withTenant(owner, store.id, (tx) => tx.select().from(apiIdempotency).where(and(eq(apiIdempotency.tenantId, store.id), eq(apiIdempotency.key, key))));
    expect(stored?.status).toBe(201);
    expect(stored?.body).not.toContain(secret!);
    expect(stored?.body).not.toContain(first.data!.endpoint.id);
    // The replay is the first answer, secret included (the client may have lost it with the connection).
    const again = await create();
    expect(again.response.headers.get("idempotent-replayed")).toBe("true");
    expect(again.data?.secret).toBe(secret);
    expect(again.data?.endpoint.id).toBe(first.data?.endpoint.id);
  });

  it("a plan change applied twice under one key changes the plan once, with one audit entry", async () => {
    const ops = await platformClient();
    const { store } = await storeWithKey("edp");
    const key = randomUUID();
    const apply = () => ops.POST("/api/v1/stores/{slug}/plan", { params: { path: { slug: store.slug }, header: { "Idempotency-Key": key } }, body: { plan: "enterprise" } });
    const first = await apply();
    const second = await apply();
    expect(first.data).toMatchObject({ applied: true, store: { plan: "enterprise" } });
    // Without the key the second apply would be invalid_state (already on the plan): the replay is the first answer.
    expect(second.response.status).toBe(200);
    expect(second.data).toEqual(first.data);
    expect(await owner.select().from(auditLog).where(and(eq(auditLog.storeId, store.id), eq(auditLog.action, "store.plan_changed")))).toHaveLength(1);
  });
});

describe("members and join requests page like every list", () => {
  it("pages members and pending join requests with `limit` and `after` = the previous page's `next`; a tampered cursor is a 400", async () => {
    const { store, boss } = await storeWithKey("edm");
    const { token } = await createApiKey(app, { storeId: store.id, name: "jr", scopes: ["members:read", "join_requests:read"], createdBy: boss.id });
    const api = apiClient(token);
    const people = await owner.insert(users).values(Array.from({ length: 5 }, (_, i) => ({ email: `pg${i}-${uid()}@example.test`, name: `P${i}`, passwordHash: "x" }))).returning();
    await owner.insert(memberships).values(people.map((u, i) => ({ storeId: store.id, userId: u.id, role: "staff" as const, status: i < 2 ? ("approved" as const) : ("pending" as const) })));

    const m1 = await api.GET("/api/v1/stores/{slug}/members", { params: { path: { slug: store.slug }, query: { limit: 2 } } });
    expect(m1.data?.data).toHaveLength(2);
    const m2 = await api.GET("/api/v1/stores/{slug}/members", { params: { path: { slug: store.slug }, query: { limit: 2, after: m1.data!.next! } } });
    expect(m2.data?.next).toBeNull();
    expect([...m1.data!.data, ...m2.data!.data].map((m) => m.userId).sort()).toEqual([boss.id, people[0]!.id, people[1]!.id].sort());

    const j1 = await api.GET("/api/v1/stores/{slug}/join-requests", { params: { path: { slug: store.slug }, query: { limit: 2 } } });
    const j2 = await api.GET("/api/v1/stores/{slug}/join-requests", { params: { path: { slug: store.slug }, query: { limit: 2, after: j1.data!.next! } } });
    expect([j1.data?.data.length, j2.data?.data.length, j2.data?.next]).toEqual([2, 1, null]);
    expect([...j1.data!.data, ...j2.data!.data].map((j) => j.userId).sort()).toEqual(people.slice(2).map((p) => p.id).sort());

    expect((await api.GET("/api/v1/stores/{slug}/members", { params: { path: { slug: store.slug }, query: { after: "eyJ0IjoieCJ9" } } })).error?.error.code).toBe("validation_failed");
    expect((await api.GET("/api/v1/stores/{slug}/join-requests", { params: { path: { slug: store.slug }, query: { limit: 0 } } })).error?.error.code).toBe("validation_failed");
  });
});
