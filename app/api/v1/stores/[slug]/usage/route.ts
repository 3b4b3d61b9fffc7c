import { apiError, apiRoute, validationError } from "@/lib/api/http";
import { storeUsageReport, usageRange } from "@/lib/api/platform-ops";
import { usageQuery } from "@/lib/api/schemas";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/usage?range=24h|7d|30d or ?from=YYYY-MM-DD&to=YYYY-MM-DD — platform key, stores:read. */
export const GET = apiRoute<{ slug: string }>({ scope: "stores:read", store: true }, async (req, { store }) => {
  const parsed = usageQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return validationError(parsed.error);
  const range = usageRange(parsed.data);
  if ("error" in range) return apiError(400, "validation_failed", range.error);
  return Response.json(await storeUsageReport(db(), store!, range));
});
