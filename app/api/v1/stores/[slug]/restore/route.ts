import { apiError, apiRoute } from "@/lib/api/http";
import { storeJsonNow } from "@/lib/api/stores";
import { db } from "@/lib/db/client";
import { restoreStore } from "@/lib/stores/lifecycle";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/restore — platform key, stores:write: undoes a scheduled deletion while the grace period lasts. */
export const POST = apiRoute<{ slug: string }>({ scope: "stores:write", store: true }, async (_req, { store, key }) => {
  const result = await restoreStore(db(), store!.id, { userId: key.createdBy });
  if (!result.ok) return apiError(409, "invalid_state", result.error);
  return Response.json(await storeJsonNow(store!.id));
});
