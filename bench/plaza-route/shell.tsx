import type { Metadata } from "next";
import Link from "next/link";
import { ProductCard } from "@/components/storefront/ProductCard";
import { SkipLink } from "@/components/ui/SkipLink";
import { DateFormatProvider } from "@/components/ui/Time";
import type { StorefrontProduct } from "@/lib/catalog/storefront";
import { moneyFormatter } from "@/lib/commerce/shop";
import { DEFAULT_PRIMARY } from "@/lib/stores/theme";
import { BENCH_PRODUCTS } from "@/bench/bare/products";

/*
 * The storefront catalog with the tenancy layers removed, for the bench's own
 * build of Plaza only (bench/servers.ts copies the pages that use it into
 * app/; it is never part of the product). The same markup, providers, title
 * and components as app/s/[store]'s layout and page, but no routing, no store
 * lookup, no tenant read and no query: the store and its products come from
 * memory.
 */
const store = { name: "Bench store", currency: "USD", timeZone: "UTC" };
const products: StorefrontProduct[] = BENCH_PRODUCTS.map((p) => ({ ...p, imagePath: null }));

export const benchMetadata: Metadata = { title: { absolute: store.name } };

/** What app/s/[store]/layout.tsx renders around a page. */
export function BenchStorefrontShell({ children }: { children: React.ReactNode }) {
  return (
    <DateFormatProvider timeZone={store.timeZone}>
      <div style={{ "--store-primary": DEFAULT_PRIMARY } as React.CSSProperties} className="flex min-h-screen flex-col">
        <SkipLink />
        <header className="border-b border-zinc-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
            <Link href="/" className="flex items-center gap-3 rounded">
              <span className="flex flex-col">
                <span className="text-xl font-bold" style={{ color: DEFAULT_PRIMARY }}>
                  {store.name}
                </span>
              </span>
            </Link>
            <nav aria-label="Shop" className="flex items-center gap-2">
              <Link href="/account" className="rounded-md px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-50">
                Account
              </Link>
              <Link href="/cart" className="inline-flex items-center gap-2 rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-50" aria-label="Cart, 0 items">
                <span aria-hidden="true">Cart</span>
                <span aria-hidden="true" className="min-w-6 rounded-full bg-(--store-primary) px-2 py-0.5 text-center text-xs font-semibold text-white" data-testid="cart-count">
                  0
                </span>
              </Link>
            </nav>
          </div>
        </header>
        <div id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </div>
        <footer className="border-t border-zinc-200 bg-white py-6 text-center text-sm text-zinc-700">{store.name} · powered by Plaza</footer>
      </div>
    </DateFormatProvider>
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
