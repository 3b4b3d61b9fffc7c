import { apiError, apiRoute, readBody } from "@/lib/api/http";
import { reasonSchema } from "@/lib/api/schemas";
import { storeJsonNow } from "@/lib/api/stores";
import { db } from "@/lib/db/client";
import { requestStoreDeletion } from "@/lib/stores/lifecycle";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/delete {reason} — platform key, stores:write: the console's deletion with its grace period. */
export const POST = apiRoute<{ slug: string }>({ scope: "stores:write", store: true }, async (req, { store, key }) => {
  const body = await readBody(req, reasonSchema);
  if (!body.ok) return body.response;
  const result = await requestStoreDeletion(db(), store!.id, body.data.reason, { userId: key.createdBy });
  if (!result.ok) return apiError(409, "invalid_state", result.error);
  return Response.json(await storeJsonNow(store!.id));
});
