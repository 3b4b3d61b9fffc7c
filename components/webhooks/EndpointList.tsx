import { Notice } from "@/components/ui/Notice";
import { DeliveryLog, type DeliveryLogRow } from "./DeliveryLog";
import { EndpointControls, NewEndpointForm, type EndpointActions } from "./WebhookEndpointForms";
import type { FormAction } from "@/lib/actions/action-type";
import { EmptyState } from "@/components/ui/EmptyState";

export type EndpointView = { id: string; url: string; description: string | null; events: string[]; status: string; disabledReason: string | null };

/*
 * A list of webhook endpoints, each with its controls and recent delivery
 * log, and the form for a new one: the store's settings and the console's
 * platform webhooks are the same page over different endpoints. `actions`
 * null means the viewer may only read (no controls, no form).
 */
export function EndpointList({
  endpoints,
  logs,
  events,
  actions,
}: {
  endpoints: EndpointView[];
  logs: DeliveryLogRow[][];
  events: readonly string[];
  actions: (EndpointActions & { create: FormAction }) | null;
}) {
  return (
    <>
      {endpoints.length === 0 ? (
        <EmptyState>No endpoints yet.{actions ? " Add one below to receive events." : null}</EmptyState>
      ) : null}
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
          {actions ? <EndpointControls endpointId={e.id} enabled={e.status === "enabled"} actions={actions} /> : null}
          <DeliveryLog label={`Deliveries to ${e.url}`} rows={logs[i] ?? []} />
        </section>
      ))}
      {actions ? <NewEndpointForm events={events} action={actions.create} /> : null}
    </>
  );
}
