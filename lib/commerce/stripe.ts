import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";
import { toStripeAmount } from "@/lib/money";
import type { PaymentProvider, StripeAccount } from "./payment";

/*
 * Card payments through each store's own Stripe account, with Stripe
 * Checkout (the hosted payment page): Plaza never sees a card number. The
 * order id travels as metadata on the Checkout Session and on its
 * PaymentIntent, so the webhook finds the order; the checkout submission's
 * idempotency key is Stripe's idempotency key, so a retried start returns the
 * same session instead of a second one (docs/decisions/0018-card-payments.md).
 */

/**
 * A Stripe client for one store's key. STRIPE_API_BASE points it at the local
 * stand-in in tests (the SDK's own host/port/protocol options); unset, it
 * talks to api.stripe.com.
 */
export function stripeClient(secretKey: string): Stripe {
  const base = env().STRIPE_API_BASE;
  const target = base ? new URL(base) : null;
  return new Stripe(secretKey, {
    ...(target
      ? {
          host: target.hostname,
          port: Number(target.port || (target.protocol === "https:" ? 443 : 80)),
          protocol: target.protocol === "https:" ? "https" : "http",
        }
      : {}),
    // Retries reuse the request's idempotency key, so they cannot double-charge.
    maxNetworkRetries: 2,
    timeout: 15_000,
    appInfo: { name: "Plaza" },
  });
}

/** Stripe's refund reasons; Plaza's "other" is sent without one. */
const stripeReason = (reason: string): Stripe.RefundCreateParams.Reason | undefined =>
  reason === "duplicate" || reason === "fraudulent" || reason === "requested_by_customer" ? reason : undefined;

export function stripeProvider(account: StripeAccount): PaymentProvider {
  return {
    id: "stripe",
    label: "Card",
    description: account.testMode
      ? "Pay by card on Stripe's secure page. Test mode: no real card is charged."
      : "Pay by card on Stripe's secure page.",
    online: true,
    testMode: account.testMode,

    async start(p) {
      const metadata = { order_id: p.orderId, store_id: p.storeId, order_number: String(p.orderNumber) };
      const session = await stripeClient(account.secretKey).checkout.sessions.create(
        {
          mode: "payment",
          client_reference_id: p.orderId,
          customer_email: p.email,
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: p.currency.toLowerCase(),
                unit_amount: toStripeAmount(p.amountCents, p.currency),
                product_data: { name: `${p.storeName} order #${p.orderNumber}` },
              },
            },
          ],
          metadata,
          payment_intent_data: { metadata },
          success_url: p.successUrl,
          cancel_url: p.cancelUrl,
          expires_at: Math.floor(p.expiresAt.getTime() / 1000),
        },
        { idempotencyKey: p.idempotencyKey },
      );
      if (!session.url) throw new Error("Stripe returned a Checkout Session without a payment page");
      return { reference: session.id, redirectUrl: session.url };
    },

    async refund(r) {
      const refund = await stripeClient(account.secretKey).refunds.create(
        {
          payment_intent: r.paymentIntentId,
          amount: toStripeAmount(r.amountCents, r.currency),
          reason: stripeReason(r.reason),
          metadata: { order_id: r.orderId, refund_id: r.idempotencyKey },
        },
        { idempotencyKey: `refund-${r.idempotencyKey}` },
      );
      if (refund.status === "failed" || refund.status === "canceled") throw new Error(`Stripe refused the refund (${refund.status})`);
      return { id: refund.id };
    },

    async cancel(reference) {
      await stripeClient(account.secretKey).checkout.sessions.expire(reference);
    },
  };
}

/** Verifies a webhook delivery with the store's signing secret; throws on a bad or stale signature. */
export function verifyStripeEvent(payload: string, signature: string, webhookSecret: string): Stripe.Event {
  return Stripe.webhooks.constructEvent(payload, signature, webhookSecret);
}
