import type { Metadata } from "next";
import { loadStorefront } from "@/lib/stores/storefront";
import { href, requestBase } from "@/lib/tenancy/request";
import { verifyEmailAction } from "../actions";
import { AccountForm } from "../AccountForm";

// The token is in the URL: never pass it on in a Referer header.
export const metadata: Metadata = { title: "Confirm your email", robots: { index: false }, referrer: "no-referrer" };

/**
 * The verification link opens this page; the button spends the token. Not a
 * GET that verifies: mail scanners fetch links, and must not confirm for you.
 */
export default async function VerifyEmailPage({ params, searchParams }: { params: Promise<{ store: string }>; searchParams: Promise<{ token?: string }> }) {
  const { store, open } = await loadStorefront((await params).store);
  if (!open) return null;
  const base = await requestBase();
  const token = String((await searchParams).token ?? "").slice(0, 200);
  return (
    <main className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-semibold">Confirm your email</h1>
      <p className="mt-2 text-sm text-zinc-600">Confirming shows the orders placed with this email at {store.name} in your account.</p>
      <div className="mt-6">
        <AccountForm action={verifyEmailAction} label="Confirm your email" submit="Confirm my email" pendingLabel="Confirming…" hidden={{ token }} done={{ href: href(base, "/account"), label: "Open your account" }} fields={[]} />
      </div>
    </main>
  );
}
