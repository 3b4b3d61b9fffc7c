import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { auditLog, orders } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { restockOrder } from "./expiry";
import { fail, type Result } from "@/lib/result";
import { recordOrderEvent } from "./timeline";
import { orderMailContextSafely, writeOrderMails } from "@/lib/mail/order-mail";
import { describeShipment, shipLines, type Shipment, type ShipmentRequest } from "./shipments";
import { idSchema } from "./validation";

/*
 * What store members do to an order: mark paid, fulfill, cancel, close (the
 * lifecycle's end: open → paid → fulfilled → closed, issue 11 §2). Each runs in
 * the store's tenant transaction, finds the order by (store, id) — so an id
 * from another store is "not found" and changes nothing — locks it, checks the
 * transition is allowed, and writes the audit entry in the same transaction
 * (no change without its record, no record without its change). Permission
 * checks (role `orders`, owner, admin) belong to the caller's action wrapper.
 * Fulfill ships chosen lines and quantities (or everything left) as one
 * shipment (./shipments.ts): the order is partially fulfilled until all is.
 */

export type OrderAction = "mark_paid" | "fulfill" | "cancel" | "close";
type Code = "not_found" | "not_allowed";
type Order = typeof orders.$inferSelect;

export type OrderActionInput = {
  storeId: string;
  orderId: string;
  actorUserId: string | null;
  reason?: string;
  /** Fulfill only: the parcel's tracking number and carrier, shown to the customer. */
  tracking?: { number: string; carrier: string } | null;
  /** Fulfill only: the lines and quantities in this parcel; without it, everything not shipped yet. */
  lines?: ShipmentRequest;
};

const TIMELINE: Record<OrderAction, string> = { mark_paid: "Marked paid", fulfill: "Fulfilled", cancel: "Cancelled", close: "Closed" };

const closed = (o: Order, ifCancelled: string) =>
  o.status === "cancelled" ? ifCancelled : o.status === "expired" ? "This order expired unpaid." : o.status === "closed" ? "This order is closed." : null;

const transitions: Record<OrderAction, { allowed: (o: Order) => string | null; apply: (o: Order) => Partial<Order> }> = {
  mark_paid: {
    allowed: (o) =>
      closed(o, "A cancelled order cannot be marked paid.") ??
      (o.paymentMethod !== "manual"
        ? "Card payments are confirmed by Stripe, not by hand."
        : o.paymentStatus !== "pending"
          ? "This order is already paid."
          : null),
    apply: () => ({ paymentStatus: "paid", paidAt: new Date() }),
  },
  fulfill: {
    allowed: (o) =>
      closed(o, "A cancelled order cannot be fulfilled.") ??
      (o.fulfillmentStatus === "fulfilled"
        ? "This order is already fulfilled."
        : o.paymentMethod !== "manual" && o.paymentStatus !== "paid" && o.paymentStatus !== "partially_refunded"
          ? "Wait for the card payment before fulfilling this order."
          : null),
    // Partial or complete: decided by what the shipment leaves (applyOrderAction).
    apply: () => ({}),
  },
  // Done with: shipped, and the money settled (paid, or refunded in part or in full). A disputed
  // or unpaid order stays open, so it keeps showing up in the lists that need attention.
  close: {
    allowed: (o) =>
      closed(o, "A cancelled order cannot be closed.") ??
      (o.fulfillmentStatus !== "fulfilled"
        ? "Fulfil the order before closing it."
        : o.paymentStatus !== "paid" && o.paymentStatus !== "refunded" && o.paymentStatus !== "partially_refunded"
          ? "Only a paid (or refunded) order can be closed."
          : null),
    apply: () => ({ status: "closed" }),
  },
  cancel: {
    allowed: (o) =>
      closed(o, "This order is already cancelled.") ??
      (o.fulfillmentStatus === "fulfilled"
        ? "A fulfilled order cannot be cancelled."
        : o.fulfillmentStatus === "partially_fulfilled"
          ? "Part of this order has shipped, so it cannot be cancelled: refund what will not ship instead."
        : o.paymentMethod !== "manual" && (o.paymentStatus === "paid" || o.paymentStatus === "partially_refunded" || o.paymentStatus === "disputed")
          ? "Refund the card payment in full first, then cancel."
          : null),
    // A manual payment already taken is owed back: the store refunds it by hand.
    apply: (o) => ({
      status: "cancelled",
      cancelledAt: new Date(),
      expiresAt: null,
      paymentUrl: null,
      paymentStatus: o.paymentStatus === "paid" ? "refunded" : o.paymentStatus === "refunded" || o.paymentStatus === "partially_refunded" ? o.paymentStatus : "voided",
    }),
  },
};

