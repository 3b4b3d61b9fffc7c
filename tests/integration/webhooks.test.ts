import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { and, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api/keys";
import { parseKeyring } from "@/lib/config/crypto";
import { auditLog, mailOutbox, memberships, stores, users, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { deliverDueWebhooks, FAILURES_TO_DISABLE } from "@/lib/webhooks/deliver";
import { freePort } from "../support/free-port";
import { apiClient } from "./support/api-client";
import { testKeyring } from "./settings-fixtures";
import { cartWith, checkout, checkoutForm, createProduct } from "./commerce-fixtures";
import { createTestStore, testDatabases } from "./db";

const KEYS = testKeyring();
process.env.CONFIG_ENCRYPTION_KEYS = KEYS;
// The receiver runs on loopback; production refuses internal addresses (a test below).
process.env.PLAZA_WEBHOOKS_ALLOW_PRIVATE = "1";
const keyring = parseKeyring(KEYS);

/*
 * Outbound webhooks end to end: endpoints registered through the API, events
 * queued by the database with the change, sent by the jobs pass to a real
 * HTTP receiver that verifies the signature (with the Standard Webhooks
 * library and by hand), retried after a 500, never sent to another store.
 */

const { app, owner } = testDatabases();

type Received = { path: string; headers: IncomingHttpHeaders; body: string };
let server: Server;
let base = "";
const received: Received[] = [];
/** Status codes to answer, per path, in order; 200 once a path's list is empty. */
const answers = new Map<string, number[]>();

beforeAll(async () => {
  const port = await freePort();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const status = answers.get(path)?.shift() ?? 200;
      res.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "thanks" : "boom");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function storeWithHook(prefix: string, events: string[]) {
  const store = await createTestStore(owner, prefix);
  await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
  const [boss] = await owner.insert(users).values({ email: `boss-${randomUUID().slice(0, 8)}@example.test`, name: "Boss", passwordHash: "x" }).returning();
  await owner.insert(memberships).values({ storeId: store.id, userId: boss!.id, role: "owner", status: "approved" });
  const { token } = await createApiKey(app, { storeId: store.id, name: "hooks", scopes: ["webhooks:read", "webhooks:write", "products:write", "products:read"], createdBy: boss!.id });
  const api = apiClient(token);
  const path = `/hook/${store.slug}`;
  const created = await api.POST("/api/v1/stores/{slug}/webhooks", { params: { path: { slug: store.slug } }, body: { url: `${base}${path}`, events: events as never } });
  expect(created.response.status).toBe(201);
  return { store, api, path, endpoint: created.data!.endpoint, secret: created.data!.secret };
}

const pass = (now?: Date) => deliverDueWebhooks(app, { keyring, allowPrivateTargets: true, now });
const at = (path: string) => received.filter((r) => r.path === path);
const deliveriesOf = (storeId: string) => withTenant(owner, storeId, (tx) => tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.tenantId, storeId)).orderBy(webhookDeliveries.createdAt));

/** The receiver's own check, by hand: HMAC-SHA256 over "id.timestamp.body" with the secret's bytes. */
function signatureOk(secret: string, r: Received): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${r.headers["webhook-id"]}.${r.headers["webhook-timestamp"]}.${r.body}`).digest("base64");
  return String(r.headers["webhook-signature"]).split(" ").includes(`v1,${expected}`);
}

describe("outbound webhooks", () => {
  it("queues with the change (never in the request), sends signed deliveries, and only to the store's own endpoints", async () => {
    const a = await storeWithHook("wha", ["product.changed"]);
    const b = await storeWithHook("whb", ["product.changed"]);
    const made = await a.api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: a.store.slug } }, body: { title: "Hooked mug", priceCents: 900, stock: 3, status: "active" } });
    expect(made.response.status).toBe(201);
    // The request answered before anything was sent: the delivery waits in the outbox.
    expect(at(a.path)).toEqual([]);
    expect((await deliveriesOf(a.store.id)).map((d) => [d.eventType, d.status])).toEqual([["product.changed", "pending"]]);

    await pass();
    const [got] = at(a.path);
    expect(got).toBeDefined();
    const event = new Webhook(a.secret).verify(got!.body, got!.headers as Record<string, string>) as { type: string; store: { slug: string }; data: { id: string; action: string } };
    expect(event).toMatchObject({ type: "product.changed", store: { slug: a.store.slug }, data: { id: made.data!.id, action: "product.created" } });
    expect(signatureOk(a.secret, got!)).toBe(true);
    // Another endpoint's secret does not verify it.
    expect(signatureOk(b.secret, got!)).toBe(false);
    expect(() => new Webhook(b.secret).verify(got!.body, got!.headers as Record<string, string>)).toThrow();
    // Nothing reached B: its endpoint subscribes to the same event type, but the event was A's.
    expect(at(b.path)).toEqual([]);
    expect(await deliveriesOf(b.store.id)).toEqual([]);
    // A's transaction sees none of B's rows (RLS), whatever the where clause says.
    expect(await withTenant(app, a.store.id, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, b.store.id)))).toEqual([]);

    const log = await a.api.GET("/api/v1/stores/{slug}/webhooks/{endpointId}/deliveries", { params: { path: { slug: a.store.slug, endpointId: a.endpoint.id } } });
    expect(log.data?.data).toEqual([expect.objectContaining({ eventType: "product.changed", status: "succeeded", responseStatus: 200, attempts: 1 })]);
    // B's key cannot read A's endpoint or its log.
    expect((await b.api.GET("/api/v1/stores/{slug}/webhooks/{endpointId}/deliveries", { params: { path: { slug: b.store.slug, endpointId: a.endpoint.id } } })).error?.error.code).toBe("not_found");
    expect((await b.api.GET("/api/v1/stores/{slug}/webhooks", { params: { path: { slug: a.store.slug } } })).error?.error.code).toBe("store_not_found");
  });

  it("retries after a 500 with backoff, keeping the same event id, and logs each answer", async () => {
    const a = await storeWithHook("whr", ["product.changed"]);
    answers.set(a.path, [500]);
    await a.api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: a.store.slug } }, body: { title: "Retry mug", priceCents: 900, stock: 3, status: "active" } });
    const t0 = new Date();
    await pass(t0);
    let [d] = await deliveriesOf(a.store.id);
    expect(d).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500, error: "The receiver answered 500." });
    expect(d!.nextAttemptAt.getTime() - t0.getTime()).toBe(60_000);
    // Not due yet: a pass now sends nothing.
    await pass(new Date(t0.getTime() + 30_000));
    expect(at(a.path)).toHaveLength(1);
    await pass(new Date(t0.getTime() + 61_000));
    [d] = await deliveriesOf(a.store.id);
    expect(d).toMatchObject({ status: "succeeded", attempts: 2, responseStatus: 200, error: null });
    const [first, second] = at(a.path);
    expect(second!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    expect(signatureOk(a.secret, second!)).toBe(true);
  });

  it("disables an endpoint after repeated failures, with an audit entry and a mail to the owners; a member re-enables it", async () => {
    const a = await storeWithHook("whd", ["product.changed"]);
    answers.set(a.path, Array(100).fill(503));
    for (const title of ["One", "Two", "Three"]) {
      await a.api.POST("/api/v1/stores/{slug}/products", { params: { path: { slug: a.store.slug } }, body: { title, priceCents: 100, stock: 1, status: "draft" } });
    }
    let now = Date.now();
    for (let i = 0; i < 8; i++) {
      await pass(new Date(now));
      now += 7 * 3600_000;
    }
    const [ep] = await withTenant(owner, a.store.id, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, a.endpoint.id)));
    expect(ep).toMatchObject({ status: "disabled", consecutiveFailures: FAILURES_TO_DISABLE });
    expect(ep!.disabledReason).toMatch(/15 failed deliveries in a row/);
    expect(at(a.path)).toHaveLength(FAILURES_TO_DISABLE);
    const audit = await owner.select().from(auditLog).where(and(eq(auditLog.storeId, a.store.id), eq(auditLog.action, "webhook.disabled")));
    expect(audit).toHaveLength(1);
    const mail = await owner.select().from(mailOutbox).where(and(eq(mailOutbox.storeId, a.store.id), eq(mailOutbox.kind, "webhook.disabled")));
    expect(mail).toHaveLength(1);
    const shown = await a.api.GET("/api/v1/stores/{slug}/webhooks/{endpointId}", { params: { path: { slug: a.store.slug, endpointId: a.endpoint.id } } });
    expect(shown.data).toMatchObject({ status: "disabled", disabledReason: expect.stringContaining("failed deliveries") });
    const back = await a.api.PATCH("/api/v1/stores/{slug}/webhooks/{endpointId}", { params: { path: { slug: a.store.slug, endpointId: a.endpoint.id } }, body: { enabled: true } });
    expect(back.data).toMatchObject({ status: "enabled", consecutiveFailures: 0, disabledReason: null });
  });

  it("sends a test event on request; refuses internal addresses unless allowed; the wrong scope and a suspended store are refused", async () => {
    const a = await storeWithHook("wht", ["order.paid"]);
    const queued = await a.api.POST("/api/v1/stores/{slug}/webhooks/{endpointId}/test", { params: { path: { slug: a.store.slug, endpointId: a.endpoint.id } } });
    expect(queued.response.status).toBe(202);
    expect(queued.data).toMatchObject({ eventType: "webhook.test", status: "pending" });
    await deliverDueWebhooks(app, { keyring, storeId: a.store.id, allowPrivateTargets: false });
    let [d] = await deliveriesOf(a.store.id);
    expect(d?.error).toMatch(/internal address/);
    expect(at(a.path)).toEqual([]);
    await pass(new Date(Date.now() + 61_000));
    [d] = await deliveriesOf(a.store.id);
    expect(d?.status).toBe("succeeded");
    expect(JSON.parse(at(a.path)[0]!.body)).toMatchObject({ type: "webhook.test" });

    const readOnly = await createApiKey(app, { storeId: a.store.id, name: "ro", scopes: ["webhooks:read"], createdBy: (await owner.select().from(memberships).where(eq(memberships.storeId, a.store.id)))[0]!.userId });
    const refused = await apiClient(readOnly.token).POST("/api/v1/stores/{slug}/webhooks/{endpointId}/test", { params: { path: { slug: a.store.slug, endpointId: a.endpoint.id } } });
    expect(refused.error?.error.code).toBe("insufficient_scope");
    await owner.update(stores).set({ status: "suspended" }).where(eq(stores.id, a.store.id));
    const frozen = await a.api.POST("/api/v1/stores/{slug}/webhooks", { params: { path: { slug: a.store.slug } }, body: { url: `${base}/x`, events: ["order.paid"] } });
    expect(frozen.error?.error.code).toBe("store_not_active");
    expect(await withTenant(owner, a.store.id, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, a.store.id)))).toHaveLength(1);
  });

  it("a suspension by the platform is delivered to the store's endpoint (events from withPlatform changes too)", async () => {
    const a = await storeWithHook("whs", ["store.suspended"]);
    const [admin] = await owner.insert(users).values({ email: `ops-${randomUUID().slice(0, 8)}@example.test`, name: "Ops", passwordHash: "x", isPlatformAdmin: true }).returning();
    const ops = apiClient((await createApiKey(app, { storeId: null, name: "ops", scopes: ["stores:write"], createdBy: admin!.id })).token);
    expect((await ops.POST("/api/v1/stores/{slug}/suspend", { params: { path: { slug: a.store.slug } }, body: { reason: "Chargebacks" } })).response.status).toBe(200);
    await pass();
    const [got] = at(a.path);
    expect(JSON.parse(got!.body)).toMatchObject({ type: "store.suspended", data: { reason: "Chargebacks" } });
  });

  it("order.created goes with the order to an endpoint that wants it, and to no endpoint that does not (migration 0031 asks first)", async () => {
    const wants = await storeWithHook("who", ["order.created"]);
    const other = await storeWithHook("whp", ["order.paid"]);
    const off = await storeWithHook("whd", ["order.created"]);
    await withTenant(owner, off.store.id, (tx) => tx.update(webhookEndpoints).set({ status: "disabled" }).where(eq(webhookEndpoints.tenantId, off.store.id)));
    const place = async (store: typeof wants.store) => {
      const product = await createProduct(owner, store.id, { stock: 5 });
      const placed = await checkout(app, store, await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]), checkoutForm());
      if (!placed.ok) throw new Error(placed.message);
      return placed;
    };
    const order = await place(wants.store);
    await place(other.store);
    await place(off.store);
    const [delivery, ...more] = await deliveriesOf(wants.store.id);
    expect(more).toEqual([]);
    expect(delivery).toMatchObject({ eventType: "order.created", status: "pending", endpointId: wants.endpoint.id });
    expect(delivery!.payload).toMatchObject({ type: "order.created", store: { id: wants.store.id, slug: wants.store.slug }, data: { object: "order", id: order.orderId, number: order.number, totalCents: 1000 } });
    expect(await deliveriesOf(other.store.id)).toEqual([]);
    expect(await deliveriesOf(off.store.id)).toEqual([]);
  });
});

describe("the jobs pass's clean-up of API records", () => {
  it("drops idempotency keys past 24 h and settled deliveries past 30 days, keeps the rest", async () => {
    const { sweepApiRecords } = await import("@/lib/api/sweep");
    const { apiIdempotency } = await import("@/lib/db/schema");
    const a = await storeWithHook("swp", ["product.changed"]);
    const old = new Date(Date.now() - 31 * 86_400_000);
    await withTenant(owner, a.store.id, async (tx) => {
      await tx.insert(apiIdempotency).values([
        { tenantId: a.store.id, apiKeyId: randomUUID(), key: "old", fingerprint: "f", status: 201, body: "{}", createdAt: new Date(Date.now() - 25 * 3600_000) },
        { tenantId: a.store.id, apiKeyId: randomUUID(), key: "new", fingerprint: "f", status: 201, body: "{}" },
      ]);
      const base = { tenantId: a.store.id, endpointId: a.endpoint.id, eventType: "product.changed", payload: {} };
      await tx.insert(webhookDeliveries).values([
        { ...base, eventId: randomUUID(), status: "succeeded", createdAt: old },
        { ...base, eventId: randomUUID(), status: "pending", createdAt: old, nextAttemptAt: new Date(Date.now() + 86_400_000) },
        { ...base, eventId: randomUUID(), status: "failed" },
      ]);
    });
    await sweepApiRecords(app);
    const keys = await withTenant(owner, a.store.id, (tx) => tx.select().from(apiIdempotency).where(eq(apiIdempotency.tenantId, a.store.id)));
    expect(keys.map((k) => k.key)).toEqual(["new"]);
    expect((await deliveriesOf(a.store.id)).map((d) => d.status).sort()).toEqual(["failed", "pending"]);
  });
});
