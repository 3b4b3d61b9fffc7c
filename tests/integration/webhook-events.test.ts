import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api/keys";
import { WEBHOOK_EVENTS } from "@/lib/api/schemas";
import type { Database } from "@/lib/db/connect";
import { mailOutbox, masterProducts, memberships, storeDomains, stores, users, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { addDomain, recheckDomains, verifyDomain } from "@/lib/domains/domains";
import { FAILED_CHECKS_BEFORE_MISCONFIGURED, TXT_PREFIX, type DnsResolver } from "@/lib/domains/verification";
import { decideJoinRequests } from "@/lib/stores/join-requests";
import { reactivateStore, suspendStore } from "@/lib/stores/lifecycle";
import { acceptInvite, inviteMember } from "@/lib/stores/invites";
import { apiClient } from "./support/api-client";
import { scratchDatabase } from "./support/scratch-database";
import { createTestStore, testDatabases } from "./db";

/*
 * Every store event of issue 16 §5 is queued by the change that causes it,
 * whichever path makes the change: the audit trigger (drizzle/0016, 0024)
 * turns audit actions into deliveries, so this file makes each change through
 * the real domain function (or the API) and reads the queued deliveries of an
 * endpoint that chose every event. The jobs pass sending them, signed, is
 * tests/integration/webhooks.test.ts.
 */

const { app, owner } = testDatabases();
const uid = () => randomUUID().slice(0, 8);

/** A premium store, its owner and an enabled endpoint subscribed to every store event (a row: its secret is never used here). */
async function storeWithEndpoint(database: Database, prefix: string) {
  const store = await createTestStore(database as never, prefix);
  await database.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
  const [boss] = await database.insert(users).values({ email: `boss-${uid()}@example.test`, name: "Boss", passwordHash: "x" }).returning();
  await database.insert(memberships).values({ storeId: store.id, userId: boss!.id, role: "owner", status: "approved" });
  await withTenant(database, store.id, (tx) => tx.insert(webhookEndpoints).values({ tenantId: store.id, url: "https://hooks.example.com/all", events: [...WEBHOOK_EVENTS], sealedSecret: "unused" }));
  return { store, boss: boss! };
}

const queued = (database: Database, storeId: string) =>
  withTenant(database, storeId, (tx) => tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.tenantId, storeId)).orderBy(webhookDeliveries.createdAt));
const types = async (database: Database, storeId: string) => (await queued(database, storeId)).map((d) => d.eventType);

