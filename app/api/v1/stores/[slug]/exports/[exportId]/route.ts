import { apiError, apiRoute } from "@/lib/api/http";
import { exportJson, getExport } from "@/lib/api/exports";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/exports/{exportId} — poll one export; a succeeded one carries a fresh signed download link. */
export const GET = apiRoute<{ slug: string; exportId: string }>({ scope: "stores:write", store: true }, async (_req, { store, params }) => {
  const row = await getExport(db(), store!.id, params.exportId);
  return row ? Response.json(exportJson(store!.slug, row)) : apiError(404, "not_found", "No such export of this store.");
});
