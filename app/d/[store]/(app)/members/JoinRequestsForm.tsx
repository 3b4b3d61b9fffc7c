"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import type { Role } from "@/lib/auth/permissions";
import { decideJoinRequestsAction } from "./actions";
import { JoinRequestDecision, RoleSelect } from "./JoinRequestDecision";

type Request = { userId: string; name: string; email: string; note: string | null; createdAt: Date };

const BULK = "join-requests-bulk";
const when = (d: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(d) + " UTC";

/**
 * Pending join requests, like GitLab's queue: each with its own role and
 * reason, and the ticked ones decided together in the bulk bar. Each item has
 * an anchor (#request-{userId}), the target of the deciders' mail link.
 */
export function JoinRequestsForm({ requests, roles, empty }: { requests: Request[]; roles: Role[]; empty: string }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(decideJoinRequestsAction);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);

  if (requests.length === 0) return <><FormMessage state={state} /><p className="text-zinc-700">{empty}</p></>;
  return (
    <div className="space-y-4">
      <section aria-label="Pending join requests">
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white" aria-describedby={fieldErrors.userId ? "requests-error" : undefined}>
          {requests.map((r) => (
            <li key={r.userId} id={`request-${r.userId}`} className="scroll-mt-24 space-y-3 px-4 py-4 target:bg-amber-50">
              <div className="flex gap-3">
                <input type="checkbox" name="userId" value={r.userId} id={`req-${r.userId}`} form={BULK} className="mt-1 h-4 w-4" />
                <label htmlFor={`req-${r.userId}`} className="flex-1">
                  <span className="font-semibold">{r.name}</span> <span className="text-zinc-700">{r.email}</span>
                  {r.note ? <span className="mt-1 block text-sm text-zinc-800">“{r.note}”</span> : null}
                  <span className="mt-1 block text-xs text-zinc-700">Asked <time dateTime={r.createdAt.toISOString()}>{when(r.createdAt)}</time></span>
                </label>
              </div>
              <div className="pl-7"><JoinRequestDecision userId={r.userId} name={r.name} roles={roles} /></div>
            </li>
          ))}
        </ul>
      </section>
      {fieldErrors.userId ? <p id="requests-error" className="text-sm text-red-700">{fieldErrors.userId.join(" ")}</p> : null}
      <form id={BULK} onSubmit={onSubmit} className="space-y-2 rounded-lg bg-zinc-100 p-4" aria-label="Decide selected requests" noValidate>
        <div className="flex flex-wrap items-end gap-4" role="group" aria-label="Decide selected requests">
          <RoleSelect id="decide-role" label="Role for approved members" roles={roles} errors={fieldErrors.role} />
          <SubmitButton name="decision" value="approve" pending={pending} pendingLabel="Saving…">Approve selected</SubmitButton>
          <div className="min-w-64 flex-1">
            <Field label="Reason for the selected (required to reject; they see it)" name="reason" id="decide-reason" errors={fieldErrors.reason} />
          </div>
          <SubmitButton name="decision" value="reject" variant="danger" pending={pending} pendingLabel="Saving…">Reject selected</SubmitButton>
        </div>
        <FormMessage state={state} />
      </form>
    </div>
  );
}
