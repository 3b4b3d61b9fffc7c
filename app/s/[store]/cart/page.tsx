import type { Metadata } from "next";
import Link from "next/link";
import { LineNotices, Totals } from "@/components/storefront/CartSummary";
import { getCart } from "@/lib/commerce/cart";
import { readCartId } from "@/lib/commerce/cookies";
import { moneyFormatter } from "@/lib/commerce/shop";
import { db } from "@/lib/db/client";
import { loadStorefront } from "@/lib/stores/storefront";
import { href, requestBase } from "@/lib/tenancy/request";
import { updateCartLineAction } from "./actions";
import { CartLineForm } from "./CartLineForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ store: string }> };

export const metadata: Metadata = { title: "Cart" };

export default async function CartPage({ params }: Props) {
  const { store: slug } = await params;
  const { store, open } = await loadStorefront(slug);
  if (!open) return null;
  const base = await requestBase();
  const price = moneyFormatter(store);
  const cart = await getCart(db(), store.id, await readCartId(), price);
  const action = updateCartLineAction.bind(null, slug);

  return (
    <main className="mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-10">
      <h1 className="text-2xl font-semibold">Your cart</h1>
      {cart.lines.length === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-zinc-300 bg-white p-8 text-center text-zinc-600">
          <p>Your cart is empty.</p>
          <Link href={href(base, "/")} className="mt-2 inline-block font-medium text-zinc-900 underline">
            Continue shopping
          </Link>
        </div>
      ) : (
        <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_18rem]">
          <ul aria-label="Cart items" className="h-fit divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
            {cart.lines.map((line) => (
              <li key={line.productId} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0 flex-1">
                  <Link href={href(base, `/products/${encodeURIComponent(line.handle)}`)} className="font-semibold hover:underline">
                    {line.title}
                  </Link>
                  <p className="text-sm text-zinc-600">{price(line.unitPriceCents)} each</p>
                  <LineNotices line={line} />
                </div>
                <div className="flex flex-row items-start justify-between gap-4 sm:flex-col sm:items-end">
                  <CartLineForm action={action} productId={line.productId} quantity={line.quantity} title={line.title} />
                  <p className="font-semibold" aria-label={`Line total for ${line.title}`}>
                    {price(line.lineTotalCents)}
                  </p>
                </div>
              </li>
            ))}
          </ul>
          <aside aria-label="Order summary" className="h-fit rounded-lg border border-zinc-200 bg-white p-5">
            <Totals subtotal={price(cart.subtotalCents)} total={price(cart.subtotalCents)} />
            {cart.canCheckout ? (
              <Link
                href={href(base, "/checkout")}
                className="mt-5 block rounded-md bg-(--store-primary) px-5 py-2.5 text-center font-semibold text-white hover:opacity-90"
              >
                Check out
              </Link>
            ) : (
              <p className="mt-5 rounded-md bg-amber-50 p-3 text-sm text-amber-900">Some items need your attention before you can check out.</p>
            )}
            <Link href={href(base, "/")} className="mt-3 block text-center text-sm text-zinc-600 underline">
              Continue shopping
            </Link>
          </aside>
        </div>
      )}
    </main>
  );
}
