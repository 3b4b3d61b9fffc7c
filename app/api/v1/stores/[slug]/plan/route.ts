import { apiError, apiRoute, readBody } from "@/lib/api/http";
import { planChangeSchema } from "@/lib/api/schemas";
import { storeJson, storeJsonNow } from "@/lib/api/stores";
import { db } from "@/lib/db/client";
import { changePlan, previewPlanChange } from "@/lib/plans/change";
import { PLANS } from "@/lib/plans/plans";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/plan {plan, dryRun} — platform key, stores:write: the console's preview, and its change when not a dry run. */
export const POST = apiRoute<{ slug: string }>({ scope: "stores:write", store: true }, async (req, { store, key }) => {
  const body = await readBody(req, planChangeSchema);
  if (!body.ok) return body.response;
  const s = store!;
  if (body.data.plan === s.plan) return apiError(409, "invalid_state", `The store is already on the ${PLANS[s.plan].name} plan.`);
  if (body.data.dryRun) {
    const preview = await previewPlanChange(db(), s.id, body.data.plan);
    return Response.json({ applied: false, preview: preview!, store: storeJson(s) });
  }
  const changed = await changePlan(db(), s.id, body.data.plan, { userId: key.createdBy });
  if (!changed.ok) return apiError(409, "conflict", changed.error);
  return Response.json({ applied: true, preview: changed.preview, store: await storeJsonNow(s.id) });
});
