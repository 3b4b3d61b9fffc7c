import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as listStores, POST as createStoreRoute } from "@/app/api/v1/stores/route";
import { GET as listJoinRequests } from "@/app/api/v1/stores/[slug]/join-requests/route";
import { POST as approveJoin } from "@/app/api/v1/stores/[slug]/join-requests/[userId]/approve/route";
import { POST as rejectJoin } from "@/app/api/v1/stores/[slug]/join-requests/[userId]/reject/route";
import { GET as getStore, PATCH as patchStore } from "@/app/api/v1/stores/[slug]/route";
import { POST as suspend } from "@/app/api/v1/stores/[slug]/suspend/route";
import { POST as reactivate } from "@/app/api/v1/stores/[slug]/reactivate/route";
import { GET as listProductsRoute } from "@/app/api/v1/stores/[slug]/products/route";
import { GET as listOrdersRoute } from "@/app/api/v1/stores/[slug]/orders/route";
import { decideJoinRequests, STORE_READ_ONLY } from "@/lib/stores/join-requests";
import { changeMemberRole, removeMember } from "@/lib/stores/members";
import { snapshot } from "./auth-fixtures";
import { createApiKey, revokeApiKey } from "@/lib/api/keys";
import { apiRoute } from "@/lib/api/http";
import { PLATFORM_KEY_PER_MINUTE } from "@/lib/api/rate-limit";
import { apiKeys, auditLog, memberships, products, stores, users } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { createTestStore, testDatabases } from "./db";

