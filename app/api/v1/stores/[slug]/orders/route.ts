import { apiRoute, validationError } from "@/lib/api/http";
import { ordersQuery } from "@/lib/api/schemas";
import { listOrders } from "@/lib/commerce/orders";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/orders — a store key with orders:read. */
export const GET = apiRoute<{ slug: string }>({ scope: "orders:read", store: true }, async (req, { store }) => {
  const parsed = ordersQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return validationError(parsed.error);
  const page = await listOrders(db(), store!.id, { limit: parsed.data.limit, beforeNumber: parsed.data.before, status: parsed.data.status });
  return Response.json({
    data: page.items.map((o) => ({ ...o, createdAt: o.createdAt.toISOString() })),
    next: page.nextBefore,
  });
});
