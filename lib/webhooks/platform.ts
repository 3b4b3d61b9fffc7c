import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import { decryptSecret, encryptSecret, type Keyring } from "@/lib/config/crypto";
import type { Database } from "@/lib/db/connect";
import { platformWebhookDeliveries, platformWebhookEndpoints } from "@/lib/db/schema";
import { withPlatform } from "@/lib/db/tenant";
import { FAILURES_TO_DISABLE, nextAttempt, signedPost, type DeliverOptions, type DeliverReport } from "./deliver";
import { newWebhookSecret } from "./endpoints";
import type { PlatformWebhookEvent } from "./platform-events";

/*
 * The platform's webhook endpoints (decision 0024): the console registers
 * them for platform events; a trigger on audit_log queues one delivery per
 * subscribed, enabled endpoint in the transaction of the change
 * (drizzle/0021_api.sql); the jobs pass sends them exactly as a
 * store's are sent (signed, pinned to the checked address, retried with the
 * same backoff, disabled after FAILURES_TO_DISABLE failures in a row, with an
 * audit entry the console shows). Platform tables: no store can reach them.
 */

export { PLATFORM_WEBHOOK_EVENTS, type PlatformWebhookEvent } from "./platform-events";

export const MAX_PLATFORM_ENDPOINTS = 20;
const LEASE_SECONDS = 60;
const BATCH = 50;

export type PlatformEndpointRow = typeof platformWebhookEndpoints.$inferSelect;
export type PlatformDeliveryRow = typeof platformWebhookDeliveries.$inferSelect;

const aad = (endpointId: string) => `platform/webhook/${endpointId}`;

export function platformEndpointSecret(keyring: Keyring, row: Pick<PlatformEndpointRow, "id" | "sealedSecret">): string {
  return decryptSecret(keyring, row.sealedSecret, aad(row.id));
}

export async function createPlatformEndpoint(
  database: Database,
  keyring: Keyring,
  input: { url: string; events: PlatformWebhookEvent[]; description: string },
  actorUserId: string,
): Promise<{ ok: true; endpoint: PlatformEndpointRow; secret: string } | { ok: false; error: string }> {
  const id = randomUUID();
  const secret = newWebhookSecret();
  return withPlatform(database, async (tx) => {
    // One at a time at the limit: the count and the insert under one advisory lock.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('platform_webhook_endpoints'))`);
    const [n] = await tx.select({ n: sql<number>`count(*)::int` }).from(platformWebhookEndpoints);
    if ((n?.n ?? 0) >= MAX_PLATFORM_ENDPOINTS) return { ok: false as const, error: `The platform can have ${MAX_PLATFORM_ENDPOINTS} webhook endpoints. Delete one first.` };
    const [row] = await tx
      .insert(platformWebhookEndpoints)
      .values({ id, url: input.url, events: [...new Set(input.events)], description: input.description, sealedSecret: encryptSecret(keyring, secret, aad(id)), createdBy: actorUserId })
      .returning();
    await recordAudit(tx, { storeId: null, actorUserId, action: "platform_webhook.created", targetType: "platform_webhook_endpoint", targetId: id, data: { url: input.url, events: row!.events } });
    return { ok: true as const, endpoint: row!, secret };
  });
}

export async function listPlatformEndpoints(database: Database): Promise<PlatformEndpointRow[]> {
  return withPlatform(database, (tx) => tx.select().from(platformWebhookEndpoints).orderBy(platformWebhookEndpoints.createdAt));
}

export async function setPlatformEndpointEnabled(database: Database, endpointId: string, enabled: boolean, actorUserId: string): Promise<PlatformEndpointRow | null> {
  return withPlatform(database, async (tx) => {
    const now = new Date();
    const [row] = await tx
      .update(platformWebhookEndpoints)
      .set(enabled ? { status: "enabled", consecutiveFailures: 0, disabledReason: null, disabledAt: null, updatedAt: now } : { status: "disabled", disabledReason: "Disabled by a platform admin.", disabledAt: now, updatedAt: now })
      .where(eq(platformWebhookEndpoints.id, endpointId))
      .returning();
    if (row) await recordAudit(tx, { storeId: null, actorUserId, action: "platform_webhook.updated", targetType: "platform_webhook_endpoint", targetId: endpointId, data: { enabled } });
    return row ?? null;
  });
}

export async function deletePlatformEndpoint(database: Database, endpointId: string, actorUserId: string): Promise<boolean> {
  return withPlatform(database, async (tx) => {
    const gone = await tx.delete(platformWebhookEndpoints).where(eq(platformWebhookEndpoints.id, endpointId)).returning({ url: platformWebhookEndpoints.url });
    if (gone.length) await recordAudit(tx, { storeId: null, actorUserId, action: "platform_webhook.deleted", targetType: "platform_webhook_endpoint", targetId: endpointId, data: { url: gone[0]!.url } });
    return gone.length > 0;
  });
}

