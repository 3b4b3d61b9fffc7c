"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { resendInviteAction, revokeInviteAction } from "./invite-actions";

/** One open invitation's actions cell: resend (a new link) or revoke (asks first), with each outcome beneath. */
export function InviteActions({ invite }: { invite: { id: string; email: string } }) {
  const resend = useActionForm(resendInviteAction);
  const revoke = useActionForm(revokeInviteAction);
  const router = useRouter();
  useEffect(() => {
    if (resend.state.ok || revoke.state.ok) router.refresh();
  }, [resend.state, revoke.state, router]);
  return (
    <>
      <div className="flex flex-wrap justify-end gap-2">
        <form onSubmit={resend.onSubmit}>
          <input type="hidden" name="inviteId" value={invite.id} />
          <SubmitButton variant="secondary" pending={resend.pending} pendingLabel="Sending…">
            Resend
          </SubmitButton>
        </form>
        <form onSubmit={revoke.onSubmit}>
          <input type="hidden" name="inviteId" value={invite.id} />
          <SubmitButton
            variant="danger"
            pending={revoke.pending}
            pendingLabel="Revoking…"
            confirm={{ title: `Revoke the invitation for ${invite.email}?`, description: "Its link stops working at once. You can invite the email again later.", actionLabel: "Revoke invitation" }}
          >
            Revoke
          </SubmitButton>
        </form>
      </div>
      <div className="mt-2 space-y-1 text-left">
        <FormMessage state={resend.state} />
        <FormMessage state={revoke.state} />
      </div>
    </>
  );
}
