"use client";
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { inviteMemberAction } from "./invite-actions";

/** Invite someone by email with a role (only the roles the viewer may hand out). */
export function InviteForm({ roles }: { roles: Role[] }) {
  const form = useActionForm(inviteMemberAction);
  const router = useRouter();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (form.state.ok) {
      ref.current?.reset();
      router.refresh();
    }
  }, [form.state, router]);
  return (
    <form ref={ref} onSubmit={form.onSubmit} noValidate aria-label="Invite a member" className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4">
      <FormMessage state={form.state} />
      <div className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <Field label="Email to invite" name="email" type="email" autoComplete="off" errors={form.fieldErrors.email} />
        <div>
          <label htmlFor="invite-role" className="block text-sm font-medium text-zinc-700">Role</label>
          <select id="invite-role" name="role" defaultValue="staff" className="mt-1 rounded-md border border-zinc-300 bg-white px-2 py-2 text-sm">
            {roles.map((r) => (
              <option key={r} value={r}>{ROLE_LABELS[r]}</option>
            ))}
          </select>
        </div>
        <SubmitButton pending={form.pending} pendingLabel="Sending…">Send invitation</SubmitButton>
      </div>
    </form>
  );
}
