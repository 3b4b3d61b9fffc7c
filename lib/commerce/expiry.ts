import "server-only";
import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Database, Tx } from "@/lib/db/connect";
import { auditLog, orderItems, orders, products, stores } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { storePayments } from "./payment";
import { refundExpiredPayment } from "./refunds";
import { recordOrderEvent, type ActorKind } from "./timeline";

/*
 * Unpaid online orders hold stock until they expire (default 30 minutes,
 * `payment.order_expiry_minutes`). The jobs pass (lib/jobs/run.ts) calls
 * releaseExpiredOrders: each due order is locked (SKIP LOCKED: one that a
 * webhook is paying right now is left for the next pass), marked expired and
 * its quantities go back on the shelf, in one transaction with its timeline
 * line and audit entry. A payment that still lands afterwards is refunded
 * (lib/commerce/stripe-webhook.ts); the same pass retries such refunds.
 */

type Order = typeof orders.$inferSelect;

/** Puts an order's quantities back on the shelf, once per order (restocked_at). */
export async function restockOrder(tx: Tx, storeId: string, orderId: string) {
  const [marked] = await tx
    .update(orders)
    .set({ restockedAt: new Date() })
    .where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId), isNull(orders.restockedAt)))
    .returning({ id: orders.id });
  if (!marked) return [];
  const items = await tx
    .select({ productId: orderItems.productId, quantity: orderItems.quantity })
    .from(orderItems)
    .where(and(eq(orderItems.tenantId, storeId), eq(orderItems.orderId, orderId)))
    .orderBy(orderItems.productId);
  for (const item of items) {
    await tx
      .update(products)
      .set({ stock: sql`${products.stock} + ${item.quantity}`, updatedAt: sql`now()` })
      .where(and(eq(products.tenantId, storeId), eq(products.id, item.productId)));
  }
  return items;
}

/** Expires one locked, unpaid order: status expired, payment voided, stock back. */
export async function releaseOrderTx(tx: Tx, order: Order, by: { actorKind: ActorKind; message: string }) {
  await tx
    .update(orders)
    .set({ status: "expired", paymentStatus: "voided", paymentUrl: null, updatedAt: new Date() })
    .where(and(eq(orders.tenantId, order.tenantId), eq(orders.id, order.id)));
  const restocked = await restockOrder(tx, order.tenantId, order.id);
  await recordOrderEvent(tx, order.tenantId, order.id, { kind: "expired", message: by.message, actorKind: by.actorKind, data: { restocked } });
  await tx.insert(auditLog).values({
    storeId: order.tenantId,
    actorUserId: null,
    action: "order.expired",
    targetType: "order",
    targetId: order.id,
    data: { number: order.number, from: { status: order.status, paymentStatus: order.paymentStatus }, restocked },
  });
}

/** Expires this store's due unpaid orders; returns the ones released (with their payment page, to close). */
export async function releaseExpiredOrdersOfStore(database: Database, storeId: string, now = new Date(), limit = 200): Promise<Order[]> {
  return withTenant(database, storeId, async (tx) => {
    const due = await tx
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.tenantId, storeId),
          eq(orders.status, "open"),
          inArray(orders.paymentStatus, ["pending", "failed"]),
          lte(orders.expiresAt, now),
        ),
      )
      .orderBy(orders.expiresAt)
      .limit(limit)
      .for("update", { skipLocked: true });
    for (const order of due) {
      await releaseOrderTx(tx, order, { actorKind: "system", message: "Not paid in time: order expired, stock released" });
    }
    return due;
  });
}

/**
 * One pass over every store: release due orders, close their Stripe payment
 * pages (best effort, after the commit), and retry refunds owed for payments
 * that arrived after expiry.
 */
export async function releaseExpiredOrders(database: Database, now = new Date()): Promise<{ released: number; refunded: number }> {
  const all = await database.select({ id: stores.id }).from(stores);
  let released = 0;
  let refunded = 0;
  for (const store of all) {
    try {
      const r = await releaseForStore(database, store.id, now);
      released += r.released;
      refunded += r.refunded;
    } catch (err) {
      // One store's database being down (a dedicated one) must not stop the others' pass.
      console.warn(`[jobs] release-expired-orders: store ${store.id} skipped this pass: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { released, refunded };
}

/** One store's share of the pass. */
async function releaseForStore(database: Database, storeId: string, now: Date): Promise<{ released: number; refunded: number }> {
  const due = await releaseExpiredOrdersOfStore(database, storeId, now);
  let refunded = 0;
  const owed = await withTenant(database, storeId, (tx) =>
    tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.tenantId, storeId), inArray(orders.status, ["expired", "cancelled"]), eq(orders.paymentStatus, "paid"), eq(orders.paymentMethod, "stripe"))),
  );
  if (due.length === 0 && owed.length === 0) return { released: 0, refunded };
  const payments = await storePayments(database, storeId);
  const stripe = payments.methods.find((m) => m.id === "stripe");
  for (const order of due) {
    if (stripe?.cancel && order.paymentReference) await stripe.cancel(order.paymentReference).catch(() => undefined);
  }
  for (const order of owed) {
    if (await refundExpiredPayment(database, storeId, order.id, payments).catch(() => false)) refunded++;
  }
  return { released: due.length, refunded };
}
