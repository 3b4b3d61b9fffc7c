import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { listMasterProducts } from "@/lib/catalog/master";
import { formatMoney } from "@/lib/money";
import { href, requestBase } from "@/lib/tenancy/request";
import { Pager } from "@/components/ui/Pager";
import { Plus } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import { requirePlatformAdmin } from "@/lib/access/platform";

export const metadata: Metadata = { title: "Master catalog" };

const PAGE_SIZE = 20;
const COLUMNS: DataColumn[] = [
  { id: "product", header: "Product", sortable: true },
  { id: "handle", header: "Handle", sortable: true },
  { id: "price", header: "Suggested price", sortable: true, align: "right" },
  { id: "actions", header: "Actions", srOnlyHeader: true, align: "right" },
];
const query = z.object({ page: z.coerce.number().int().min(1).catch(1) });

/** The products stores may opt into. Suggested prices are shown in USD, the platform's reference currency. */
export default async function CatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePlatformAdmin();
  const { page } = query.parse(await searchParams);
  const base = await requestBase();
  const { rows, total } = await listMasterProducts(db(), { page, pageSize: PAGE_SIZE });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Master catalog</h1>
          <p className="mt-1 text-zinc-600">Products every store can opt into. A store gets its own copy and sets its own price and stock.</p>
        </div>
        <Link href={href(base, "/catalog/new")} className={buttonVariants()}>
          <Plus aria-hidden="true" /> Add a product
        </Link>
      </div>
      <DataTable
        label="Master products"
        columns={COLUMNS}
        empty="The catalog is empty. Add the first product."
        search={{ label: "Search this page", placeholder: "Search products" }}
        rows={rows.map((p) => ({
          id: p.id,
          search: `${p.title} ${p.handle}`,
          sort: { product: p.title.toLowerCase(), handle: p.handle, price: p.suggestedPriceCents },
          cells: {
            product: <span className="font-semibold">{p.title}</span>,
            handle: <span className="font-mono text-xs text-zinc-600">{p.handle}</span>,
            price: <span className="tabular-nums">{formatMoney(p.suggestedPriceCents, "USD")}</span>,
            actions: <Link className="text-indigo-700 underline" href={href(base, `/catalog/${p.id}`)} aria-label={`Edit ${p.title}`}>Edit</Link>,
          },
        }))}
        footer={<Pager page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => `${href(base, "/catalog")}?page=${p}`} />}
      />
    </div>
  );
}
