import type { ApiKeyView } from "@/lib/api/key-view";

const day = (iso: string | null) => (iso ? iso.slice(0, 16).replace("T", " ") : "—");

/** The key list: newest first, revoked keys kept (greyed) for the record. */
export function ApiKeysTable({ keys, canWrite, revokingId, onRevoke }: { keys: ApiKeyView[]; canWrite: boolean; revokingId?: string; onRevoke: (k: ApiKeyView) => void }) {
  if (keys.length === 0) return <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-6 text-center text-zinc-600">No API keys yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="min-w-full text-sm" aria-label="API keys">
        <thead className="bg-zinc-50 text-left text-zinc-600">
          <tr>
            <th className="px-4 py-2">Name</th>
            <th className="px-4 py-2">Prefix</th>
            <th className="px-4 py-2">Scopes</th>
            <th className="px-4 py-2">Created (UTC)</th>
            <th className="px-4 py-2">Last used</th>
            <th className="px-4 py-2">Status</th>
            <th className="px-4 py-2 text-right"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {keys.map((k) => (
            <tr key={k.id} className={k.revokedAt ? "text-zinc-400" : undefined}>
              <td className="px-4 py-3 font-semibold">{k.name}</td>
              <td className="px-4 py-3 font-mono text-xs">plz_{k.prefix}_…</td>
              <td className="px-4 py-3">
                <ul className="flex flex-wrap gap-1">
                  {k.scopes.map((s) => (
                    <li key={s} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700">{s}</li>
                  ))}
                </ul>
              </td>
              <td className="whitespace-nowrap px-4 py-3">{day(k.createdAt)}</td>
              <td className="whitespace-nowrap px-4 py-3">{k.lastUsedAt ? day(k.lastUsedAt) : "Never"}</td>
              <td className="px-4 py-3">
                {k.revokedAt ? <span>Revoked {k.revokedAt.slice(0, 10)}</span> : <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">Active</span>}
              </td>
              <td className="px-4 py-3 text-right">
                {canWrite && !k.revokedAt ? (
                  <button
                    type="button"
                    onClick={() => onRevoke(k)}
                    disabled={revokingId === k.id}
                    aria-label={`Revoke ${k.name}`}
                    className="rounded-md bg-red-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-700 focus:outline-none focus:ring-2 focus:ring-indigo-500 focus:ring-offset-2 disabled:opacity-60"
                  >
                    {revokingId === k.id ? "Revoking…" : "Revoke"}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