export async function applyOrderAction(database: Database, action: OrderAction, input: OrderActionInput): Promise<Result<{ order: Order }, Code>> {
  const notFound = fail("not_found" as const, "Order not found in this store.");
  if (!idSchema.safeParse(input.orderId).success) return notFound;
  const { storeId, orderId } = input;
  // A parcel is mailed to the customer with the change (lib/mail/order-mail.tsx): the store as the mail shows it, read first.
  const mailing = action === "fulfill" ? await orderMailContextSafely(database, storeId) : null;

  const result = await withTenant(database, storeId, async (tx) => {
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
    let shipment: { shipment: Shipment; complete: boolean } | null = null;
    if (action === "fulfill") {
      const shipped = await shipLines(tx, storeId, orderId, input.lines, input.tracking, input.actorUserId);
      if (!shipped.ok) return shipped;
      shipment = shipped;
      changes.fulfillmentStatus = shipped.complete ? "fulfilled" : "partially_fulfilled";
      if (shipped.complete) changes.fulfilledAt = new Date();
      // The order shows its latest parcel's tracking (each shipment keeps its own).
      if (shipped.shipment.trackingNumber) {
        changes.trackingNumber = shipped.shipment.trackingNumber;
        changes.trackingCarrier = shipped.shipment.trackingCarrier;
      }
    }
    const [updated] = await tx
      .update(orders)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId)))
      .returning();
    const restocked = action === "cancel" ? await restockOrder(tx, storeId, orderId) : [];

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
        ...(shipment ? { shipment: { id: shipment.shipment.id, lines: shipment.shipment.lines, trackingNumber: shipment.shipment.trackingNumber, trackingCarrier: shipment.shipment.trackingCarrier } } : {}),
      },
    });
    await recordOrderEvent(tx, storeId, orderId, {
      kind: action,
      message:
        // Shipping the whole order in one parcel reads as before ("Fulfilled"); a parcel of part of it names its lines.
        (shipment && !(shipment.complete && order.fulfillmentStatus === "unfulfilled" && !input.lines)
          ? `${shipment.complete ? "Fulfilled with the last parcel" : "Partially fulfilled"}: shipped ${describeShipment(shipment.shipment.lines)}`
          : TIMELINE[action]) +
        (shipment?.shipment.trackingNumber ? ` — ${shipment.shipment.trackingCarrier ? `${shipment.shipment.trackingCarrier} ` : ""}tracking ${shipment.shipment.trackingNumber}` : "") +
        (restocked.length ? ", items restocked" : "") +
        (input.reason ? `: ${input.reason.slice(0, 500)}` : ""),
      actorKind: "member",
      actorUserId: input.actorUserId,
    });
    // One shipping mail per parcel, with that parcel's lines and tracking.
    if (shipment) await writeOrderMails(tx, mailing, storeId, orderId, ["order.shipped"], { shipment: shipment.shipment });
    return { ok: true as const, order: updated! };
  });
  if (!result.ok) return result;
  return { ok: true, order: result.order };
}

export const markOrderPaid = (database: Database, input: OrderActionInput) => applyOrderAction(database, "mark_paid", input);
export const fulfillOrder = (database: Database, input: OrderActionInput) => applyOrderAction(database, "fulfill", input);
export const cancelOrder = (database: Database, input: OrderActionInput) => applyOrderAction(database, "cancel", input);
export const closeOrder = (database: Database, input: OrderActionInput) => applyOrderAction(database, "close", input);

/** A private note on the order's timeline (members only; never shown to the customer). */
export async function addOrderNote(
  database: Database,
  input: { storeId: string; orderId: string; actorUserId: string | null; text: string },
): Promise<Result<Record<never, never>, Code | "invalid">> {
  const text = input.text.trim();
  if (!text) return fail("invalid", "Write the note first.", { text: "Write the note first." });
  if (text.length > 2000) return fail("invalid", "Keep the note under 2000 characters.", { text: "Keep the note under 2000 characters." });
  if (!idSchema.safeParse(input.orderId).success) return fail("not_found", "Order not found in this store.");
  return withTenant(database, input.storeId, async (tx) => {
    const [order] = await tx.select({ id: orders.id }).from(orders).where(and(eq(orders.tenantId, input.storeId), eq(orders.id, input.orderId)));
    if (!order) return fail("not_found" as const, "Order not found in this store.");
    await recordOrderEvent(tx, input.storeId, input.orderId, { kind: "note", message: text, actorKind: "member", actorUserId: input.actorUserId });
    return { ok: true as const };
  });
}
