import { allowPrivateTargets } from "@/lib/webhooks/endpoint-form";
import { keyringOr503 } from "@/lib/api/config";
import { apiError, apiRoute, readBody } from "@/lib/api/http";
import { webhookEndpointCreateSchema } from "@/lib/api/schemas";
import { endpointJson } from "@/lib/api/webhooks";
import { db } from "@/lib/db/client";
import { targetProblem } from "@/lib/webhooks/deliver";
import { createEndpoint, listEndpoints } from "@/lib/webhooks/endpoints";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/webhooks — webhooks:read. */
export const GET = apiRoute<{ slug: string }>({ scope: "webhooks:read", store: true }, async (_req, { store }) =>
  Response.json({ data: (await listEndpoints(db(), store!.id)).map(endpointJson) }),
);

/** POST /api/v1/stores/{slug}/webhooks {url, events, description?} — webhooks:write; answers the signing secret once. */
export const POST = apiRoute<{ slug: string }>({ scope: "webhooks:write", store: true }, async (req, { store, key }) => {
  const body = await readBody(req, webhookEndpointCreateSchema);
  if (!body.ok) return body.response;
  const problem = await targetProblem(body.data.url, allowPrivateTargets());
  if (problem) return apiError(400, "validation_failed", problem, { details: [{ path: "url", message: problem }] });
  const ring = keyringOr503();
  if (!ring.ok) return ring.response;
  const result = await createEndpoint(db(), ring.keyring, store!.id, body.data, { userId: key.createdBy });
  if (!result.ok) return apiError(409, "limit_reached", result.error);
  return Response.json({ endpoint: endpointJson(result.endpoint), secret: result.secret }, { status: 201 });
});
