import { apiError, apiRoute, readBody } from "@/lib/api/http";
import { reasonSchema } from "@/lib/api/schemas";
import { freshStoreJson } from "@/lib/api/stores";
import { db } from "@/lib/db/client";
import { suspendStore } from "@/lib/stores/lifecycle";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/suspend {reason} */
export const POST = apiRoute<{ slug: string }>({ scope: "stores:write", store: true }, async (req, { store, key }) => {
  const body = await readBody(req, reasonSchema);
  if (!body.ok) return body.response;
  const result = await suspendStore(db(), store!.id, body.data.reason, { userId: key.createdBy });
  if (!result.ok) return apiError(409, "invalid_state", result.error);
  return Response.json(await freshStoreJson({ id: store!.id }));
});
