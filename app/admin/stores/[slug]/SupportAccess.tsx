"use client";
import { useEffect } from "react";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { impersonateAction } from "./actions";

/** Starts a ≤ 30 min support session and follows the hop link to the store's own host. */
export function SupportAccess({ slug }: { slug: string }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(impersonateAction);
  const url = state.ok ? (state.data as { url?: string } | undefined)?.url : undefined;
  useEffect(() => {
    if (url) window.location.assign(url);
  }, [url]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Open dashboard as support">
      <input type="hidden" name="slug" value={slug} />
      <Field label="Reason for support access (required)" name="reason" id="support-reason" errors={fieldErrors.reason}
        hint="You act as an admin of the store for 30 minutes; every action is audited in your name." />
      <SubmitButton variant="secondary" pending={pending || Boolean(url)} pendingLabel="Opening…">Open dashboard as support</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
