import { apiError, apiRoute } from "@/lib/api/http";
import { archiveViaApi } from "@/lib/api/products";
import { idSchema } from "@/lib/commerce/validation";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/products/{productId}/archive — products:write. */
export const POST = apiRoute<{ slug: string; productId: string }>({ scope: "products:write", store: true }, async (_req, ctx) => {
  if (!idSchema.safeParse(ctx.params.productId).success) return apiError(404, "not_found", "No such product in this store.");
  return archiveViaApi(ctx);
});
