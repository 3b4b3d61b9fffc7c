"use client";
import { useActionForm } from "@/components/ui/useActionForm";
import { FormMessage } from "@/components/storefront/FieldError";
import { resendVerificationAction } from "./actions";

/** Shown until the email is confirmed: why it matters, and the link again. */
export function VerifyNotice({ email }: { email: string }) {
  const form = useActionForm(resendVerificationAction);
  return (
    <section aria-labelledby="verify-heading" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 id="verify-heading" className="font-semibold">Confirm your email</h2>
      <p className="mt-1">We sent a link to {email}. Once you confirm it, orders placed with this email before you registered appear here too.</p>
      <form onSubmit={form.onSubmit} className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" disabled={form.pending} className="rounded-md border border-amber-400 bg-white px-3 py-1.5 font-medium hover:bg-amber-100 focus:outline-none focus:ring-2 focus:ring-(--store-primary)">
          {form.pending ? "Sending…" : "Send the link again"}
        </button>
        {form.state.ok && form.state.message ? <span role="status">{form.state.message}</span> : null}
        {!form.state.ok ? <FormMessage message={form.state.error} /> : null}
      </form>
    </section>
  );
}
