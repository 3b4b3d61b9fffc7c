import { z } from "zod";
import { apiError, apiRoute } from "@/lib/api/http";
import { deliveryJson } from "@/lib/api/webhooks";
import { db } from "@/lib/db/client";
import { queueTestEvent } from "@/lib/webhooks/endpoints";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/webhooks/{endpointId}/test — webhooks:write; queues a `webhook.test` delivery (sent by the next jobs pass). */
export const POST = apiRoute<{ slug: string; endpointId: string }>({ scope: "webhooks:write", store: true }, async (_req, { store, params, key }) => {
  const row = z.uuid().safeParse(params.endpointId).success ? await queueTestEvent(db(), store!.id, params.endpointId, { userId: key.createdBy }) : null;
  return row ? Response.json(deliveryJson(row), { status: 202 }) : apiError(404, "not_found", "No such webhook endpoint in this store.");
});
