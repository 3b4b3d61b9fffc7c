import { apiError, apiRoute, readBody } from "@/lib/api/http";
import { updateViaApi } from "@/lib/api/products";
import { productUpdateSchema } from "@/lib/api/schemas";
import { productJson } from "@/lib/api/views";
import { getProduct } from "@/lib/catalog/products";
import { idSchema } from "@/lib/commerce/validation";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";
type Params = { slug: string; productId: string };

/** GET /api/v1/stores/{slug}/products/{productId} — products:read; another store's product id is a 404. */
export const GET = apiRoute<Params>({ scope: "products:read", store: true }, async (_req, { store, params }) => {
  const product = idSchema.safeParse(params.productId).success ? await getProduct(db(), store!.id, params.productId) : null;
  return product ? Response.json(productJson(product, store!.currency)) : apiError(404, "not_found", "No such product in this store.");
});

/** PATCH /api/v1/stores/{slug}/products/{productId} — products:write; fields not sent stay as they are. */
export const PATCH = apiRoute<Params>({ scope: "products:write", store: true }, async (req, ctx) => {
  if (!idSchema.safeParse(ctx.params.productId).success) return apiError(404, "not_found", "No such product in this store.");
  const body = await readBody(req, productUpdateSchema);
  if (!body.ok) return body.response;
  return updateViaApi(ctx, body.data);
});