const { app, owner } = testDatabases();

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(handler: Handler, token: string | null, params: Record<string, string> = {}, init: { method?: string; body?: unknown; query?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const req = new Request(`http://localhost:3000/api/v1/x${init.query ?? ""}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const res = await handler(req, { params: Promise.resolve(params) });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

/** A platform admin of its own: keys act for their creator, so each test's creator is its own. */
async function platformAdmin() {
  const [admin] = await owner.insert(users).values({ email: `ops-${crypto.randomUUID().slice(0, 8)}@example.test`, name: "Ops", passwordHash: "x", isPlatformAdmin: true }).returning();
  return admin!;
}

async function platformKey(scopes: Array<"stores:read" | "stores:write"> = ["stores:read", "stores:write"]) {
  return (await createApiKey(app, { storeId: null, name: "ops", scopes, createdBy: (await platformAdmin()).id })).token;
}

async function storeOwner(storeId: string) {
  const [u] = await owner.insert(users).values({ email: `owner-${crypto.randomUUID().slice(0, 8)}@example.test`, name: "Owner", passwordHash: "x" }).returning();
  await owner.insert(memberships).values({ storeId, userId: u!.id, role: "owner", status: "approved" });
  return u!;
}

async function premiumStoreWithKey(prefix = "api") {
  const store = await createTestStore(owner, prefix);
  await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
  await withTenant(owner, store.id, (tx) => tx.insert(products).values({ tenantId: store.id, handle: `${prefix}-thing`, title: "Thing", priceCents: 250, status: "active" }));
  const creator = await storeOwner(store.id);
  const { token, key } = await createApiKey(app, { storeId: store.id, name: "shop sync", scopes: ["products:read", "orders:read"], createdBy: creator.id });
  return { store, token, key, creator };
}

async function storeWithRequest(prefix: string) {
  const store = await createTestStore(owner, prefix);
  await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
  const [boss, joiner] = await owner
    .insert(users)
    .values([
      { email: `boss-${store.slug}@example.test`, name: "Boss", passwordHash: "x" },
      { email: `joiner-${store.slug}@example.test`, name: "Joiner", passwordHash: "x" },
    ])
    .returning();
  await owner.insert(memberships).values([
    { storeId: store.id, userId: boss!.id, role: "owner", status: "approved" },
    { storeId: store.id, userId: joiner!.id, role: "staff", status: "pending", requestNote: "Hire me" },
  ]);
  const { token } = await createApiKey(app, { storeId: store.id, name: "hr", scopes: ["join_requests:read", "join_requests:write"], createdBy: boss!.id });
  return { store, boss: boss!, joiner: joiner!, token };
}

describe("API authentication and scopes", () => {
  it("answers 401 with a stable code without a key, with a malformed or unknown key", async () => {
    for (const token of [null, "nope", "plz_AAAAAAAAAA_" + "x".repeat(43)]) {
      const res = await call(listStores as Handler, token);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe("unauthorized");
      expect(res.headers.get("www-authenticate")).toBe("Bearer");
    }
  });

  it("refuses a revoked key at once, and records last use", async () => {
    const { key, token } = await createApiKey(app, { storeId: null, name: "temp", scopes: ["stores:read"], createdBy: (await platformAdmin()).id });
    expect((await call(listStores as Handler, token)).status).toBe(200);
    expect(await revokeApiKey(app, null, key.id, null)).toBe(true);
    expect((await call(listStores as Handler, token)).status).toBe(401);
  });

  it("checks scopes: a read-only key cannot suspend; a store key cannot list stores", async () => {
    const { store, token: storeToken } = await premiumStoreWithKey("scope");
    const readOnly = await platformKey(["stores:read"]);
    const res = await call(suspend as Handler, readOnly, { slug: store.slug }, { method: "POST", body: { reason: "x" } });
    expect(res).toMatchObject({ status: 403, body: { error: { code: "insufficient_scope" } } });
    expect((await call(listStores as Handler, storeToken)).status).toBe(403);
    expect((await owner.select().from(stores).where(eq(stores.id, store.id)))[0]?.status).toBe("active");
  });

  it("keeps a store key inside its own store: another store is a 404, whatever the path says", async () => {
    const a = await premiumStoreWithKey("keya");
    const b = await premiumStoreWithKey("keyb");
    const own = await call(listProductsRoute as Handler, a.token, { slug: a.store.slug });
    expect(own.status).toBe(200);
    expect(own.body.data.map((p: { handle: string }) => p.handle)).toEqual(["keya-thing"]);
    const other = await call(listProductsRoute as Handler, a.token, { slug: b.store.slug });
    expect(other).toMatchObject({ status: 404, body: { error: { code: "store_not_found" } } });
  });

  it("answers tampered cursors and out-of-range numbers with 400, never a 500", async () => {
    const { store, token } = await premiumStoreWithKey("cursor");
    const bad = Buffer.from(JSON.stringify({ t: "2024-13-45T99:99:99.000000Z", id: "not-a-uuid" })).toString("base64url");
    expect(await call(listProductsRoute as Handler, token, { slug: store.slug }, { query: `?after=${bad}` })).toMatchObject({ status: 400, body: { error: { code: "validation_failed" } } });
    const { GET: listOrdersRoute } = await import("@/app/api/v1/stores/[slug]/orders/route");
    expect(await call(listOrdersRoute as Handler, token, { slug: store.slug }, { query: "?before=99999999999" })).toMatchObject({ status: 400 });
    expect((await call(listOrdersRoute as Handler, token, { slug: store.slug }, { query: "?before=1001" })).status).toBe(200);
  });

  it("refuses store keys when the plan has no API access", async () => {
    const { store, token } = await premiumStoreWithKey("noapi");
    await owner.update(stores).set({ plan: "basic" }).where(eq(stores.id, store.id));
    expect(await call(listProductsRoute as Handler, token, { slug: store.slug })).toMatchObject({ status: 403, body: { error: { code: "api_not_in_plan" } } });
  });
});

describe("the stores endpoints", () => {
  it("list with filters and cursor pages, get, rename, change plan, suspend and reactivate", async () => {
    const token = await platformKey();
    const store = await createTestStore(owner, "apistore");
    const page1 = await call(listStores as Handler, token, {}, { query: "?limit=2&status=active" });
    expect(page1.status).toBe(200);
    expect(page1.body.data).toHaveLength(2);
    expect(page1.body.next).toEqual(expect.any(String));
    const page2 = await call(listStores as Handler, token, {}, { query: `?limit=2&status=active&after=${page1.body.next}` });
    expect(page2.body.data.map((s: { slug: string }) => s.slug)).not.toContain(page1.body.data[0].slug);
    const found = await call(listStores as Handler, token, {}, { query: `?q=${store.slug}` });
    expect(found.body.data.map((s: { slug: string }) => s.slug)).toEqual([store.slug]);

    expect((await call(getStore as Handler, token, { slug: store.slug })).body).toMatchObject({ slug: store.slug, status: "active", plan: "basic" });
    const renamed = await call(patchStore as Handler, token, { slug: store.slug }, { method: "PATCH", body: { name: "Renamed", plan: "premium" } });
    expect(renamed).toMatchObject({ status: 200, body: { name: "Renamed", plan: "premium" } });

    const suspended = await call(suspend as Handler, token, { slug: store.slug }, { method: "POST", body: { reason: "Chargebacks" } });
    expect(suspended).toMatchObject({ status: 200, body: { status: "suspended", statusReason: "Chargebacks" } });
    expect(await call(suspend as Handler, token, { slug: store.slug }, { method: "POST", body: { reason: "again" } })).toMatchObject({ status: 409, body: { error: { code: "invalid_state" } } });
    expect((await call(reactivate as Handler, token, { slug: store.slug }, { method: "POST", body: {} })).body.status).toBe("active");
  });

  it("answers bad input with field details and changes nothing", async () => {
    const token = await platformKey();
    const store = await createTestStore(owner, "apibad");
    expect(await call(listStores as Handler, token, {}, { query: "?limit=1000" })).toMatchObject({ status: 400, body: { error: { code: "validation_failed" } } });
    expect(await call(listStores as Handler, token, {}, { query: "?after=garbage" })).toMatchObject({ status: 400 });
    const res = await call(patchStore as Handler, token, { slug: store.slug }, { method: "PATCH", body: { plan: "gold" } });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: "plan" });
    expect(await call(suspend as Handler, token, { slug: store.slug }, { method: "POST", body: { reason: "" } })).toMatchObject({ status: 400 });
    expect(await call(getStore as Handler, token, { slug: "no-such-store" })).toMatchObject({ status: 404, body: { error: { code: "store_not_found" } } });
    expect((await owner.select().from(stores).where(eq(stores.id, store.id)))[0]).toMatchObject({ status: "active", plan: "basic" });
  });
});

describe("join requests through the API", () => {
  it("lists, approves with a role, and refuses approving twice", async () => {
    const { store, joiner, token } = await storeWithRequest("jr");
    const list = await call(listJoinRequests as Handler, token, { slug: store.slug });
    expect(list.body.data).toEqual([expect.objectContaining({ userId: joiner.id, note: "Hire me" })]);
    const ok = await call(approveJoin as Handler, token, { slug: store.slug, userId: joiner.id }, { method: "POST", body: { role: "orders" } });
    expect(ok).toMatchObject({ status: 200, body: { ok: true } });
    const [m] = await owner.select().from(memberships).where(and(eq(memberships.storeId, store.id), eq(memberships.userId, joiner.id)));
    expect(m).toMatchObject({ status: "approved", role: "orders" });
    expect(await call(approveJoin as Handler, token, { slug: store.slug, userId: joiner.id }, { method: "POST", body: {} })).toMatchObject({ status: 409, body: { error: { code: "invalid_state" } } });
    expect(await call(approveJoin as Handler, token, { slug: store.slug, userId: joiner.id }, { method: "POST", body: { role: "owner" } })).toMatchObject({ status: 400 });
  });

  it("rejects with a reason; another store's request or a key whose creator lost the role decides nothing", async () => {
    const a = await storeWithRequest("jra");
    const b = await storeWithRequest("jrb");
    // A's key, B's request id, on A's path: not found, nothing changes in B.
    expect(await call(rejectJoin as Handler, a.token, { slug: a.store.slug, userId: b.joiner.id }, { method: "POST", body: { reason: "x" } })).toMatchObject({ status: 404 });
    // A's key on B's path: the store itself is not found.
    expect(await call(rejectJoin as Handler, a.token, { slug: b.store.slug, userId: b.joiner.id }, { method: "POST", body: { reason: "x" } })).toMatchObject({ status: 404, body: { error: { code: "store_not_found" } } });
    const [still] = await owner.select().from(memberships).where(and(eq(memberships.storeId, b.store.id), eq(memberships.userId, b.joiner.id)));
    expect(still?.status).toBe("pending");
    expect(await call(rejectJoin as Handler, b.token, { slug: b.store.slug, userId: b.joiner.id }, { method: "POST", body: {} })).toMatchObject({ status: 400 });

    await owner.update(memberships).set({ role: "staff" }).where(and(eq(memberships.storeId, b.store.id), eq(memberships.userId, b.boss.id)));
    expect(await call(rejectJoin as Handler, b.token, { slug: b.store.slug, userId: b.joiner.id }, { method: "POST", body: { reason: "Full" } })).toMatchObject({ status: 401, body: { error: { code: "unauthorized", message: expect.stringContaining("creator") } } });
    await owner.update(memberships).set({ role: "owner" }).where(and(eq(memberships.storeId, b.store.id), eq(memberships.userId, b.boss.id)));
    expect(await call(rejectJoin as Handler, b.token, { slug: b.store.slug, userId: b.joiner.id }, { method: "POST", body: { reason: "Full" } })).toMatchObject({ status: 200 });
    const [rejected] = await owner.select().from(memberships).where(and(eq(memberships.storeId, b.store.id), eq(memberships.userId, b.joiner.id)));
    expect(rejected).toMatchObject({ status: "rejected", decisionReason: "Full" });
  });
});

describe("a suspended store through the API (issue 10.1)", () => {
  it("refuses a store key's writes with store_not_active and changes nothing; reads still answer", async () => {
    const { store, joiner, token } = await storeWithRequest("jrsus");
    const ops = await platformKey(["stores:write"]);
    expect(await call(suspend as Handler, ops, { slug: store.slug }, { method: "POST", body: { reason: "Chargebacks" } })).toMatchObject({ status: 200 });
    const before = await snapshot(owner, store.id);
    for (const [handler, body] of [[approveJoin, { role: "admin" }], [rejectJoin, { reason: "No" }]] as const) {
      const res = await call(handler as Handler, token, { slug: store.slug, userId: joiner.id }, { method: "POST", body });
      expect(res).toMatchObject({ status: 409, body: { error: { code: "store_not_active", message: expect.stringContaining("suspended") } } });
    }
    expect(await snapshot(owner, store.id)).toEqual(before);
    expect((await call(listJoinRequests as Handler, token, { slug: store.slug })).status).toBe(200);
  });

  it("refuses every non-GET store-key call before the handler runs, whatever the endpoint", async () => {
    const { store, token } = await premiumStoreWithKey("sus3");
    await owner.update(stores).set({ status: "suspended" }).where(eq(stores.id, store.id));
    let ran = 0;
    const anyWrite = apiRoute<{ slug: string }>({ scope: "products:read", store: true }, async () => {
      ran++;
      return Response.json({ ok: true });
    });
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(await call(anyWrite as Handler, token, { slug: store.slug }, { method, body: {} })).toMatchObject({ status: 409, body: { error: { code: "store_not_active" } } });
    }
    expect(ran).toBe(0);
    expect((await call(anyWrite as Handler, token, { slug: store.slug })).status).toBe(200);
  });

  it("the decision itself re-checks the store inside its transaction (a suspension after the route's check still wins)", async () => {
    const { store, boss, joiner } = await storeWithRequest("jrsus2");
    await owner.update(stores).set({ status: "suspended" }).where(eq(stores.id, store.id));
    const before = await snapshot(owner, store.id);
    const result = await decideJoinRequests(app, boss.id, store.id, [joiner.id], { decision: "approve", role: "admin" });
    expect(result).toEqual({ ok: false, error: STORE_READ_ONLY });
    expect(await snapshot(owner, store.id)).toEqual(before);
  });
});

describe("a key lives no longer than its creator's rights (issue 10.2)", () => {
  it("a removed owner's orders:read key stops at once, and removal revokes it", async () => {
    const { store, token, key, creator } = await premiumStoreWithKey("gone");
    const coOwner = await storeOwner(store.id);
    expect((await call(listOrdersRoute as Handler, token, { slug: store.slug })).status).toBe(200);
    expect(await removeMember(app, coOwner.id, store.id, creator.id, "Left")).toMatchObject({ ok: true });
    const res = await call(listOrdersRoute as Handler, token, { slug: store.slug });
    expect(res).toMatchObject({ status: 401, body: { error: { code: "unauthorized", message: expect.stringContaining("revoked") } } });
    const [row] = await owner.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(row!.revokedAt).not.toBeNull();
    expect(await owner.$count(auditLog, and(eq(auditLog.storeId, store.id), eq(auditLog.action, "api_key.revoked"), eq(auditLog.targetId, key.prefix)))).toBe(1);
  });

  it("whatever path takes the right away, the call re-checks it: a demotion by hand, a deleted creator", async () => {
    const { store, token, creator } = await premiumStoreWithKey("demoted");
    // catalog may read products but not orders: the orders:read key dies, though nobody revoked it.
    await owner.update(memberships).set({ role: "catalog" }).where(and(eq(memberships.storeId, store.id), eq(memberships.userId, creator.id)));
    expect(await call(listProductsRoute as Handler, token, { slug: store.slug })).toMatchObject({ status: 401, body: { error: { code: "unauthorized", message: expect.stringContaining("creator") } } });
    await owner.update(memberships).set({ role: "orders" }).where(and(eq(memberships.storeId, store.id), eq(memberships.userId, creator.id)));
    expect((await call(listProductsRoute as Handler, token, { slug: store.slug })).status).toBe(200);
    await owner.delete(memberships).where(eq(memberships.userId, creator.id));
    await owner.delete(users).where(eq(users.id, creator.id));
    expect((await call(listProductsRoute as Handler, token, { slug: store.slug })).status).toBe(401);
  });

  it("a demotion revokes exactly the keys the new role does not cover", async () => {
    const { store, token: wide, creator } = await premiumStoreWithKey("demote2");
    const { token: narrow } = await createApiKey(app, { storeId: store.id, name: "catalog", scopes: ["products:read"], createdBy: creator.id });
    const coOwner = await storeOwner(store.id);
    expect(await changeMemberRole(app, coOwner.id, store.id, creator.id, "catalog")).toMatchObject({ ok: true });
    expect((await call(listProductsRoute as Handler, wide, { slug: store.slug })).status).toBe(401);
    expect((await call(listProductsRoute as Handler, narrow, { slug: store.slug })).status).toBe(200);
    const live = await owner.select().from(apiKeys).where(and(eq(apiKeys.storeId, store.id), isNull(apiKeys.revokedAt)));
    expect(live.map((k) => k.name)).toEqual(["catalog"]);
  });

  it("a platform key stops when its creator is no longer a platform admin", async () => {
    const admin = await platformAdmin();
    const { token } = await createApiKey(app, { storeId: null, name: "ops", scopes: ["stores:read"], createdBy: admin.id });
    expect((await call(listStores as Handler, token)).status).toBe(200);
    await owner.update(users).set({ isPlatformAdmin: false }).where(eq(users.id, admin.id));
    expect(await call(listStores as Handler, token)).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
  });
});

describe("opening a store through the API", () => {
  it("creates an active store with an invited owner; a taken or reserved slug is refused", async () => {
    const [admin] = await owner.insert(users).values({ email: `api-admin-${crypto.randomUUID().slice(0, 6)}@example.test`, name: "Ops", passwordHash: "x", isPlatformAdmin: true }).returning();
    const { token } = await createApiKey(app, { storeId: null, name: "provisioning", scopes: ["stores:write"], createdBy: admin!.id });
    const slug = `api-new-${crypto.randomUUID().slice(0, 6)}`;
    const made = await call(createStoreRoute as Handler, token, {}, { method: "POST", body: { name: "Api Shop", slug, plan: "premium", ownerEmail: `owner-${slug}@example.test` } });
    expect(made).toMatchObject({ status: 201, body: { slug, status: "active", plan: "premium" } });
    expect(await call(createStoreRoute as Handler, token, {}, { method: "POST", body: { name: "Again", slug, ownerEmail: "x@example.test" } })).toMatchObject({ status: 409 });
    const reserved = await call(createStoreRoute as Handler, token, {}, { method: "POST", body: { name: "Admin", slug: "admin", ownerEmail: "x@example.test" } });
    expect(reserved).toMatchObject({ status: 400, body: { error: { details: [{ path: "slug" }] } } });
  });
});

describe("rate limits", () => {
  it("answer 429 with Retry-After past the per-minute limit", async () => {
    const token = await platformKey(["stores:read"]);
    let last = { status: 200, headers: new Headers(), body: {} as { error?: { code: string } } };
    for (let i = 0; i <= PLATFORM_KEY_PER_MINUTE; i++) last = await call(getOpenApiProbe(), token);
    expect(last.status).toBe(429);
    expect(last.body.error?.code).toBe("rate_limited");
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

// The cheapest authenticated endpoint to hammer: GET /stores?limit=1.
function getOpenApiProbe(): Handler {
  return (req, ctx) => (listStores as Handler)(new Request(`${req.url}?limit=1`, req), ctx);
}

describe("the OpenAPI document", () => {
  it("describes every endpoint with schemas generated from the validators", async () => {
    const doc = await getOpenApi().json();
    expect(doc.components.schemas.Error).toBeDefined();
    expect(doc.openapi).toBe("3.0.3");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/stores", "/api/v1/stores/{slug}", "/api/v1/stores/{slug}/suspend"]));
    expect(doc.paths["/api/v1/stores/{slug}"].patch.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/StoreUpdate" });
    expect(doc.components.schemas.StoreUpdate.properties.plan.enum).toEqual(["basic", "premium", "enterprise"]);
    expect(doc.components.schemas.StoreList.properties.data.items).toEqual({ $ref: "#/components/schemas/Store" });
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) expect(doc.components.schemas[r], r).toBeDefined();
    expect(doc.paths["/api/v1/stores"].get.responses["429"].headers["Retry-After"]).toBeDefined();
  });
});
