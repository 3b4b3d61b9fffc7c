import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { listMasterProducts } from "@/lib/catalog/master";
import { formatMoney } from "@/lib/money";
import { href, requestBase } from "@/lib/tenancy/request";
import { Pager } from "@/components/ui/Pager";
import { requirePlatformAdmin } from "../guard";

export const metadata: Metadata = { title: "Master catalog" };

const PAGE_SIZE = 20;
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
        <Link href={href(base, "/catalog/new")} className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 focus:outline-none focus:ring-2 focus:ring-indigo-500 focus:ring-offset-2">
          Add a product
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-8 text-center text-zinc-600">The catalog is empty. Add the first product.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
          <table className="min-w-full text-sm" aria-label="Master products">
            <thead className="bg-zinc-50 text-left text-zinc-600">
              <tr>
                <th className="px-4 py-2">Product</th>
                <th className="px-4 py-2">Handle</th>
                <th className="px-4 py-2 text-right">Suggested price</th>
                <th className="px-4 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {rows.map((p) => (
                <tr key={p.id}>
                  <td className="px-4 py-3 font-semibold">{p.title}</td>
                  <td className="px-4 py-3 font-mono text-xs text-zinc-600">{p.handle}</td>
                  <td className="px-4 py-3 text-right">{formatMoney(p.suggestedPriceCents, "USD")}</td>
                  <td className="px-4 py-3 text-right">
                    <Link className="text-indigo-700 underline" href={href(base, `/catalog/${p.id}`)} aria-label={`Edit ${p.title}`}>Edit</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => `${href(base, "/catalog")}?page=${p}`} />
    </div>
  );
}
