import "server-only";
import { and, eq } from "drizzle-orm";
import type Stripe from "stripe";
import { z } from "zod";
import type { Database, Tx } from "@/lib/db/connect";
import { orders, paymentEvents } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { fromStripeAmount, toStripeAmount } from "@/lib/money";
import { releaseOrderTx } from "./expiry";
import { storePayments, type StorePayments } from "./payment";
import { refundExpiredPayment } from "./refunds";
import { stripeClient, verifyStripeEvent } from "./stripe";
import { recordOrderEvent } from "./timeline";
import { orderMailContextSafely, writeOrderMails, type OrderMailKind } from "@/lib/mail/order-mail";

/*
 * One store's Stripe webhook (app/api/webhooks/stripe/[storeId]/route.ts).
 * The delivery is verified with that store's signing secret, so another
 * store's secret (or none) is refused before anything is read. Each event id
 * is claimed in payment_events in the same transaction as the order change:
 * a replay finds it and changes nothing, a concurrent duplicate waits on the
 * key. Transitions only move forward (a late "failed" after "paid", or a
 * "paid" after a refund, is recorded and ignored), so out-of-order delivery
 * is harmless. A payment that lands on an order that already expired (its
 * stock released) is refunded in full — decision 0018.
 */

export type WebhookResponse = { status: number; body: { received: boolean; outcome?: string; error?: string } };

type Order = typeof orders.$inferSelect;
type Applied = { outcome: string; refundOwed?: { orderId: string }; mail?: { orderId: string; kinds: OrderMailKind[] } };

const uuid = z.uuid();

function orderIdFrom(metadata: Stripe.Metadata | null | undefined): string | null {
  const id = metadata?.order_id;
  return id && uuid.safeParse(id).success ? id : null;
}

const idOf = (v: string | { id: string } | null | undefined): string | null => (typeof v === "string" ? v : (v?.id ?? null));

async function lockOrder(tx: Tx, storeId: string, where: { id?: string | null; paymentIntentId?: string | null }): Promise<Order | null> {
  if (where.id) {
    const [o] = await tx.select().from(orders).where(and(eq(orders.tenantId, storeId), eq(orders.id, where.id))).for("update");
    if (o) return o;
  }
  if (where.paymentIntentId) {
    const [o] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.tenantId, storeId), eq(orders.paymentIntentId, where.paymentIntentId)))
      .for("update");
    if (o) return o;
  }
  return null;
}

async function update(tx: Tx, order: Order, set: Partial<Order>) {
  await tx
    .update(orders)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(orders.tenantId, order.tenantId), eq(orders.id, order.id)));
}

const stripeEvent = (tx: Tx, order: Order, kind: string, message: string, data: Record<string, unknown> = {}) =>
  recordOrderEvent(tx, order.tenantId, order.id, { kind, message, actorKind: "stripe", data });

async function markPaid(tx: Tx, order: Order, paymentIntentId: string | null, amount: number, currency: string, eventId: string): Promise<Applied> {
  if (currency.toLowerCase() !== order.currency.toLowerCase() || amount !== toStripeAmount(order.totalCents, order.currency)) {
    await stripeEvent(tx, order, "payment_mismatch", `Stripe reported a payment of ${amount} ${currency.toUpperCase()} that does not match the order total; not marked paid. Check it in Stripe.`, { eventId });
    return { outcome: "ignored: amount or currency differs from the order" };
  }
  const unpaid = order.paymentStatus === "pending" || order.paymentStatus === "failed" || order.paymentStatus === "voided";
  if (!unpaid) {
    if (!order.paymentIntentId && paymentIntentId) await update(tx, order, { paymentIntentId });
    return { outcome: `ignored: payment already ${order.paymentStatus}` };
  }
  if (order.status === "open") {
    await update(tx, order, { paymentStatus: "paid", paidAt: new Date(), paymentIntentId, paymentUrl: null, expiresAt: null });
    await stripeEvent(tx, order, "paid", "Card payment received", { eventId, paymentIntentId });
    return { outcome: "paid", mail: { orderId: order.id, kinds: ["order.confirmation", "order.new"] } };
  }
  // Expired (stock already released) or cancelled before the money arrived:
  // the customer paid for an order the store no longer holds. Record the
  // payment and refund it in full after this transaction.
  await update(tx, order, { paymentStatus: "paid", paidAt: new Date(), paymentIntentId, paymentUrl: null });
  await stripeEvent(tx, order, "paid_after_close", `Card payment arrived after the order was ${order.status}; it is refunded in full`, { eventId, paymentIntentId });
  return { outcome: "refund owed: paid after the order closed", refundOwed: { orderId: order.id } };
}

