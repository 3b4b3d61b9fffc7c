import { apiError, apiRoute, readBody } from "@/lib/api/http";
import { storeUpdateSchema } from "@/lib/api/schemas";
import { freshStoreJson, renameStoreViaApi, storeJson } from "@/lib/api/stores";
import { db } from "@/lib/db/client";
import { changePlan } from "@/lib/plans/change";

export const dynamic = "force-dynamic";
type Params = { slug: string };

/** GET /api/v1/stores/{slug} */
export const GET = apiRoute<Params>({ scope: "stores:read", store: true }, async (_req, { store }) => Response.json(storeJson(store!)));

/** PATCH /api/v1/stores/{slug} — rename and/or change plan (applied as the console's preview describes). */
export const PATCH = apiRoute<Params>({ scope: "stores:write", store: true }, async (req, { store, key }) => {
  const body = await readBody(req, storeUpdateSchema);
  if (!body.ok) return body.response;
  const s = store!;
  if (body.data.plan && body.data.plan !== s.plan) {
    const changed = await changePlan(db(), s.id, body.data.plan, { userId: key.createdBy });
    if (!changed.ok) return apiError(409, "conflict", changed.error);
  }
  if (body.data.name && body.data.name !== s.name) {
    await renameStoreViaApi(s, body.data.name, key);
  }
  return Response.json(await freshStoreJson({ id: s.id }));
});
