import { Notice } from "@/components/ui/Notice";
import { DeliveryLog, type DeliveryLogRow } from "./DeliveryLog";
import { EmptyState } from "@/components/ui/EmptyState";

type Endpoint = { id: string; url: string; events: string[]; status: "enabled" | "disabled"; disabledReason: string | null };

/** A store's webhook endpoints and their recent deliveries, read-only, for the console's store page (support: "are my webhooks arriving?"). */
export function StoreWebhooksOverview({ endpoints }: { endpoints: Array<{ endpoint: Endpoint; deliveries: DeliveryLogRow[] }> }) {
  if (endpoints.length === 0) return <EmptyState>No webhook endpoints.</EmptyState>;
  return (
    <div className="space-y-4">
      {endpoints.map(({ endpoint: e, deliveries }) => (
        <div key={e.id} className="space-y-2">
          <p className="text-sm">
            <span className="break-all font-mono font-semibold">{e.url}</span> <span className="text-zinc-700">· {e.status}</span>
            <span className="block text-xs text-zinc-600">{e.events.join(", ")}</span>
          </p>
          {e.status === "disabled" ? (
            <Notice tone="error" live={false}>
              {e.disabledReason ?? "This endpoint is disabled."}
            </Notice>
          ) : null}
          <DeliveryLog label={`Deliveries to ${e.url}`} rows={deliveries} />
        </div>
      ))}
    </div>
  );
}
