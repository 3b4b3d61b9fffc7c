"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { resendInviteAction, revokeInviteAction } from "./invite-actions";

type Invite = { id: string; email: string; role: Role; expiresAt: string; expired: boolean };

/** One open invitation: resend (a new link) or revoke (asks first). */
export function InviteRow({ invite, editable }: { invite: Invite; editable: boolean }) {
  const resend = useActionForm(resendInviteAction);
  const revoke = useActionForm(revokeInviteAction);
  const router = useRouter();
  useEffect(() => {
    if (resend.state.ok || revoke.state.ok) router.refresh();
  }, [resend.state, revoke.state, router]);
  return (
    <tr className="align-top">
      <td className="px-4 py-3 font-medium">{invite.email}</td>
      <td className="px-4 py-3">{ROLE_LABELS[invite.role]}</td>
      <td className="px-4 py-3 text-sm text-zinc-600">{invite.expired ? <span className="font-medium text-red-700">Expired</span> : `Until ${invite.expiresAt}`}</td>
      <td className="px-4 py-3 text-right">
        {editable ? (
          <div className="flex flex-wrap justify-end gap-2">
            <form onSubmit={resend.onSubmit}>
              <input type="hidden" name="inviteId" value={invite.id} />
              <SubmitButton variant="secondary" pending={resend.pending} pendingLabel="Sending…">Resend</SubmitButton>
            </form>
            <form onSubmit={revoke.onSubmit}>
              <input type="hidden" name="inviteId" value={invite.id} />
              <SubmitButton variant="danger" pending={revoke.pending} pendingLabel="Revoking…" confirm={{ title: `Revoke the invitation for ${invite.email}?`, description: "Its link stops working at once. You can invite the email again later.", actionLabel: "Revoke invitation" }}>
                Revoke
              </SubmitButton>
            </form>
          </div>
        ) : null}
        <div className="mt-2 space-y-1 text-left">
          <FormMessage state={resend.state} />
          <FormMessage state={revoke.state} />
        </div>
      </td>
    </tr>
  );
}
