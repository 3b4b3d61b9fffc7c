import type { Metadata } from "next";
import Link from "next/link";
import { loadStorefront } from "@/lib/stores/storefront";
import { href, requestBase } from "@/lib/tenancy/request";
import { requestCustomerResetAction } from "../actions";
import { AccountForm } from "../AccountForm";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default async function CustomerForgotPasswordPage({ params }: { params: Promise<{ store: string }> }) {
  const { store, open } = await loadStorefront((await params).store);
  if (!open) return null;
  const base = await requestBase();
  return (
    <main className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-semibold">Forgot your password?</h1>
      <p className="mt-2 text-sm text-zinc-600">Enter the email of your account at {store.name}. We send a link to choose a new password.</p>
      <div className="mt-6">
        <AccountForm
          action={requestCustomerResetAction}
          label="Reset your password"
          submit="Send me a link"
          pendingLabel="Sending…"
          fields={[{ name: "email", label: "Email", type: "email", autoComplete: "email" }]}
        />
      </div>
      <p className="mt-6 text-sm text-zinc-700">
        Remembered it? <Link className="font-medium underline" href={href(base, "/account/sign-in")}>Sign in</Link>
      </p>
    </main>
  );
}
