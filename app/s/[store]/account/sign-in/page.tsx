import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { loadStorefront } from "@/lib/stores/storefront";
import { currentCustomer } from "@/lib/customers/session";
import { href, requestBase } from "@/lib/tenancy/request";
import { signInCustomerAction } from "../actions";
import { AccountForm } from "../AccountForm";

export const metadata: Metadata = { title: "Sign in" };

export default async function CustomerSignInPage({ params }: { params: Promise<{ store: string }> }) {
  const { store, open } = await loadStorefront((await params).store);
  if (!open) return null;
  const base = await requestBase();
  if (await currentCustomer(store.id)) redirect(href(base, "/account"));
  return (
    <main className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-semibold">Sign in to {store.name}</h1>
      <p className="mt-2 text-sm text-zinc-600">Your account at this store only: other Plaza stores have their own.</p>
      <div className="mt-6">
        <AccountForm
          action={signInCustomerAction}
          submit="Sign in"
          pendingLabel="Signing in…"
          fields={[
            { name: "email", label: "Email", type: "email", autoComplete: "email" },
            { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
          ]}
        />
      </div>
      <p className="mt-4 text-sm">
        <Link className="font-medium underline" href={href(base, "/account/forgot-password")}>Forgot your password?</Link>
      </p>
      <p className="mt-6 text-sm text-zinc-700">
        New here? <Link className="font-medium underline" href={href(base, "/account/register")}>Create an account</Link>
      </p>
    </main>
  );
}
