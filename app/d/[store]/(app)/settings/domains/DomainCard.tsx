"use client";
import { useEffect } from "react";
import { CopyButton } from "@/components/dashboard/CopyButton";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/ConfirmDialog";
import { DataTable, type DataColumn, type DataRow } from "@/components/ui/DataTable";
import { useReadOnlyControl } from "@/components/ui/ReadOnly";
import { Time } from "@/components/ui/Time";
import { useActionForm } from "@/components/ui/useActionForm";
import { verifyDomainAction } from "./actions";
import type { DomainView } from "./types";

const BADGE: Record<DomainView["status"], { label: string; cls: string }> = {
  pending: { label: "Pending", cls: "bg-amber-100 text-amber-900" },
  verified: { label: "Verified", cls: "bg-green-100 text-green-900" },
  misconfigured: { label: "Misconfigured", cls: "bg-red-100 text-red-900" },
};

const DNS_COLUMNS: DataColumn[] = [
  { id: "type", header: "Type", className: "font-mono text-xs" },
  { id: "name", header: "Name" },
  { id: "value", header: "Value" },
];

function recordRow(type: string, name: string, value: string): DataRow {
  return {
    id: type,
    cells: {
      type,
      name: (
        <div className="flex flex-wrap items-center gap-2">
          <code className="break-all rounded bg-zinc-100 px-1.5 py-0.5 text-xs">{name}</code>
          <CopyButton value={name} label={`Copy name`} />
        </div>
      ),
      value: (
        <div className="flex flex-wrap items-center gap-2">
          <code className="break-all rounded bg-zinc-100 px-1.5 py-0.5 text-xs" data-testid={type === "TXT" ? "txt-value" : "cname-value"}>
            {value}
          </code>
          <CopyButton value={value} label={`Copy value`} />
        </div>
      ),
    },
  };
}

/** One domain: its state, the DNS records to publish while it is not verified, verify and remove. */
export function DomainCard({ domain: d, canWrite, onVerified, onRemove, removing }: { domain: DomainView; canWrite: boolean; onVerified: () => void; onRemove: () => void; removing: boolean }) {
  const verify = useActionForm(verifyDomainAction);
  useEffect(() => {
    // A failed check also moves counters (failed checks, last checked): refresh either way.
    if (verify.state.ok || verify.state.error) onVerified();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new answer arrives
  }, [verify.state]);
  const badge = BADGE[d.status];
  const readOnly = useReadOnlyControl();

  return (
    <li className="rounded-lg border border-zinc-200 bg-white p-4" aria-label={d.domain}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <span className="font-semibold">{d.domain}</span>
          <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${badge.cls}`} data-testid="domain-status">
            {badge.label}
          </span>
        </div>
        {canWrite ? (
          <div className="flex flex-wrap items-center gap-2">
            <form onSubmit={verify.onSubmit}>
              <input type="hidden" name="domainId" value={d.id} />
              <SubmitButton variant="secondary" pending={verify.pending} pendingLabel="Checking DNS…">
                {d.status === "verified" ? "Check again" : "Verify now"}
              </SubmitButton>
            </form>
            <ConfirmButton
              confirm={{ title: `Remove ${d.domain}?`, description: "It stops serving the store at once. You can add it again later.", actionLabel: "Remove domain" }}
              onConfirm={onRemove}
              render={(ask) => (
                <Button variant="danger" onClick={ask} disabled={removing || readOnly.disabled} aria-describedby={readOnly.describedBy}>
                  {removing ? "Removing…" : "Remove"}
                </Button>
              )}
            />
          </div>
        ) : null}
      </div>

      <p className="mt-1 text-xs text-zinc-500">
        Added <Time value={d.createdAt} style="date" />
        {d.verifiedAt ? <> · verified <Time value={d.verifiedAt} style="date" /></> : ""}
        {d.lastCheckedAt ? <> · last checked <Time value={d.lastCheckedAt} relative /></> : ""}
        {d.failedChecks > 0 ? ` · ${d.failedChecks} failed check${d.failedChecks === 1 ? "" : "s"}` : ""}
      </p>
      {d.apex ? <p className="mt-1 text-xs text-zinc-600">Once {d.apex} is connected too, requests to {d.domain} are redirected to it.</p> : null}

      {d.status !== "verified" ? (
        <div className="mt-4">
          <p className="text-sm text-zinc-700">
            {d.status === "misconfigured"
              ? "The verification record has disappeared: the domain no longer serves the store. Publish it again, then check."
              : "Publish these records at your DNS provider, then press “Verify now”."}
          </p>
          <div className="mt-2">
            <DataTable
              label={`DNS records for ${d.domain}`}
              columns={DNS_COLUMNS}
              rows={[recordRow("TXT", d.dns.txt.name, d.dns.txt.value), recordRow(d.isApex ? "ALIAS" : "CNAME", d.dns.cname.name, d.dns.cname.target)]}
            />
          </div>
          {d.isApex ? <p className="mt-2 text-xs text-zinc-600">{d.domain} is an apex domain: it cannot hold a CNAME. Use your DNS provider’s ALIAS or ANAME record with the same target.</p> : null}
        </div>
      ) : null}
      <div className="mt-3">
        <FormMessage state={verify.state} />
      </div>
    </li>
  );
}
