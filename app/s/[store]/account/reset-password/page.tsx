import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { customerLinkUsable } from "@/lib/customers/links";
import { loadStorefront } from "@/lib/stores/storefront";
import { href, requestBase } from "@/lib/tenancy/request";
import { resetCustomerPasswordAction } from "../actions";
import { AccountForm } from "../AccountForm";

// The token is in the URL: never pass it on in a Referer header.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

export default async function CustomerResetPasswordPage({ params, searchParams }: { params: Promise<{ store: string }>; searchParams: Promise<{ token?: string }> }) {
  const { store, open } = await loadStorefront((await params).store);
  if (!open) return null;
  const base = await requestBase();
  const token = String((await searchParams).token ?? "");
  const usable = await withTenant(db(), store.id, (tx) => customerLinkUsable(tx, store.id, token, "reset"));
  return (
    <main className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-semibold">Choose a new password</h1>
      <div className="mt-6">
        {usable ? (
          <AccountForm
            action={resetCustomerPasswordAction}
            label="Choose a new password"
            submit="Set new password"
            pendingLabel="Saving…"
            hidden={{ token }}
            done={{ href: href(base, "/account/sign-in"), label: "Sign in" }}
            fields={[
              { name: "password", label: "New password", type: "password", autoComplete: "new-password", hint: "At least 10 characters." },
              { name: "confirm", label: "Repeat the password", type: "password", autoComplete: "new-password" },
            ]}
          />
        ) : (
          <p role="alert" className="text-red-800">
            This link has expired or was already used. <Link className="font-medium underline" href={href(base, "/account/forgot-password")}>Ask for a new one</Link>.
          </p>
        )}
      </div>
    </main>
  );
}
