"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { changeRoleAction, removeMemberAction } from "./actions";

type Member = { userId: string; name: string; email: string; role: Role };

/** A member's role, changeable when the viewer may assign it. */
export function MemberRoleControl({ member, roles }: { member: Member; roles: Role[] }) {
  const role = useActionForm(changeRoleAction, { refreshOnSuccess: true });
  return (
    <div>
      <form onSubmit={role.onSubmit} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="userId" value={member.userId} />
        <label className="sr-only" htmlFor={`role-${member.userId}`}>Role of {member.email}</label>
        <select id={`role-${member.userId}`} name="role" defaultValue={member.role} className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm">
          {roles.map((r) => (
            <option key={r} value={r}>{ROLE_LABELS[r]}</option>
          ))}
        </select>
        <SubmitButton variant="secondary" size="sm" pending={role.pending} pendingLabel="Saving…">Change role</SubmitButton>
      </form>
      <div className="mt-2"><FormMessage state={role.state} /></div>
    </div>
  );
}

/** Remove a member (asks first). Not offered for the store's only owner: the server would refuse it. */
export function MemberRemoveControl({ member }: { member: Member }) {
  const remove = useActionForm(removeMemberAction);
  const router = useRouter();
  useEffect(() => {
    if (remove.state.ok) router.refresh();
  }, [remove.state, router]);
  return (
    <div>
      <form onSubmit={remove.onSubmit}>
        <input type="hidden" name="userId" value={member.userId} />
        <SubmitButton
          variant="danger"
          size="sm"
          pending={remove.pending}
          pendingLabel="Removing…"
          aria-label={`Remove ${member.email}`}
          confirm={{ title: `Remove ${member.email} from the store?`, description: "They lose access at once. They can ask to join again.", actionLabel: "Remove member" }}
        >
          Remove
        </SubmitButton>
      </form>
      <div className="mt-2"><FormMessage state={remove.state} /></div>
    </div>
  );
}
