/*
 * What each order state is called, on the storefront, the dashboard and in
 * mail. Plain data: client components import it too.
 */

export const orderStatusLabel = { open: "Open", cancelled: "Cancelled", expired: "Expired", closed: "Closed" } as const;

export const paymentStatusLabel = {
  pending: "Awaiting payment",
  paid: "Paid",
  voided: "Not charged",
  refunded: "Refunded",
  failed: "Payment failed",
  partially_refunded: "Partially refunded",
  disputed: "Disputed",
} as const;

export const fulfillmentStatusLabel = { unfulfilled: "Preparing", partially_fulfilled: "Partly shipped", fulfilled: "Shipped" } as const;

export function paymentMethodLabel(id: string): string {
  return id === "stripe" ? "Card" : id === "manual" ? "Pay on delivery" : id;
}
