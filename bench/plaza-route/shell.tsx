import type { Metadata } from "next";
import { ProductCard } from "@/components/storefront/ProductCard";
import { StorefrontFrame } from "@/components/storefront/StorefrontFrame";
import type { StorefrontProduct } from "@/lib/catalog/storefront";
import { moneyFormatter } from "@/lib/commerce/shop";
import { DEFAULT_PRIMARY } from "@/lib/stores/theme";
import { BENCH_PRODUCTS } from "@/bench/bare/products";

/*
 * The storefront catalog with the tenancy layers removed, for the bench's own
 * build of Plaza only (bench/servers.ts copies the pages that use it into
 * app/; it is never part of the product). The same frame as app/s/[store]'s
 * layout (components/storefront/StorefrontFrame.tsx), and the same markup,
 * title and components as its page, but no routing, no store
 * lookup, no tenant read and no query: the store and its products come from
 * memory.
 */
const store = { name: "Bench store", currency: "USD", timeZone: "UTC" };
const products: StorefrontProduct[] = BENCH_PRODUCTS.map((p) => ({ ...p, imagePath: null }));

export const benchMetadata: Metadata = { title: { absolute: store.name } };

/** What app/s/[store]/layout.tsx renders around a page, for a store with the default theme and an empty cart. */
export function BenchStorefrontShell({ children }: { children: React.ReactNode }) {
  return (
    <StorefrontFrame name={store.name} timeZone={store.timeZone} base="" primary={DEFAULT_PRIMARY} logo={null} tagline={null} itemCount={0}>
      {children}
    </StorefrontFrame>
  );
}

/** What app/s/[store]/page.tsx renders: the catalog's first page. */
export function BenchCatalog() {
  const price = moneyFormatter(store);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <h1 className="text-2xl font-semibold">Catalog</h1>
        <form role="search" action="/" method="get" className="flex w-full gap-2 sm:w-auto">
          <label htmlFor="catalog-search" className="sr-only">
            Search products
          </label>
          <input id="catalog-search" type="search" name="q" defaultValue="" maxLength={100} placeholder="Search products" className="w-full rounded-md border border-zinc-300 px-3 py-2 sm:w-64" />
          <button type="submit" className="rounded-md bg-(--store-primary) px-4 py-2 font-medium text-white hover:opacity-90">
            Search
          </button>
        </form>
      </div>
      <ul className="mt-6 grid gap-5 sm:grid-cols-2 lg:grid-cols-3" aria-label="Products">
        {products.map((p) => (
          <ProductCard key={p.id} product={p} url={`/products/${encodeURIComponent(p.handle)}`} price={price(p.priceCents)} image={null} />
        ))}
      </ul>
    </main>
  );
}
