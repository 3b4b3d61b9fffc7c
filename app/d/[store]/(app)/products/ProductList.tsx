"use client";
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useOptimisticListAction } from "@/components/dashboard/useOptimisticListAction";
import { PRODUCT_FILTERS } from "@/lib/dashboard/list-params";
import { formatMoney } from "@/lib/money";
import { archiveProductAction } from "./actions";
import { StatusBadge } from "@/components/dashboard/StatusBadge";
import { ListState } from "@/components/dashboard/ListState";
import { LoadMoreButton } from "@/components/dashboard/LoadMoreButton";

type Product = { id: string; title: string; handle: string; status: "draft" | "active" | "archived"; priceCents: number; stock: number; imagePath: string | null };
type Cursor = { createdAt: string; id: string };
type Page = { products: Product[]; next: Cursor | null };
type Filter = (typeof PRODUCT_FILTERS)[number];

const FILTER_LABELS: Record<Filter, string> = { all: "All", active: "Active", draft: "Draft", archived: "Archived" };

async function fetchPage(dataUrl: string, status: Filter, after: Cursor | null): Promise<Page> {
  const q = new URLSearchParams({ status });
  if (after) {
    q.set("afterAt", after.createdAt);
    q.set("afterId", after.id);
  }
  const res = await fetch(`${dataUrl}?${q}`, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(((await res.json().catch(() => null)) as { error?: string } | null)?.error ?? "Could not load products.");
  return (await res.json()) as Page;
}

/**
 * The products table: a status filter, "Load more" (keyset cursor), and
 * archive with an optimistic update — the row changes at once and comes back
 * if the server refuses. The store's slug leads every query key, so two
 * stores open in one tab never share cached rows.
 */
export function ProductList(props: { slug: string; dataUrl: string; productsHref: string; imagesBase: string; currency: string; canWrite: boolean }) {
  const { slug, dataUrl, productsHref, imagesBase, currency, canWrite } = props;
  const [filter, setFilter] = useState<Filter>("all");
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const router = useRouter();
  const key = ["store", slug, "products", filter] as const;

  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => fetchPage(dataUrl, filter, pageParam),
    initialPageParam: null as Cursor | null,
    getNextPageParam: (last) => last.next,
  });

  const archive = useOptimisticListAction<Page, Product>({
    queryKey: key,
    invalidateKey: ["store", slug, "products"],
    action: archiveProductAction,
    idField: "productId",
    failure: "The product could not be archived.",
    patchPage: (p, product) => ({
      ...p,
      products: p.products
        .map((row) => (row.id === product.id ? { ...row, status: "archived" as const } : row))
        .filter((row) => filter === "all" || row.status === filter),
    }),
    success: (product) => `${product.title} archived.`,
    onNotice: setNotice,
    // The plan counter above the list is rendered on the server.
    onSettled: () => router.refresh(),
  });

  const rows = query.data?.pages.flatMap((p) => p.products) ?? [];

  return (
    <div className="space-y-4">
      <div role="group" aria-label="Filter by status" className="flex flex-wrap gap-2">
        {PRODUCT_FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            onClick={() => setFilter(f)}
            className="rounded-full border border-zinc-300 px-3 py-1 text-sm font-medium hover:bg-zinc-100 focus:outline-none focus:ring-2 focus:ring-indigo-500 aria-pressed:border-zinc-900 aria-pressed:bg-zinc-900 aria-pressed:text-white"
          >
            {FILTER_LABELS[f]}
          </button>
        ))}
      </div>
      {notice ? (
        <p role={notice.ok ? "status" : "alert"} className={`rounded-md px-3 py-2 text-sm ${notice.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>{notice.text}</p>
      ) : null}
      <ListState query={query} empty={rows.length === 0} emptyText={filter === "all" ? "No products yet." : `No ${FILTER_LABELS[filter].toLowerCase()} products.`} noun="products">
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
          <table className="min-w-full text-sm" aria-label="Products">
            <thead className="bg-zinc-50 text-left text-zinc-600">
              <tr>
                <th className="px-4 py-2"><span className="sr-only">Image</span></th>
                <th className="px-4 py-2">Product</th>
                <th className="px-4 py-2">Status</th>
                <th className="px-4 py-2 text-right">Price</th>
                <th className="px-4 py-2 text-right">Stock</th>
                <th className="px-4 py-2 text-right"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {rows.map((p) => (
                <tr key={p.id}>
                  <td className="w-14 px-4 py-2">
                    {p.imagePath ? (
                      // eslint-disable-next-line @next/next/no-img-element -- store uploads are served as-is, not through the image optimizer
                      <img src={`${imagesBase}${p.imagePath}`} alt="" className="h-10 w-10 rounded object-cover" />
                    ) : (
                      <div aria-hidden="true" className="flex h-10 w-10 items-center justify-center rounded bg-zinc-100 font-bold text-zinc-400">{p.title.slice(0, 1).toUpperCase()}</div>
                    )}
                  </td>
                  <td className="px-4 py-2">
                    <Link href={`${productsHref}/${p.id}`} className="font-semibold text-indigo-700 underline">{p.title}</Link>
                    <span className="block text-xs text-zinc-500">/{p.handle}</span>
                  </td>
                  <td className="px-4 py-2"><StatusBadge value={p.status} /></td>
                  <td className="px-4 py-2 text-right tabular-nums">{formatMoney(p.priceCents, currency)}</td>
                  <td className={`px-4 py-2 text-right tabular-nums ${p.stock === 0 ? "font-semibold text-red-700" : ""}`}>{p.stock === 0 ? "Out of stock" : p.stock}</td>
                  <td className="px-4 py-2 text-right">
                    {canWrite && p.status !== "archived" ? (
                      <button
                        type="button"
                        disabled={archive.isPending && archive.variables?.id === p.id}
                        onClick={() => {
                          if (window.confirm(`Archive ${p.title}? It leaves the storefront at once.`)) archive.mutate(p);
                        }}
                        className="rounded-md border border-red-300 px-3 py-1 text-sm font-medium text-red-700 hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-red-500 disabled:opacity-60"
                      >
                        Archive<span className="sr-only"> {p.title}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <LoadMoreButton query={query} label="Load more products" />
      </ListState>
    </div>
  );
}
