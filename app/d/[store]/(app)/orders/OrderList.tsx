"use client";
import { useState } from "react";
import Link from "next/link";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useOptimisticListAction } from "@/components/dashboard/useOptimisticListAction";
import { FULFILLMENT_STATUSES, ORDER_STATUSES, PAYMENT_STATUSES, type OrderFilters } from "@/lib/dashboard/list-params";
import { formatMoney } from "@/lib/money";
import { StatusBadge } from "@/components/dashboard/StatusBadge";
import { PackageCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DataTable, type DataColumn, type DataRow } from "@/components/ui/DataTable";
import { Notice } from "@/components/ui/Notice";
import { useReadOnlyControl } from "@/components/ui/ReadOnly";
import { Time } from "@/components/ui/Time";
import { LoadMoreButton } from "@/components/dashboard/LoadMoreButton";
import { fulfillOrderAction } from "./actions";

type Order = {
  id: string;
  number: number;
  email: string;
  name: string;
  totalCents: number;
  currency: string;
  status: string;
  paymentStatus: string;
  fulfillmentStatus: string;
  createdAt: string;
};
type Page = { items: Order[]; nextBefore: number | null };

async function fetchPage(dataUrl: string, filters: OrderFilters, before: number | null): Promise<Page> {
  const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as Array<[string, string]>);
  if (before) q.set("before", String(before));
  const res = await fetch(`${dataUrl}?${q}`, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(((await res.json().catch(() => null)) as { error?: string } | null)?.error ?? "Could not load orders.");
  return (await res.json()) as Page;
}

const FILTERS = [
  { name: "status", label: "Order status", values: ORDER_STATUSES },
  { name: "paymentStatus", label: "Payment", values: PAYMENT_STATUSES },
  { name: "fulfillmentStatus", label: "Fulfillment", values: FULFILLMENT_STATUSES },
] as const;

const COLUMNS: DataColumn[] = [
  { id: "order", header: "Order", sortable: true },
  { id: "customer", header: "Customer", sortable: true },
  { id: "placed", header: "Placed", sortable: true },
  { id: "total", header: "Total", sortable: true, align: "right" },
  { id: "status", header: "Status" },
  { id: "actions", header: "Actions", srOnlyHeader: true, align: "right" },
];

/**
 * The orders table: filters on the three status axes, "Older orders" (keyset
 * on the order number), and a quick Fulfill that updates the row at once and
 * rolls back if the server refuses. The store's slug leads every query key.
 */
export function OrderList({ slug, dataUrl, ordersHref, canWrite }: { slug: string; dataUrl: string; ordersHref: string; canWrite: boolean }) {
  const [filters, setFilters] = useState<OrderFilters>({});
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const key = ["store", slug, "orders", filters] as const;

  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => fetchPage(dataUrl, filters, pageParam),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });

  const fulfill = useOptimisticListAction<Page, Order>({
    queryKey: key,
    invalidateKey: ["store", slug, "orders"],
    action: fulfillOrderAction,
    idField: "orderId",
    failure: "The order could not be fulfilled.",
    patchPage: (p, order) => ({ ...p, items: p.items.map((o) => (o.id === order.id ? { ...o, fulfillmentStatus: "fulfilled" } : o)) }),
    success: (order) => `Order #${order.number} fulfilled.`,
    onNotice: setNotice,
  });

  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Object.values(filters).some(Boolean);
  const readOnly = useReadOnlyControl();
  const tableRows: DataRow[] = rows.map((o) => ({
    id: o.id,
    search: `#${o.number} ${o.name} ${o.email}`,
    sort: { order: o.number, customer: o.name.toLowerCase(), placed: Date.parse(o.createdAt), total: o.totalCents },
    cells: {
      order: <Link href={`${ordersHref}/${o.id}`} className="font-semibold text-indigo-700 underline">#{o.number}</Link>,
      customer: (
        <>
          {o.name}
          <span className="block text-xs text-zinc-500">{o.email}</span>
        </>
      ),
      placed: <Time value={o.createdAt} relative className="whitespace-nowrap" />,
      total: <span className="tabular-nums">{formatMoney(o.totalCents, o.currency)}</span>,
      status: (
        <span className="space-x-1 whitespace-nowrap">
          <StatusBadge value={o.status} label="Order" />
          <StatusBadge value={o.paymentStatus} label="Payment" />
          <StatusBadge value={o.fulfillmentStatus} label="Fulfillment" />
        </span>
      ),
      actions:
        canWrite && o.status === "open" && o.fulfillmentStatus === "unfulfilled" ? (
          <Button
            variant="secondary"
            size="sm"
            disabled={readOnly.disabled || (fulfill.isPending && fulfill.variables?.id === o.id)}
            aria-describedby={readOnly.describedBy}
            onClick={() => fulfill.mutate(o)}
          >
            <PackageCheck aria-hidden="true" />
            Fulfill<span className="sr-only"> order #{o.number}</span>
          </Button>
        ) : null,
    },
  }));

  return (
    <div className="space-y-4">
      <div role="group" aria-label="Filter orders" className="flex flex-wrap gap-4 rounded-lg bg-zinc-100 p-4">
        {FILTERS.map((f) => (
          <div key={f.name}>
            <label htmlFor={`filter-${f.name}`} className="block text-sm font-medium">{f.label}</label>
            <select
              id={`filter-${f.name}`}
              value={filters[f.name] ?? ""}
              onChange={(e) => setFilters((prev) => ({ ...prev, [f.name]: e.target.value || undefined }))}
              className="mt-1 rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
            >
              <option value="">Any</option>
              {f.values.map((v) => (
                <option key={v} value={v}>{v.replaceAll("_", " ")}</option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {notice ? <Notice tone={notice.ok ? "success" : "error"}>{notice.text}</Notice> : null}
      {readOnly.note}
      <DataTable
        label="Orders"
        columns={COLUMNS}
        rows={tableRows}
        loading={query.isPending}
        loadingLabel="Loading orders…"
        error={query.isError ? { message: query.error?.message ?? "Could not load orders.", retry: () => void query.refetch() } : null}
        empty={filtered ? "No orders match these filters." : "No orders yet. They appear here as soon as a customer checks out."}
        search={{ label: "Search loaded orders", placeholder: "Search by number, name, email" }}
        footer={<LoadMoreButton query={query} label="Older orders" />}
      />
    </div>
  );
}
