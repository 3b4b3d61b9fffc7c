import { apiError, apiRoute, readBody } from "@/lib/api/http";
import { optionalReasonSchema } from "@/lib/api/schemas";
import { freshStoreJson } from "@/lib/api/stores";
import { db } from "@/lib/db/client";
import { reactivateStore } from "@/lib/stores/lifecycle";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/reactivate {reason?} */
export const POST = apiRoute<{ slug: string }>({ scope: "stores:write", store: true }, async (req, { store, key }) => {
  const body = await readBody(req, optionalReasonSchema);
  if (!body.ok) return body.response;
  const result = await reactivateStore(db(), store!.id, body.data.reason ?? null, { userId: key.createdBy });
  if (!result.ok) return apiError(409, "invalid_state", result.error);
  return Response.json(await freshStoreJson({ id: store!.id }));
});
