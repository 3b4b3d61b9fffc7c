import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { LineNotices, Totals } from "@/components/storefront/CartSummary";
import { getCart } from "@/lib/commerce/cart";
import { readCartId } from "@/lib/commerce/cookies";
import { storePayments } from "@/lib/commerce/payment";
import { moneyFormatter } from "@/lib/commerce/shop";
import { COUNTRIES } from "@/lib/commerce/validation";
import { db } from "@/lib/db/client";
import { loadStorefront } from "@/lib/stores/storefront";
import { href, requestBase } from "@/lib/tenancy/request";
import { placeOrderAction } from "./actions";
import { CheckoutForm } from "./CheckoutForm";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Checkout" };

type Props = { params: Promise<{ store: string }> };

export default async function CheckoutPage({ params }: Props) {
  const { store: slug } = await params;
  const { store, open } = await loadStorefront(slug);
  if (!open) return null;
  const base = await requestBase();
  const price = moneyFormatter(store);
  const cart = await getCart(db(), store.id, await readCartId(), price);

  if (cart.lines.length === 0 || !cart.canCheckout) {
    return (
      <main className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
        <h1 className="text-2xl font-semibold">Checkout</h1>
        <p className="mt-4 text-zinc-600">
          {cart.lines.length === 0 ? "Your cart is empty." : "Some items in your cart changed. Review your cart before you check out."}
        </p>
        <Link href={href(base, cart.lines.length === 0 ? "/" : "/cart")} className="mt-4 inline-block font-medium underline">
          {cart.lines.length === 0 ? "Continue shopping" : "Review your cart"}
        </Link>
      </main>
    );
  }

  const payments = await storePayments(db(), store.id);
  if (payments.methods.length === 0) {
    return (
      <main className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
        <h1 className="text-2xl font-semibold">Checkout</h1>
        <p className="mt-4 text-zinc-600">This store is not taking payments right now. Please try again later.</p>
      </main>
    );
  }

  return (
    <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <h1 className="text-2xl font-semibold">Checkout</h1>
      {payments.stripe?.testMode ? (
        <p role="note" data-testid="test-mode-banner" className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Test mode: card payments at this store use Stripe test keys. No real card is charged.
        </p>
      ) : null}
      <div className="mt-6 grid gap-10 lg:grid-cols-[1fr_20rem]">
        {/* Summary first in the DOM: on a phone the total and any change notices come before the form. */}
        <aside aria-label="Order summary" className="h-fit rounded-lg border border-zinc-200 bg-white p-5 lg:order-last">
          <h2 className="font-semibold">Order summary</h2>
          <ul className="mt-3 divide-y divide-zinc-100">
            {cart.lines.map((line) => (
              <li key={line.productId} className="py-2 text-sm">
                <div className="flex justify-between gap-3">
                  <span>
                    {line.title} <span className="text-zinc-500">× {line.quantity}</span>
                  </span>
                  <span>{price(line.lineTotalCents)}</span>
                </div>
                <LineNotices line={line} />
              </li>
            ))}
          </ul>
          <div className="mt-3 border-t border-zinc-200 pt-3">
            <Totals subtotal={price(cart.subtotalCents)} total={price(cart.subtotalCents)} />
          </div>
          <Link href={href(base, "/cart")} className="mt-4 block text-sm text-zinc-600 underline">
            Edit cart
          </Link>
        </aside>
        <CheckoutForm
          action={placeOrderAction.bind(null, slug)}
          // One key per rendering of this page: a double submit or retry of this form reuses it.
          idempotencyKey={randomUUID()}
          expectedTotalCents={cart.subtotalCents}
          totalLabel={price(cart.subtotalCents)}
          countries={COUNTRIES}
          paymentMethods={payments.methods.map((p) => ({ id: p.id, label: p.label, description: p.description }))}
        />
      </div>
    </main>
  );
}
