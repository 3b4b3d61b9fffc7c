import type { Metadata } from "next";
import Link from "next/link";
import { readOrderTokens } from "@/lib/commerce/cookies";
import { findOrderForCustomer, parseOrderNumber } from "@/lib/commerce/orders";
import { findPaymentProvider } from "@/lib/commerce/payment";
import { moneyFormatter } from "@/lib/commerce/shop";
import { COUNTRIES } from "@/lib/commerce/validation";
import { db } from "@/lib/db/client";
import { loadStorefront } from "@/lib/stores/storefront";
import { currentCustomer } from "@/lib/customers/session";
import { href, requestBase } from "@/lib/tenancy/request";

export const dynamic = "force-dynamic";

// The order link carries its access token: never send it on to other sites.
export const metadata: Metadata = { title: "Your order", referrer: "no-referrer", robots: { index: false } };

type Props = { params: Promise<{ store: string; number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const paymentLabel = { pending: "Awaiting payment", paid: "Paid", voided: "Not charged", refunded: "Refunded" } as const;
const fulfillmentLabel = { unfulfilled: "Preparing", fulfilled: "Shipped" } as const;

export default async function OrderPage({ params, searchParams }: Props) {
  const { store: slug, number: rawNumber } = await params;
  const { store, open } = await loadStorefront(slug);
  if (!open) return null;
  const base = await requestBase();
  const token = (await searchParams).token;
  const number = parseOrderNumber(rawNumber);
  const tokens = number ? [...(typeof token === "string" ? [token] : []), ...(await readOrderTokens(number))] : [];
  // One answer for "no such order" and "not yours": the page never confirms an order exists.
  const byLink = number ? await findOrderForCustomer(db(), store.id, number, { tokens }) : null;
  // Without the link, a signed-in customer opens orders of their account (placed since they registered).
  const customer = !byLink && number ? await currentCustomer(store.id) : null;
  const byAccount = customer && number ? await findOrderForCustomer(db(), store.id, number, { tokens: [], customerId: customer.id }) : null;
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
  const address = order.shippingAddress;
  const country = COUNTRIES.find(([code]) => code === address.country)?.[1] ?? address.country;
  const privateLink = `${href(base, `/orders/${order.number}`)}?token=${encodeURIComponent(order.accessToken)}`;
  const cancelled = order.status === "cancelled";

  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-10">
      <p className="text-sm font-semibold text-(--store-primary)">{cancelled ? "Order cancelled" : "Thank you for your order"}</p>
      <h1 className="mt-1 text-3xl font-bold">Order #{order.number}</h1>
      <p className="mt-2 text-zinc-700">
        {cancelled ? "This order was cancelled." : `We have your order, ${order.name}. The store will contact you at ${order.email} about delivery.`}
      </p>

      <dl className="mt-6 grid gap-4 rounded-lg border border-zinc-200 bg-white p-5 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-zinc-500">Order</dt>
          <dd className="font-medium">{cancelled ? "Cancelled" : "Open"}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Payment</dt>
          <dd className="font-medium">
            {paymentLabel[order.paymentStatus]} · {findPaymentProvider(order.paymentMethod)?.label ?? order.paymentMethod}
          </dd>
        </div>
        <div>
          <dt className="text-zinc-500">Delivery</dt>
          <dd className="font-medium">{cancelled ? "—" : fulfillmentLabel[order.fulfillmentStatus]}</dd>
        </div>
      </dl>

      <section aria-labelledby="items-heading" className="mt-6 rounded-lg border border-zinc-200 bg-white p-5">
        <h2 id="items-heading" className="font-semibold">
          Items
        </h2>
        <ul className="mt-3 divide-y divide-zinc-100" aria-label="Ordered items">
          {order.items.map((item) => (
            <li key={item.productId} className="flex justify-between gap-3 py-2 text-sm">
              <span>
                {item.title} <span className="text-zinc-500">× {item.quantity} at {price(item.unitPriceCents)}</span>
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
