import type { Metadata } from "next";
import { EndpointList } from "@/components/webhooks/EndpointList";
import { db } from "@/lib/db/client";
import { rootUrl } from "@/lib/tenancy/urls";
import { listPlatformDeliveries, listPlatformEndpoints, PLATFORM_WEBHOOK_EVENTS } from "@/lib/webhooks/platform";
import { requirePlatformAdmin } from "@/lib/access/platform";
import { createPlatformWebhookAction, deletePlatformWebhookAction, sendPlatformTestWebhookAction, setPlatformWebhookEnabledAction } from "./actions";

export const metadata: Metadata = { title: "Platform webhooks" };

const actions = { create: createPlatformWebhookAction, test: sendPlatformTestWebhookAction, setEnabled: setPlatformWebhookEnabledAction, remove: deletePlatformWebhookAction };

/** The platform's webhook endpoints (store lifecycle and domain events), each with its recent delivery log. */
export default async function PlatformWebhooksPage() {
  await requirePlatformAdmin();
  const endpoints = await listPlatformEndpoints(db());
  const logs = await Promise.all(endpoints.map((e) => listPlatformDeliveries(db(), e.id, 10)));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Platform webhooks</h1>
        <p className="mt-1 max-w-3xl text-zinc-600">
          Plaza POSTs an event to each endpoint when a store is created, suspended, reactivated, scheduled for deletion, restored or purged, and when a custom domain is verified or fails.
          Deliveries are signed like a store&apos;s (Standard Webhooks, HMAC-SHA256 with a timestamp) and retried with backoff; see the{" "}
          <a className="text-indigo-700 underline" href={rootUrl("/api/v1/openapi.json")}>
            API reference
          </a>{" "}
          for how to verify them.
        </p>
      </div>
      <EndpointList endpoints={endpoints} logs={logs} events={PLATFORM_WEBHOOK_EVENTS} actions={actions} />
    </div>
  );
}
