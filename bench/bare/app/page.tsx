import Link from "next/link";
import { BENCH_PRODUCTS } from "../products";

const price = (cents: number) => new Intl.NumberFormat("en", { style: "currency", currency: "USD" }).format(cents / 100);

/** Plaza's storefront catalog markup (header, grid of cards, footer), products from memory. */
export default function Page() {
  return (
    <div style={{ "--store-primary": "#4f46e5" } as React.CSSProperties} className="flex min-h-screen flex-col">
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
          <Link href="/" className="flex items-center gap-3 rounded">
            <span className="text-xl font-bold">Bench store</span>
          </Link>
          <nav aria-label="Shop" className="flex items-center gap-2">
            <Link href="/account">Account</Link>
            <Link href="/cart" aria-label="Cart, 0 items">
              Cart <span data-testid="cart-count">0</span>
            </Link>
          </nav>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
        <h1 className="text-2xl font-semibold">Catalog</h1>
        <form role="search" action="/" method="get">
          <input id="catalog-search" type="search" name="q" maxLength={100} placeholder="Search products" />
          <button type="submit">Search</button>
        </form>
        <ul className="mt-6 grid gap-5 sm:grid-cols-2 lg:grid-cols-3" aria-label="Products">
          {BENCH_PRODUCTS.map((p) => (
            <li key={p.id} className="group relative flex flex-col rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
              <div className="aspect-square w-full rounded-md bg-zinc-100" aria-hidden="true" />
              <h2 className="mt-4 text-lg font-semibold">
                <Link href={`/products/${p.handle}`} className="outline-none after:absolute after:inset-0">
                  {p.title}
                </Link>
              </h2>
              <p className="mt-1 line-clamp-2 flex-1 text-sm text-zinc-600">{p.description}</p>
              <div className="mt-4 flex items-center justify-between">
                <span className="font-semibold">{price(p.priceCents)}</span>
                <span className="text-sm text-zinc-500">{p.stock <= 5 ? `Only ${p.stock} left` : "In stock"}</span>
              </div>
            </li>
          ))}
        </ul>
      </main>
      <footer className="border-t border-zinc-200 bg-white py-6 text-center text-sm text-zinc-500">Bench store · powered by Plaza</footer>
    </div>
  );
}
