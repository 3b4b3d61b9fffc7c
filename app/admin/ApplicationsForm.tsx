"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { decideApplicationsAction } from "./actions";
import { ApplicationDecision } from "./ApplicationDecision";

type Application = {
  id: string;
  slug: string;
  name: string;
  status: string;
  note: string | null;
  statusReason: string | null;
  createdAt: Date;
  ownerEmail: string | null;
  ownerName: string | null;
};

const BULK = "applications-bulk";
const when = (d: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(d) + " UTC";

/**
 * The queue, like GitLab's: each pending application has its own approve and
 * reject (with its own reason) and a link to its page; ticked ones can be
 * decided together in the bulk bar. After a decision the page is refreshed in
 * place (same filter and page in the URL), so the admin keeps their place.
 */
export function ApplicationsForm({ applications, detailHref }: { applications: Application[]; detailHref: Record<string, string> }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(decideApplicationsAction);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
  const decidable = applications.some((a) => a.status === "pending");

  return (
    <div className="space-y-4">
      <section aria-label="Application queue">
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
          {applications.map((a) => (
            <li key={a.id} id={`application-${a.id}`} className="space-y-3 px-4 py-4">
              <div className="flex gap-3">
                {a.status === "pending" ? (
                  <input type="checkbox" name="storeId" value={a.id} id={`app-${a.id}`} form={BULK} className="mt-1 h-4 w-4" />
                ) : (
                  <span className="w-4" aria-hidden />
                )}
                <div className="flex-1">
                  <label htmlFor={a.status === "pending" ? `app-${a.id}` : undefined}>
                    <span className="font-semibold">{a.name}</span> <span className="font-mono text-sm text-zinc-700">{a.slug}</span>{" "}
                    <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs uppercase text-zinc-800">{a.status}</span>
                    <span className="block text-sm text-zinc-700">
                      {a.ownerName ? `${a.ownerName} · ` : ""}{a.ownerEmail ?? "no owner"} · applied <time dateTime={a.createdAt.toISOString()}>{when(a.createdAt)}</time>
                    </span>
                  </label>
                  {a.note ? <p className="mt-1 text-sm text-zinc-800">“{a.note}”</p> : <p className="mt-1 text-sm italic text-zinc-600">No note.</p>}
                  {a.statusReason ? <p className="mt-1 text-sm text-red-800">Reason: {a.statusReason}</p> : null}
                  <a className="mt-1 inline-block text-sm text-indigo-700 underline" href={detailHref[a.id]}>Details and history<span className="sr-only"> of {a.name}</span></a>
                </div>
              </div>
              {a.status === "pending" ? <div className="pl-7"><ApplicationDecision id={a.id} name={a.name} compact /></div> : null}
            </li>
          ))}
        </ul>
      </section>
      {decidable ? (
        <form id={BULK} onSubmit={onSubmit} className="sticky bottom-0 space-y-2 rounded-lg border border-zinc-300 bg-zinc-100 p-4" aria-label="Decide selected applications" noValidate>
          <div className="flex flex-wrap items-end gap-4" role="group" aria-label="Decide selected applications">
            <SubmitButton name="decision" value="approve" pending={pending} pendingLabel="Saving…">Approve selected</SubmitButton>
            <div className="min-w-64 flex-1">
              <Field label="Reason for the selected (required to reject; the applicants see it)" name="reason" id="decide-reason" errors={fieldErrors.reason} />
            </div>
            <SubmitButton name="decision" value="reject" variant="danger" pending={pending} pendingLabel="Saving…">Reject selected</SubmitButton>
          </div>
          {fieldErrors.storeId ? <p className="text-sm text-red-700">{fieldErrors.storeId.join(" ")}</p> : null}
          <FormMessage state={state} />
        </form>
      ) : null}
    </div>
  );
}
