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
import { Archive } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/ConfirmDialog";
import { DataTable, type DataColumn, type DataRow } from "@/components/ui/DataTable";
import { Notice } from "@/components/ui/Notice";
import { useReadOnlyControl } from "@/components/ui/ReadOnly";
import { LoadMoreButton } from "@/components/dashboard/LoadMoreButton";

type Product = { id: string; title: string; handle: string; status: "draft" | "active" | "archived"; priceCents: number; stock: number; imagePath: string | null };
type Cursor = { createdAt: string; id: string };
type Page = { products: Product[]; next: Cursor | null };
type Filter = (typeof PRODUCT_FILTERS)[number];

const FILTER_LABELS: Record<Filter, string> = { all: "All", active: "Active", draft: "Draft", archived: "Archived" };

const COLUMNS: DataColumn[] = [
  { id: "image", header: "Image", srOnlyHeader: true, className: "w-14" },
  { id: "product", header: "Product", sortable: true },
  { id: "status", header: "Status", sortable: true },
  { id: "price", header: "Price", sortable: true, align: "right" },
  { id: "stock", header: "Stock", sortable: true, align: "right" },
  { id: "actions", header: "Actions", srOnlyHeader: true, align: "right" },
];

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

  const readOnly = useReadOnlyControl();
  const tableRows: DataRow[] = rows.map((p) => ({
    id: p.id,
    search: `${p.title} ${p.handle}`,
    sort: { product: p.title.toLowerCase(), status: p.status, price: p.priceCents, stock: p.stock },
    cells: {
      image: p.imagePath ? (
        // eslint-disable-next-line @next/next/no-img-element -- store uploads are served as-is, not through the image optimizer
        <img src={`${imagesBase}${p.imagePath}`} alt="" className="h-10 w-10 rounded object-cover" />
      ) : (
        <div aria-hidden="true" className="flex h-10 w-10 items-center justify-center rounded bg-zinc-100 font-bold text-zinc-400">{p.title.slice(0, 1).toUpperCase()}</div>
      ),
      product: (
        <>
          <Link href={`${productsHref}/${p.id}`} className="font-semibold text-indigo-700 underline">{p.title}</Link>
          <span className="block text-xs text-zinc-500">/{p.handle}</span>
        </>
      ),
      status: <StatusBadge value={p.status} />,
      price: <span className="tabular-nums">{formatMoney(p.priceCents, currency)}</span>,
      stock: <span className={`tabular-nums ${p.stock === 0 ? "font-semibold text-red-700" : ""}`}>{p.stock === 0 ? "Out of stock" : p.stock}</span>,
      actions:
        canWrite && p.status !== "archived" ? (
          <ConfirmButton
            confirm={{ title: `Archive ${p.title}?`, description: "It leaves the storefront at once. Past orders keep it.", actionLabel: "Archive" }}
            onConfirm={() => archive.mutate(p)}
            render={(ask) => (
              <Button variant="dangerOutline" size="sm" onClick={ask} disabled={readOnly.disabled || (archive.isPending && archive.variables?.id === p.id)} aria-describedby={readOnly.describedBy}>
                <Archive aria-hidden="true" />
                Archive<span className="sr-only"> {p.title}</span>
              </Button>
            )}
          />
        ) : null,
    },
  }));

  return (
    <div className="space-y-4">
      {notice ? <Notice tone={notice.ok ? "success" : "error"}>{notice.text}</Notice> : null}
      {readOnly.note}
      <DataTable
        label="Products"
        columns={COLUMNS}
        rows={tableRows}
        loading={query.isPending}
        loadingLabel="Loading products…"
        error={query.isError ? { message: query.error?.message ?? "Could not load products.", retry: () => void query.refetch() } : null}
        empty={filter === "all" ? "No products yet. Add your first product to open the shop." : `No ${FILTER_LABELS[filter].toLowerCase()} products.`}
        search={{ label: "Search loaded products", placeholder: "Search products" }}
        toolbar={
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
        }
        footer={<LoadMoreButton query={query} label="Load more products" />}
      />
    </div>
  );
}
