import "server-only";

/**
 * How a checkout gets paid. A provider is asked once, inside the order
 * transaction, to start the payment of a new order. It must not make slow or
 * external calls there (the transaction holds stock rows locked); a provider
 * that needs the network would instead return "pending" and confirm later
 * through a webhook that marks the order paid.
 */
export interface PaymentProvider {
  /** Stable id stored on the order ("manual"). */
  readonly id: string;
  /** What the customer sees on the checkout form. */
  readonly label: string;
  readonly description: string;
  start(payment: { orderId: string; orderNumber: number; amountCents: number; currency: string }): Promise<{
    status: "pending" | "paid";
    reference: string | null;
  }>;
}

/** Pay on delivery / by arrangement: nothing to call; the store marks the order paid. */
export const manualPayment: PaymentProvider = {
  id: "manual",
  label: "Pay on delivery",
  description: "Pay when your order arrives. The store confirms your payment by hand.",
  async start() {
    return { status: "pending", reference: null };
  },
};

const providers: readonly PaymentProvider[] = [manualPayment];

export function paymentProviders(): readonly PaymentProvider[] {
  return providers;
}

/** The provider with this id, or null for an id the form did not offer. */
export function findPaymentProvider(id: string): PaymentProvider | null {
  return providers.find((p) => p.id === id) ?? null;
}
