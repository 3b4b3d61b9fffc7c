import type { Metadata } from "next";
import Link from "next/link";
import { readOrderTokens } from "@/lib/commerce/cookies";
import { findOrderForCustomer, parseOrderNumber } from "@/lib/commerce/orders";
import { fulfillmentStatusLabel, orderStatusLabel, paymentMethodLabel, paymentStatusLabel } from "@/lib/commerce/labels";
import { moneyFormatter } from "@/lib/commerce/shop";
import { listShipments } from "@/lib/commerce/shipments";
import { COUNTRIES } from "@/lib/commerce/validation";
import { db } from "@/lib/db/client";
import { loadStorefront } from "@/lib/stores/storefront";
import { currentCustomer } from "@/lib/customers/session";
import { href, requestBase } from "@/lib/tenancy/request";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { Time } from "@/components/ui/Time";
import { payNowAction } from "./actions";

export const dynamic = "force-dynamic";

// The order link carries its access token: never send it on to other sites.
export const metadata: Metadata = { title: "Your order", referrer: "no-referrer", robots: { index: false } };

type Props = { params: Promise<{ store: string; number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };


export default async function OrderPage({ params, searchParams }: Props) {
  const { store: slug, number: rawNumber } = await params;
  const { store, open } = await loadStorefront(slug);
  if (!open) return null;
  const base = await requestBase();
  const query = await searchParams;
  const token = query.token;
  const number = parseOrderNumber(rawNumber);
  const tokens = number ? [...(typeof token === "string" ? [token] : []), ...(await readOrderTokens(number))] : [];
  // One answer for "no such order" and "not yours": the page never confirms an order exists.
  const byLink = number ? await findOrderForCustomer(db(), store.id, number, { tokens }) : null;
  // Without the link, a signed-in customer opens orders of their account (placed since they registered).
  const customer = !byLink && number ? await currentCustomer(store.id) : null;
  const byAccount = customer && number ? await findOrderForCustomer(db(), store.id, number, { tokens: [], customerId: customer.id, emailVerified: !!customer.emailVerifiedAt }) : null;
  const order = byLink ?? byAccount;

  if (!order) {
    return (
      <main className="mx-auto max-w-xl px-4 py-16 sm:px-6">
        <h1 className="text-2xl font-semibold">Open your order with its link</h1>
        <p className="mt-4 text-zinc-700">
          To see an order, use the private link from your order confirmation, or open this page in the browser you ordered with.
          Order pages are private to the customer who placed them.
        </p>
        <Link href={href(base, "/")} className="mt-6 inline-block font-medium underline">
          Back to the catalog
        </Link>
      </main>
    );
  }

  const price = (cents: number) => moneyFormatter({ currency: order.currency })(cents);
  // Per line: how much has shipped, and in which parcels (their tracking).
  const shipments = await listShipments(db(), store.id, order.id);
  const parcelsOf = (productId: string) =>
    shipments
      .filter((s) => s.lines.some((l) => l.productId === productId))
      .map((s) => (s.trackingNumber ? `${s.trackingCarrier ? `${s.trackingCarrier}: ` : "Tracking: "}${s.trackingNumber}` : "Shipped without tracking"));
  const lineStatus = (item: { quantity: number; fulfilledQuantity: number }) =>
    item.fulfilledQuantity === 0 ? "Preparing" : item.fulfilledQuantity >= item.quantity ? "Shipped" : `${item.fulfilledQuantity} of ${item.quantity} shipped`;
  const address = order.shippingAddress;
  const country = COUNTRIES.find(([code]) => code === address.country)?.[1] ?? address.country;
  const privateLink = `${href(base, `/orders/${order.number}`)}?token=${encodeURIComponent(order.accessToken)}`;
  const cancelled = order.status !== "open" && order.status !== "closed";
  const awaitingCard =
    order.status === "open" && order.paymentMethod !== "manual" && (order.paymentStatus === "pending" || order.paymentStatus === "failed");
  const justPaid = query.payment === "done" && awaitingCard;

  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-10">
      <p className="text-sm font-semibold text-(--store-primary)">{cancelled ? `Order ${orderStatusLabel[order.status].toLowerCase()}` : "Thank you for your order"}</p>
      <h1 className="mt-1 text-3xl font-bold">Order #{order.number}</h1>
      <p className="mt-2 text-zinc-700">
        {order.status === "expired"
          ? "This order was not paid in time, so it expired and nothing is reserved for it any more."
          : cancelled
            ? "This order was cancelled."
            : `We have your order, ${order.name}. The store will contact you at ${order.email} about delivery.`}
      </p>

      {justPaid ? (
        <p role="status" className="mt-4 rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm">
          Thank you — we are waiting for Stripe to confirm your payment. Reload this page in a moment.
        </p>
      ) : null}
      {awaitingCard && !justPaid ? (
        <form action={payNowAction.bind(null, slug, String(order.number))} className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
          <input type="hidden" name="token" value={order.accessToken} />
          <p className="text-amber-900">
            {order.paymentStatus === "failed"
              ? "Your last card payment did not go through. You can try again with the same or another card."
              : query.payment === "unavailable"
                ? "The card payment could not be opened just now. Nothing was charged; please try again."
                : "This order is waiting for your card payment."}
            {order.expiresAt ? (
              <>
                {" "}It is held for you until <Time value={order.expiresAt} />.
              </>
            ) : null}
          </p>
          <SubmitButton variant="store" size="lg" pendingLabel="Opening payment…" className="mt-3">
            Pay now · {price(order.totalCents)}
          </SubmitButton>
        </form>
      ) : null}

      <dl className="mt-6 grid gap-4 rounded-lg border border-zinc-200 bg-white p-5 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-zinc-500">Order</dt>
          <dd className="font-medium" data-testid="order-status">{orderStatusLabel[order.status]}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Payment</dt>
          <dd className="font-medium" data-testid="payment-status">
            {paymentStatusLabel[order.paymentStatus]} · {paymentMethodLabel(order.paymentMethod)}
          </dd>
        </div>
        <div>
          <dt className="text-zinc-500">Delivery</dt>
          <dd className="font-medium" data-testid="fulfillment-status">{cancelled ? "—" : fulfillmentStatusLabel[order.fulfillmentStatus]}</dd>
          {order.trackingNumber ? (
            <dd className="mt-1 text-zinc-700" data-testid="tracking">
              {order.trackingCarrier ? `${order.trackingCarrier}: ` : "Tracking: "}
              {order.trackingNumber}
            </dd>
          ) : null}
        </div>
      </dl>

      <section aria-labelledby="items-heading" className="mt-6 rounded-lg border border-zinc-200 bg-white p-5">
        <h2 id="items-heading" className="font-semibold">
          Items
        </h2>
        <ul className="mt-3 divide-y divide-zinc-100" aria-label="Ordered items">
          {order.items.map((item) => (
            <li key={item.productId} className="flex justify-between gap-3 py-2 text-sm" data-testid={`line-${item.handle}`}>
              <span>
                {item.title} <span className="text-zinc-500">× {item.quantity} at {price(item.unitPriceCents)}</span>
                {!cancelled ? (
                  <span className="block text-zinc-700">
                    <span data-testid="line-status">{lineStatus(item)}</span>
                    {parcelsOf(item.productId).map((t, i) => (
                      <span key={i} className="block text-zinc-600" data-testid="line-tracking">{t}</span>
                    ))}
                  </span>
                ) : null}
              </span>
              <span>{price(item.lineTotalCents)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-3 space-y-1 border-t border-zinc-200 pt-3 text-sm">
          <div className="flex justify-between">
            <dt className="text-zinc-600">Shipping</dt>
            <dd>{order.shippingCents === 0 ? "Free" : price(order.shippingCents)}</dd>
          </div>
          <div className="flex justify-between text-base font-semibold">
            <dt>Total</dt>
            <dd data-testid="order-total">{price(order.totalCents)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="ship-heading" className="mt-6 rounded-lg border border-zinc-200 bg-white p-5 text-sm">
        <h2 id="ship-heading" className="font-semibold">
          Shipping to
        </h2>
        <address className="mt-2 not-italic text-zinc-700">
          {order.name}
          <br />
          {address.line1}
          {address.line2 ? (
            <>
              <br />
              {address.line2}
            </>
          ) : null}
          <br />
          {address.postalCode} {address.city}
          {address.region ? `, ${address.region}` : ""}
          <br />
          {country}
        </address>
      </section>

      <section className="mt-6 rounded-lg border border-zinc-200 bg-zinc-50 p-5 text-sm">
        <h2 className="font-semibold">Your private order link</h2>
        <p className="mt-1 text-zinc-600">Keep this link to check your order later from any device. Anyone with it can see this order.</p>
        <Link href={privateLink} className="mt-2 inline-block break-all font-medium underline" data-testid="private-order-link">
          Order #{order.number} status
        </Link>
      </section>

      <Link href={href(base, "/")} className="mt-8 inline-block font-medium underline">
        Continue shopping
      </Link>
    </main>
  );
}
