import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api/keys";
import { parseKeyring } from "@/lib/config/crypto";
import { memberships, stores, users, webhookDeliveries } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { isPrivateAddress, pinTarget, postPinned, type Resolve } from "@/lib/webhooks/target";
import { freePort } from "../support/free-port";
import { apiClient } from "./support/api-client";
import { testKeyring } from "./settings-fixtures";
import { createTestStore, testDatabases } from "./db";

const KEYS = testKeyring();
process.env.CONFIG_ENCRYPTION_KEYS = KEYS;
// Registration here names hosts only the test's resolver knows; the send-time check is what is tested.
process.env.PLAZA_WEBHOOKS_ALLOW_PRIVATE = "1";
const keyring = parseKeyring(KEYS);

/*
 * DNS-rebinding-safe delivery (decision 0024): a host is resolved once, every
 * answer checked, and the connection made to the checked address, with the
 * host name kept for the Host header (and TLS). The resolver is the test's
 * (a rebinding DNS server answers differently the second time); the receiver
 * is a real HTTP server on loopback.
 */

const { app, owner } = testDatabases();

let server: Server;
let port = 0;
const received: Array<{ path: string; headers: IncomingHttpHeaders }> = [];

beforeAll(async () => {
  port = await freePort();
  server = createServer((req, res) => {
    received.push({ path: req.url ?? "/", headers: req.headers });
    req.resume();
    req.on("end", () => res.writeHead(200).end("ok"));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const at = (path: string) => received.filter((r) => r.path === path);

/** A resolver that answers `first` once, then `later` (a rebinding DNS server), counting its calls. */
function rebinding(first: string[], later: string[]) {
  let calls = 0;
  const resolve: Resolve = async () => (calls++ === 0 ? first : later);
  return { resolve, calls: () => calls };
}

describe("pinned webhook targets", () => {
  it("connects to the address it resolved, naming the host in the request", async () => {
    const path = `/pin/${randomUUID()}`;
    const url = `http://hooks.example.test:${port}${path}`;
    const pinned = await pinTarget(url, true, async () => ["127.0.0.1"]);
    expect(pinned).toMatchObject({ ok: true, address: "127.0.0.1", family: 4 });
    const result = await postPinned(url, pinned as Extract<typeof pinned, { ok: true }>, { "content-type": "application/json" }, "{}", 5_000);
    expect(result).toEqual({ status: 200, body: "ok", error: null });
    expect(at(path).map((r) => r.headers.host)).toEqual([`hooks.example.test:${port}`]);
  });

  it("never asks DNS twice: a name that rebinds to loopback after the check is not followed there", async () => {
    const path = `/rebind/${randomUUID()}`;
    const url = `http://rebind.example.test:${port}${path}`;
    // 192.0.2.0/24 is TEST-NET-1: public by the check, reaches nothing here.
    const dns = rebinding(["192.0.2.10"], ["127.0.0.1"]);
    const pinned = await pinTarget(url, false, dns.resolve);
    expect(pinned).toMatchObject({ ok: true, address: "192.0.2.10" });
    const result = await postPinned(url, pinned as Extract<typeof pinned, { ok: true }>, {}, "{}", 500);
    expect(result.status).toBeNull();
    expect(result.error).toMatch(/No answer within|Could not connect/);
    expect(dns.calls()).toBe(1);
    expect(at(path)).toHaveLength(0);
  });

  it("refuses a name with any internal answer, an IP literal inside, and other schemes", async () => {
    expect(await pinTarget("https://mixed.example.test/x", false, async () => ["93.184.215.14", "10.0.0.5"])).toEqual({ ok: false, error: expect.stringContaining("internal address") });
    expect(await pinTarget("http://[::ffff:127.0.0.1]:8080/x", false)).toEqual({ ok: false, error: expect.stringContaining("internal address") });
    expect(await pinTarget("http://169.254.169.254/latest/meta-data", false)).toEqual({ ok: false, error: expect.stringContaining("internal address") });
    for (const ip of ["127.0.0.1", "10.1.2.3", "172.31.0.1", "192.168.1.1", "100.64.0.1", "169.254.169.254", "0.0.0.0", "224.0.0.1", "::1", "::", "fd00::1", "fe80::1", "::ffff:10.0.0.1", "::ffff:a00:1", "0:0:0:0:0:ffff:7f00:1"]) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:5db8:d70e"]) expect(isPrivateAddress(ip), ip).toBe(false);
    expect(await pinTarget("ftp://files.example.test/x", false)).toEqual({ ok: false, error: "Webhooks go to http or https URLs only." });
    expect(await pinTarget("https://nowhere.example.test/x", false, async () => [])).toEqual({ ok: false, error: "The host nowhere.example.test does not resolve." });
  });

  it("the jobs pass delivers through the pinned address, and refuses it at send time when it resolves inside", async () => {
    const store = await createTestStore(owner, "wt");
    await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
    const [boss] = await owner.insert(users).values({ email: `wt-${randomUUID().slice(0, 8)}@example.test`, name: "Boss", passwordHash: "x" }).returning();
    await owner.insert(memberships).values({ storeId: store.id, userId: boss!.id, role: "owner", status: "approved" });
    const api = apiClient((await createApiKey(app, { storeId: store.id, name: "hooks", scopes: ["webhooks:read", "webhooks:write"], createdBy: boss!.id })).token);
    const path = `/job/${store.slug}`;
    const created = await api.POST("/api/v1/stores/{slug}/webhooks", { params: { path: { slug: store.slug } }, body: { url: `http://receiver.example.test:${port}${path}`, events: ["order.created"] } });
    const endpointId = created.data!.endpoint.id;
    const sendTest = () => api.POST("/api/v1/stores/{slug}/webhooks/{endpointId}/test", { params: { path: { slug: store.slug, endpointId } } });
    const log = () => withTenant(owner, store.id, (tx) => tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.tenantId, store.id)).orderBy(webhookDeliveries.createdAt));

    // Resolving to loopback: refused when private targets are not allowed, with the reason in the log.
    await sendTest();
    await deliverDueWebhooks(app, { keyring, storeId: store.id, allowPrivateTargets: false, resolve: async () => ["127.0.0.1"] });
    expect(at(path)).toHaveLength(0);
    expect((await log())[0]).toMatchObject({ responseStatus: null, error: expect.stringContaining("internal address") });

    // Allowed (a receiver on this machine): the connection goes to the resolver's address.
    await sendTest();
    await deliverDueWebhooks(app, { keyring, storeId: store.id, allowPrivateTargets: true, resolve: async () => ["127.0.0.1"] });
    expect(at(path)).toHaveLength(1);
    expect(at(path)[0]!.headers.host).toBe(`receiver.example.test:${port}`);
    expect((await log()).filter((d) => d.status === "succeeded")).toHaveLength(1);
  });
});
