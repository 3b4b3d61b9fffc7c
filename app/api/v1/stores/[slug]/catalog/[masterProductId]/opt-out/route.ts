import { z } from "zod";
import { apiError, apiRoute } from "@/lib/api/http";
import { archiveViaApi } from "@/lib/api/products";
import { db } from "@/lib/db/client";
import { findMasterCopy } from "@/lib/catalog/master-opt-in";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/catalog/{masterProductId}/opt-out — products:write; archives the store's copy (orders keep their lines). */
export const POST = apiRoute<{ slug: string; masterProductId: string }>({ scope: "products:write", store: true }, async (_req, ctx) => {
  const notFound = () => apiError(404, "not_found", "This store has no copy of that catalog product.");
  if (!z.uuid().safeParse(ctx.params.masterProductId).success) return notFound();
  const copyId = await findMasterCopy(db(), ctx.store!.id, ctx.params.masterProductId);
  if (!copyId) return notFound();
  return archiveViaApi({ ...ctx, params: { slug: ctx.params.slug, productId: copyId } });
});