/** Queues a `webhook.test` event for one endpoint, enabled or not. */
export async function queuePlatformTestEvent(database: Database, endpointId: string, actorUserId: string): Promise<PlatformDeliveryRow | null> {
  return withPlatform(database, async (tx) => {
    const [endpoint] = await tx.select({ id: platformWebhookEndpoints.id }).from(platformWebhookEndpoints).where(eq(platformWebhookEndpoints.id, endpointId));
    if (!endpoint) return null;
    const eventId = randomUUID();
    const payload = { id: eventId, type: "webhook.test", createdAt: new Date().toISOString(), store: null, data: { object: "platform_webhook_endpoint", id: endpointId, message: "A test event from Plaza." } };
    const [row] = await tx.insert(platformWebhookDeliveries).values({ endpointId, eventId, eventType: "webhook.test", payload }).returning();
    await recordAudit(tx, { storeId: null, actorUserId, action: "platform_webhook.test_sent", targetType: "platform_webhook_endpoint", targetId: endpointId });
    return row!;
  });
}

/** An endpoint's last deliveries, newest first (the console's log). */
export async function listPlatformDeliveries(database: Database, endpointId: string, limit = 10): Promise<PlatformDeliveryRow[]> {
  const d = platformWebhookDeliveries;
  return withPlatform(database, (tx) => tx.select().from(d).where(eq(d.endpointId, endpointId)).orderBy(desc(d.createdAt), desc(d.id)).limit(Math.min(Math.max(limit, 1), 100)));
}

/** One pass over the platform's due deliveries: claimed under a lease, sent outside any transaction, recorded. */
export async function deliverPlatformWebhooks(database: Database, options: DeliverOptions): Promise<DeliverReport> {
  const now = options.now ?? new Date();
  const report: DeliverReport = { sent: 0, failed: 0, disabled: 0 };
  const d = platformWebhookDeliveries;
  const e = platformWebhookEndpoints;
  const claimed = await withPlatform(database, async (tx) => {
    const due = await tx
      .select({ delivery: d, endpoint: e })
      .from(d)
      .innerJoin(e, eq(e.id, d.endpointId))
      .where(and(eq(d.status, "pending"), lte(d.nextAttemptAt, now), or(isNull(d.leaseUntil), lte(d.leaseUntil, now)), or(eq(e.status, "enabled"), eq(d.eventType, "webhook.test"))))
      .orderBy(asc(d.createdAt))
      .limit(BATCH)
      .for("update", { of: d, skipLocked: true });
    if (due.length === 0) return [];
    await tx
      .update(d)
      .set({ leaseUntil: new Date(now.getTime() + LEASE_SECONDS * 1000), attempts: sql`${d.attempts} + 1`, lastAttemptAt: now })
      .where(inArray(d.id, due.map((r) => r.delivery.id)));
    return due.map((r) => ({ ...r, delivery: { ...r.delivery, attempts: r.delivery.attempts + 1 } }));
  });

  for (const { delivery, endpoint } of claimed) {
    let secret = "";
    try {
      secret = platformEndpointSecret(options.keyring, endpoint);
    } catch {
      secret = "";
    }
    const result = secret ? await signedPost(endpoint.url, secret, delivery, options) : { status: null, body: null, error: "The endpoint's secret cannot be decrypted (encryption key missing)." };
    const ok = result.error === null;
    const next = ok ? null : nextAttempt(delivery.attempts, now);
    await withPlatform(database, async (tx) => {
      await tx
        .update(d)
        .set({ status: ok ? "succeeded" : next ? "pending" : "failed", leaseUntil: null, ...(next ? { nextAttemptAt: next } : {}), responseStatus: result.status, responseBody: result.body, error: result.error })
        .where(eq(d.id, delivery.id));
      if (delivery.eventType === "webhook.test") return;
      const [ep] = await tx
        .update(e)
        .set({ consecutiveFailures: ok ? 0 : sql`${e.consecutiveFailures} + 1` })
        .where(eq(e.id, endpoint.id))
        .returning();
      if (ep && ep.status === "enabled" && ep.consecutiveFailures >= FAILURES_TO_DISABLE) {
        const reason = `Disabled after ${ep.consecutiveFailures} failed deliveries in a row (last: ${result.error}).`;
        await tx.update(e).set({ status: "disabled", disabledReason: reason, disabledAt: now, updatedAt: now }).where(eq(e.id, endpoint.id));
        await recordAudit(tx, { storeId: null, actorUserId: null, action: "platform_webhook.disabled", targetType: "platform_webhook_endpoint", targetId: endpoint.id, reason, data: { url: endpoint.url } });
        report.disabled++;
      }
    });
    if (ok) report.sent++;
    else report.failed++;
  }
  return report;
}
