import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { loadStorefront } from "@/lib/stores/storefront";
import { currentShopper } from "@/lib/shoppers/session";
import { href, requestBase } from "@/lib/tenancy/request";
import { signInShopperAction } from "../actions";
import { AccountForm } from "../AccountForm";

export const metadata: Metadata = { title: "Sign in" };

export default async function ShopperSignInPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { store, open } = await loadStorefront((await params).tenant);
  if (!open) return null;
  const base = await requestBase();
  if (await currentShopper(store.id)) redirect(href(base, "/account"));
  return (
    <main className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-semibold">Sign in to {store.name}</h1>
      <p className="mt-2 text-sm text-zinc-600">Your account at this store only: other Plaza stores have their own.</p>
      <div className="mt-6">
        <AccountForm
          action={signInShopperAction}
          submit="Sign in"
          pendingLabel="Signing in…"
          fields={[
            { name: "email", label: "Email", type: "email", autoComplete: "email" },
            { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
          ]}
        />
      </div>
      <p className="mt-6 text-sm text-zinc-700">
        New here? <Link className="font-medium underline" href={href(base, "/account/register")}>Create an account</Link>
      </p>
    </main>
  );
}
