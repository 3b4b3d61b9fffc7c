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

/** A webhook endpoint's recent deliveries with the receiver's response codes (console; the store's settings page has its own). */
export function DeliveryLog({ label, rows }: { label: string; rows: DeliveryLogRow[] }) {
  return (
    <table className="w-full text-left text-sm" aria-label={label}>
      <thead className="text-xs uppercase text-zinc-600">
        <tr>
          <th scope="col" className="py-1 pr-2">Created</th>
          <th scope="col" className="py-1 pr-2">Event</th>
          <th scope="col" className="py-1 pr-2">Status</th>
          <th scope="col" className="py-1 pr-2">Response</th>
          <th scope="col" className="py-1 pr-2">Attempts</th>
          <th scope="col" className="py-1">Error / next try</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {rows.length === 0 ? (
          <tr>
            <td colSpan={6} className="py-2 text-zinc-600">
              No deliveries yet.
            </td>
          </tr>
        ) : (
          rows.map((d) => (
            <tr key={d.id}>
              <td className="whitespace-nowrap py-1 pr-2">
                <Time value={d.createdAt} />
              </td>
              <td className="py-1 pr-2 font-mono">{d.eventType}</td>
              <td className="py-1 pr-2">{d.status}</td>
              <td className="py-1 pr-2 font-mono">{d.responseStatus ?? "—"}</td>
              <td className="py-1 pr-2">{d.attempts}</td>
              <td className="py-1 text-zinc-700">
                {d.error ?? (d.status === "pending" ? (
                  <>
                    next try <Time value={d.nextAttemptAt} />
                  </>
                ) : null)}
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
