import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { loadStorefront } from "@/lib/stores/storefront";
import { currentCustomer } from "@/lib/customers/session";
import { href, requestBase } from "@/lib/tenancy/request";
import { registerCustomerAction } from "../actions";
import { AccountForm } from "../AccountForm";

export const metadata: Metadata = { title: "Create an account" };

export default async function CustomerRegisterPage({ params }: { params: Promise<{ store: string }> }) {
  const { store, open } = await loadStorefront((await params).store);
  if (!open) return null;
  const base = await requestBase();
  if (await currentCustomer(store.id)) redirect(href(base, "/account"));
  return (
    <main className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-semibold">Create an account at {store.name}</h1>
      <p className="mt-2 text-sm text-zinc-600">See your orders here. Orders you place while signed in, with this email, appear in your account.</p>
      <div className="mt-6">
        <AccountForm
          action={registerCustomerAction}
          submit="Create account"
          pendingLabel="Creating account…"
          fields={[
            { name: "name", label: "Full name", autoComplete: "name" },
            { name: "email", label: "Email", type: "email", autoComplete: "email" },
            { name: "password", label: "Password", type: "password", autoComplete: "new-password", hint: "At least 10 characters." },
          ]}
        />
      </div>
      <p className="mt-6 text-sm text-zinc-700">
        Already have an account? <Link className="font-medium underline" href={href(base, "/account/sign-in")}>Sign in</Link>
      </p>
    </main>
  );
}
