import { apiError, apiRoute, readBody, validationError } from "@/lib/api/http";
import { decodeCursor, encodeCursor } from "@/lib/db/keyset";
import { createViaApi } from "@/lib/api/products";
import { pageQuery, productCreateSchema } from "@/lib/api/schemas";
import { productJson } from "@/lib/api/views";
import { listProducts } from "@/lib/catalog/products";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/products — a store key with products:read. */
export const GET = apiRoute<{ slug: string }>({ scope: "products:read", store: true }, async (req, { store }) => {
  const parsed = pageQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return validationError(parsed.error);
  const cursor = decodeCursor(parsed.data.after);
  if (cursor === "invalid") return apiError(400, "validation_failed", "The `after` cursor is not valid.");
  const page = await listProducts(db(), store!.id, { limit: parsed.data.limit, after: cursor ? { createdAt: cursor.t, id: cursor.id } : undefined });
  return Response.json({
    data: page.products.map((p) => productJson(p, store!.currency)),
    next: page.next ? encodeCursor({ t: page.next.createdAt, id: page.next.id }) : null,
  });
});

/** POST /api/v1/stores/{slug}/products — products:write; the dashboard's validation, plan limit and audit. */
export const POST = apiRoute<{ slug: string }>({ scope: "products:write", store: true }, async (req, ctx) => {
  const body = await readBody(req, productCreateSchema);
  if (!body.ok) return body.response;
  return createViaApi(ctx, body.data);
});
