import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { WEBHOOK_EVENTS } from "@/lib/api/schemas";
import { requireSettingsReader } from "@/lib/stores/settings-access";
import { listDeliveries, listEndpoints } from "@/lib/webhooks/endpoints";
import { rootUrl } from "@/lib/tenancy/urls";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import { Notice } from "@/components/ui/Notice";
import { Time } from "@/components/ui/Time";
import { NewWebhookForm, WebhookControls } from "./WebhookForms";

export const metadata: Metadata = { title: "Webhooks" };

const DELIVERY_COLUMNS: DataColumn[] = [
  { id: "created", header: "Created", sortable: true },
  { id: "event", header: "Event", sortable: true },
  { id: "status", header: "Status", sortable: true },
  { id: "response", header: "Response", sortable: true },
  { id: "attempts", header: "Attempts", sortable: true, align: "right" },
  { id: "error", header: "Error / next try" },
];

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
            <Notice tone="error">{e.disabledReason ?? "This endpoint is disabled."} Events are not sent to it until it is enabled again.</Notice>
          ) : null}
          {canWrite ? <WebhookControls endpointId={e.id} enabled={e.status === "enabled"} /> : null}
          <DataTable
            label={`Deliveries to ${e.url}`}
            columns={DELIVERY_COLUMNS}
            empty="No deliveries yet."
            facets={[{ id: "status", label: "Status", options: ["pending", "succeeded", "failed"].map((v) => ({ value: v, label: v })) }]}
            rows={logs[i]!.deliveries.map((d) => ({
              id: d.id,
              facets: { status: d.status },
              sort: { created: d.createdAt.getTime(), event: d.eventType, status: d.status, response: d.responseStatus ?? null, attempts: d.attempts },
              cells: {
                created: <Time value={d.createdAt} relative className="whitespace-nowrap" />,
                event: <span className="font-mono">{d.eventType}</span>,
                status: d.status,
                response: <span className="font-mono">{d.responseStatus ?? "—"}</span>,
                attempts: d.attempts,
                error: <span className="text-zinc-600">{d.error ?? (d.status === "pending" ? <>next try <Time value={d.nextAttemptAt} /></> : "")}</span>,
              },
            }))}
          />
        </section>
      ))}
      {canWrite ? <NewWebhookForm events={WEBHOOK_EVENTS} /> : null}
    </div>
  );
}
