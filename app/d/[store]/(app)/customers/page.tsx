import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { listCustomers } from "@/lib/customers/directory";
import { requireMember } from "@/lib/access/edges";
import { href, requestBase } from "@/lib/tenancy/request";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import { Time } from "@/components/ui/Time";

export const metadata: Metadata = { title: "Customers" };

const COLUMNS: DataColumn[] = [
  { id: "name", header: "Name", sortable: true },
  { id: "email", header: "Email", sortable: true },
  { id: "account", header: "Account" },
  { id: "since", header: "Since", sortable: true },
];

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
      <DataTable
        label="Customers"
        columns={COLUMNS}
        empty={after ? "No more customers." : "No customers yet. Customers appear here after their first order or sign-up."}
        search={{ label: "Search this page", placeholder: "Search by name or email" }}
        facets={[{ id: "account", label: "Account", options: [{ value: "registered", label: "Registered" }, { value: "guest", label: "Guest" }] }]}
        rows={page.items.map((c) => ({
          id: c.id,
          search: `${c.name} ${c.email}`,
          facets: { account: c.hasAccount ? "registered" : "guest" },
          sort: { name: c.name.toLowerCase(), email: c.email, since: c.createdAt.getTime() },
          cells: {
            name: <span className="font-medium">{c.name}</span>,
            email: c.email,
            account: c.hasAccount ? "Registered" : "Guest",
            since: <Time value={c.createdAt} style="date" />,
          },
        }))}
        footer={
          <nav aria-label="Pages" className="flex gap-4 text-sm">
            {after ? <Link className="text-indigo-700 underline" href={href(base, "/customers")}>← First page</Link> : null}
            {page.nextAfter ? <Link className="text-indigo-700 underline" href={`${href(base, "/customers")}?after=${encodeURIComponent(page.nextAfter)}`}>Next page →</Link> : null}
          </nav>
        }
      />
    </section>
  );
}
