"use client";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { setPasswordAction } from "./actions";

export function SetPasswordForm({ token, loginUrl }: { token: string; loginUrl: string }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(setPasswordAction);
  if (state.ok) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <a className="text-indigo-700 underline" href={loginUrl}>Sign in</a>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Set your password">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field label="New password" name="password" type="password" autoComplete="new-password" errors={fieldErrors.password} hint="At least 10 characters." />
      <Field label="Repeat the password" name="confirm" type="password" autoComplete="new-password" errors={fieldErrors.confirm} />
      <SubmitButton pending={pending} pendingLabel="Saving…">Set password</SubmitButton>
    </form>
  );
}
