import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { findStoreApplication } from "@/lib/stores/applications";
import { listHistory } from "@/lib/audit/history";
import { href, requestBase } from "@/lib/tenancy/request";
import { AuditHistory } from "@/components/audit/AuditHistory";
import { Time } from "@/components/ui/Time";
import { requirePlatformAdmin } from "@/lib/access/platform";
import { ApplicationDecision } from "../../ApplicationDecision";

export const metadata: Metadata = { title: "Store application" };

/** One application: applicant, store, note, its history, and the decision when pending. The mail's "Review:" link lands here. */
export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePlatformAdmin();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const app = await findStoreApplication(db(), id.data);
  if (!app) notFound();
  const base = await requestBase();
  const history = await listHistory(db(), { storeId: app.id, kinds: ["applications", "store"], limit: 50 }, { area: "console", base });
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-3 gap-4 py-2">
      <dt className="text-sm text-zinc-700">{label}</dt>
      <dd className="col-span-2 text-sm">{value}</dd>
    </div>
  );
  return (
    <div className="space-y-6">
      <a href={href(base, "/")} className="text-sm text-indigo-700 underline">← All applications</a>
      <h1 className="text-2xl font-bold">Application: {app.name}</h1>
      <section aria-labelledby="app-details" className="rounded-lg border border-zinc-200 bg-white p-6">
        <h2 id="app-details" className="text-lg font-semibold">Applicant and store</h2>
        <dl className="mt-2 divide-y divide-zinc-100">
          {row("Applicant", app.ownerName ? `${app.ownerName} (${app.ownerEmail})` : (app.ownerEmail ?? "no owner"))}
          {row("Store", <>{app.name} · <span className="font-mono">{app.slug}</span></>)}
          {row("Status", <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs uppercase text-zinc-800">{app.status}</span>)}
          {row("Plan", app.plan)}
          {row("Applied", <Time value={app.createdAt} />)}
          {row("What they will sell", app.note ? `“${app.note}”` : <em>No note.</em>)}
          {app.statusReason ? row("Reason given", app.statusReason) : null}
        </dl>
        {app.status !== "pending" ? (
          <p className="mt-4 text-sm"><a className="text-indigo-700 underline" href={href(base, `/stores/${app.slug}`)}>Open the store in the console</a></p>
        ) : null}
      </section>
      {app.status === "pending" ? (
        <section aria-labelledby="app-decide">
          <h2 id="app-decide" className="mb-3 text-lg font-semibold">Decide</h2>
          <ApplicationDecision id={app.id} name={app.name} />
        </section>
      ) : null}
      <section aria-labelledby="app-history">
        <h2 id="app-history" className="mb-3 text-lg font-semibold">History</h2>
        <AuditHistory entries={history} label="Application history" />
      </section>
    </div>
  );
}
