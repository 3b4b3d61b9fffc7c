import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { can } from "@/lib/auth/permissions";
import { findOrderForStore } from "@/lib/commerce/orders";
import { requireMember } from "@/lib/access/edges";
import { formatMoney } from "@/lib/money";
import { href, requestBase } from "@/lib/tenancy/request";
import { StatusBadge } from "@/components/dashboard/StatusBadge";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import { Time } from "@/components/ui/Time";
import { NoteForm, OrderActions, RefundForm } from "../OrderActions";
import { orderTimeline } from "@/lib/commerce/timeline";
import { describeShipment, listShipments } from "@/lib/commerce/shipments";
import { paymentMethodLabel } from "@/lib/commerce/labels";
import { minorDigits } from "@/lib/money";

export const metadata: Metadata = { title: "Order" };

const when = (d: Date | null) => (d ? <Time value={d} /> : null);

const ITEM_COLUMNS: DataColumn[] = [
  { id: "item", header: "Item" },
  { id: "price", header: "Price", align: "right" },
  { id: "quantity", header: "Quantity", align: "right" },
  { id: "shipped", header: "Shipped", align: "right" },
  { id: "total", header: "Total", align: "right" },
];

/** One order of this store (another store's id is a 404): items, customer, address, the three statuses and the actions. */
export default async function OrderPage({ params }: { params: Promise<{ store: string; id: string }> }) {
  const { store: slug, id } = await params;
  const { store, role } = await requireMember(slug, "orders:read");
  const order = await findOrderForStore(db(), store.id, id);
  if (!order) notFound();
  const base = await requestBase();
  const money = (cents: number) => formatMoney(cents, order.currency);
  const a = order.shippingAddress;
  const [timeline, shipments] = await Promise.all([orderTimeline(db(), store.id, order.id), listShipments(db(), store.id, order.id)]);
  const writer = can(role, "orders:write");
  const left = order.totalCents - order.refundedCents;
  const refundable = writer && (order.paymentStatus === "paid" || order.paymentStatus === "partially_refunded") && left > 0;
  const digits = minorDigits(order.currency);

  return (
    <section aria-labelledby="order-heading" className="space-y-6">
      <div>
        <Link href={href(base, "/orders")} className="text-sm text-indigo-700 underline">← Orders</Link>
        <h1 id="order-heading" className="mt-2 text-2xl font-bold">Order #{order.number}</h1>
        <p className="text-sm text-zinc-500">Placed {when(order.createdAt)}</p>
      </div>

      <dl className="grid gap-4 sm:grid-cols-3" aria-label="Statuses">
        {(
          [
            ["Order", order.status, when(order.cancelledAt)],
            ["Payment", order.paymentStatus, when(order.paidAt)],
            ["Fulfillment", order.fulfillmentStatus, when(order.fulfilledAt)],
          ] as const
        ).map(([label, value, at]) => (
          <div key={label} className="rounded-lg border border-zinc-200 bg-white p-4">
            <dt className="text-sm text-zinc-500">{label}</dt>
            <dd className="mt-1" data-testid={`order-${label.toLowerCase()}`}><StatusBadge value={value} /></dd>
            {at ? <dd className="mt-1 text-xs text-zinc-500">{at}</dd> : null}
          </div>
        ))}
      </dl>

      {writer ? <OrderActions slug={store.slug} orderId={order.id} number={order.number} order={{ status: order.status, paymentStatus: order.paymentStatus, fulfillmentStatus: order.fulfillmentStatus, paymentMethod: order.paymentMethod }} lines={order.items.map((i) => ({ productId: i.productId, title: i.title, quantity: i.quantity, fulfilledQuantity: i.fulfilledQuantity }))} /> : null}
      {refundable ? (
        <div className="rounded-lg border border-zinc-200 bg-white p-4">
          <RefundForm slug={store.slug} orderId={order.id} leftLabel={money(left)} leftValue={(left / 10 ** digits).toFixed(digits)} card={order.paymentMethod !== "manual"} />
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="self-start lg:col-span-2">
          <DataTable
            label="Items"
            columns={ITEM_COLUMNS}
            rows={order.items.map((item) => ({
              id: item.productId,
              cells: {
                item: item.title,
                price: <span className="tabular-nums">{money(item.unitPriceCents)}</span>,
                quantity: <span className="tabular-nums">{item.quantity}</span>,
                shipped: <span className="tabular-nums" data-testid={`shipped-${item.handle}`}>{item.fulfilledQuantity} of {item.quantity}</span>,
                total: <span className="tabular-nums">{money(item.unitPriceCents * item.quantity)}</span>,
              },
            }))}
            foot={
              <>
                <tr><td colSpan={4} className="px-4 pt-3 text-zinc-600">Subtotal</td><td className="px-4 pt-3 tabular-nums">{money(order.subtotalCents)}</td></tr>
                <tr><td colSpan={4} className="px-4 text-zinc-600">Shipping</td><td className="px-4 tabular-nums">{money(order.shippingCents)}</td></tr>
                <tr className="font-semibold"><td colSpan={4} className="px-4 pb-3">Total</td><td className="px-4 pb-3 tabular-nums">{money(order.totalCents)}</td></tr>
              </>
            }
          />
        </div>
        <div className="space-y-4">
          <div className="rounded-lg border border-zinc-200 bg-white p-4">
            <h2 className="text-sm font-semibold text-zinc-500">Customer</h2>
            <p className="mt-1 font-medium">{order.name}</p>
            <p className="text-sm text-zinc-600">{order.email}</p>
          </div>
          <div className="rounded-lg border border-zinc-200 bg-white p-4">
            <h2 className="text-sm font-semibold text-zinc-500">Shipping address</h2>
            <address className="mt-1 text-sm not-italic">
              {order.name}<br />
              {a.line1}<br />
              {a.line2 ? <>{a.line2}<br /></> : null}
              {a.postalCode} {a.city}{a.region ? `, ${a.region}` : ""}<br />
              {a.country}
            </address>
          </div>
          <div className="rounded-lg border border-zinc-200 bg-white p-4 text-sm">
            <h2 className="font-semibold text-zinc-500">Payment method</h2>
            <p className="mt-1" data-testid="payment-method">{paymentMethodLabel(order.paymentMethod)}</p>
            {order.paymentIntentId ? <p className="break-all font-mono text-xs text-zinc-600">{order.paymentIntentId}</p> : null}
            {order.refundedCents > 0 ? <p className="mt-1" data-testid="refunded">Refunded {money(order.refundedCents)}</p> : null}
            {order.expiresAt && order.status === "open" && order.paymentStatus !== "paid" ? <p className="mt-1 text-zinc-600">Expires unpaid {when(order.expiresAt)}</p> : null}
          </div>
          {shipments.length ? (
            <div className="rounded-lg border border-zinc-200 bg-white p-4 text-sm">
              <h2 className="font-semibold text-zinc-500">Shipments</h2>
              <ol className="mt-1 space-y-2" aria-label="Shipments">
                {shipments.map((s, i) => (
                  <li key={s.id} data-testid="shipment">
                    <p className="font-medium">Parcel {i + 1} · {when(s.createdAt)}</p>
                    <p>{describeShipment(s.lines)}</p>
                    <p className="text-zinc-600" data-testid="tracking">{s.trackingNumber ? `${s.trackingCarrier ? `${s.trackingCarrier} · ` : ""}${s.trackingNumber}` : "No tracking number"}</p>
                  </li>
                ))}
              </ol>
            </div>
          ) : order.trackingNumber ? (
            <div className="rounded-lg border border-zinc-200 bg-white p-4 text-sm">
              <h2 className="font-semibold text-zinc-500">Tracking</h2>
              <p className="mt-1" data-testid="tracking">{order.trackingCarrier ? `${order.trackingCarrier} · ` : ""}{order.trackingNumber}</p>
            </div>
          ) : null}
        </div>
      </div>

      <section aria-labelledby="timeline-heading" className="rounded-lg border border-zinc-200 bg-white p-4">
        <h2 id="timeline-heading" className="font-semibold">Timeline</h2>
        <ol className="mt-3 space-y-2 text-sm" aria-label="Timeline">
          {timeline.map((e) => (
            <li key={e.id} className={e.kind === "note" ? "rounded-md bg-amber-50 p-2" : ""}>
              <span className="text-zinc-500">{when(e.createdAt)} · {e.actorKind === "member" ? (e.actorEmail ?? "staff") : e.actorKind}</span>{" "}
              <span>{e.kind === "note" ? "Note: " : ""}{e.message}</span>
            </li>
          ))}
        </ol>
        {writer ? <div className="mt-4"><NoteForm slug={store.slug} orderId={order.id} /></div> : null}
      </section>
    </section>
  );
}
