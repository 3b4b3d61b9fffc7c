"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { changeRoleAction, removeMemberAction } from "./actions";

type Member = { userId: string; name: string; email: string; role: Role };

/** One member: change role, or remove (asks first). Controls appear only when the viewer may use them. */
export function MemberRow({ member, roles, editable }: { member: Member; roles: Role[]; editable: boolean }) {
  const role = useActionForm(changeRoleAction);
  const remove = useActionForm(removeMemberAction);
  const router = useRouter();
  useEffect(() => {
    if (role.state.ok || remove.state.ok) router.refresh();
  }, [role.state, remove.state, router]);

  return (
    <tr className="align-top">
      <td className="px-4 py-3">
        <span className="font-semibold">{member.name}</span>
        <span className="block text-sm text-zinc-600">{member.email}</span>
      </td>
      <td className="px-4 py-3">
        {editable ? (
          <form onSubmit={role.onSubmit} className="flex items-center gap-2">
            <input type="hidden" name="userId" value={member.userId} />
            <label className="sr-only" htmlFor={`role-${member.userId}`}>Role of {member.email}</label>
            <select id={`role-${member.userId}`} name="role" defaultValue={member.role} className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm">
              {roles.map((r) => (
                <option key={r} value={r}>{ROLE_LABELS[r]}</option>
              ))}
            </select>
            <SubmitButton variant="secondary" pending={role.pending} pendingLabel="Saving…">Change role</SubmitButton>
          </form>
        ) : (
          ROLE_LABELS[member.role]
        )}
        <div className="mt-2"><FormMessage state={role.state} /></div>
      </td>
      <td className="px-4 py-3 text-right">
        {editable ? (
          <form onSubmit={remove.onSubmit}>
            <input type="hidden" name="userId" value={member.userId} />
            <SubmitButton variant="danger" pending={remove.pending} pendingLabel="Removing…" confirm={`Remove ${member.email} from the store? They lose access at once.`}>
              Remove
            </SubmitButton>
          </form>
        ) : null}
        <div className="mt-2"><FormMessage state={remove.state} /></div>
      </td>
    </tr>
  );
}
