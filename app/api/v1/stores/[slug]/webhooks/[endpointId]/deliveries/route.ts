import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/db/keyset";
import { apiError, apiRoute, validationError } from "@/lib/api/http";
import { pageQuery } from "@/lib/api/schemas";
import { deliveryJson } from "@/lib/api/webhooks";
import { db } from "@/lib/db/client";
import { getEndpoint, listDeliveries } from "@/lib/webhooks/endpoints";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/webhooks/{endpointId}/deliveries — webhooks:read; newest first. */
export const GET = apiRoute<{ slug: string; endpointId: string }>({ scope: "webhooks:read", store: true }, async (req, { store, params }) => {
  if (!z.uuid().safeParse(params.endpointId).success || !(await getEndpoint(db(), store!.id, params.endpointId))) {
    return apiError(404, "not_found", "No such webhook endpoint in this store.");
  }
  const parsed = pageQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return validationError(parsed.error);
  const cursor = decodeCursor(parsed.data.after);
  if (cursor === "invalid") return apiError(400, "validation_failed", "The `after` cursor is not valid.");
  const page = await listDeliveries(db(), store!.id, params.endpointId, { limit: parsed.data.limit, after: cursor ? { createdAt: cursor.t, id: cursor.id } : undefined });
  return Response.json({ data: page.deliveries.map(deliveryJson), next: page.next ? encodeCursor({ t: page.next.createdAt, id: page.next.id }) : null });
});
