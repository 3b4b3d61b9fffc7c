type Entry = {
  id: number;
  action: string;
  targetId: string | null;
  reason: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
  actorEmail: string | null;
  storeSlug: string | null;
};

/** The audit log as a table: when, who, what, about whom, why. */
export function AuditTable({ entries, showStore = false, label = "Audit log" }: { entries: Entry[]; showStore?: boolean; label?: string }) {
  if (entries.length === 0) return <p className="text-zinc-600">No entries.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="min-w-full text-sm" aria-label={label}>
        <thead className="bg-zinc-50 text-left text-zinc-600">
          <tr>
            <th className="px-4 py-2">When</th>
            {showStore ? <th className="px-4 py-2">Store</th> : null}
            <th className="px-4 py-2">Who</th>
            <th className="px-4 py-2">What</th>
            <th className="px-4 py-2">About</th>
            <th className="px-4 py-2">Reason</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="whitespace-nowrap px-4 py-2 text-zinc-600">{e.createdAt.toISOString().replace("T", " ").slice(0, 16)}</td>
              {showStore ? <td className="px-4 py-2">{e.storeSlug ?? "—"}</td> : null}
              <td className="px-4 py-2">{e.actorEmail ?? "—"}{typeof e.data.impersonatedBy === "string" ? <span className="block text-xs text-violet-800">as support</span> : null}</td>
              <td className="px-4 py-2 font-mono text-xs">{e.action}</td>
              <td className="px-4 py-2">{typeof e.data.email === "string" ? e.data.email : typeof e.data.slug === "string" ? e.data.slug : (e.targetId ?? "—")}{typeof e.data.role === "string" ? ` (${e.data.role})` : ""}{typeof e.data.to === "string" ? ` → ${e.data.to}` : ""}</td>
              <td className="px-4 py-2 text-zinc-700">{e.reason ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
