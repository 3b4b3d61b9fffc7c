import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { and, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api/keys";
import { parseKeyring } from "@/lib/config/crypto";
import { auditLog, platformWebhookDeliveries, platformWebhookEndpoints, users, webhookDeliveries } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { FAILURES_TO_DISABLE } from "@/lib/webhooks/deliver";
import {
  createPlatformEndpoint,
  deletePlatformEndpoint,
  deliverPlatformWebhooks,
  listPlatformDeliveries,
  queuePlatformTestEvent,
  setPlatformEndpointEnabled,
  type PlatformWebhookEvent,
} from "@/lib/webhooks/platform";
import { freePort } from "../support/free-port";
import { apiClient } from "./support/api-client";
import { testKeyring } from "./settings-fixtures";
import { createTestStore, testDatabases } from "./db";

const KEYS = testKeyring();
process.env.CONFIG_ENCRYPTION_KEYS = KEYS;
const keyring = parseKeyring(KEYS);

/*
 * Platform webhooks (decision 0024): endpoints the console registers for
 * store lifecycle and domain events, queued by the database with the change,
 * sent signed by the jobs pass to a real local receiver, retried, disabled
 * after repeated failures. Platform endpoints are global, so each test
 * removes its own, and every assertion looks only at its own store's events.
 */

const { app, owner } = testDatabases();

type Received = { path: string; headers: IncomingHttpHeaders; body: string };
let server: Server;
let base = "";
const received: Received[] = [];
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
      res.writeHead(status).end(status === 200 ? "ok" : "boom");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function admin() {
  const [u] = await owner.insert(users).values({ email: `pw-${randomUUID().slice(0, 8)}@example.test`, name: "Ops", passwordHash: "x", isPlatformAdmin: true }).returning();
  const { token } = await createApiKey(app, { storeId: null, name: "ops", scopes: ["stores:read", "stores:write"], createdBy: u!.id });
  return { user: u!, api: apiClient(token) };
}

/** An endpoint for `events` at its own path; removed by `done()`. */
async function endpoint(events: PlatformWebhookEvent[], userId: string) {
  const path = `/platform/${randomUUID()}`;
  const created = await createPlatformEndpoint(app, keyring, { url: `${base}${path}`, events, description: "test" }, userId);
  if (!created.ok) throw new Error(created.error);
  return { ...created, path, done: () => deletePlatformEndpoint(app, created.endpoint.id, userId) };
}

const pass = (now?: Date) => deliverPlatformWebhooks(app, { keyring, allowPrivateTargets: true, now });
const at = (path: string) => received.filter((r) => r.path === path);

describe("platform webhooks", () => {
  it("sends store lifecycle events, signed, with the change (never in the request), and never to a store's endpoints", async () => {
    const { user, api } = await admin();
    const hook = await endpoint(["store.created", "store.suspended", "store.reactivated"], user.id);
    try {
      const slug = `pwh-${randomUUID().slice(0, 8)}`;
      const created = await api.POST("/api/v1/stores", { body: { name: "Hooked store", slug, plan: "premium", ownerEmail: `${slug}@example.test` } });
      expect(created.response.status).toBe(201);
      await api.POST("/api/v1/stores/{slug}/suspend", { params: { path: { slug } }, body: { reason: "Chargebacks" } });
      expect(at(hook.path)).toHaveLength(0); // queued, not sent in the request
      const queued = await listPlatformDeliveries(app, hook.endpoint.id);
      expect(queued.map((d) => d.eventType).sort()).toEqual(["store.created", "store.suspended"]);

      await pass();
      const got = at(hook.path);
      expect(got).toHaveLength(2);
      const wh = new Webhook(hook.secret);
      const events = got.map((r) => wh.verify(r.body, { "webhook-id": String(r.headers["webhook-id"]), "webhook-timestamp": String(r.headers["webhook-timestamp"]), "webhook-signature": String(r.headers["webhook-signature"]) }) as { type: string; store: { slug: string }; data: Record<string, unknown> });
      const suspended = events.find((e) => e.type === "store.suspended")!;
      expect(suspended).toMatchObject({ store: { slug }, data: { action: "store.suspended", reason: "Chargebacks" } });
      // The owner's email is not the platform receiver's business.
      expect(JSON.stringify(events)).not.toContain(`${slug}@example.test`);
      expect((await listPlatformDeliveries(app, hook.endpoint.id)).every((d) => d.status === "succeeded" && d.responseStatus === 200)).toBe(true);

      // The store's own webhook tables got nothing from the platform's endpoint.
      const storeId = (await owner.query.stores.findFirst({ where: (s, { eq: e }) => e(s.slug, slug) }))!.id;
      expect(await withTenant(owner, storeId, (tx) => tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.tenantId, storeId)))).toHaveLength(0);
    } finally {
      await hook.done();
    }
  });

  it("retries after a 500, then disables the endpoint after repeated failures with an audit entry; a disabled endpoint gets only test events", async () => {
    const { user, api } = await admin();
    const hook = await endpoint(["store.suspended", "store.reactivated"], user.id);
    try {
      const store = await createTestStore(owner, "pwr");
      answers.set(hook.path, [500]);
      await api.POST("/api/v1/stores/{slug}/suspend", { params: { path: { slug: store.slug } }, body: { reason: "Review" } });
      const t0 = new Date();
      await pass(t0);
      let [d] = await listPlatformDeliveries(app, hook.endpoint.id);
      expect(d).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500, error: "The receiver answered 500." });
      await pass(new Date(t0.getTime() + 61_000));
      [d] = await listPlatformDeliveries(app, hook.endpoint.id);
      expect(d).toMatchObject({ status: "succeeded", attempts: 2, responseStatus: 200 });
      const [first, second] = at(hook.path);
      expect(second!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);

      answers.set(hook.path, Array(100).fill(503));
      await api.POST("/api/v1/stores/{slug}/reactivate", { params: { path: { slug: store.slug } }, body: {} });
      await api.POST("/api/v1/stores/{slug}/suspend", { params: { path: { slug: store.slug } }, body: { reason: "Again" } });
      await api.POST("/api/v1/stores/{slug}/reactivate", { params: { path: { slug: store.slug } }, body: {} });
      let now = Date.now();
      for (let i = 0; i < 8; i++) {
        await pass(new Date(now));
        now += 7 * 3600_000;
      }
      const [ep] = await owner.select().from(platformWebhookEndpoints).where(eq(platformWebhookEndpoints.id, hook.endpoint.id));
      expect(ep).toMatchObject({ status: "disabled", consecutiveFailures: FAILURES_TO_DISABLE });
      expect(ep!.disabledReason).toMatch(/15 failed deliveries in a row/);
      const audit = await owner.select().from(auditLog).where(and(eq(auditLog.action, "platform_webhook.disabled"), eq(auditLog.targetId, hook.endpoint.id)));
      expect(audit).toHaveLength(1);

      // Disabled: a new event is queued nowhere; a test event is still sent.
      const before = at(hook.path).length;
      answers.set(hook.path, []);
      const queuedBefore = (await listPlatformDeliveries(app, hook.endpoint.id, 100)).length;
      await api.POST("/api/v1/stores/{slug}/suspend", { params: { path: { slug: store.slug } }, body: { reason: "Third" } });
      expect((await listPlatformDeliveries(app, hook.endpoint.id, 100)).length).toBe(queuedBefore);
      const test = await queuePlatformTestEvent(app, hook.endpoint.id, user.id);
      expect(test).toMatchObject({ eventType: "webhook.test", status: "pending" });
      await pass(new Date(now));
      expect(at(hook.path).length).toBe(before + 1);
      expect(JSON.parse(at(hook.path).at(-1)!.body)).toMatchObject({ type: "webhook.test" });

      const back = await setPlatformEndpointEnabled(app, hook.endpoint.id, true, user.id);
      expect(back).toMatchObject({ status: "enabled", consecutiveFailures: 0, disabledReason: null });
    } finally {
      await hook.done();
    }
  });

  it("an endpoint only gets the events it chose; a deleted endpoint takes its log with it", async () => {
    const { user, api } = await admin();
    const hook = await endpoint(["store.reactivated"], user.id);
    const store = await createTestStore(owner, "pwe");
    await api.POST("/api/v1/stores/{slug}/suspend", { params: { path: { slug: store.slug } }, body: { reason: "Not subscribed" } });
    expect(await listPlatformDeliveries(app, hook.endpoint.id)).toHaveLength(0);
    await api.POST("/api/v1/stores/{slug}/reactivate", { params: { path: { slug: store.slug } }, body: {} });
    expect((await listPlatformDeliveries(app, hook.endpoint.id)).map((d) => d.eventType)).toEqual(["store.reactivated"]);
    expect(await hook.done()).toBe(true);
    expect(await owner.select().from(platformWebhookDeliveries).where(eq(platformWebhookDeliveries.endpointId, hook.endpoint.id))).toHaveLength(0);
  });
});
