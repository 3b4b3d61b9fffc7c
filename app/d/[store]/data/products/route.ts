import { db } from "@/lib/db/client";
import { listProducts } from "@/lib/catalog/products";
import { memberForHandler } from "@/lib/access/edges";
import { productListParams, searchObject } from "@/lib/dashboard/list-params";

/**
 * One page of the store's products for the dashboard list (react-query). The
 * store is the route's — the proxy derives it from the host — and the member's
 * role is read from the database here, not trusted from the page.
 */
export async function GET(req: Request, { params }: { params: Promise<{ store: string }> }) {
  const access = await memberForHandler((await params).store, "products:read");
  if (access instanceof Response) return access;
  const parsed = productListParams.safeParse(searchObject(new URL(req.url).searchParams));
  if (!parsed.success) return Response.json({ error: "Invalid filter or page." }, { status: 400 });
  const page = await listProducts(db(), access.store.id, { ...parsed.data, limit: 20 });
  return Response.json(
    {
      products: page.products.map((p) => ({
        id: p.id,
        title: p.title,
        handle: p.handle,
        status: p.status,
        priceCents: p.priceCents,
        stock: p.stock,
        imagePath: p.imagePath,
      })),
      next: page.next,
    },
    { headers: { "cache-control": "private, no-store" } },
  );
}
