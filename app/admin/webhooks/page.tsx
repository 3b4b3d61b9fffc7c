import type { Metadata } from "next";
import { Notice } from "@/components/ui/Notice";
import { DeliveryLog } from "@/components/webhooks/DeliveryLog";
import { EndpointControls, NewEndpointForm } from "@/components/webhooks/WebhookEndpointForms";
import { db } from "@/lib/db/client";
import { rootUrl } from "@/lib/tenancy/urls";
import { listPlatformDeliveries, listPlatformEndpoints, PLATFORM_WEBHOOK_EVENTS } from "@/lib/webhooks/platform";
import { requirePlatformAdmin } from "../guard";
import { createPlatformWebhookAction, deletePlatformWebhookAction, sendPlatformTestWebhookAction, setPlatformWebhookEnabledAction } from "./actions";

export const metadata: Metadata = { title: "Platform webhooks" };

const actions = { test: sendPlatformTestWebhookAction, setEnabled: setPlatformWebhookEnabledAction, remove: deletePlatformWebhookAction };

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
      {endpoints.length === 0 ? <p className="text-zinc-600">No endpoints yet.</p> : null}
      {endpoints.map((e, i) => (
        <section key={e.id} aria-label={`Endpoint ${e.url}`} className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <p className="break-all font-mono text-sm font-semibold">{e.url}</p>
              {e.description ? <p className="text-sm text-zinc-600">{e.description}</p> : null}
              <p className="mt-1 text-xs text-zinc-600">{e.events.join(", ")}</p>
            </div>
            <span className={`rounded px-2 py-0.5 text-xs font-medium ${e.status === "enabled" ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>{e.status}</span>
          </div>
          {e.status === "disabled" ? (
            <Notice tone="error" live={false} title="This endpoint is disabled">
              {e.disabledReason ?? "Disabled."} Events are not sent to it until it is enabled again.
            </Notice>
          ) : null}
          <EndpointControls endpointId={e.id} enabled={e.status === "enabled"} actions={actions} />
          <DeliveryLog label={`Deliveries to ${e.url}`} rows={logs[i]!} />
        </section>
      ))}
      <NewEndpointForm events={PLATFORM_WEBHOOK_EVENTS} action={createPlatformWebhookAction} />
    </div>
  );
}
