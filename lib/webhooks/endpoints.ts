import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { and, count, desc, eq, lt, or, sql } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import type { Database } from "@/lib/db/connect";
import { stores, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { cursorTimeSql } from "@/lib/db/keyset";
import { withTenant } from "@/lib/db/tenant";
import { decryptSecret, encryptSecret, type Keyring } from "@/lib/config/crypto";
import type { WebhookEvent } from "@/lib/api/schemas";

/*
 * A store's webhook endpoints (decision 0017). Each has its own signing
 * secret (Standard Webhooks' `whsec_` + base64 of 24 random bytes), sealed at
 * rest like a secret setting and bound to (store, endpoint); it is shown once,
 * at creation. Every function names the store and runs in withTenant, so
 * another store's endpoint id is simply not found.
 */

export const MAX_ENDPOINTS_PER_STORE = 10;

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
type Actor = { userId: string | null };

const aad = (storeId: string, endpointId: string) => `${storeId}/webhook/${endpointId}`;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export function endpointSecret(keyring: Keyring, row: Pick<EndpointRow, "tenantId" | "id" | "sealedSecret">): string {
  return decryptSecret(keyring, row.sealedSecret, aad(row.tenantId, row.id));
}

export type CreateResult = { ok: true; endpoint: EndpointRow; secret: string } | { ok: false; error: string };

export async function createEndpoint(
  database: Database,
  keyring: Keyring,
  storeId: string,
  input: { url: string; events: WebhookEvent[]; description: string },
  actor: Actor,
): Promise<CreateResult> {
  const id = randomUUID();
  const secret = newWebhookSecret();
  return withTenant(database, storeId, async (tx) => {
    // Locks the store row so two creates at the limit count one after the other.
    await tx.select({ id: stores.id }).from(stores).where(eq(stores.id, storeId)).for("update");
    const [n] = await tx.select({ n: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, storeId));
    if ((n?.n ?? 0) >= MAX_ENDPOINTS_PER_STORE) return { ok: false as const, error: `A store can have ${MAX_ENDPOINTS_PER_STORE} webhook endpoints. Delete one first.` };
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ tenantId: storeId, id, url: input.url, events: [...new Set(input.events)], description: input.description, sealedSecret: encryptSecret(keyring, secret, aad(storeId, id)) })
      .returning();
    await recordAudit(tx, { storeId, actorUserId: actor.userId, action: "webhook.created", targetType: "webhook_endpoint", targetId: id, data: { url: input.url, events: row!.events } });
    return { ok: true as const, endpoint: row!, secret };
  });
}

export async function listEndpoints(database: Database, storeId: string): Promise<EndpointRow[]> {
  return withTenant(database, storeId, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, storeId)).orderBy(webhookEndpoints.createdAt));
}

export async function getEndpoint(database: Database, storeId: string, endpointId: string): Promise<EndpointRow | null> {
  const [row] = await withTenant(database, storeId, (tx) =>
    tx.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.tenantId, storeId), eq(webhookEndpoints.id, endpointId))),
  );
  return row ?? null;
}

export async function updateEndpoint(
  database: Database,
  storeId: string,
  endpointId: string,
  input: { url?: string; events?: WebhookEvent[]; description?: string; enabled?: boolean },
  actor: Actor,
): Promise<EndpointRow | null> {
  return withTenant(database, storeId, async (tx) => {
    const set: Partial<typeof webhookEndpoints.$inferInsert> = { updatedAt: new Date() };
    if (input.url !== undefined) set.url = input.url;
    if (input.events !== undefined) set.events = [...new Set(input.events)];
    if (input.description !== undefined) set.description = input.description;
    if (input.enabled === true) Object.assign(set, { status: "enabled", consecutiveFailures: 0, disabledReason: null, disabledAt: null });
    if (input.enabled === false) Object.assign(set, { status: "disabled", disabledReason: "Disabled by a member.", disabledAt: new Date() });
    const [row] = await tx
      .update(webhookEndpoints)
      .set(set)
      .where(and(eq(webhookEndpoints.tenantId, storeId), eq(webhookEndpoints.id, endpointId)))
      .returning();
    if (!row) return null;
    await recordAudit(tx, { storeId, actorUserId: actor.userId, action: "webhook.updated", targetType: "webhook_endpoint", targetId: endpointId, data: { ...input } });
    return row;
  });
}

export async function deleteEndpoint(database: Database, storeId: string, endpointId: string, actor: Actor): Promise<boolean> {
  return withTenant(database, storeId, async (tx) => {
    const gone = await tx
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.tenantId, storeId), eq(webhookEndpoints.id, endpointId)))
      .returning({ url: webhookEndpoints.url });
    if (gone.length) await recordAudit(tx, { storeId, actorUserId: actor.userId, action: "webhook.deleted", targetType: "webhook_endpoint", targetId: endpointId, data: { url: gone[0]!.url } });
    return gone.length > 0;
  });
}

/** Queues a `webhook.test` event for one endpoint (enabled or not: testing is how a fixed receiver is checked). */
export async function queueTestEvent(database: Database, storeId: string, endpointId: string, actor: Actor): Promise<DeliveryRow | null> {
  return withTenant(database, storeId, async (tx) => {
    const [endpoint] = await tx.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.tenantId, storeId), eq(webhookEndpoints.id, endpointId)));
    if (!endpoint) return null;
    const [store] = await tx.select({ slug: stores.slug }).from(stores).where(eq(stores.id, storeId));
    const eventId = randomUUID();
    const payload = { id: eventId, type: "webhook.test", createdAt: new Date().toISOString(), store: { id: storeId, slug: store!.slug }, data: { object: "webhook_endpoint", id: endpointId, message: "A test event from Plaza." } };
    const [row] = await tx.insert(webhookDeliveries).values({ tenantId: storeId, endpointId, eventId, eventType: "webhook.test", payload }).returning();
    await recordAudit(tx, { storeId, actorUserId: actor.userId, action: "webhook.test_sent", targetType: "webhook_endpoint", targetId: endpointId });
    return row!;
  });
}

export type DeliveryCursor = { createdAt: string; id: string };

/** An endpoint's deliveries, newest first, keyset-paginated on (created_at, id). */
export async function listDeliveries(database: Database, storeId: string, endpointId: string, options: { limit?: number; after?: DeliveryCursor } = {}) {
  const limit = Math.min(Math.max(options.limit ?? 25, 1), 100);
  const d = webhookDeliveries;
  return withTenant(database, storeId, async (tx) => {
    const rows = await tx
      .select({ delivery: d, cursorAt: cursorTimeSql(d.createdAt) })
      .from(d)
      .where(
        and(
          eq(d.tenantId, storeId),
          eq(d.endpointId, endpointId),
          options.after
            ? or(lt(d.createdAt, sql`${options.after.createdAt}::timestamptz`), and(eq(d.createdAt, sql`${options.after.createdAt}::timestamptz`), lt(d.id, options.after.id)))
            : undefined,
        ),
      )
      .orderBy(desc(d.createdAt), desc(d.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { deliveries: page.map((r) => r.delivery), next: rows.length > limit && last ? { createdAt: last.cursorAt, id: last.delivery.id } : null };
  });
}
