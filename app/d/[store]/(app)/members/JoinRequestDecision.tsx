"use client";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { decideJoinRequestsAction } from "./actions";

/** A role picker with no default: approving a stranger is a choice of what they may do, never a pre-filled one. */
export function RoleSelect({ id, label, roles, errors, form }: { id: string; label: string; roles: Role[]; errors?: string[]; form?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <select
        id={id}
        name="role"
        form={form}
        defaultValue=""
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className="mt-1 rounded-md border border-zinc-400 bg-white px-2 py-2 text-sm"
      >
        <option value="" disabled>Choose a role…</option>
        {roles.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
      </select>
      {errors?.length ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}

/** One join request's own decision: approve with its own role, or reject with its own reason. */
export function JoinRequestDecision({ userId, name, roles }: { userId: string; name: string; roles: Role[] }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(decideJoinRequestsAction, { refreshOnSuccess: true });
  return (
    <form onSubmit={onSubmit} className="space-y-2" aria-label={`Decide ${name}`} noValidate>
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-end gap-3">
        <RoleSelect id={`role-${userId}`} label={`Role for ${name}`} roles={roles} errors={fieldErrors.role} />
        <SubmitButton name="decision" value="approve" pending={pending} pendingLabel="Saving…">
          Approve<span className="sr-only"> {name}</span>
        </SubmitButton>
        <div className="min-w-56 flex-1">
          <Field label={`Reason to reject ${name} (they see it)`} name="reason" id={`reason-${userId}`} errors={fieldErrors.reason} />
        </div>
        <SubmitButton name="decision" value="reject" variant="danger" pending={pending} pendingLabel="Saving…">
          Reject<span className="sr-only"> {name}</span>
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
