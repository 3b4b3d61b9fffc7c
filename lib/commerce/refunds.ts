import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db/connect";
import { auditLog, orderRefunds, orders } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { formatMoney, parseMoney } from "@/lib/money";
import { restockOrder } from "./expiry";
import { findPaymentProvider, REFUND_REASONS, storePayments, type RefundReason, type StorePayments } from "./payment";
import { fail, type Result } from "@/lib/result";
import { recordOrderEvent } from "./timeline";
import { orderMailContextSafely, writeOrderMails, type OrderMailContext } from "@/lib/mail/order-mail";
import { idSchema } from "./validation";

/*
 * Refunds, full or partial. Three steps, so the provider is never called
 * inside a transaction that holds the order:
 *   1. lock the order, check what is left to refund (paid minus refunded minus
 *      refunds still in flight) and write the refund "pending" — two
 *      concurrent refunds cannot together exceed the payment;
 *   2. ask the provider (Stripe; nothing to call for pay on delivery, where
 *      the store gives the money back by hand), with the refund row's id as
 *      the idempotency key;
 *   3. settle the row, raise the order's refunded total, restock if asked,
 *      audit and add the timeline line — or mark the row failed.
 * The order's refunded total only ever takes the larger of what Plaza and
 * Stripe's charge.refunded webhook know, so the two paths never add up twice.
 */

type Code = "invalid" | "not_found" | "not_allowed" | "provider";

export const refundSchema = z.object({
  amount: z.string().trim().min(1, "Enter the amount to refund."),
  reason: z.enum(REFUND_REASONS, { error: "Choose a reason." }),
  note: z.string().trim().max(500, "Use at most 500 characters.").optional().default(""),
  restock: z.enum(["yes", "no"]).optional().default("no"),
});

export type RefundInput = {
  storeId: string;
  orderId: string;
  actorUserId: string | null;
  amountCents: number;
  /** The amount as typed ("12.50"), read in the order's currency; takes the place of amountCents. */
  amountText?: string;
  reason: RefundReason;
  note?: string;
  restock?: boolean;
  payments?: StorePayments;
};

const REFUNDABLE = ["paid", "partially_refunded"] as const;

async function settle(
  database: Database,
  input: RefundInput & { refundId: string },
  outcome: { ok: true; providerRefundId: string | null } | { ok: false; error: string },
  actorKind: "member" | "system",
  /** The store and team for the refund's mail to the customer, written with it (lib/mail/order-mail.tsx). */
  mailing: OrderMailContext | null,
) {
  const { storeId, orderId, refundId } = input;
  return withTenant(database, storeId, async (tx) => {
    const [order] = await tx.select().from(orders).where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId))).for("update");
    if (!order) return null;
    if (!outcome.ok) {
      await tx.update(orderRefunds).set({ status: "failed" }).where(and(eq(orderRefunds.tenantId, storeId), eq(orderRefunds.id, refundId)));
      await recordOrderEvent(tx, storeId, orderId, {
        kind: "refund_failed",
        message: `Refund of ${formatMoney(input.amountCents, order.currency)} failed: ${outcome.error}`,
        actorKind,
        actorUserId: input.actorUserId,
      });
      return order;
    }
    const settling = await tx
      .update(orderRefunds)
      .set({ status: "succeeded", providerRefundId: outcome.providerRefundId })
      .where(and(eq(orderRefunds.tenantId, storeId), eq(orderRefunds.id, refundId), ne(orderRefunds.status, "succeeded")))
      .returning({ id: orderRefunds.id });
    // Settled already: the Stripe webhook's follow-up and the jobs pass can both
    // give back one late payment (Stripe answers both with its one refund), and
    // the second must not record, audit or mail that refund again.
    if (settling.length === 0) return order;
    const [sum] = await tx
      .select({ total: sql<number>`coalesce(sum(${orderRefunds.amountCents}), 0)::int` })
      .from(orderRefunds)
      .where(and(eq(orderRefunds.tenantId, storeId), eq(orderRefunds.orderId, orderId), eq(orderRefunds.status, "succeeded")));
    const refundedCents = Math.min(order.totalCents, Math.max(order.refundedCents, sum!.total));
    const paymentStatus = order.paymentStatus === "disputed" ? "disputed" : refundedCents >= order.totalCents ? "refunded" : "partially_refunded";
    const [updated] = await tx
      .update(orders)
      .set({ refundedCents, paymentStatus, updatedAt: new Date() })
      .where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId)))
      .returning();
    const restocked = input.restock ? await restockOrder(tx, storeId, orderId) : [];
    await tx.insert(auditLog).values({
      storeId,
      actorUserId: input.actorUserId,
      action: "order.refund",
      targetType: "order",
      targetId: orderId,
      reason: input.reason,
      data: {
        number: order.number,
        amountCents: input.amountCents,
        refundedCents,
        providerRefundId: outcome.providerRefundId,
        note: input.note || null,
        from: { paymentStatus: order.paymentStatus },
        to: { paymentStatus },
        ...(restocked.length ? { restocked } : {}),
      },
    });
    await recordOrderEvent(tx, storeId, orderId, {
      kind: "refunded",
      message:
        `Refunded ${formatMoney(input.amountCents, order.currency)} (${input.reason.replaceAll("_", " ")})` +
        (restocked.length ? ", items returned to stock" : "") +
        (input.note ? `: ${input.note}` : ""),
      actorKind,
      actorUserId: input.actorUserId,
      data: { refundId, amountCents: input.amountCents },
    });
    await writeOrderMails(tx, mailing, storeId, orderId, ["order.refunded"], { refundCents: input.amountCents });
    return updated!;
  });
}

