import type { Metadata } from "next";
import Link from "next/link";
import { ProductCard } from "@/components/storefront/ProductCard";
import { listCatalog } from "@/lib/catalog/storefront";
import { imageUrl, moneyFormatter } from "@/lib/commerce/shop";
import { db } from "@/lib/db/client";
import { loadStorefront } from "@/lib/stores/storefront";
import { href, requestBase } from "@/lib/tenancy/request";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ store: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { store } = await loadStorefront((await params).store);
  return { title: { absolute: store.name } };
}

export default async function StorefrontHome({ params, searchParams }: Props) {
  const { store, open } = await loadStorefront((await params).store);
  if (!open) return null; // the layout shows the status page
  const query = await searchParams;
  const q = one(query.q)?.trim().slice(0, 100) ?? "";
  const after = one(query.after) ?? null;
  const base = await requestBase();
  const price = moneyFormatter(store);
  const page = await listCatalog(db(), store.id, { q, after });

  const link = (params: Record<string, string>) => {
    const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ""));
    const qs = search.toString();
    return href(base, "/") + (qs ? `?${qs}` : "");
  };

  return (
    <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <h1 className="text-2xl font-semibold">{q ? `Results for “${q}”` : "Catalog"}</h1>
        <form role="search" action={href(base, "/")} method="get" className="flex w-full gap-2 sm:w-auto">
          <label htmlFor="catalog-search" className="sr-only">
            Search products
          </label>
          <input
            id="catalog-search"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={100}
            placeholder="Search products"
            className="w-full rounded-md border border-zinc-300 px-3 py-2 sm:w-64"
          />
          <button type="submit" className="rounded-md bg-(--store-primary) px-4 py-2 font-medium text-white hover:opacity-90">
            Search
          </button>
        </form>
      </div>

      {page.items.length === 0 ? (
        <div className="mt-8 rounded-lg border border-dashed border-zinc-300 bg-white p-8 text-center text-zinc-600">
          {q ? (
            <>
              <p>No products match “{q}”.</p>
              <Link href={href(base, "/")} className="mt-2 inline-block font-medium text-zinc-900 underline">
                Show all products
              </Link>
            </>
          ) : after ? (
            <p>
              No more products.{" "}
              <Link href={href(base, "/")} className="font-medium text-zinc-900 underline">
                Back to the first page
              </Link>
            </p>
          ) : (
            <p>This store has no products on sale yet.</p>
          )}
        </div>
      ) : (
        <ul className="mt-6 grid gap-5 sm:grid-cols-2 lg:grid-cols-3" aria-label="Products">
          {page.items.map((p) => (
            <ProductCard key={p.id} product={p} url={href(base, `/products/${encodeURIComponent(p.handle)}`)} price={price(p.priceCents)} image={imageUrl(base, p.imagePath)} />
          ))}
        </ul>
      )}

      {after || page.nextCursor ? (
        <nav aria-label="Pagination" className="mt-8 flex justify-between">
          {after ? (
            <Link href={link({ q })} className="rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-medium hover:bg-zinc-50">
              First page
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <Link href={link({ q, after: page.nextCursor })} rel="next" className="rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-medium hover:bg-zinc-50">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </main>
  );
}
