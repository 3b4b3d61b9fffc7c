import { apiRoute, apiError, validationError } from "@/lib/api/http";
import { storeListQuery } from "@/lib/api/schemas";
import { listStoresPage } from "@/lib/api/stores";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores — platform key with stores:read. */
export const GET = apiRoute({ scope: "stores:read", store: false }, async (req) => {
  const parsed = storeListQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return validationError(parsed.error);
  const page = await listStoresPage(parsed.data);
  if (page === "invalid") return apiError(400, "validation_failed", "The `after` cursor is not valid.");
  return Response.json(page);
});
