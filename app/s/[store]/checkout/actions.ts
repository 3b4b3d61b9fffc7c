"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { placeOrder } from "@/lib/commerce/checkout";
import { clearCartId, readCartId, rememberOrderToken } from "@/lib/commerce/cookies";
import { formProblem } from "@/lib/actions/form-guard";
import type { FormState } from "@/lib/commerce/form-state";
import { storefrontStore } from "@/lib/access/storefront";
import { formValues } from "@/lib/actions/form";
import { db } from "@/lib/db/client";
import { href, requestBase } from "@/lib/tenancy/request";
import { countCheckout } from "@/lib/usage/counters";
import { takeCheckout } from "@/lib/commerce/checkout-rate";
import { currentCustomer } from "@/lib/customers/session";
import { storePayments } from "@/lib/commerce/payment";
import { orderReturnUrls } from "@/lib/commerce/return-urls";
import { storefrontOrigin } from "@/lib/commerce/store-origin";

/**
 * Places the order. A double submit or a retry carries the same idempotency
 * key and lands on the same order. On success the browser keeps the order's
 * access token (cookie) and goes to the confirmation page.
 */
export async function placeOrderAction(slug: unknown, _prev: unknown, form: FormData): Promise<FormState> {
  // Posted arguments are anyone's: a form of the right shape first (lib/actions/form-guard.ts).
  const problem = formProblem(form);
  if (problem) return { ok: false, message: problem.message };
  const store = await storefrontStore(slug);
  if (!store) return { ok: false, message: "This store is not taking orders right now." };
  const values = formValues(form);
  const wait = await takeCheckout(store);
  if (wait !== null) return { ok: false, message: `This store is taking a lot of orders right now. Please try again in ${wait} s.`, values };
  const customer = await currentCustomer(store.id);
  const base = await requestBase();
  const origin = await storefrontOrigin(store.slug);
  const result = await placeOrder(db(), {
    storeId: store.id,
    storeName: store.name,
    currency: store.currency,
    cartId: await readCartId(),
    form: values,
    accountCustomerId: customer?.id ?? null,
    payments: await storePayments(db(), store.id),
    returnUrls: orderReturnUrls(origin, base),
  });
  if (!result.ok) {
    // A changed cart or stock: show the new totals (and a fresh key) beside the error.
    if (result.code !== "invalid") refresh();
    return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
  }
  // A replayed submit is the same order: count each order once.
  if (!result.replayed) countCheckout(store.id);
  await rememberOrderToken(base, result.number, result.accessToken);
  await clearCartId(base);
  // Card: on to the payment page (Stripe's, outside our origin); the order page offers "Pay now" if it could not be opened.
  if (result.paymentUrl) redirect(result.paymentUrl);
  redirect(href(base, `/orders/${result.number}${result.paymentError ? "?payment=unavailable" : ""}`));
}
