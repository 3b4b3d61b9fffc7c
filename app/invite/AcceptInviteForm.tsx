"use client";
import { useEffect, useRef } from "react";
import { signIn } from "next-auth/react";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { acceptInviteAction } from "./actions";

/**
 * Accept: a new account chooses its name and password, an existing one types
 * its password. Once the membership exists, the browser signs in at the root
 * with that password and goes to the store's dashboard through the hop.
 */
export function AcceptInviteForm({ token, email, slug, hasAccount }: { token: string; email: string; slug: string; hasAccount: boolean }) {
  const form = useActionForm(acceptInviteAction);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!form.state.ok || !ref.current) return;
    const password = String(new FormData(ref.current).get("password") ?? "");
    void (async () => {
      await signIn("credentials", { email, password, redirect: false });
      // A full navigation: /login/go is a route handler that redirects to the store's host.
      window.location.assign(new URL(`/login/go/${slug}`, window.location.origin).href);
    })();
  }, [form.state, email, slug]);
  return (
    <form ref={ref} onSubmit={form.onSubmit} noValidate className="space-y-4" aria-label="Accept the invitation">
      <FormMessage state={form.state} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="mode" value={hasAccount ? "existing" : "new"} />
      <p className="text-sm text-zinc-700">
        {hasAccount ? "You have a Plaza account with" : "Your account's email:"} <span className="font-semibold">{email}</span>
      </p>
      {hasAccount ? (
        <Field label="Password" name="password" type="password" autoComplete="current-password" errors={form.fieldErrors.password} />
      ) : (
        <>
          <Field label="Your name" name="name" autoComplete="name" errors={form.fieldErrors.name} />
          <Field label="Choose a password" name="password" type="password" autoComplete="new-password" errors={form.fieldErrors.password} hint="At least 10 characters." />
          <Field label="Repeat the password" name="confirm" type="password" autoComplete="new-password" errors={form.fieldErrors.confirm} />
        </>
      )}
      <SubmitButton pending={form.pending || form.state.ok} pendingLabel="Joining…">{hasAccount ? "Sign in and join" : "Create account and join"}</SubmitButton>
    </form>
  );
}
