import { apiError, apiRoute, validationError } from "@/lib/api/http";
import { pageQuery } from "@/lib/api/schemas";
import { catalogForStore } from "@/lib/catalog/master-opt-in";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/catalog — products:read; the master catalog with this store's copies. `after` is the previous page's `next`. */
export const GET = apiRoute<{ slug: string }>({ scope: "products:read", store: true }, async (req, { store }) => {
  const parsed = pageQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return validationError(parsed.error);
  const after = parsed.data.after ?? "1";
  if (!/^\d{1,6}$/.test(after) || Number(after) < 1) return apiError(400, "validation_failed", "The `after` cursor is not valid.");
  const page = Number(after);
  const { items, total } = await catalogForStore(db(), store!.id, { page, pageSize: parsed.data.limit });
  return Response.json({
    data: items.map(({ master, copy }) => ({
      masterProductId: master.id,
      handle: master.handle,
      title: master.title,
      description: master.description,
      suggestedPriceCents: master.suggestedPriceCents,
      copy: copy ? { productId: copy.id, status: copy.status, priceCents: copy.priceCents, stock: copy.stock } : null,
    })),
    next: page * parsed.data.limit < total ? String(page + 1) : null,
  });
});
