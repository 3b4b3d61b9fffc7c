"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { storeAction } from "@/lib/actions/action";
import { refused, type ActionResult } from "@/lib/actions/result";
import { addOrderNote, applyOrderAction, type OrderAction } from "@/lib/commerce/order-operations";
import { refundOrder, refundSchema } from "@/lib/commerce/refunds";

/*
 * Order actions for members with orders:write. The library finds the order by
 * (this store, id) — another store's order id is "not found" and nothing
 * changes — and writes the audit entry in the same transaction as the change.
 */

const orderInput = z.object({
  orderId: z.uuid({ error: "Unknown order." }),
  reason: z.string().trim().max(500, "Keep the note under 500 characters.").optional(),
  trackingNumber: z.string().trim().max(100, "Keep the tracking number under 100 characters.").optional(),
  trackingCarrier: z.string().trim().max(100, "Keep the carrier under 100 characters.").optional(),
  // Fulfill by line: parallel fields, one product id and one quantity per order line (absent: ship everything left).
  lineProduct: z.union([z.uuid({ error: "Unknown item." }), z.array(z.uuid({ error: "Unknown item." }))]).optional(),
  lineQuantity: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v, ctx) => {
      const values = v === undefined ? undefined : Array.isArray(v) ? v : [v];
      const numbers = values?.map((q) => (q.trim() === "" ? 0 : Number(q)));
      if (numbers?.some((n) => !Number.isInteger(n) || n < 0 || n > 1_000_000)) {
        ctx.addIssue({ code: "custom", message: "Quantities to ship are whole numbers, 0 or more." });
        return z.NEVER;
      }
      return numbers;
    }),
});

const MESSAGES: Record<OrderAction, string> = {
  mark_paid: "Order marked paid.",
  fulfill: "Order fulfilled.",
  cancel: "Order cancelled and its items restocked.",
  close: "Order closed.",
};

function orderAction(action: OrderAction) {
  return storeAction("orders:write", orderInput, async (input, { user, store }): Promise<ActionResult<unknown>> => {
    const tracking = input.trackingNumber ? { number: input.trackingNumber, carrier: input.trackingCarrier ?? "" } : null;
    const products = input.lineProduct === undefined ? undefined : Array.isArray(input.lineProduct) ? input.lineProduct : [input.lineProduct];
    if ((products?.length ?? 0) !== (input.lineQuantity?.length ?? 0)) return refused("Give a quantity for every item.");
    const lines = products?.map((productId, i) => ({ productId, quantity: input.lineQuantity![i]! }));
    const result = await applyOrderAction(db(), action, { storeId: store.id, orderId: input.orderId, actorUserId: user.id, reason: input.reason || undefined, tracking, lines });
    if (!result.ok) return refused(result.message);
    const o = result.order;
    const message = action === "fulfill" && o.fulfillmentStatus === "partially_fulfilled" ? "Shipment recorded; the rest of the order is still to ship." : MESSAGES[action];
    return { ok: true, message, data: { id: o.id, status: o.status, paymentStatus: o.paymentStatus, fulfillmentStatus: o.fulfillmentStatus } };
  });
}

export const markOrderPaidAction = orderAction("mark_paid");
export const fulfillOrderAction = orderAction("fulfill");
export const cancelOrderAction = orderAction("cancel");
export const closeOrderAction = orderAction("close");

/** A refund, full or partial, through the order's payment provider (lib/commerce/refunds.ts). */
export const refundOrderAction = storeAction(
  "orders:write",
  refundSchema.extend({ orderId: z.uuid({ error: "Unknown order." }) }),
  async (input, { user, store }): Promise<ActionResult<unknown>> => {
    const result = await refundOrder(db(), {
      storeId: store.id,
      orderId: input.orderId,
      actorUserId: user.id,
      amountCents: 0,
      amountText: input.amount,
      reason: input.reason,
      note: input.note,
      restock: input.restock === "yes",
    });
    if (!result.ok) return result.fieldErrors ? { ok: false, fieldErrors: { amount: [result.message] } } : refused(result.message);
    return { ok: true, message: result.order.paymentStatus === "refunded" ? "Refunded in full." : "Partial refund made." };
  },
);

export const addOrderNoteAction = storeAction(
  "orders:write",
  z.object({ orderId: z.uuid({ error: "Unknown order." }), text: z.string().max(5000, "Keep the note under 2000 characters.") }),
  async (input, { user, store }): Promise<ActionResult<unknown>> => {
    const result = await addOrderNote(db(), { storeId: store.id, orderId: input.orderId, actorUserId: user.id, text: input.text });
    if (!result.ok) return result.fieldErrors ? { ok: false, fieldErrors: { text: [result.message] } } : refused(result.message);
    return { ok: true, message: "Note added." };
  },
);
