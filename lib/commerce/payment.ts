import "server-only";
import type { Database } from "@/lib/db/connect";
import { configKeyring } from "@/lib/config/keyring";
import type { Keyring } from "@/lib/config/crypto";
import { readSettings } from "@/lib/config/store-config";
import { stripeProvider } from "./stripe";

/*
 * How a checkout gets paid. The checkout transaction creates the order
 * `pending` (stock reserved, with an expiry for online methods) and commits;
 * only then is the provider asked to start the payment (lib/commerce/checkout.ts),
 * so a slow or failing provider never holds stock rows locked. An online
 * provider confirms later through its webhook (lib/commerce/stripe-webhook.ts).
 */

export type PaymentStart = {
  storeId: string;
  storeName: string;
  orderId: string;
  orderNumber: number;
  amountCents: number;
  currency: string;
  email: string;
  /** The checkout submission's key: the provider's idempotency key, so a retry finds the same payment. */
  idempotencyKey: string;
  /** The order expires unpaid at this time; the provider's payment page closes with it. */
  expiresAt: Date;
  /** Where the provider sends the customer back (absolute URLs on the store's host). */
  successUrl: string;
  cancelUrl: string;
};

export type PaymentStarted = {
  /** The provider's id of this payment attempt (a Checkout Session id). */
  reference: string | null;
  /** Where the customer goes to pay, or null when there is nothing to do online. */
  redirectUrl: string | null;
};

export type RefundRequest = {
  orderId: string;
  paymentIntentId: string;
  amountCents: number;
  currency: string;
  reason: RefundReason;
  /** Our refund row's id: the provider's idempotency key, so a retried refund is one refund. */
  idempotencyKey: string;
};

export const REFUND_REASONS = ["requested_by_customer", "duplicate", "fraudulent", "other"] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

export interface PaymentProvider {
  /** Stable id stored on the order ("manual", "stripe"). */
  readonly id: string;
  /** What the customer sees on the checkout form. */
  readonly label: string;
  readonly description: string;
  /** Paid online: the order waits for the provider's confirmation and expires unpaid. */
  readonly online: boolean;
  /** Test keys: no real money moves (the storefront and dashboard say so). */
  readonly testMode: boolean;
  /** Starts the payment of a committed order; called outside any transaction. */
  start(payment: PaymentStart): Promise<PaymentStarted>;
  /** Gives money back through the provider; absent for methods settled by hand. */
  refund?(request: RefundRequest): Promise<{ id: string }>;
  /** Closes the payment page of an order that expired (best effort). */
  cancel?(reference: string): Promise<void>;
}

/** Pay on delivery / by arrangement: nothing to call; the store marks the order paid. */
export const manualPayment: PaymentProvider = {
  id: "manual",
  label: "Pay on delivery",
  description: "Pay when your order arrives. The store confirms your payment by hand.",
  online: false,
  testMode: false,
  async start() {
    return { reference: null, redirectUrl: null };
  },
};

export const DEFAULT_ORDER_EXPIRY_MINUTES = 30;

export type StripeAccount = { secretKey: string; webhookSecret: string; testMode: boolean };

export type StorePayments = {
  /** The methods offered at checkout, in display order. */
  methods: PaymentProvider[];
  /** Minutes an online order may stay unpaid. */
  expiryMinutes: number;
  /** The store's Stripe keys when both are set (card payments on). */
  stripe: StripeAccount | null;
};

export const PAYMENT_SETTING_KEYS = [
  "payment.pay_on_delivery",
  "payment.order_expiry_minutes",
  "payment.stripe_secret_key",
  "payment.stripe_webhook_secret",
] as const;

function defaultKeyring(): Keyring | null {
  try {
    return configKeyring();
  } catch {
    return null;
  }
}

/**
 * How this store takes money: card through Stripe once both of its keys are
 * set, and "Pay on delivery" unless the store switched it off.
 */
export async function storePayments(database: Database, storeId: string, keyring: Keyring | null = defaultKeyring()): Promise<StorePayments> {
  const settings = await readSettings(database, keyring, storeId, PAYMENT_SETTING_KEYS);
  const secretKey = settings.get("payment.stripe_secret_key");
  const webhookSecret = settings.get("payment.stripe_webhook_secret");
  const stripe =
    typeof secretKey === "string" && typeof webhookSecret === "string"
      ? { secretKey, webhookSecret, testMode: /^(sk|rk)_test_/.test(secretKey) }
      : null;
  const expiry = settings.get("payment.order_expiry_minutes");
  const methods: PaymentProvider[] = [];
  if (stripe) methods.push(stripeProvider(stripe));
  if (settings.get("payment.pay_on_delivery") !== "off") methods.push(manualPayment);
  return { methods, expiryMinutes: typeof expiry === "number" ? expiry : DEFAULT_ORDER_EXPIRY_MINUTES, stripe };
}

/** The method with this id among the store's, or null for one the form did not offer. */
export function findPaymentProvider(methods: readonly PaymentProvider[], id: string): PaymentProvider | null {
  return methods.find((p) => p.id === id) ?? null;
}
