import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import { Time } from "@/components/ui/Time";

/** One row of a delivery log: what was sent, how the receiver answered, and when it is tried again. */
export type DeliveryLogRow = {
  id: string;
  createdAt: Date;
  eventType: string;
  status: "pending" | "succeeded" | "failed";
  responseStatus: number | null;
  attempts: number;
  error: string | null;
  nextAttemptAt: Date;
};

const COLUMNS: DataColumn[] = [
  { id: "created", header: "Created", sortable: true },
  { id: "event", header: "Event", sortable: true },
  { id: "status", header: "Status", sortable: true },
  { id: "response", header: "Response", sortable: true },
  { id: "attempts", header: "Attempts", sortable: true, align: "right" },
  { id: "error", header: "Error / next try" },
];

const STATUSES = ["pending", "succeeded", "failed"].map((v) => ({ value: v, label: v }));

/**
 * An endpoint's recent deliveries with the receiver's response codes, on the
 * one data table: the store's webhook settings, the console's store page and
 * the console's platform webhooks all show the same log.
 */
export function DeliveryLog({ label, rows }: { label: string; rows: DeliveryLogRow[] }) {
  return (
    <DataTable
      label={label}
      columns={COLUMNS}
      empty="No deliveries yet."
      facets={rows.length > 0 ? [{ id: "status", label: "Status", options: STATUSES }] : []}
      rows={rows.map((d) => ({
        id: d.id,
        facets: { status: d.status },
        sort: { created: d.createdAt.getTime(), event: d.eventType, status: d.status, response: d.responseStatus ?? null, attempts: d.attempts },
        cells: {
          created: <Time value={d.createdAt} relative className="whitespace-nowrap" />,
          event: <span className="font-mono">{d.eventType}</span>,
          status: d.status,
          response: <span className="font-mono">{d.responseStatus ?? "—"}</span>,
          attempts: d.attempts,
          error: (
            <span className="text-zinc-600">
              {d.error ??
                (d.status === "pending" ? (
                  <>
                    next try <Time value={d.nextAttemptAt} />
                  </>
                ) : (
                  ""
                ))}
            </span>
          ),
        },
      }))}
    />
  );
}
