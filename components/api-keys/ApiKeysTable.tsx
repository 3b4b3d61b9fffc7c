"use client";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/ConfirmDialog";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import { useReadOnlyControl } from "@/components/ui/ReadOnly";
import { Time } from "@/components/ui/Time";
import type { ApiKeyView } from "@/lib/api/key-view";

const COLUMNS: DataColumn[] = [
  { id: "name", header: "Name", sortable: true },
  { id: "prefix", header: "Prefix" },
  { id: "scopes", header: "Scopes" },
  { id: "created", header: "Created", sortable: true },
  { id: "lastUsed", header: "Last used", sortable: true },
  { id: "status", header: "Status", sortable: true },
  { id: "actions", header: "Actions", srOnlyHeader: true, align: "right" },
];

/** The key list: newest first, revoked keys kept (greyed) for the record; revoking asks first. */
export function ApiKeysTable({ keys, canWrite, revokingId, onRevoke }: { keys: ApiKeyView[]; canWrite: boolean; revokingId?: string; onRevoke: (k: ApiKeyView) => void }) {
  const readOnly = useReadOnlyControl();
  return (
    <DataTable
      label="API keys"
      columns={COLUMNS}
      empty="No API keys yet. Create one above to let a program use the API."
      search={keys.length > 5 ? { label: "Search keys", placeholder: "Search keys" } : undefined}
      rows={keys.map((k) => ({
        id: k.id,
        muted: Boolean(k.revokedAt),
        search: `${k.name} ${k.prefix} ${k.scopes.join(" ")}`,
        sort: { name: k.name.toLowerCase(), created: Date.parse(k.createdAt), lastUsed: k.lastUsedAt ? Date.parse(k.lastUsedAt) : null, status: k.revokedAt ? "revoked" : "active" },
        cells: {
          name: <span className="font-semibold">{k.name}</span>,
          prefix: <span className="font-mono text-xs">plz_{k.prefix}_…</span>,
          scopes: (
            <ul className="flex flex-wrap gap-1">
              {k.scopes.map((s) => (
                <li key={s} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700">{s}</li>
              ))}
            </ul>
          ),
          created: <Time value={k.createdAt} className="whitespace-nowrap" />,
          lastUsed: k.lastUsedAt ? <Time value={k.lastUsedAt} relative className="whitespace-nowrap" /> : "Never",
          status: k.revokedAt ? (
            <span>
              Revoked <Time value={k.revokedAt} style="date" />
            </span>
          ) : (
            <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">Active</span>
          ),
          actions:
            canWrite && !k.revokedAt ? (
              <ConfirmButton
                confirm={{ title: `Revoke “${k.name}” (${k.prefix})?`, description: "Programs using it stop working at once. This cannot be undone.", actionLabel: "Revoke key" }}
                onConfirm={() => onRevoke(k)}
                render={(ask) => (
                  <Button variant="danger" size="sm" onClick={ask} disabled={revokingId === k.id || readOnly.disabled} aria-describedby={readOnly.describedBy} aria-label={`Revoke ${k.name}`}>
                    {revokingId === k.id ? "Revoking…" : "Revoke"}
                  </Button>
                )}
              />
            ) : null,
        },
      }))}
    />
  );
}
