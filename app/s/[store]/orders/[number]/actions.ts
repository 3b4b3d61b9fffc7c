"use server";

import { redirect } from "next/navigation";
import { formProblem } from "@/lib/actions/form-guard";
import { readOrderTokens } from "@/lib/commerce/cookies";
import { findOrderForCustomer, parseOrderNumber } from "@/lib/commerce/orders";
import { storePayments } from "@/lib/commerce/payment";
import { startOrderPayment } from "@/lib/commerce/payment-start";
import { orderReturnUrls } from "@/lib/commerce/return-urls";
import { storefrontStore } from "@/lib/access/storefront";
import { storefrontOrigin } from "@/lib/commerce/store-origin";
import { db } from "@/lib/db/client";
import { currentCustomer } from "@/lib/customers/session";
import { href, requestBase } from "@/lib/tenancy/request";

/**
 * "Pay now" on an order awaiting a card payment: reopens its payment page
 * (the same Checkout Session while it is open). Only whoever may see the
 * order — its link token, the order cookie, or the account that placed it —
 * may start its payment; anyone else is sent to the same "open your order"
 * page as for a missing order.
 */
export async function payNowAction(slug: unknown, rawNumber: unknown, form: FormData): Promise<void> {
  const problem = formProblem(form);
  const store = problem ? null : await storefrontStore(slug);
  const base = await requestBase();
  const number = typeof rawNumber === "string" ? parseOrderNumber(rawNumber) : null;
  if (!store || !number) redirect(href(base, "/"));
  const token = form.get("token");
  const tokens = [...(typeof token === "string" && token.length <= 200 ? [token] : []), ...(await readOrderTokens(number))];
  const customer = await currentCustomer(store.id);
  const order = await findOrderForCustomer(db(), store.id, number, { tokens, customerId: customer?.id ?? null, emailVerified: !!customer?.emailVerifiedAt });
  const page = href(base, `/orders/${number}`);
  if (!order) redirect(page);
  const started = await startOrderPayment(db(), {
    storeId: store.id,
    storeName: store.name,
    payments: await storePayments(db(), store.id),
    orderId: order.id,
    returnUrls: orderReturnUrls(await storefrontOrigin(store.slug), base),
  });
  const back = `${page}?token=${encodeURIComponent(order.accessToken)}`;
  if (started.ok && started.redirectUrl) redirect(started.redirectUrl);
  redirect(`${back}&payment=${started.ok ? "done" : "unavailable"}`);
}
