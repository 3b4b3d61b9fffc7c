import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { WEBHOOK_EVENTS } from "@/lib/api/schemas";
import { requireSettingsReader } from "@/lib/stores/settings-access";
import { listDeliveries, listEndpoints } from "@/lib/webhooks/endpoints";
import { rootUrl } from "@/lib/tenancy/urls";
import { EndpointList } from "@/components/webhooks/EndpointList";
import { createWebhookAction, deleteWebhookAction, sendTestWebhookAction, setWebhookEnabledAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

const actions = { create: createWebhookAction, test: sendTestWebhookAction, setEnabled: setWebhookEnabledAction, remove: deleteWebhookAction };

/** The store's webhook endpoints, each with its recent delivery log (response codes, attempts, errors). */
export default async function WebhooksPage({ params }: { params: Promise<{ store: string }> }) {
  const { store, canWrite } = await requireSettingsReader((await params).store);
  const endpoints = await listEndpoints(db(), store.id);
  const logs = await Promise.all(endpoints.map((e) => listDeliveries(db(), store.id, e.id, { limit: 10 })));

  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-bold">Webhooks</h2>
        <p className="mt-1 max-w-3xl text-zinc-600">
          Plaza POSTs an event to each endpoint when something happens in {store.name}: orders created, paid, fulfilled, cancelled or refunded, products changed, members joining or leaving,
          the store suspended or reactivated, domains verified or failing. Deliveries are signed (Standard Webhooks, HMAC-SHA256 with a timestamp) and retried with backoff; see the{" "}
          <a className="text-indigo-700 underline" href={rootUrl("/api/v1/openapi.json")}>
            API reference
          </a>{" "}
          for how to verify them.{canWrite ? null : " Only owners can add or change endpoints."}
        </p>
      </div>
      <EndpointList endpoints={endpoints} logs={logs.map((l) => l.deliveries)} events={WEBHOOK_EVENTS} actions={canWrite ? actions : null} />
    </div>
  );
}