async function markFailed(tx: Tx, order: Order, reason: string, eventId: string): Promise<Applied> {
  if (order.status !== "open" || order.paymentStatus !== "pending") return { outcome: `ignored: payment ${order.paymentStatus}, order ${order.status}` };
  await update(tx, order, { paymentStatus: "failed" });
  await stripeEvent(tx, order, "payment_failed", `Card payment failed: ${reason}`, { eventId });
  return { outcome: "payment failed", mail: { orderId: order.id, kinds: ["order.payment_failed"] } };
}

async function markRefunded(tx: Tx, order: Order, charge: Stripe.Charge, eventId: string): Promise<Applied> {
  const refunded = Math.min(order.totalCents, fromStripeAmount(charge.amount_refunded, order.currency));
  if (refunded <= order.refundedCents) return { outcome: "ignored: refund already recorded" };
  const paymentStatus = order.paymentStatus === "disputed" ? "disputed" : refunded >= order.totalCents ? "refunded" : "partially_refunded";
  await update(tx, order, {
    refundedCents: refunded,
    paymentStatus,
    paymentIntentId: order.paymentIntentId ?? idOf(charge.payment_intent),
    paidAt: order.paidAt ?? new Date(),
  });
  await stripeEvent(tx, order, "refunded", `Stripe reports ${refunded === order.totalCents ? "a full" : "a partial"} refund (total refunded ${refunded})`, { eventId, refundedCents: refunded });
  return { outcome: paymentStatus };
}

async function apply(tx: Tx, storeId: string, event: Stripe.Event, hint: string | null): Promise<Applied> {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      const order = await lockOrder(tx, storeId, { id: orderIdFrom(session.metadata) });
      if (!order) return { outcome: "ignored: no such order in this store" };
      if (session.payment_status !== "paid" && session.payment_status !== "no_payment_required") {
        await stripeEvent(tx, order, "payment_processing", "Checkout completed; the payment is still processing", { eventId: event.id });
        return { outcome: "ignored: payment still processing" };
      }
      return markPaid(tx, order, idOf(session.payment_intent), session.amount_total ?? -1, session.currency ?? "", event.id);
    }
    case "payment_intent.succeeded": {
      const pi = event.data.object;
      const order = await lockOrder(tx, storeId, { id: orderIdFrom(pi.metadata), paymentIntentId: pi.id });
      if (!order) return { outcome: "ignored: no such order in this store" };
      return markPaid(tx, order, pi.id, pi.amount_received, pi.currency, event.id);
    }
    case "checkout.session.async_payment_failed": {
      const session = event.data.object;
      const order = await lockOrder(tx, storeId, { id: orderIdFrom(session.metadata) });
      if (!order) return { outcome: "ignored: no such order in this store" };
      return markFailed(tx, order, "the bank declined the payment", event.id);
    }
    case "payment_intent.payment_failed": {
      const pi = event.data.object;
      const order = await lockOrder(tx, storeId, { id: orderIdFrom(pi.metadata), paymentIntentId: pi.id });
      if (!order) return { outcome: "ignored: no such order in this store" };
      return markFailed(tx, order, pi.last_payment_error?.message ?? "declined", event.id);
    }
    case "checkout.session.expired": {
      const session = event.data.object;
      const order = await lockOrder(tx, storeId, { id: orderIdFrom(session.metadata) });
      if (!order) return { outcome: "ignored: no such order in this store" };
      if (order.status !== "open" || !(order.paymentStatus === "pending" || order.paymentStatus === "failed")) {
        return { outcome: `ignored: order ${order.status}, payment ${order.paymentStatus}` };
      }
      await releaseOrderTx(tx, order, { actorKind: "stripe", message: "Stripe closed the payment page unpaid: order expired, stock released" });
      return { outcome: "expired" };
    }
    case "charge.refunded": {
      const charge = event.data.object;
      const order = await lockOrder(tx, storeId, { id: orderIdFrom(charge.metadata) ?? hint, paymentIntentId: idOf(charge.payment_intent) });
      if (!order) return { outcome: "ignored: no such order in this store" };
      return markRefunded(tx, order, charge, event.id);
    }
    case "charge.dispute.created":
    case "charge.dispute.closed": {
      const dispute = event.data.object;
      const order = await lockOrder(tx, storeId, { id: orderIdFrom(dispute.metadata) ?? hint, paymentIntentId: idOf(dispute.payment_intent) });
      if (!order) return { outcome: "ignored: no such order in this store" };
      if (event.type === "charge.dispute.created") {
        if (order.paymentStatus === "disputed") return { outcome: "ignored: already disputed" };
        await update(tx, order, { paymentStatus: "disputed" });
        await stripeEvent(tx, order, "disputed", `The cardholder disputed the payment (${dispute.reason})`, { eventId: event.id });
        return { outcome: "disputed" };
      }
      const won = dispute.status === "won" || dispute.status === "warning_closed";
      if (won && order.paymentStatus === "disputed") {
        await update(tx, order, { paymentStatus: order.refundedCents > 0 ? "partially_refunded" : "paid" });
      }
      await stripeEvent(tx, order, "dispute_closed", `Dispute closed: ${dispute.status}`, { eventId: event.id });
      return { outcome: `dispute ${dispute.status}` };
    }
    default:
      return { outcome: `ignored: ${event.type} is not used` };
  }
}

