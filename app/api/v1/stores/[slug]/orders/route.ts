import { apiRoute, validationError } from "@/lib/api/http";
import { ordersQuery } from "@/lib/api/schemas";
import { orderSummaryJson } from "@/lib/api/views";
import { listOrders } from "@/lib/commerce/orders";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/orders — a store key with orders:read. `after` is the previous page's `next` (`before`, an order number, still works). */
export const GET = apiRoute<{ slug: string }>({ scope: "orders:read", store: true }, async (req, { store }) => {
  const parsed = ordersQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return validationError(parsed.error);
  const before = parsed.data.after !== undefined ? Number(parsed.data.after) : parsed.data.before;
  const page = await listOrders(db(), store!.id, { limit: parsed.data.limit, beforeNumber: before, status: parsed.data.status });
  return Response.json({ data: page.items.map(orderSummaryJson), next: page.nextBefore === null ? null : String(page.nextBefore) });
});
