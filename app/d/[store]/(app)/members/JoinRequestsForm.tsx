"use client";
import { DataTable, type DataRow } from "@/components/ui/DataTable";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { Time } from "@/components/ui/Time";
import { useActionForm } from "@/components/ui/useActionForm";
import type { Role } from "@/lib/auth/permissions";
import { decideJoinRequestsAction } from "./actions";
import { JoinRequestDecision, RoleSelect } from "./JoinRequestDecision";

type Request = { userId: string; name: string; email: string; note: string | null; createdAt: Date };

const BULK = "join-requests-bulk";

/**
 * Pending join requests, like GitLab's queue: each with its own role and
 * reason, newest first, sortable and searchable; the ticked ones are decided
 * together in the bulk bar (its checkboxes live in the rows, tied to the bulk
 * form by the form attribute). Each request has an anchor (#request-{userId}),
 * the target of the deciders' mail link.
 */
export function JoinRequestsForm({ requests, roles }: { requests: Request[]; roles: Role[] }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(decideJoinRequestsAction, { refreshOnSuccess: true });

  const rows: DataRow[] = requests.map((r) => ({
    id: r.userId,
    cells: {
      select: <input type="checkbox" name="userId" value={r.userId} id={`req-${r.userId}`} form={BULK} className="h-4 w-4" aria-label={`Select ${r.name} ${r.email}`} />,
      who: (
        <div id={`request-${r.userId}`} className="scroll-mt-24">
          <span className="font-semibold">{r.name}</span> <span className="text-zinc-700">{r.email}</span>
          {r.note ? <span className="mt-1 block text-sm text-zinc-800">“{r.note}”</span> : <span className="mt-1 block text-sm italic text-zinc-600">No note.</span>}
        </div>
      ),
      asked: <Time value={r.createdAt} relative className="whitespace-nowrap text-zinc-700" />,
      decide: <JoinRequestDecision userId={r.userId} name={r.name} roles={roles} />,
    },
    sort: { who: r.name.toLowerCase(), asked: r.createdAt.getTime() },
    search: `${r.name} ${r.email} ${r.note ?? ""}`,
  }));

  return (
    <div className="space-y-4">
      {requests.length === 0 ? <FormMessage state={state} /> : null}
      <DataTable
        label="Pending join requests"
        columns={[
          { id: "select", header: "Select", srOnlyHeader: true, className: "w-8 align-top" },
          { id: "who", header: "Who", sortable: true, className: "align-top" },
          { id: "asked", header: "Asked", sortable: true, className: "align-top" },
          { id: "decide", header: "Decision", className: "min-w-[28rem]" },
        ]}
        rows={rows}
        defaultSort={{ id: "asked", desc: true }}
        search={requests.length > 1 ? { label: "Search join requests", placeholder: "Name, email or note" } : undefined}
        empty="No pending join requests. People ask to join from your store's join page; you decide here."
      />
      {requests.length > 0 ? (
        <form id={BULK} onSubmit={onSubmit} className="space-y-2 rounded-lg bg-zinc-100 p-4" aria-label="Decide selected requests" noValidate>
          <div className="flex flex-wrap items-end gap-4" role="group" aria-label="Decide selected requests">
            <RoleSelect id="decide-role" label="Role for approved members" roles={roles} errors={fieldErrors.role} />
            <SubmitButton name="decision" value="approve" pending={pending} pendingLabel="Saving…">Approve selected</SubmitButton>
            <div className="min-w-64 flex-1">
              <Field label="Reason for the selected (required to reject; they see it)" name="reason" id="decide-reason" errors={fieldErrors.reason} />
            </div>
            <SubmitButton name="decision" value="reject" variant="danger" pending={pending} pendingLabel="Saving…">Reject selected</SubmitButton>
          </div>
          {fieldErrors.userId ? <p className="text-sm text-red-700">{fieldErrors.userId.join(" ")}</p> : null}
          <FormMessage state={state} />
        </form>
      ) : null}
    </div>
  );
}
