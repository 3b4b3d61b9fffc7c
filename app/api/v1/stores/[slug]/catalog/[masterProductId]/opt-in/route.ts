import { apiError, apiRoute, readBody, validationError } from "@/lib/api/http";
import { optInBodySchema } from "@/lib/api/schemas";
import { productJson } from "@/lib/api/views";
import { optIn } from "@/lib/catalog/master-opt-in";
import { optInSchema } from "@/lib/catalog/master-input";
import { getProduct } from "@/lib/catalog/products";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/catalog/{masterProductId}/opt-in — products:write; the dashboard's opt-in (validation, plan limit, audit). */
export const POST = apiRoute<{ slug: string; masterProductId: string }>({ scope: "products:write", store: true }, async (req, { store, key, params }) => {
  const body = await readBody(req, optInBodySchema);
  if (!body.ok) return body.response;
  const form = optInSchema.safeParse({ masterProductId: params.masterProductId, handle: body.data.handle ?? "", price: (body.data.priceCents / 100).toFixed(2), stock: String(body.data.stock), status: body.data.status });
  if (!form.success) {
    if (form.error.issues.some((i) => i.path[0] === "masterProductId")) return apiError(404, "not_found", "That product is not in the catalog.");
    return validationError(form.error);
  }
  if (!key.createdBy) return apiError(401, "unauthorized", "This key has no member behind it: create a new key.");
  const result = await optIn(db(), key.createdBy, store!.id, form.data);
  if (!result.ok) {
    if (/not in the catalog/.test(result.error)) return apiError(404, "not_found", result.error);
    if (/plan allows/.test(result.error)) return apiError(409, "limit_reached", result.error);
    return apiError(409, "conflict", result.fieldErrors ? (Object.values(result.fieldErrors)[0]?.[0] ?? result.error) : result.error);
  }
  return Response.json(productJson((await getProduct(db(), store!.id, result.productId))!, store!.currency), { status: 201 });
});
