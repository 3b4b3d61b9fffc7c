import "server-only";
import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
import type { Database, Tx } from "@/lib/db/connect";
import { orderEvents, users } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";

/*
 * The order's timeline: every change, note and mail with who and when. Written
 * in the same transaction as the change it describes, so the page never shows
 * a change without its line or a line without its change.
 */

export type ActorKind = "member" | "customer" | "stripe" | "system";
export type OrderEvent = typeof orderEvents.$inferSelect & { actorEmail: string | null };

export type OrderEventInput = { kind: string; message: string; actorKind: ActorKind; actorUserId?: string | null; data?: Record<string, unknown> };

export async function recordOrderEvent(tx: Tx, storeId: string, orderId: string, event: OrderEventInput): Promise<void> {
  return recordOrderEvents(tx, storeId, orderId, [event]);
}

/** Several lines in one statement, in this order. */
export async function recordOrderEvents(tx: Tx, storeId: string, orderId: string, events: OrderEventInput[]): Promise<void> {
  if (events.length === 0) return;
  // .execute() now, not on await: the statement is written at the call, so a
  // caller that pipelines it (checkout) knows where it falls in the batch.
  await tx
    .insert(orderEvents)
    .values(
      events.map((event, i) => ({
        // Rows of one statement can share a microsecond of clock_timestamp(): each later line is put a microsecond on, so they keep their order.
        ...(i > 0 ? { createdAt: sql`clock_timestamp() + ${i} * interval '1 microsecond'` } : {}),
        tenantId: storeId,
        orderId,
        kind: event.kind,
        message: event.message.slice(0, 2000),
        actorKind: event.actorKind,
        actorUserId: event.actorUserId ?? null,
        data: event.data ?? {},
      })),
    )
    .execute();
}

/** The timeline of one order of this store, oldest first (another store's order id: empty). */
export async function orderTimeline(database: Database, storeId: string, orderId: string): Promise<OrderEvent[]> {
  return withTenant(database, storeId, (tx) =>
    tx
      .select({ ...getTableColumns(orderEvents), actorEmail: users.email })
      .from(orderEvents)
      .leftJoin(users, eq(users.id, orderEvents.actorUserId))
      .where(and(eq(orderEvents.tenantId, storeId), eq(orderEvents.orderId, orderId)))
      .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id)),
  );
}
