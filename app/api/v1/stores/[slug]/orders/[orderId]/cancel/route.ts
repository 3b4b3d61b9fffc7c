import { apiRoute } from "@/lib/api/http";
import { orderActionViaApi } from "@/lib/api/orders";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/orders/{orderId}/cancel {reason?} — orders:write. Cancels an order and restocks its items (the dashboard's domain function). */
export const POST = apiRoute<{ slug: string; orderId: string }>({ scope: "orders:write", store: true }, (req, ctx) => orderActionViaApi(req, ctx, "cancel"));
