import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { WEBHOOK_EVENTS } from "@/lib/api/schemas";
import { requireSettingsReader } from "@/lib/stores/settings-access";
import { listDeliveries, listEndpoints } from "@/lib/webhooks/endpoints";
import { rootUrl } from "@/lib/tenancy/urls";
import { NewWebhookForm, WebhookControls } from "./WebhookForms";

export const metadata: Metadata = { title: "Webhooks" };

const when = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 19) + " UTC" : "—");

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
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              {e.disabledReason ?? "This endpoint is disabled."} Events are not sent to it until it is enabled again.
            </p>
          ) : null}
          {canWrite ? <WebhookControls endpointId={e.id} enabled={e.status === "enabled"} /> : null}
          <table className="w-full text-left text-sm" aria-label={`Deliveries to ${e.url}`}>
            <thead className="text-xs uppercase text-zinc-500">
              <tr>
                <th className="py-1 pr-2">Created</th>
                <th className="py-1 pr-2">Event</th>
                <th className="py-1 pr-2">Status</th>
                <th className="py-1 pr-2">Response</th>
                <th className="py-1 pr-2">Attempts</th>
                <th className="py-1">Error / next try</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {logs[i]!.deliveries.length === 0 ? (
                <tr>
                  <td colSpan={6} className="py-2 text-zinc-500">
                    No deliveries yet.
                  </td>
                </tr>
              ) : (
                logs[i]!.deliveries.map((d) => (
                  <tr key={d.id}>
                    <td className="py-1 pr-2 whitespace-nowrap">{when(d.createdAt)}</td>
                    <td className="py-1 pr-2 font-mono">{d.eventType}</td>
                    <td className="py-1 pr-2">{d.status}</td>
                    <td className="py-1 pr-2 font-mono">{d.responseStatus ?? "—"}</td>
                    <td className="py-1 pr-2">{d.attempts}</td>
                    <td className="py-1 text-zinc-600">{d.error ?? (d.status === "pending" ? `next try ${when(d.nextAttemptAt)}` : "")}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </section>
      ))}
      {canWrite ? <NewWebhookForm events={WEBHOOK_EVENTS} /> : null}
    </div>
  );
}