/** The PaymentIntent a refund or dispute event is about, when the order is not yet known by it (events out of order). */
function paymentIntentOf(event: Stripe.Event): string | null {
  if (event.type === "charge.refunded") return idOf(event.data.object.payment_intent);
  if (event.type === "charge.dispute.created" || event.type === "charge.dispute.closed") return idOf(event.data.object.payment_intent);
  return null;
}

async function knownByIntent(database: Database, storeId: string, paymentIntentId: string): Promise<boolean> {
  const rows = await withTenant(database, storeId, (tx) =>
    tx.select({ id: orders.id }).from(orders).where(and(eq(orders.tenantId, storeId), eq(orders.paymentIntentId, paymentIntentId))),
  );
  return rows.length > 0;
}

export async function handleStripeWebhook(
  database: Database,
  storeId: string,
  payload: string,
  signature: string | null,
  options: { payments?: StorePayments } = {},
): Promise<WebhookResponse> {
  if (!uuid.safeParse(storeId).success) return { status: 404, body: { received: false, error: "Unknown webhook endpoint." } };
  const payments = options.payments ?? (await storePayments(database, storeId));
  if (!payments.stripe) return { status: 404, body: { received: false, error: "Card payments are not set up for this store." } };
  if (!signature) return { status: 400, body: { received: false, error: "Missing Stripe-Signature header." } };
  let event: Stripe.Event;
  try {
    event = verifyStripeEvent(payload, signature, payments.stripe.webhookSecret);
  } catch {
    return { status: 400, body: { received: false, error: "The signature does not match this store's webhook secret." } };
  }

  // A refund or dispute can arrive before the payment event that told us the
  // PaymentIntent: ask Stripe which order the PaymentIntent belongs to.
  let hint: string | null = null;
  const intent = paymentIntentOf(event);
  if (intent && !(await knownByIntent(database, storeId, intent))) {
    try {
      const pi = await stripeClient(payments.stripe.secretKey).paymentIntents.retrieve(intent);
      hint = orderIdFrom(pi.metadata);
    } catch {
      return { status: 503, body: { received: false, error: "Could not look up the payment at Stripe; deliver again later." } };
    }
  }

  // A payment applied or declined is mailed to the customer (and a paid order
  // to the team), written with the change; which events do is apply's to say,
  // so the store and team are read for every event (one statement).
  const mailing = await orderMailContextSafely(database, storeId);
  const applied = await withTenant(database, storeId, async (tx): Promise<Applied | null> => {
    const claimed = await tx
      .insert(paymentEvents)
      .values({ tenantId: storeId, eventId: event.id, provider: "stripe", type: event.type, outcome: "processing" })
      .onConflictDoNothing()
      .returning({ id: paymentEvents.eventId });
    if (claimed.length === 0) return null;
    const result = await apply(tx, storeId, event, hint);
    if (result.mail) await writeOrderMails(tx, mailing, storeId, result.mail.orderId, result.mail.kinds);
    await tx
      .update(paymentEvents)
      .set({ outcome: result.outcome.slice(0, 200), orderId: result.refundOwed?.orderId ?? null })
      .where(and(eq(paymentEvents.tenantId, storeId), eq(paymentEvents.eventId, event.id)));
    return result;
  });
  if (!applied) return { status: 200, body: { received: true, outcome: "already processed" } };
  // After the commit: give back a payment that arrived too late (the jobs pass retries if Stripe is unreachable now).
  if (applied.refundOwed) await refundExpiredPayment(database, storeId, applied.refundOwed.orderId, payments).catch(() => null);
  return { status: 200, body: { received: true, outcome: applied.outcome } };
}
