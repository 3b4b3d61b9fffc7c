import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database, Tx } from "@/lib/db/connect";
import { orderItems, orderShipments, type ShipmentLine } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { fail, type Failure } from "./result";

/*
 * Shipments: fulfillment by line (issue 11 §2). The owner ships chosen lines
 * and quantities, each parcel with its tracking number and carrier; the order
 * is "partially fulfilled" until every line's quantity has shipped. Called
 * inside applyOrderAction's transaction with the order row locked, so two
 * members shipping the same order at once cannot ship a line twice (the second
 * waits for the lock, then sees what is left); the CHECK on
 * order_items.fulfilled_quantity is the last word.
 */

export type ShipmentRequest = Array<{ productId: string; quantity: number }>;
export type Shipment = typeof orderShipments.$inferSelect;

export type ShipResult =
  | { ok: true; shipment: Shipment; complete: boolean }
  | Failure<"not_allowed">;

/**
 * Ships `request` (or, without one, everything not yet shipped) of one locked
 * order: raises each line's fulfilled quantity and writes the shipment row.
 */
export async function shipLines(
  tx: Tx,
  storeId: string,
  orderId: string,
  request: ShipmentRequest | undefined,
  tracking: { number: string; carrier: string } | null | undefined,
  actorUserId: string | null,
): Promise<ShipResult> {
  const items = await tx
    .select({ productId: orderItems.productId, title: orderItems.title, quantity: orderItems.quantity, fulfilledQuantity: orderItems.fulfilledQuantity })
    .from(orderItems)
    .where(and(eq(orderItems.tenantId, storeId), eq(orderItems.orderId, orderId)))
    .orderBy(asc(orderItems.title), asc(orderItems.productId));

  const wanted = new Map<string, number>();
  if (request) {
    for (const r of request) {
      if (!Number.isInteger(r.quantity) || r.quantity < 0) return fail("not_allowed", "Quantities to ship are whole numbers, 0 or more.");
      if (r.quantity > 0) wanted.set(r.productId, (wanted.get(r.productId) ?? 0) + r.quantity);
    }
  } else {
    for (const i of items) if (i.quantity > i.fulfilledQuantity) wanted.set(i.productId, i.quantity - i.fulfilledQuantity);
  }
  if (wanted.size === 0) return fail("not_allowed", request ? "Choose at least one item to ship." : "Every item of this order has shipped already.");

  const lines: ShipmentLine[] = [];
  for (const [productId, quantity] of wanted) {
    const item = items.find((i) => i.productId === productId);
    if (!item) return fail("not_allowed", "That item is not part of this order.");
    const left = item.quantity - item.fulfilledQuantity;
    if (quantity > left) return fail("not_allowed", left === 0 ? `${item.title} has shipped already.` : `Only ${left} of ${item.title} ${left === 1 ? "is" : "are"} left to ship.`);
    lines.push({ productId, title: item.title, quantity });
  }
  lines.sort((a, b) => a.title.localeCompare(b.title));

  for (const line of lines) {
    await tx
      .update(orderItems)
      .set({ fulfilledQuantity: sql`${orderItems.fulfilledQuantity} + ${line.quantity}` })
      .where(and(eq(orderItems.tenantId, storeId), eq(orderItems.orderId, orderId), eq(orderItems.productId, line.productId)));
  }
  const [shipment] = await tx
    .insert(orderShipments)
    .values({
      tenantId: storeId,
      orderId,
      lines,
      trackingNumber: tracking?.number ? tracking.number.slice(0, 100) : null,
      trackingCarrier: tracking?.number && tracking.carrier ? tracking.carrier.slice(0, 100) : null,
      actorUserId,
    })
    .returning();
  const complete = items.every((i) => i.fulfilledQuantity + (wanted.get(i.productId) ?? 0) >= i.quantity);
  return { ok: true, shipment: shipment!, complete };
}

/** "2 × Anvil, 1 × Rope" — the words of a shipment on the timeline and in its mail. */
export const describeShipment = (lines: ShipmentLine[]) => lines.map((l) => `${l.quantity} × ${l.title}`).join(", ");

/** The shipments of one order of this store, oldest first (another store's order id: none). */
export async function listShipments(database: Database, storeId: string, orderId: string): Promise<Shipment[]> {
  return withTenant(database, storeId, (tx) =>
    tx
      .select()
      .from(orderShipments)
      .where(and(eq(orderShipments.tenantId, storeId), eq(orderShipments.orderId, orderId)))
      .orderBy(asc(orderShipments.createdAt), asc(orderShipments.id)),
  );
}
