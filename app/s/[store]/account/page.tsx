import { paymentStatusLabel as paymentLabel } from "@/lib/commerce/labels";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { moneyFormatter } from "@/lib/commerce/shop";
import { db } from "@/lib/db/client";
import { customerOrders } from "@/lib/customers/accounts";
import { currentCustomer } from "@/lib/customers/session";
import { loadStorefront } from "@/lib/stores/storefront";
import { href, requestBase } from "@/lib/tenancy/request";
import { Time } from "@/components/ui/Time";
import { SignOutForm } from "./SignOutForm";
import { VerifyNotice } from "./VerifyNotice";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const query = z.object({ before: z.coerce.number().int().min(1001).max(999_999_999).optional().catch(undefined) });

/** The signed-in customer's orders at this store, newest first. */
export default async function AccountPage({ params, searchParams }: { params: Promise<{ store: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { store, open } = await loadStorefront((await params).store);
  if (!open) return null;
  const base = await requestBase();
  const customer = await currentCustomer(store.id);
  if (!customer) redirect(href(base, "/account/sign-in"));
  const { before } = query.parse(await searchParams);
  const { items, nextBefore } = await customerOrders(db(), store.id, customer, before);

  return (
    <main className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Hello, {customer.name}</h1>
          <p className="mt-1 text-sm text-zinc-600">Signed in as {customer.email} at {store.name}.</p>
        </div>
        <SignOutForm />
      </div>
      {customer.emailVerifiedAt ? null : <VerifyNotice email={customer.email} />}
      <h2 className="mt-10 text-lg font-semibold">Your orders</h2>
      {items.length === 0 ? (
        <p className="mt-3 rounded-md border border-dashed border-zinc-300 p-6 text-center text-zinc-600">
          No orders yet. <Link className="font-medium underline" href={href(base, "/")}>Browse the catalog</Link>
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white" aria-label="Your orders">
          {items.map((o) => (
            <li key={o.id}>
              <Link href={href(base, `/orders/${o.number}`)} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-zinc-50 focus:outline-none focus:ring-2 focus:ring-(--store-primary)">
                <span className="font-medium">Order #{o.number}</span>
                <span className="text-sm text-zinc-600"><Time value={o.createdAt} style="date" /></span>
                <span className="text-sm">{o.status === "cancelled" ? "Cancelled" : paymentLabel[o.paymentStatus]}</span>
                <span className="font-semibold">{moneyFormatter({ currency: o.currency })(o.totalCents)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {nextBefore ? (
        <Link className="mt-4 inline-block text-sm font-medium underline" href={`${href(base, "/account")}?before=${nextBefore}`}>Older orders →</Link>
      ) : null}
    </main>
  );
}
