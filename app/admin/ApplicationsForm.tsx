"use client";
import { DataTable, type DataRow } from "@/components/ui/DataTable";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { Time } from "@/components/ui/Time";
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

/**
 * The queue, like GitLab's: each pending application has its own approve and
 * reject (with its own reason) and a link to its page; ticked ones can be
 * decided together in the bulk bar (the checkboxes in the rows belong to the
 * bulk form through the form attribute). After a decision the page is
 * refreshed in place (same filter and page in the URL), so the admin keeps
 * their place.
 */
export function ApplicationsForm({ applications, detailHref, toolbar, footer }: { applications: Application[]; detailHref: Record<string, string>; toolbar?: React.ReactNode; footer?: React.ReactNode }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(decideApplicationsAction, { refreshOnSuccess: true });
  const decidable = applications.some((a) => a.status === "pending");

  const rows: DataRow[] = applications.map((a) => ({
    id: a.id,
    cells: {
      select:
        a.status === "pending" ? (
          <input type="checkbox" name="storeId" value={a.id} id={`app-${a.id}`} form={BULK} className="h-4 w-4" aria-label={`Select ${a.name} (${a.slug})`} />
        ) : null,
      store: (
        <div>
          <a className="font-semibold text-indigo-700 underline" href={detailHref[a.id]}>
            {a.name}<span className="sr-only"> — details and history</span>
          </a>{" "}
          <span className="font-mono text-sm text-zinc-700">{a.slug}</span>{" "}
          <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs uppercase text-zinc-800">{a.status}</span>
          <span className="block text-sm text-zinc-700">{a.ownerName ? `${a.ownerName} · ` : ""}{a.ownerEmail ?? "no owner"}</span>
          {a.note ? <span className="mt-1 block text-sm text-zinc-800">“{a.note}”</span> : <span className="mt-1 block text-sm italic text-zinc-600">No note.</span>}
          {a.statusReason ? <span className="mt-1 block text-sm text-red-800">Reason: {a.statusReason}</span> : null}
        </div>
      ),
      applied: <Time value={a.createdAt} relative className="whitespace-nowrap text-zinc-700" />,
      decide: a.status === "pending" ? <ApplicationDecision id={a.id} name={a.name} compact /> : <span className="text-sm text-zinc-700">Decided</span>,
    },
    sort: { store: a.name.toLowerCase(), applied: a.createdAt.getTime() },
    search: `${a.name} ${a.slug} ${a.ownerEmail ?? ""} ${a.ownerName ?? ""} ${a.note ?? ""}`,
  }));

  return (
    <div className="space-y-4">
      <DataTable
        label="Application queue"
        columns={[
          { id: "select", header: "Select", srOnlyHeader: true, className: "w-8 align-top" },
          { id: "store", header: "Store and applicant", sortable: true, className: "align-top" },
          { id: "applied", header: "Applied", sortable: true, className: "align-top" },
          { id: "decide", header: "Decision", className: "min-w-[24rem]" },
        ]}
        rows={rows}
        toolbar={toolbar}
        footer={footer}
        empty="No applications match."
      />
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
