"use client";
import { useEffect } from "react";
import { CopyButton } from "@/components/dashboard/CopyButton";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { verifyDomainAction } from "./actions";
import type { DomainView } from "./types";

const BADGE: Record<DomainView["status"], { label: string; cls: string }> = {
  pending: { label: "Pending", cls: "bg-amber-100 text-amber-900" },
  verified: { label: "Verified", cls: "bg-green-100 text-green-900" },
  misconfigured: { label: "Misconfigured", cls: "bg-red-100 text-red-900" },
};

function RecordRow({ type, name, value }: { type: string; name: string; value: string }) {
  return (
    <tr className="align-top">
      <td className="py-2 pr-3 font-mono text-xs">{type}</td>
      <td className="py-2 pr-3">
        <div className="flex flex-wrap items-center gap-2">
          <code className="break-all rounded bg-zinc-100 px-1.5 py-0.5 text-xs">{name}</code>
          <CopyButton value={name} label={`Copy name`} />
        </div>
      </td>
      <td className="py-2">
        <div className="flex flex-wrap items-center gap-2">
          <code className="break-all rounded bg-zinc-100 px-1.5 py-0.5 text-xs" data-testid={type === "TXT" ? "txt-value" : "cname-value"}>
            {value}
          </code>
          <CopyButton value={value} label={`Copy value`} />
        </div>
      </td>
    </tr>
  );
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
            <button
              type="button"
              onClick={onRemove}
              disabled={removing}
              className="rounded-md bg-red-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-700 focus:outline-none focus:ring-2 focus:ring-indigo-500 focus:ring-offset-2 disabled:opacity-60"
            >
              {removing ? "Removing…" : "Remove"}
            </button>
          </div>
        ) : null}
      </div>

      <p className="mt-1 text-xs text-zinc-500">
        Added {d.createdAt.slice(0, 10)}
        {d.verifiedAt ? ` · verified ${d.verifiedAt.slice(0, 10)}` : ""}
        {d.lastCheckedAt ? ` · last checked ${d.lastCheckedAt.slice(0, 16).replace("T", " ")} UTC` : ""}
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
          <div className="mt-2 overflow-x-auto">
            <table className="min-w-full text-left text-sm" aria-label={`DNS records for ${d.domain}`}>
              <thead className="text-xs text-zinc-500">
                <tr>
                  <th className="py-1 pr-3 font-medium">Type</th>
                  <th className="py-1 pr-3 font-medium">Name</th>
                  <th className="py-1 font-medium">Value</th>
                </tr>
              </thead>
              <tbody>
                <RecordRow type="TXT" name={d.dns.txt.name} value={d.dns.txt.value} />
                <RecordRow type={d.isApex ? "ALIAS" : "CNAME"} name={d.dns.cname.name} value={d.dns.cname.target} />
              </tbody>
            </table>
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
