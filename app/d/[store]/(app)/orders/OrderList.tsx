"use client";
import { useState } from "react";
import Link from "next/link";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useOptimisticListAction } from "@/components/dashboard/useOptimisticListAction";
import { FULFILLMENT_STATUSES, ORDER_STATUSES, PAYMENT_STATUSES, type OrderFilters } from "@/lib/dashboard/list-params";
import { formatMoney } from "@/lib/money";
import { StatusBadge } from "@/components/dashboard/StatusBadge";
import { ListState } from "@/components/dashboard/ListState";
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
                <option key={v} value={v}>{v}</option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {notice ? (
        <p role={notice.ok ? "status" : "alert"} className={`rounded-md px-3 py-2 text-sm ${notice.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>{notice.text}</p>
      ) : null}
      <ListState query={query} empty={rows.length === 0} emptyText={filtered ? "No orders match these filters." : "No orders yet."} noun="orders">
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
          <table className="min-w-full text-sm" aria-label="Orders">
            <thead className="bg-zinc-50 text-left text-zinc-600">
              <tr>
                <th className="px-4 py-2">Order</th>
                <th className="px-4 py-2">Customer</th>
                <th className="px-4 py-2">Placed</th>
                <th className="px-4 py-2 text-right">Total</th>
                <th className="px-4 py-2">Status</th>
                <th className="px-4 py-2 text-right"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {rows.map((o) => (
                <tr key={o.id}>
                  <td className="px-4 py-2"><Link href={`${ordersHref}/${o.id}`} className="font-semibold text-indigo-700 underline">#{o.number}</Link></td>
                  <td className="px-4 py-2">{o.name}<span className="block text-xs text-zinc-500">{o.email}</span></td>
                  <td className="px-4 py-2 whitespace-nowrap">{new Date(o.createdAt).toISOString().slice(0, 16).replace("T", " ")}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{formatMoney(o.totalCents, o.currency)}</td>
                  <td className="space-x-1 px-4 py-2 whitespace-nowrap">
                    <StatusBadge value={o.status} label="Order" />
                    <StatusBadge value={o.paymentStatus} label="Payment" />
                    <StatusBadge value={o.fulfillmentStatus} label="Fulfillment" />
                  </td>
                  <td className="px-4 py-2 text-right">
                    {canWrite && o.status === "open" && o.fulfillmentStatus === "unfulfilled" ? (
                      <button
                        type="button"
                        disabled={fulfill.isPending && fulfill.variables?.id === o.id}
                        onClick={() => fulfill.mutate(o)}
                        className="rounded-md border border-zinc-300 bg-white px-3 py-1 text-sm font-medium hover:bg-zinc-100 focus:outline-none focus:ring-2 focus:ring-indigo-500 disabled:opacity-60"
                      >
                        Fulfill<span className="sr-only"> order #{o.number}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <LoadMoreButton query={query} label="Older orders" />
      </ListState>
    </div>
  );
}
