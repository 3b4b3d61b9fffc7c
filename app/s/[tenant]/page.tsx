import type { Metadata } from "next";
import { loadStorefront } from "@/lib/stores/storefront";
import { listStorefrontProducts } from "@/lib/stores/queries";
import { formatMoney } from "@/lib/money";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { store } = await loadStorefront((await params).tenant);
  return { title: { absolute: store.name } };
}

export default async function StorefrontHome({ params }: Props) {
  const { store, open } = await loadStorefront((await params).tenant);
  if (!open) return null; // the layout shows the status page
  const products = await listStorefrontProducts(store.id);

  return (
    <main className="mx-auto max-w-6xl px-6 py-10">
      <h1 className="text-2xl font-semibold">Catalogue</h1>
      {products.length === 0 ? (
        <p className="mt-6 text-zinc-600">This store has no products on sale yet.</p>
      ) : (
        <ul className="mt-6 grid gap-5 sm:grid-cols-2 lg:grid-cols-3" aria-label="Products">
          {products.map((p) => (
            <li key={p.id} className="flex flex-col rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
              <h2 className="text-lg font-semibold">{p.title}</h2>
              <p className="mt-1 flex-1 text-sm text-zinc-600">{p.description}</p>
              <div className="mt-4 flex items-center justify-between">
                <span className="font-semibold">{formatMoney(p.priceCents, store.currency)}</span>
                {p.stock > 0 ? (
                  <span className="text-sm text-zinc-500">{p.stock} in stock</span>
                ) : (
                  <span className="rounded bg-zinc-100 px-2 py-0.5 text-sm font-medium text-zinc-700">Out of stock</span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
