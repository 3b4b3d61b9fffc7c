import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database, Tx } from "@/lib/db/connect";
import { auditLog, orderItems, orders, products } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { fail, type Result } from "./result";
import { idSchema } from "./validation";

/*
 * What store members do to an order: mark paid, fulfill, cancel. Each runs in
 * the store's tenant transaction, finds the order by (store, id) — so an id
 * from another store is "not found" and changes nothing — locks it, checks the
 * transition is allowed, and writes the audit entry in the same transaction
 * (no change without its record, no record without its change). Permission
 * checks (role `orders`, owner, admin) belong to the caller's action wrapper.
 */

export type OrderAction = "mark_paid" | "fulfill" | "cancel";
type Code = "not_found" | "not_allowed";
type Order = typeof orders.$inferSelect;

export type OrderActionInput = { storeId: string; orderId: string; actorUserId: string | null; reason?: string };

const transitions: Record<OrderAction, { allowed: (o: Order) => string | null; apply: (o: Order) => Partial<Order> }> = {
  mark_paid: {
    allowed: (o) =>
      o.status === "cancelled" ? "A cancelled order cannot be marked paid." : o.paymentStatus !== "pending" ? "This order is already paid." : null,
    apply: () => ({ paymentStatus: "paid", paidAt: new Date() }),
  },
  fulfill: {
    allowed: (o) =>
      o.status === "cancelled" ? "A cancelled order cannot be fulfilled." : o.fulfillmentStatus === "fulfilled" ? "This order is already fulfilled." : null,
    apply: () => ({ fulfillmentStatus: "fulfilled", fulfilledAt: new Date() }),
  },
  cancel: {
    allowed: (o) =>
      o.status === "cancelled" ? "This order is already cancelled." : o.fulfillmentStatus === "fulfilled" ? "A fulfilled order cannot be cancelled." : null,
    // A manual payment already taken is owed back: the store refunds it by hand.
    apply: (o) => ({ status: "cancelled", cancelledAt: new Date(), paymentStatus: o.paymentStatus === "paid" ? "refunded" : "voided" }),
  },
};

/** Puts a cancelled order's quantities back on the shelf. */
async function restock(tx: Tx, storeId: string, orderId: string) {
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

export async function applyOrderAction(database: Database, action: OrderAction, input: OrderActionInput): Promise<Result<{ order: Order }, Code>> {
  const notFound = fail("not_found" as const, "Order not found in this store.");
  if (!idSchema.safeParse(input.orderId).success) return notFound;
  const { storeId, orderId } = input;

  return withTenant(database, storeId, async (tx) => {
    const [order] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId)))
      .for("update");
    if (!order) return notFound;
    const rule = transitions[action];
    const refusal = rule.allowed(order);
    if (refusal) return fail("not_allowed" as const, refusal);

    const changes = rule.apply(order);
    const [updated] = await tx
      .update(orders)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId)))
      .returning();
    const restocked = action === "cancel" ? await restock(tx, storeId, orderId) : [];

    await tx.insert(auditLog).values({
      storeId,
      actorUserId: input.actorUserId,
      action: `order.${action}`,
      targetType: "order",
      targetId: orderId,
      reason: input.reason?.slice(0, 500) ?? null,
      data: {
        number: order.number,
        from: { status: order.status, paymentStatus: order.paymentStatus, fulfillmentStatus: order.fulfillmentStatus },
        to: { status: updated!.status, paymentStatus: updated!.paymentStatus, fulfillmentStatus: updated!.fulfillmentStatus },
        ...(restocked.length ? { restocked } : {}),
      },
    });
    return { ok: true as const, order: updated! };
  });
}

export const markOrderPaid = (database: Database, input: OrderActionInput) => applyOrderAction(database, "mark_paid", input);
export const fulfillOrder = (database: Database, input: OrderActionInput) => applyOrderAction(database, "fulfill", input);
export const cancelOrder = (database: Database, input: OrderActionInput) => applyOrderAction(database, "cancel", input);
