import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { checkoutRequests, orders } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { findPaymentProvider, type StorePayments } from "./payment";
import { fail, type Result } from "@/lib/result";
import { recordOrderEvent } from "./timeline";

/*
 * Starting an online payment for a committed order, outside any transaction
 * that locks stock. Safe to repeat: the provider gets the checkout's
 * idempotency key (the same session comes back), and a page already made is
 * reused without calling out at all.
 */

export type ReturnUrls = (order: { number: number; accessToken: string }) => { successUrl: string; cancelUrl: string };

type Code = "not_found" | "not_payable" | "payment";

export async function startOrderPayment(
  database: Database,
  params: {
    storeId: string;
    storeName: string;
    payments: StorePayments;
    orderId: string;
    /** The checkout submission's key; looked up from the order when not given. */
    idempotencyKey?: string;
    returnUrls: ReturnUrls;
    now?: Date;
  },
): Promise<Result<{ redirectUrl: string | null }, Code>> {
  const { storeId, orderId } = params;
  const now = params.now ?? new Date();
  const found = await withTenant(database, storeId, async (tx) => {
    const [order] = await tx.select().from(orders).where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId)));
    if (!order) return null;
    const [request] = await tx
      .select({ key: checkoutRequests.idempotencyKey })
      .from(checkoutRequests)
      .where(and(eq(checkoutRequests.tenantId, storeId), eq(checkoutRequests.orderId, orderId)));
    return { order, key: params.idempotencyKey ?? request?.key ?? order.id };
  });
  if (!found) return fail("not_found", "Order not found.");
  const { order, key } = found;
  const payable = order.status === "open" && (order.paymentStatus === "pending" || order.paymentStatus === "failed");
  if (!payable) return fail("not_payable", order.paymentStatus === "paid" ? "This order is already paid." : "This order can no longer be paid.");
  if (order.expiresAt && order.expiresAt <= now) return fail("not_payable", "This order expired before it was paid.");
  const provider = findPaymentProvider(params.payments.methods, order.paymentMethod);
  if (!provider) return fail("payment", "Card payments are not available at this store right now.");
  if (!provider.online) return { ok: true, redirectUrl: null };
  if (order.paymentUrl) return { ok: true, redirectUrl: order.paymentUrl };

  let started;
  try {
    started = await provider.start({
      storeId,
      storeName: params.storeName,
      orderId,
      orderNumber: order.number,
      amountCents: order.totalCents,
      currency: order.currency,
      email: order.email,
      idempotencyKey: key,
      expiresAt: order.expiresAt ?? new Date(now.getTime() + params.payments.expiryMinutes * 60_000),
      ...params.returnUrls({ number: order.number, accessToken: order.accessToken }),
    });
  } catch {
    return fail("payment", "The card payment could not be started. Nothing was charged; your order is kept, so try “Pay now” again in a moment.");
  }
  await withTenant(database, storeId, async (tx) => {
    const [saved] = await tx
      .update(orders)
      .set({ paymentReference: started.reference, paymentUrl: started.redirectUrl, updatedAt: new Date() })
      .where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId), eq(orders.status, "open"), isNull(orders.paymentUrl)))
      .returning({ id: orders.id });
    if (saved) {
      await recordOrderEvent(tx, storeId, orderId, {
        kind: "payment_started",
        message: `Card payment page opened (${started.reference ?? "no reference"})`,
        actorKind: "system",
        data: { reference: started.reference },
      });
    }
  });
  return { ok: true, redirectUrl: started.redirectUrl };
}
