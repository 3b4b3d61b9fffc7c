import { db } from "@/lib/db/client";
import { listOrders } from "@/lib/commerce/orders";
import { memberForHandler } from "@/lib/access/edges";
import { orderListParams, searchObject } from "@/lib/dashboard/list-params";

/** One page of the store's orders, newest first ("Older orders" passes `before`). Same checks as the products list. */
export async function GET(req: Request, { params }: { params: Promise<{ store: string }> }) {
  const access = await memberForHandler((await params).store, "orders:read");
  if (access instanceof Response) return access;
  const parsed = orderListParams.safeParse(searchObject(new URL(req.url).searchParams));
  if (!parsed.success) return Response.json({ error: "Invalid filter or page." }, { status: 400 });
  const { before, ...filters } = parsed.data;
  const page = await listOrders(db(), access.store.id, { ...filters, beforeNumber: before, limit: 20 });
  return Response.json(page, { headers: { "cache-control": "private, no-store" } });
}
