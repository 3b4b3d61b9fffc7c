"use client";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import type { FormAction } from "@/lib/actions/action-type";

/**
 * Choose a password with a single-use link's token (a reset, or an invited
 * account's first one); then a link to sign in where the reader came from.
 */
export function NewPasswordForm({
  action,
  token,
  signInHref,
  label = "Choose a new password",
  submitLabel = "Set new password",
}: {
  action: FormAction;
  token: string;
  signInHref: string;
  label?: string;
  submitLabel?: string;
}) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(action);
  if (state.ok) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <a className="text-indigo-700 underline" href={signInHref}>Sign in</a>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={label}>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field label="New password" name="password" type="password" autoComplete="new-password" errors={fieldErrors.password} hint="At least 10 characters." />
      <Field label="Repeat the password" name="confirm" type="password" autoComplete="new-password" errors={fieldErrors.confirm} />
      <SubmitButton pending={pending} pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
