import { apiRoute } from "@/lib/api/http";
import { orderActionViaApi } from "@/lib/api/orders";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/orders/{orderId}/fulfill {reason?} — orders:write. Marks an order fulfilled (the dashboard's domain function). */
export const POST = apiRoute<{ slug: string; orderId: string }>({ scope: "orders:write", store: true }, (req, ctx) => orderActionViaApi(req, ctx, "fulfill"));
