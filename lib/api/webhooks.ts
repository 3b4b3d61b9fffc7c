import "server-only";
import type { z } from "zod";
import type { DeliveryRow, EndpointRow } from "@/lib/webhooks/endpoints";
import type { webhookDeliverySchema, webhookEndpointSchema } from "./schemas";

/* Webhook endpoints and deliveries as the API shows them: never the secret. */

export function endpointJson(e: EndpointRow): z.infer<typeof webhookEndpointSchema> {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    events: e.events as z.infer<typeof webhookEndpointSchema>["events"],
    status: e.status,
    consecutiveFailures: e.consecutiveFailures,
    disabledReason: e.disabledReason,
    createdAt: e.createdAt.toISOString(),
  };
}

export function deliveryJson(d: DeliveryRow): z.infer<typeof webhookDeliverySchema> {
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    responseStatus: d.responseStatus,
    error: d.error,
    createdAt: d.createdAt.toISOString(),
    lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: d.status === "pending" ? d.nextAttemptAt.toISOString() : null,
  };
}