async function callProvider(payments: StorePayments, order: typeof orders.$inferSelect, refundId: string, input: RefundInput) {
  const provider = findPaymentProvider(payments.methods, order.paymentMethod);
  if (order.paymentMethod === "manual") return { ok: true as const, providerRefundId: null };
  if (!provider?.refund) return { ok: false as const, error: "card payments are not set up for this store any more" };
  if (!order.paymentIntentId) return { ok: false as const, error: "the payment is not known at Stripe" };
  try {
    const r = await provider.refund({
      orderId: order.id,
      paymentIntentId: order.paymentIntentId,
      amountCents: input.amountCents,
      currency: order.currency,
      reason: input.reason,
      idempotencyKey: refundId,
    });
    return { ok: true as const, providerRefundId: r.id };
  } catch (err) {
    const message = err instanceof Error && "type" in err && typeof (err as { message?: unknown }).message === "string" ? (err as Error).message : "Stripe could not be reached";
    return { ok: false as const, error: message.slice(0, 300) };
  }
}

/** A member's refund from the order page (permission checked by the action wrapper). */
export async function refundOrder(database: Database, input: RefundInput): Promise<Result<{ order: typeof orders.$inferSelect }, Code>> {
  const notFound = fail("not_found" as const, "Order not found in this store.");
  if (!idSchema.safeParse(input.orderId).success) return notFound;
  const { storeId, orderId } = input;
  const badAmount = fail("invalid" as const, "Enter an amount above zero.", { amount: "Enter an amount above zero." });

  const reserved = await withTenant(database, storeId, async (tx) => {
    const [order] = await tx.select().from(orders).where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId))).for("update");
    if (!order) return notFound;
    if (input.amountText !== undefined) {
      const parsed = parseMoney(input.amountText, order.currency);
      if (parsed === null) return fail("invalid" as const, "Enter an amount like 12.50.", { amount: "Enter an amount like 12.50." });
      input = { ...input, amountCents: parsed };
    }
    if (!Number.isInteger(input.amountCents) || input.amountCents <= 0) return badAmount;
    if (!(REFUNDABLE as readonly string[]).includes(order.paymentStatus)) {
      return fail("not_allowed" as const, order.paymentStatus === "disputed" ? "A disputed payment cannot be refunded; answer the dispute in Stripe." : "Only a paid order can be refunded.");
    }
    const [inFlight] = await tx
      .select({ total: sql<number>`coalesce(sum(${orderRefunds.amountCents}), 0)::int` })
      .from(orderRefunds)
      .where(and(eq(orderRefunds.tenantId, storeId), eq(orderRefunds.orderId, orderId), eq(orderRefunds.status, "pending")));
    const left = order.totalCents - order.refundedCents - inFlight!.total;
    if (input.amountCents > left) {
      const message = `At most ${formatMoney(Math.max(left, 0), order.currency)} is left to refund.`;
      return fail("invalid" as const, message, { amount: message });
    }
    const [row] = await tx
      .insert(orderRefunds)
      .values({
        tenantId: storeId,
        orderId,
        amountCents: input.amountCents,
        reason: input.reason,
        note: input.note || null,
        restock: input.restock ? "yes" : "no",
        actorUserId: input.actorUserId,
      })
      .returning({ id: orderRefunds.id });
    return { ok: true as const, order, refundId: row!.id };
  });
  if (!reserved.ok) return reserved;

  const payments = input.payments ?? (await storePayments(database, storeId));
  const outcome = await callProvider(payments, reserved.order, reserved.refundId, input);
  const mailing = outcome.ok ? await orderMailContextSafely(database, storeId) : null;
  const order = await settle(database, { ...input, refundId: reserved.refundId }, outcome, "member", mailing);
  if (!outcome.ok) return fail("provider", `The refund did not go through: ${outcome.error}. Nothing was refunded.`);
  return { ok: true, order: order! };
}

/** A stable refund id per order for the owed refund of a late payment: every retry is the same refund at Stripe. */
function owedRefundId(orderId: string): string {
  const h = createHash("sha256").update(`late-payment-refund:${orderId}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Refunds in full a payment that arrived after its order expired or was
 * cancelled (decision 0018). Safe to call again: the refund id, and so
 * Stripe's idempotency key, is derived from the order. True when refunded now.
 */
export async function refundExpiredPayment(database: Database, storeId: string, orderId: string, payments?: StorePayments): Promise<boolean> {
  const refundId = owedRefundId(orderId);
  const claimed = await withTenant(database, storeId, async (tx) => {
    const [order] = await tx.select().from(orders).where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId))).for("update");
    if (!order || order.status === "open" || order.paymentStatus !== "paid") return null;
    await tx
      .insert(orderRefunds)
      .values({ tenantId: storeId, id: refundId, orderId, amountCents: order.totalCents, reason: "other", note: "Paid after the order expired", actorUserId: null })
      .onConflictDoUpdate({ target: [orderRefunds.tenantId, orderRefunds.id], set: { status: "pending" }, where: inArray(orderRefunds.status, ["pending", "failed"]) });
    return order;
  });
  if (!claimed) return false;
  const input: RefundInput = { storeId, orderId, actorUserId: null, amountCents: claimed.totalCents, reason: "other", note: "Paid after the order expired" };
  const outcome = await callProvider(payments ?? (await storePayments(database, storeId)), claimed, refundId, input);
  await settle(database, { ...input, refundId }, outcome, "system", outcome.ok ? await orderMailContextSafely(database, storeId) : null);
  return outcome.ok;
}
