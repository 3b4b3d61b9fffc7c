import type { Metadata } from "next";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { can } from "@/lib/auth/permissions";
import { catalogForStore } from "@/lib/catalog/master-opt-in";
import { productUsage } from "@/lib/catalog/products";
import { formatMoney } from "@/lib/money";
import { usageLabel } from "@/lib/plans/plans";
import { requireMember } from "@/lib/access/edges";
import { findStoreBySlug } from "@/lib/tenancy/lookup";
import { href, requestBase } from "@/lib/tenancy/request";
import { Pager } from "@/components/ui/Pager";
import { OptInForm } from "./OptInForm";
import { EmptyState } from "@/components/ui/EmptyState";

export const metadata: Metadata = { title: "Master catalog" };

const PAGE_SIZE = 20;
const query = z.object({ page: z.coerce.number().int().min(1).catch(1) });

/** Plaza's master catalog as this store sees it: what it already carries, and a form to add the rest. */
export default async function StoreCatalogPage({ params, searchParams }: { params: Promise<{ store: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const access = await requireMember((await params).store, "products:read");
  const { page } = query.parse(await searchParams);
  const base = await requestBase();
  const [{ items, total }, usage, ref] = await Promise.all([
    catalogForStore(db(), access.store.id, { page, pageSize: PAGE_SIZE }),
    productUsage(db(), access.store.id),
    findStoreBySlug(access.store.slug),
  ]);
  const currency = ref?.currency ?? "USD";
  const writable = can(access.role, "products:write");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Master catalog</h1>
        <p className="mt-1 text-zinc-600">
          Products Plaza offers every store. Adding one copies it into your products with your own price and stock; the storefront shows only what you add and activate.
        </p>
        <p className="mt-2 text-sm text-zinc-700">{usageLabel(usage.used, usage.limit, "products")} on your plan.</p>
      </div>
      {items.length === 0 ? (
        <EmptyState>The catalog has no products yet.</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Catalog products">
          {items.map(({ master, copy }) => (
            <li key={master.id} className="rounded-lg border border-zinc-200 bg-white p-5">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <h2 className="font-semibold">{master.title}</h2>
                  <p className="font-mono text-xs text-zinc-500">{master.handle}</p>
                </div>
                <span className="shrink-0 text-sm text-zinc-600">Suggested {formatMoney(master.suggestedPriceCents, currency)}</span>
              </div>
              {master.description ? <p className="mt-2 line-clamp-3 text-sm text-zinc-700">{master.description}</p> : null}
              {copy ? (
                <p className="mt-3 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="opted-in">
                  In your store · {copy.status} · {formatMoney(copy.priceCents, currency)} · {copy.stock} in stock
                </p>
              ) : writable ? (
                <details className="mt-3">
                  <summary className="cursor-pointer rounded text-sm font-semibold text-indigo-700 focus:outline-none focus:ring-2 focus:ring-indigo-500">Add to my store…</summary>
                  <OptInForm master={{ id: master.id, title: master.title, handle: master.handle, suggestedPrice: (master.suggestedPriceCents / 100).toFixed(2) }} />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => `${href(base, "/catalog")}?page=${p}`} />
    </div>
  );
}
