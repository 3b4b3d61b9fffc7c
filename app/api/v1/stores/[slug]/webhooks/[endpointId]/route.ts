import { allowPrivateTargets } from "@/lib/webhooks/endpoint-form";
import { z } from "zod";
import { apiError, apiRoute, readBody } from "@/lib/api/http";
import { webhookEndpointUpdateSchema } from "@/lib/api/schemas";
import { endpointJson } from "@/lib/api/webhooks";
import { db } from "@/lib/db/client";
import { targetProblem } from "@/lib/webhooks/deliver";
import { deleteEndpoint, getEndpoint, updateEndpoint } from "@/lib/webhooks/endpoints";

export const dynamic = "force-dynamic";
type Params = { slug: string; endpointId: string };

const notFound = () => apiError(404, "not_found", "No such webhook endpoint in this store.");
const validId = (id: string) => z.uuid().safeParse(id).success;

/** GET /api/v1/stores/{slug}/webhooks/{endpointId} — webhooks:read. */
export const GET = apiRoute<Params>({ scope: "webhooks:read", store: true }, async (_req, { store, params }) => {
  const row = validId(params.endpointId) ? await getEndpoint(db(), store!.id, params.endpointId) : null;
  return row ? Response.json(endpointJson(row)) : notFound();
});

/** PATCH /api/v1/stores/{slug}/webhooks/{endpointId} — webhooks:write; `enabled: true` re-enables a disabled endpoint. */
export const PATCH = apiRoute<Params>({ scope: "webhooks:write", store: true }, async (req, { store, params, key }) => {
  if (!validId(params.endpointId)) return notFound();
  const body = await readBody(req, webhookEndpointUpdateSchema);
  if (!body.ok) return body.response;
  if (body.data.url) {
    const problem = await targetProblem(body.data.url, allowPrivateTargets());
    if (problem) return apiError(400, "validation_failed", problem, { details: [{ path: "url", message: problem }] });
  }
  const row = await updateEndpoint(db(), store!.id, params.endpointId, body.data, { userId: key.createdBy });
  return row ? Response.json(endpointJson(row)) : notFound();
});

/** DELETE /api/v1/stores/{slug}/webhooks/{endpointId} — webhooks:write; its delivery log goes with it. */
export const DELETE = apiRoute<Params>({ scope: "webhooks:write", store: true }, async (_req, { store, params, key }) => {
  if (!validId(params.endpointId) || !(await deleteEndpoint(db(), store!.id, params.endpointId, { userId: key.createdBy }))) return notFound();
  return Response.json({ ok: true, message: "Webhook endpoint deleted." });
});
