import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { listCustomers } from "@/lib/customers/directory";
import { requireMember } from "@/lib/dashboard/guard";
import { href, requestBase } from "@/lib/tenancy/request";

export const metadata: Metadata = { title: "Customers" };

/**
 * The store's customers by email, keyset-paginated (`?after=` the last email of
 * the page). Readable by whoever may read orders: customers are the people
 * behind the orders, so a catalog member does not see them either.
 */
export default async function CustomersPage({ params, searchParams }: { params: Promise<{ store: string }>; searchParams: Promise<{ after?: string | string[] }> }) {
  const { store } = await requireMember((await params).store, "orders:read");
  const base = await requestBase();
  const raw = (await searchParams).after;
  const after = typeof raw === "string" && raw.length <= 254 ? raw : null;
  const page = await listCustomers(db(), store.id, { afterEmail: after, limit: 25 });

  return (
    <section aria-labelledby="customers-heading" className="space-y-6">
      <div>
        <h1 id="customers-heading" className="text-2xl font-bold">Customers</h1>
        <p className="mt-1 text-zinc-600">Customers of {store.name}, by email. The same email at another store is a different customer.</p>
      </div>
      {page.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 px-4 py-8 text-center text-zinc-600">{after ? "No more customers." : "No customers yet. Customers appear here after their first order or sign-up."}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
          <table className="min-w-full text-sm" aria-label="Customers">
            <thead className="bg-zinc-50 text-left text-zinc-600">
              <tr>
                <th className="px-4 py-2">Name</th>
                <th className="px-4 py-2">Email</th>
                <th className="px-4 py-2">Account</th>
                <th className="px-4 py-2">Since</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {page.items.map((c) => (
                <tr key={c.id}>
                  <td className="px-4 py-2 font-medium">{c.name}</td>
                  <td className="px-4 py-2">{c.email}</td>
                  <td className="px-4 py-2">{c.hasAccount ? "Registered" : "Guest"}</td>
                  <td className="px-4 py-2">{c.createdAt.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {after ? <Link className="text-indigo-700 underline" href={href(base, "/customers")}>← First page</Link> : null}
        {page.nextAfter ? <Link className="text-indigo-700 underline" href={`${href(base, "/customers")}?after=${encodeURIComponent(page.nextAfter)}`}>Next page →</Link> : null}
      </nav>
    </section>
  );
}