describe("store webhook events are queued by the change, whatever path makes it", () => {
  it("member.joined from an approved join request and from an accepted invitation; member.removed from a removal", async () => {
    const { store, boss } = await storeWithEndpoint(owner, "wev");
    const [asker] = await owner.insert(users).values({ email: `asker-${uid()}@example.test`, name: "Asker", passwordHash: "x" }).returning();
    await owner.insert(memberships).values({ storeId: store.id, userId: asker!.id, role: "staff", status: "pending" });
    expect(await decideJoinRequests(app, boss.id, store.id, [asker!.id], { decision: "approve", role: "orders" })).toMatchObject({ ok: true });

    const invitee = `invitee-${uid()}@example.test`;
    expect(await inviteMember(app, boss, store.id, { email: invitee, role: "catalog" })).toMatchObject({ ok: true });
    const [mail] = await owner.select().from(mailOutbox).where(and(eq(mailOutbox.storeId, store.id), eq(mailOutbox.kind, "store.invite")));
    const token = /\/invite\?token=([A-Za-z0-9_-]+)/.exec(mail!.body)![1]!;
    const accepted = await acceptInvite(app, token, { account: { name: "Invitee", passwordHash: "fixture-hash" } });
    expect(accepted).toMatchObject({ ok: true });

    const api = apiClient((await createApiKey(app, { storeId: store.id, name: "m", scopes: ["members:write"], createdBy: boss.id })).token);
    expect((await api.DELETE("/api/v1/stores/{slug}/members/{userId}", { params: { path: { slug: store.slug, userId: asker!.id } } })).data?.ok).toBe(true);

    const deliveries = await queued(owner, store.id);
    expect(deliveries.map((d) => d.eventType)).toEqual(["member.joined", "member.joined", "member.removed"]);
    const [approved, invited, removed] = deliveries.map((d) => d.payload as { data: Record<string, unknown> });
    expect(approved!.data).toMatchObject({ action: "join_request.approved", id: asker!.id, role: "orders" });
    expect(invited!.data).toMatchObject({ action: "member.invite_accepted", email: invitee, role: "catalog" });
    expect(removed!.data).toMatchObject({ action: "membership.removed", id: asker!.id });
  });

  it("store.suspended and store.reactivated from the lifecycle functions (the console's and the API's path)", async () => {
    const { store } = await storeWithEndpoint(owner, "wes");
    expect(await suspendStore(app, store.id, "Unpaid invoices", { userId: null })).toMatchObject({ ok: true });
    expect(await reactivateStore(app, store.id, null, { userId: null })).toMatchObject({ ok: true });
    const deliveries = await queued(owner, store.id);
    expect(deliveries.map((d) => d.eventType)).toEqual(["store.suspended", "store.reactivated"]);
    expect((deliveries[0]!.payload as { data: { reason: string } }).data.reason).toBe("Unpaid invoices");
  });

  it("product.changed once for a master-catalogue opt-in (it makes its product with createProduct) and for the opt-out", async () => {
    const { store, boss } = await storeWithEndpoint(owner, "wep");
    const [master] = await owner.insert(masterProducts).values({ handle: `wev-${uid()}`, title: "Event kettle", suggestedPriceCents: 3000 }).returning();
    const api = apiClient((await createApiKey(app, { storeId: store.id, name: "p", scopes: ["products:write"], createdBy: boss.id })).token);
    const p = { params: { path: { slug: store.slug, masterProductId: master!.id } } };
    const made = await api.POST("/api/v1/stores/{slug}/catalog/{masterProductId}/opt-in", { ...p, body: { priceCents: 3500, stock: 2 } });
    expect(made.response.status).toBe(201);
    expect((await api.POST("/api/v1/stores/{slug}/catalog/{masterProductId}/opt-out", p)).data?.status).toBe("archived");
    const deliveries = await queued(owner, store.id);
    expect(deliveries.map((d) => [d.eventType, (d.payload as { data: { action: string } }).data.action])).toEqual([
      ["product.changed", "product.created"],
      ["product.changed", "product.archived"],
    ]);
  });

  it("domain.verified when the TXT record is found", async () => {
    const { store } = await storeWithEndpoint(owner, "wed");
    const domain = `ev-${uid()}.example.test`;
    const added = await addDomain(app, store.id, domain, "localhost:3000", { userId: null });
    if (!added.ok) throw new Error(added.error);
    const resolver: DnsResolver = {
      resolveTxt: async (name) => (name === `${TXT_PREFIX}.${domain}` ? [[added.value.verificationToken]] : Promise.reject(Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" }))),
      resolveCname: async () => ["cname.localhost"],
    };
    expect(await verifyDomain(app, store.id, added.value.id, resolver, "cname.localhost", { userId: null })).toMatchObject({ ok: true });
    const deliveries = await queued(owner, store.id);
    expect(deliveries.map((d) => d.eventType)).toEqual(["domain.verified"]);
    expect((deliveries[0]!.payload as { data: { id: string } }).data.id).toBe(domain);
  });

  // The re-check pass reads every verified domain of the database: it runs in a database of its own, so it cannot touch other files' domains.
  it("domain.failed when the periodic re-check finds a verified domain misconfigured", { timeout: 60_000 }, async () => {
    const scratch = await scratchDatabase("wev_domains");
    try {
      const { store } = await storeWithEndpoint(scratch.owner, "wef");
      const domain = `gone-${uid()}.example.test`;
      await scratch.owner.insert(storeDomains).values({ storeId: store.id, domain, status: "verified", verificationToken: "plaza-verify=x", failedChecks: FAILED_CHECKS_BEFORE_MISCONFIGURED - 1, verifiedAt: new Date() });
      const nothing: DnsResolver = {
        resolveTxt: () => Promise.reject(Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" })),
        resolveCname: () => Promise.reject(Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" })),
      };
      expect(await recheckDomains(scratch.app, nothing, "cname.localhost")).toEqual({ checked: 1, changed: 1 });
      const deliveries = await queued(scratch.owner, store.id);
      expect(deliveries.map((d) => d.eventType)).toEqual(["domain.failed"]);
      expect((deliveries[0]!.payload as { data: Record<string, unknown> }).data).toMatchObject({ action: "domain.misconfigured", id: domain });
      expect(await types(scratch.owner, store.id)).not.toContain("domain.verified");
    } finally {
      await scratch.drop();
    }
  });
});
