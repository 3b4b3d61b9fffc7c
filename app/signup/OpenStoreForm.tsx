"use client";
import { useRef } from "react";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { openStore, openStoreSignedIn } from "./actions";
import { SlugField } from "./SlugField";
import { useSignInThenPending } from "./useSignInThenPending";

/** "Open a store". After success a new applicant is signed in at the root and sent to the waiting page. */
export function OpenStoreForm({ signedInAs, rootDomain }: { signedInAs: string | null; rootDomain: string }) {
  const { state, pending, onSubmit, fieldErrors: errors } = useActionForm(signedInAs ? openStoreSignedIn : openStore);
  const form = useRef<HTMLFormElement>(null);
  useSignInThenPending(state.ok, signedInAs, form);

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-5" noValidate>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Your store</legend>
        <Field label="Store name" name="storeName" required errors={errors.storeName} />
        <SlugField errors={errors.slug} rootDomain={rootDomain} />
        <Field label="What will you sell? (optional)" name="note" textarea errors={errors.note} hint="Helps us review your application faster." />
      </fieldset>
      {signedInAs ? (
        <p className="text-sm text-zinc-600">You are applying as {signedInAs}; you will be the store&apos;s owner.</p>
      ) : (
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">You, the owner</legend>
          <Field label="Your name" name="name" autoComplete="name" required errors={errors.name} />
          <Field label="Email" name="email" type="email" autoComplete="email" required errors={errors.email} />
          <Field label="Password" name="password" type="password" autoComplete="new-password" required errors={errors.password} hint="At least 10 characters, and not your email address." />
        </fieldset>
      )}
      <FormMessage state={state.ok ? { ok: false } : state} />
      <SubmitButton pending={pending || state.ok} pendingLabel="Sending application…">Apply for a store</SubmitButton>
    </form>
  );
}
