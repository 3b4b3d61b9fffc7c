"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { decideJoinRequestsAction } from "./actions";

type Request = { userId: string; name: string; email: string; note: string | null; createdAt: Date };

/** Pending join requests: tick one or many, then approve with a role or reject with a reason. */
export function JoinRequestsForm({ requests, roles }: { requests: Request[]; roles: Role[] }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(decideJoinRequestsAction);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);

  if (requests.length === 0) return <><FormMessage state={state} /><p className="text-zinc-600">No pending join requests.</p></>;
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="Join requests" noValidate>
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white" aria-describedby={fieldErrors.userId ? "requests-error" : undefined}>
        {requests.map((r) => (
          <li key={r.userId} className="flex gap-3 px-4 py-3">
            <input type="checkbox" name="userId" value={r.userId} id={`req-${r.userId}`} className="mt-1 h-4 w-4" />
            <label htmlFor={`req-${r.userId}`} className="flex-1">
              <span className="font-semibold">{r.name}</span> <span className="text-zinc-600">{r.email}</span>
              {r.note ? <span className="mt-1 block text-sm text-zinc-700">“{r.note}”</span> : null}
              <span className="mt-1 block text-xs text-zinc-500">Asked {r.createdAt.toISOString().slice(0, 10)}</span>
            </label>
          </li>
        ))}
      </ul>
      {fieldErrors.userId ? <p id="requests-error" className="text-sm text-red-700">{fieldErrors.userId.join(" ")}</p> : null}
      <div className="flex flex-wrap items-end gap-4 rounded-lg bg-zinc-100 p-4" role="group" aria-label="Decide selected requests">
        <div>
          <label htmlFor="decide-role" className="block text-sm font-medium">Role for approved members</label>
          <select id="decide-role" name="role" defaultValue="staff" className="mt-1 rounded-md border border-zinc-300 bg-white px-2 py-2 text-sm">
            {roles.map((role) => (
              <option key={role} value={role}>{ROLE_LABELS[role]}</option>
            ))}
          </select>
        </div>
        <SubmitButton name="decision" value="approve" pending={pending} pendingLabel="Saving…">Approve selected</SubmitButton>
        <div className="min-w-64 flex-1">
          <Field label="Reason (required to reject; the applicant sees it)" name="reason" id="decide-reason" errors={fieldErrors.reason} />
        </div>
        <SubmitButton name="decision" value="reject" variant="danger" pending={pending} pendingLabel="Saving…" confirm="Reject the selected requests?">
          Reject selected
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
