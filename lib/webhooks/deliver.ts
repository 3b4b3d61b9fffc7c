import "server-only";
import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { recordAudit } from "@/lib/audit/log";
import type { Keyring } from "@/lib/config/crypto";
import type { Database } from "@/lib/db/connect";
import { stores, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { enqueueMail, storeDeciderEmails } from "@/lib/mail/outbox";
import { webhookDisabled } from "@/lib/mail/templates";
import { endpointSecret } from "./endpoints";
import { pinTarget, postPinned, type PostResult, type Resolve } from "./target";

/*
 * Sending queued webhook deliveries (decision 0017). Deliveries are written
 * by the database in the transaction of the change; this pass, run by the
 * jobs runner, sends the due ones. Per store (webhook tables are tenant
 * tables): claim a batch under a short lease (FOR UPDATE SKIP LOCKED, so
 * overlapping passes never send one twice at once), POST each outside any
 * transaction with a 10 s timeout, to the address checked when its host was
 * resolved (lib/webhooks/target.ts), then record the answer. A 2xx is a
 * success; anything else (another status, a redirect, a timeout, a refused
 * connection) is retried with backoff and given up after the last step.
 * FAILURES_TO_DISABLE failed attempts in a row disable the endpoint, with an
 * audit entry and a mail to the store's owners and admins.
 */

/** Waits after the 1st, 2nd, … failed attempt; after the last one the delivery is given up. */
export const RETRY_DELAYS_SECONDS = [60, 5 * 60, 30 * 60, 2 * 3600, 6 * 3600];
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;
export const FAILURES_TO_DISABLE = 15;
const TIMEOUT_MS = 10_000;
const LEASE_SECONDS = 60;
const BATCH = 50;

export type DeliverOptions = {
  keyring: Keyring;
  /** Only this store's deliveries (e.g. right after a test event). */
  storeId?: string;
  now?: Date;
  /** Allow loopback and private addresses (tests, a local receiver); refused otherwise. */
  allowPrivateTargets?: boolean;
  /** How endpoint hosts are resolved (the system's DNS; tests pass their own). */
  resolve?: Resolve;
  timeoutMs?: number;
};

export type DeliverReport = { sent: number; failed: number; disabled: number };

export { isPrivateAddress, targetProblem } from "./target";

/** Signs one event (Standard Webhooks) and POSTs it to the address `url`'s host was checked at. Shared with the platform's endpoints. */
export async function signedPost(url: string, secret: string, delivery: { eventId: string; payload: unknown }, options: Pick<DeliverOptions, "allowPrivateTargets" | "resolve" | "timeoutMs">): Promise<PostResult> {
  // Resolved once and checked; the connection goes to that same address (lib/webhooks/target.ts).
  const pinned = await pinTarget(url, options.allowPrivateTargets ?? false, options.resolve);
  if (!pinned.ok) return { status: null, body: null, error: pinned.error };
  const body = JSON.stringify(delivery.payload);
  const at = new Date();
  const signature = new Webhook(secret).sign(delivery.eventId, at, body);
  return postPinned(
    url,
    pinned,
    {
      "content-type": "application/json",
      "user-agent": "Plaza-Webhooks/1",
      "webhook-id": delivery.eventId,
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": signature,
    },
    body,
    options.timeoutMs ?? TIMEOUT_MS,
  );
}

/** When a delivery that has now made `attempts` attempts is tried next; null: given up. */
export function nextAttempt(attempts: number, now: Date): Date | null {
  return attempts >= MAX_ATTEMPTS ? null : new Date(now.getTime() + RETRY_DELAYS_SECONDS[attempts - 1]! * 1000);
}

async function deliverForStore(database: Database, storeId: string, options: DeliverOptions, now: Date, report: DeliverReport) {
  const claimed = await withTenant(database, storeId, async (tx) => {
    const due = await tx
      .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, and(eq(webhookEndpoints.tenantId, webhookDeliveries.tenantId), eq(webhookEndpoints.id, webhookDeliveries.endpointId)))
      .where(
        and(
          eq(webhookDeliveries.tenantId, storeId),
          eq(webhookDeliveries.status, "pending"),
          lte(webhookDeliveries.nextAttemptAt, now),
          or(isNull(webhookDeliveries.leaseUntil), lte(webhookDeliveries.leaseUntil, now)),
          // A disabled endpoint gets only the test events a member sends it by hand.
          or(eq(webhookEndpoints.status, "enabled"), eq(webhookDeliveries.eventType, "webhook.test")),
        ),
      )
      .orderBy(asc(webhookDeliveries.createdAt))
      .limit(BATCH)
      .for("update", { of: webhookDeliveries, skipLocked: true });
    if (due.length === 0) return [];
    await tx
      .update(webhookDeliveries)
      .set({ leaseUntil: new Date(now.getTime() + LEASE_SECONDS * 1000), attempts: sql`${webhookDeliveries.attempts} + 1`, lastAttemptAt: now })
      .where(and(eq(webhookDeliveries.tenantId, storeId), inArray(webhookDeliveries.id, due.map((d) => d.delivery.id))));
    return due.map((d) => ({ ...d, delivery: { ...d.delivery, attempts: d.delivery.attempts + 1 } }));
  });

  for (const { delivery, endpoint } of claimed) {
    let secret: string;
    try {
      secret = endpointSecret(options.keyring, endpoint);
    } catch {
      secret = "";
    }
    const result = secret
      ? await signedPost(endpoint.url, secret, delivery, options)
      : { status: null, body: null, error: "The endpoint's secret cannot be decrypted (encryption key missing)." };
    const ok = result.error === null;
    const givenUp = !ok && delivery.attempts >= MAX_ATTEMPTS;
    const next = ok || givenUp ? null : new Date(now.getTime() + RETRY_DELAYS_SECONDS[delivery.attempts - 1]! * 1000);
    await withTenant(database, storeId, async (tx) => {
      await tx
        .update(webhookDeliveries)
        .set({
          status: ok ? "succeeded" : givenUp ? "failed" : "pending",
          leaseUntil: null,
          ...(next ? { nextAttemptAt: next } : {}),
          responseStatus: result.status,
          responseBody: result.body,
          error: result.error,
        })
        .where(and(eq(webhookDeliveries.tenantId, storeId), eq(webhookDeliveries.id, delivery.id)));
      if (delivery.eventType === "webhook.test") return; // a test says how the receiver is; it does not count against the endpoint
      const [ep] = await tx
        .update(webhookEndpoints)
        .set({ consecutiveFailures: ok ? 0 : sql`${webhookEndpoints.consecutiveFailures} + 1` })
        .where(and(eq(webhookEndpoints.tenantId, storeId), eq(webhookEndpoints.id, endpoint.id)))
        .returning();
      if (ep && ep.status === "enabled" && ep.consecutiveFailures >= FAILURES_TO_DISABLE) {
        const reason = `Disabled after ${ep.consecutiveFailures} failed deliveries in a row (last: ${result.error}).`;
        await tx
          .update(webhookEndpoints)
          .set({ status: "disabled", disabledReason: reason, disabledAt: now, updatedAt: now })
          .where(and(eq(webhookEndpoints.tenantId, storeId), eq(webhookEndpoints.id, endpoint.id)));
        await recordAudit(tx, { storeId, actorUserId: null, action: "webhook.disabled", targetType: "webhook_endpoint", targetId: endpoint.id, reason, data: { url: endpoint.url } });
        const [store] = await tx.select({ id: stores.id, slug: stores.slug, name: stores.name, theme: stores.theme }).from(stores).where(eq(stores.id, storeId));
        const to = await storeDeciderEmails(tx, storeId);
        if (store) await enqueueMail(tx, await webhookDisabled(store, to, endpoint.url, reason));
        report.disabled++;
      }
    });
    if (ok) report.sent++;
    else report.failed++;
  }
}

/** One pass over every store's due deliveries (or one store's). Safe to overlap and repeat. */
export async function deliverDueWebhooks(database: Database, options: DeliverOptions): Promise<DeliverReport> {
  const now = options.now ?? new Date();
  const report: DeliverReport = { sent: 0, failed: 0, disabled: 0 };
  const ids = options.storeId ? [options.storeId] : (await database.select({ id: stores.id }).from(stores).where(inArray(stores.status, ["active", "suspended"]))).map((s) => s.id);
  for (const id of ids) {
    // One store's database being down (a dedicated one) skips only that store this pass.
    await deliverForStore(database, id, options, now, report).catch((err: unknown) =>
      console.warn(`[jobs] send-webhooks: store ${id} skipped this pass: ${err instanceof Error ? err.message : String(err)}`),
    );
  }
  return report;
}
