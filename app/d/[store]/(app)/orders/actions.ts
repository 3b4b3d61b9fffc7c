"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { storeAction } from "@/lib/actions/action";
import { refused, type ActionResult } from "@/lib/actions/result";
import { applyOrderAction, type OrderAction } from "@/lib/commerce/order-operations";

/*
 * Order actions for members with orders:write. The library finds the order by
 * (this store, id) — another store's order id is "not found" and nothing
 * changes — and writes the audit entry in the same transaction as the change.
 */

const orderInput = z.object({
  orderId: z.uuid({ error: "Unknown order." }),
  reason: z.string().trim().max(500, "Keep the note under 500 characters.").optional(),
});

const MESSAGES: Record<OrderAction, string> = {
  mark_paid: "Order marked paid.",
  fulfill: "Order fulfilled.",
  cancel: "Order cancelled and its items restocked.",
};

function orderAction(action: OrderAction) {
  return storeAction("orders:write", orderInput, async (input, { user, store }): Promise<ActionResult<unknown>> => {
    const result = await applyOrderAction(db(), action, { storeId: store.id, orderId: input.orderId, actorUserId: user.id, reason: input.reason || undefined });
    if (!result.ok) return refused(result.message);
    const o = result.order;
    return { ok: true, message: MESSAGES[action], data: { id: o.id, status: o.status, paymentStatus: o.paymentStatus, fulfillmentStatus: o.fulfillmentStatus } };
  });
}

export const markOrderPaidAction = orderAction("mark_paid");
export const fulfillOrderAction = orderAction("fulfill");
export const cancelOrderAction = orderAction("cancel");
