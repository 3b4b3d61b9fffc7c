import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { listStores, STORE_STATUSES } from "@/lib/console/stores";
import { href, requestBase } from "@/lib/tenancy/request";
import { Button } from "@/components/ui/button";
import { FilterPills } from "@/components/ui/FilterPills";
import { Pager } from "@/components/ui/Pager";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import { Time } from "@/components/ui/Time";
import { StatusBadge } from "@/components/console/StatusBadge";
import { requirePlatformAdmin } from "@/lib/access/platform";
import { CreateStoreForm } from "./CreateStoreForm";

export const metadata: Metadata = { title: "Stores" };

const PAGE_SIZE = 20;
// Sorting orders this page's rows; the search, status filter and paging are the server's.
const STORE_COLUMNS: DataColumn[] = [
  { id: "store", header: "Store", sortable: true },
  { id: "status", header: "Status", sortable: true },
  { id: "plan", header: "Plan", sortable: true },
  { id: "members", header: "Members", sortable: true, align: "right" },
  { id: "opened", header: "Opened (UTC)", sortable: true },
];
const FILTERS = ["all", ...STORE_STATUSES] as const;
const query = z.object({
  status: z.enum(FILTERS).catch("all"),
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).catch(1),
});

export default async function StoresPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePlatformAdmin();
  const { status, q, page } = query.parse(await searchParams);
  const base = await requestBase();
  const { total, rows } = await listStores(db(), { search: q, status: status === "all" ? undefined : status, page, pageSize: PAGE_SIZE });
  const link = (s: string, p = 1) => {
    const params = new URLSearchParams({ status: s });
    if (q) params.set("q", q);
    if (p > 1) params.set("page", String(p));
    return `${href(base, "/stores")}?${params}`;
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Stores</h1>
          <p className="mt-1 text-zinc-600">Every store on Plaza: open one for its details, plan, support access and lifecycle.</p>
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <form method="get" action={href(base, "/stores")} role="search" className="flex items-end gap-2">
          <input type="hidden" name="status" value={status} />
          <div>
            <label htmlFor="store-search" className="block text-sm font-medium text-zinc-800">Search by name or address</label>
            <input id="store-search" name="q" defaultValue={q} className="mt-1 rounded-md border border-zinc-300 px-3 py-2 text-sm focus:outline-none focus:ring-2 focus:ring-indigo-500" />
          </div>
          <Button variant="secondary">Search</Button>
        </form>
        <FilterPills label="Filter by status" items={FILTERS.map((s) => ({ key: s, label: s, href: link(s), current: s === status }))} />
      </div>
      <DataTable
        label="Stores"
        columns={STORE_COLUMNS}
        empty={q ? `No store matches “${q}”.` : "No stores with this status."}
        rows={rows.map((s) => ({
          id: s.id,
          sort: { store: s.name.toLowerCase(), status: s.status, plan: s.plan, members: s.members, opened: s.createdAt.getTime() },
          cells: {
            store: (
              <>
                <Link className="font-semibold text-indigo-700 underline" href={href(base, `/stores/${s.slug}`)}>{s.name}</Link>{" "}
                <span className="font-mono text-xs text-zinc-600">{s.slug}</span>
              </>
            ),
            status: <StatusBadge status={s.status} deleting={Boolean(s.purgeAfter)} />,
            plan: <span className="capitalize">{s.plan}</span>,
            members: s.members,
            opened: <Time value={s.createdAt} style="date" className="whitespace-nowrap text-zinc-600" />,
          },
        }))}
        footer={<Pager page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => link(status, p)} />}
      />
      <section aria-labelledby="new-store" className="rounded-lg border border-zinc-200 bg-white p-6">
        <h2 id="new-store" className="text-lg font-semibold">Open a store</h2>
        <p className="mt-1 text-sm text-zinc-600">The store opens at once. An owner without an account is invited by mail to choose a password.</p>
        <CreateStoreForm storeBase={href(base, "/stores")} />
      </section>
    </div>
  );
}
