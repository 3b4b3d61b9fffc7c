"use client";
import { useRef } from "react";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { askToJoin, askToJoinSignedIn } from "./actions";
import { useSignInThenPending } from "../useSignInThenPending";

/** "Ask to join {store}". A new account is signed in at the root and sent to the waiting page. */
export function JoinForm({ slug, signedInAs }: { slug: string; signedInAs: string | null }) {
  const { state, pending, onSubmit, fieldErrors: errors } = useActionForm(signedInAs ? askToJoinSignedIn : askToJoin);
  const form = useRef<HTMLFormElement>(null);
  useSignInThenPending(state.ok, signedInAs, form);

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="slug" value={slug} />
      {signedInAs ? (
        <p className="text-sm text-zinc-600">You are asking as {signedInAs}.</p>
      ) : (
        <>
          <Field label="Your name" name="name" autoComplete="name" required errors={errors.name} />
          <Field label="Email" name="email" type="email" autoComplete="email" required errors={errors.email} />
          <Field label="Password" name="password" type="password" autoComplete="new-password" required errors={errors.password} hint="At least 10 characters, and not your email address." />
        </>
      )}
      <Field label="Why do you want to join? (optional)" name="note" textarea errors={errors.note} />
      <FormMessage state={state.ok ? { ok: false } : state} />
      <SubmitButton pending={pending || state.ok} pendingLabel="Sending request…">Ask to join</SubmitButton>
    </form>
  );
}
