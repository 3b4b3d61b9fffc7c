import "server-only";
import { db } from "@/lib/db/client";
import { applyOrderAction, type OrderAction } from "@/lib/commerce/order-operations";
import { findOrderForStore } from "@/lib/commerce/orders";
import { apiError, readBody, type ApiContext } from "./http";
import { orderActionSchema } from "./schemas";
import { orderJson } from "./views";

/*
 * Order writes through the API: the dashboard's own domain function
 * (applyOrderAction: finds the order by this store and id, locks it, checks
 * the transition, audits in the same transaction). The key's orders:write
 * scope stands for the dashboard's orders:write permission, re-checked on
 * the key's creator on every call (lib/api/key-authority.ts).
 */
export async function orderActionViaApi(req: Request, ctx: ApiContext<{ slug: string; orderId: string }>, action: OrderAction): Promise<Response> {
  const body = await readBody(req, orderActionSchema);
  if (!body.ok) return body.response;
  const result = await applyOrderAction(db(), action, { storeId: ctx.store!.id, orderId: ctx.params.orderId, actorUserId: ctx.key.createdBy, reason: body.data.reason || undefined });
  if (!result.ok) return result.code === "not_found" ? apiError(404, "not_found", "No such order in this store.") : apiError(409, "invalid_state", result.message);
  const order = await findOrderForStore(db(), ctx.store!.id, result.order.id);
  return Response.json(orderJson(order!));
}
