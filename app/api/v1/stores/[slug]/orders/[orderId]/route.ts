import { apiError, apiRoute } from "@/lib/api/http";
import { orderJson } from "@/lib/api/views";
import { findOrderForStore } from "@/lib/commerce/orders";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/orders/{orderId} — orders:read; another store's order id is a 404. */
export const GET = apiRoute<{ slug: string; orderId: string }>({ scope: "orders:read", store: true }, async (_req, { store, params }) => {
  const order = await findOrderForStore(db(), store!.id, params.orderId);
  return order ? Response.json(orderJson(order)) : apiError(404, "not_found", "No such order in this store.");
});
