"use client";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import type { FormAction } from "@/lib/actions/action-type";

/** "Forgot password": one email field; the answer is the same whether or not the account exists. */
export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Reset your password">
      <FormMessage state={state} />
      <Field label="Email" name="email" type="email" autoComplete="email" errors={fieldErrors.email} />
      <SubmitButton pending={pending} pendingLabel="Sending…">Send me a link</SubmitButton>
    </form>
  );
}
