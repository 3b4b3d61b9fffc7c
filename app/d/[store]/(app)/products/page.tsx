import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { can } from "@/lib/auth/permissions";
import { productUsage } from "@/lib/catalog/products";
import { requireMember } from "@/lib/access/edges";
import { storeCurrency } from "@/lib/dashboard/overview";
import { usageLabel } from "@/lib/plans/plans";
import { href, requestBase } from "@/lib/tenancy/request";
import { storefrontUrl } from "@/lib/tenancy/urls";
import { DisabledReason } from "@/components/ui/ReadOnly";
import { ProductList } from "./ProductList";

export const metadata: Metadata = { title: "Products" };

/** Every role reads the catalog; only products:write gets the add, edit and archive controls. */
export default async function ProductsPage({ params }: { params: Promise<{ store: string }> }) {
  const { store, role, readOnly } = await requireMember((await params).store, "products:read");
  const base = await requestBase();
  const [usage, currency] = await Promise.all([productUsage(db(), store.id), storeCurrency(db(), store.id)]);
  const canWrite = can(role, "products:write");
  const full = usage.used >= usage.limit;

  return (
    <section aria-labelledby="products-heading" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="products-heading" className="text-2xl font-bold">Products</h1>
          <p className="mt-1 text-zinc-600">
            <span data-testid="product-usage">{usageLabel(usage.used, usage.limit, "products")}</span> on your plan (archived products do not count).
          </p>
        </div>
        {canWrite && readOnly ? (
          <DisabledReason id="add-product-disabled" reason="Read-only while the store is suspended: no products can be added." />
        ) : canWrite ? (
          full ? (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">Your plan&apos;s product limit is reached. Archive a product or upgrade to add more.</p>
          ) : (
            <Link href={href(base, "/products/new")} className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 focus:outline-none focus:ring-2 focus:ring-indigo-500 focus:ring-offset-2">
              Add product
            </Link>
          )
        ) : (
          <p className="text-sm text-zinc-500">Read-only: your role cannot change products.</p>
        )}
      </div>
      <ProductList
        slug={store.slug}
        dataUrl={href(base, "/data/products")}
        productsHref={href(base, "/products")}
        imagesBase={storefrontUrl(store.slug, "/images/")}
        currency={currency}
        canWrite={canWrite}
      />
    </section>
  );
}
