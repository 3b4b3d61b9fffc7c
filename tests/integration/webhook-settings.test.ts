import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { idle } from "@/lib/actions/result";
import { webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { freePort } from "../support/free-port";
import { testDatabases } from "./db";
import { actAs, form, settingsStore, testKeyring } from "./settings-fixtures";

/*
 * The Webhooks settings page's actions: owners add, test, disable and delete
 * endpoints of their own store only; the test event is sent after the
 * answer (next/server's `after`, captured here), never during the click.
 */

const queued = vi.hoisted(() => [] as Array<() => Promise<void>>);
// The session's user id is the mocked user's (the dashboard's cached lookup asks for it).
vi.mock("@/lib/auth/session", () => {
  const currentUser = vi.fn();
  return { currentUser, sessionClaim: async () => {
    const user = (await currentUser()) as { id: string } | null;
    return user ? { userId: user.id, sessionVersion: 0 } : null;
  } };
});
vi.mock("@/lib/tenancy/request-store", () => ({ requestStoreSlug: vi.fn() }));
vi.mock("next/server", async (orig) => ({ ...(await orig<typeof import("next/server")>()), after: (fn: () => Promise<void>) => queued.push(fn) }));
process.env.CONFIG_ENCRYPTION_KEYS = testKeyring();
process.env.PLAZA_WEBHOOKS_ALLOW_PRIVATE = "1";

const { createWebhookAction, deleteWebhookAction, sendTestWebhookAction, setWebhookEnabledAction } = await import("@/app/d/[store]/(app)/settings/webhooks/actions");
const { owner } = testDatabases();

const endpointsOf = (storeId: string) => withTenant(owner, storeId, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, storeId)));
const deliveriesOf = (storeId: string) => withTenant(owner, storeId, (tx) => tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.tenantId, storeId)));

describe("settings: webhook actions", () => {
  it("the owner adds an endpoint (secret shown once), sends a test event after the answer, disables and deletes it", async () => {
    const a = await settingsStore(owner);
    actAs(a.owner, a.store.slug);
    const url = `http://127.0.0.1:${await freePort()}/hook`; // nobody listens: the delivery fails to connect
    const created = await createWebhookAction(idle, form({ url, events: ["order.paid", "order.created"] }));
    expect(created).toMatchObject({ ok: true, data: { secret: expect.stringMatching(/^whsec_/) } });
    const [ep] = await endpointsOf(a.store.id);
    expect(ep).toMatchObject({ url, events: ["order.paid", "order.created"], status: "enabled" });
    expect(ep!.sealedSecret).not.toContain((created as { data: { secret: string } }).data.secret.slice(6));

    queued.length = 0;
    expect(await sendTestWebhookAction(idle, form({ endpointId: ep!.id }))).toMatchObject({ ok: true });
    expect((await deliveriesOf(a.store.id)).map((d) => [d.eventType, d.attempts])).toEqual([["webhook.test", 0]]);
    expect(queued).toHaveLength(1);
    await queued[0]!();
    const [d] = await deliveriesOf(a.store.id);
    expect(d).toMatchObject({ attempts: 1, status: "pending", responseStatus: null, error: expect.stringContaining("Could not connect") });

    expect(await setWebhookEnabledAction(idle, form({ endpointId: ep!.id, enabled: "false" }))).toMatchObject({ ok: true, message: "Endpoint disabled." });
    expect((await endpointsOf(a.store.id))[0]?.status).toBe("disabled");
    expect(await deleteWebhookAction(idle, form({ endpointId: ep!.id }))).toMatchObject({ ok: true });
    expect(await endpointsOf(a.store.id)).toEqual([]);
  });

  it("another store's owner, an admin and a bad URL change nothing", async () => {
    const a = await settingsStore(owner);
    const b = await settingsStore(owner);
    actAs(a.owner, a.store.slug);
    await createWebhookAction(idle, form({ url: "http://127.0.0.1:9/hook", events: ["order.paid"] }));
    const [ep] = await endpointsOf(a.store.id);
    actAs(b.owner, b.store.slug);
    expect(await deleteWebhookAction(idle, form({ endpointId: ep!.id }))).toMatchObject({ ok: false, error: expect.stringContaining("does not belong") });
    expect(await sendTestWebhookAction(idle, form({ endpointId: ep!.id }))).toMatchObject({ ok: false });
    actAs(a.admin, a.store.slug);
    expect(await deleteWebhookAction(idle, form({ endpointId: ep!.id }))).toMatchObject({ ok: false, error: "Your role does not allow this." });
    actAs(a.owner, a.store.slug);
    expect(await createWebhookAction(idle, form({ url: "ftp://example.test/x", events: ["order.paid"] }))).toMatchObject({ ok: false, fieldErrors: { url: expect.any(Array) } });
    expect(await createWebhookAction(idle, form({ url: "https://example.test/x" }))).toMatchObject({ ok: false, fieldErrors: { events: ["Choose at least one event."] } });
    expect(await endpointsOf(a.store.id)).toHaveLength(1);
    expect(await deliveriesOf(a.store.id)).toEqual([]);
  });
});
