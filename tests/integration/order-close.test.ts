import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, orderEvents, orders } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { cancelOrder, closeOrder, fulfillOrder, markOrderPaid } from "@/lib/commerce/order-operations";
import { cartWith, checkout, checkoutForm, createProduct } from "./commerce-fixtures";
import { createTestStore, testDatabases } from "./db";

const { app, owner } = testDatabases();

async function placed() {
  const store = await createTestStore(owner, "close");
  const p = await createProduct(owner, store.id, { stock: 5, priceCents: 1000 });
  const r = await checkout(app, store, await cartWith(app, store.id, [{ productId: p.id, quantity: 1 }]), checkoutForm());
  if (!r.ok) throw new Error(r.message);
  const input = { storeId: store.id, orderId: r.orderId, actorUserId: null };
  return { store, input };
}

async function orderRow(storeId: string, orderId: string) {
  const [o] = await withTenant(owner, storeId, (tx) => tx.select().from(orders).where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId))));
  return o!;
}

describe("closing an order: the lifecycle's end", () => {
  it("open → paid → fulfilled → closed; audited and on the timeline; nothing moves a closed order", async () => {
    const { store, input } = await placed();
    expect(await closeOrder(app, input)).toEqual({ ok: false, code: "not_allowed", message: "Fulfil the order before closing it." });
    expect(await markOrderPaid(app, input)).toMatchObject({ ok: true });
    expect(await fulfillOrder(app, input)).toMatchObject({ ok: true });
    expect(await closeOrder(app, input)).toMatchObject({ ok: true, order: { status: "closed", paymentStatus: "paid", fulfillmentStatus: "fulfilled" } });
    const audit = await owner.select().from(auditLog).where(and(eq(auditLog.storeId, store.id), eq(auditLog.action, "order.close")));
    expect(audit).toHaveLength(1);
    const events = await withTenant(owner, store.id, (tx) => tx.select().from(orderEvents).where(and(eq(orderEvents.tenantId, store.id), eq(orderEvents.orderId, input.orderId))));
    expect(events.map((e) => e.message)).toContain("Closed");
    const before = await orderRow(store.id, input.orderId);
    for (const action of [closeOrder, cancelOrder, fulfillOrder, markOrderPaid]) {
      expect(await action(app, input)).toMatchObject({ ok: false, code: "not_allowed", message: "This order is closed." });
    }
    expect(await orderRow(store.id, input.orderId)).toEqual(before);
  });

  it("a fulfilled but unpaid order stays open", async () => {
    const { store, input } = await placed();
    expect(await fulfillOrder(app, input)).toMatchObject({ ok: true });
    const before = await orderRow(store.id, input.orderId);
    expect(await closeOrder(app, input)).toEqual({ ok: false, code: "not_allowed", message: "Only a paid (or refunded) order can be closed." });
    expect(await orderRow(store.id, input.orderId)).toEqual(before);
  });

  it("a cancelled order cannot be closed", async () => {
    const { input } = await placed();
    expect(await cancelOrder(app, input)).toMatchObject({ ok: true });
    expect(await closeOrder(app, input)).toEqual({ ok: false, code: "not_allowed", message: "A cancelled order cannot be closed." });
  });
});
