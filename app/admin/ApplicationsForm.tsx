"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { decideApplicationsAction } from "./actions";

type Application = {
  id: string;
  slug: string;
  name: string;
  status: string;
  note: string | null;
  statusReason: string | null;
  createdAt: Date;
  ownerEmail: string | null;
};

/**
 * The queue with checkboxes and a bulk bar. After a decision the page is
 * refreshed in place (same filter and page in the URL), so the admin keeps
 * their place in the list.
 */
export function ApplicationsForm({ applications }: { applications: Application[] }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(decideApplicationsAction);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
  const decidable = applications.some((a) => a.status === "pending");

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="Store applications" noValidate>
      <FormMessage state={state} />
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
        {applications.map((a) => (
          <li key={a.id} className="flex gap-3 px-4 py-3">
            {a.status === "pending" ? (
              <input type="checkbox" name="storeId" value={a.id} id={`app-${a.id}`} className="mt-1 h-4 w-4" />
            ) : (
              <span className="w-4" aria-hidden />
            )}
            <label htmlFor={`app-${a.id}`} className="flex-1">
              <span className="font-semibold">{a.name}</span> <span className="font-mono text-sm text-zinc-600">{a.slug}</span>{" "}
              <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs uppercase text-zinc-700">{a.status}</span>
              <span className="block text-sm text-zinc-600">{a.ownerEmail ?? "no owner"} · applied {a.createdAt.toISOString().slice(0, 10)}</span>
              {a.note ? <span className="mt-1 block text-sm text-zinc-800">“{a.note}”</span> : <span className="mt-1 block text-sm italic text-zinc-500">No note.</span>}
              {a.statusReason ? <span className="mt-1 block text-sm text-red-800">Reason: {a.statusReason}</span> : null}
            </label>
          </li>
        ))}
      </ul>
      {fieldErrors.storeId ? <p className="text-sm text-red-700">{fieldErrors.storeId.join(" ")}</p> : null}
      {decidable ? (
        <div className="sticky bottom-0 flex flex-wrap items-end gap-4 rounded-lg border border-zinc-200 bg-zinc-100 p-4" role="group" aria-label="Decide selected applications">
          <SubmitButton name="decision" value="approve" pending={pending} pendingLabel="Saving…">Approve selected</SubmitButton>
          <div className="min-w-64 flex-1">
            <Field label="Reason (required to reject; the applicant sees it)" name="reason" id="decide-reason" errors={fieldErrors.reason} />
          </div>
          <SubmitButton name="decision" value="reject" variant="danger" pending={pending} pendingLabel="Saving…" confirm="Reject the selected applications?">
            Reject selected
          </SubmitButton>
        </div>
      ) : null}
    </form>
  );
}
