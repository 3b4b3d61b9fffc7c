import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addToCart, getCart, setCartQuantity } from "@/lib/commerce/cart";
import { findProductById } from "@/lib/catalog/storefront";
import { findCustomer, renameCustomer } from "@/lib/customers/directory";
import { cancelOrder, closeOrder, fulfillOrder, markOrderPaid } from "@/lib/commerce/order-operations";
import { findOrderForCustomer, findOrderForStore, listOrders } from "@/lib/commerce/orders";
import { auditLog, cartItems, carts, checkoutRequests, customers, orderCounters, orderItems, orders } from "@/lib/db/schema";
import { withPlatform, withTenant } from "@/lib/db/tenant";
import { createTestStore, dbError, testDatabases } from "./db";
import { cartWith, checkout, checkoutForm, count, createProduct, stockOf } from "./commerce-fixtures";

/*
 * Store A acting on store B's ids: every product, order and customer action is
 * refused and leaves B's data exactly as it was. Then the second lock: the new
 * tables are invisible with no tenant set and across tenants (row-level security).
 */

const { app, owner } = testDatabases();

type Store = Awaited<ReturnType<typeof createTestStore>>;
let a: Store;
let b: Store;
let bProduct: Awaited<ReturnType<typeof createProduct>>;
let bCartId: string;
let bOrder: { orderId: string; number: number; accessToken: string };
let bCustomerId: string;

async function snapshotB() {
  return withTenant(owner, b.id, async (tx) => ({
    orders: await tx.select().from(orders).where(eq(orders.tenantId, b.id)),
    items: await tx.select().from(cartItems).where(eq(cartItems.tenantId, b.id)),
    customers: await tx.select().from(customers).where(eq(customers.tenantId, b.id)),
    stock: await stockOf(owner, b.id, bProduct.id),
  }));
}

beforeAll(async () => {
  a = await createTestStore(owner, "iso-a");
  b = await createTestStore(owner, "iso-b");
  await createProduct(owner, a.id, { stock: 5 });
  bProduct = await createProduct(owner, b.id, { stock: 7, priceCents: 1000 });
  const orderCart = await cartWith(app, b.id, [{ productId: bProduct.id, quantity: 1 }]);
  const placed = await checkout(app, b, orderCart, checkoutForm({ email: "b-customer@example.test" }));
  if (!placed.ok) throw new Error(placed.message);
  bOrder = placed;
  bCartId = await cartWith(app, b.id, [{ productId: bProduct.id, quantity: 2 }]);
  const [c] = await withTenant(owner, b.id, (tx) => tx.select().from(customers).where(eq(customers.tenantId, b.id)));
  bCustomerId = c!.id;
});

describe("store A with store B's ids", () => {
  it("product lookup by id: not found", async () => {
    expect(await findProductById(app, a.id, bProduct.id)).toBeNull();
    expect(await findProductById(app, a.id, "../../etc")).toBeNull();
  });

  it("add to cart with B's product: refused, nothing changed", async () => {
    const before = await snapshotB();
    // Other tests here give A carts of its own: compare with before, whatever ran first.
    const aCarts = await count(owner, "carts", a.id);
    const result = await addToCart(app, a.id, null, { productId: bProduct.id, quantity: 1 });
    expect(result).toMatchObject({ ok: false, code: "unavailable" });
    expect(await count(owner, "carts", a.id)).toBe(aCarts);
    expect(await snapshotB()).toEqual(before);
  });

  it("add to cart into B's cart id: A gets a cart of its own, B's cart untouched", async () => {
    const before = await snapshotB();
    const {
      rows: [aProduct],
    } = await withTenant(owner, a.id, (tx) => tx.execute(sql`select id from products where tenant_id = ${a.id} limit 1`));
    const result = await addToCart(app, a.id, bCartId, { productId: (aProduct as { id: string }).id, quantity: 1 });
    expect(result.ok && result.cartId !== bCartId).toBe(true);
    expect(await snapshotB()).toEqual(before);
  });

  it("read B's cart: empty", async () => {
    const view = await getCart(app, a.id, bCartId, String);
    expect(view.lines).toEqual([]);
  });

  it("change quantity or remove in B's cart: refused, nothing changed", async () => {
    const before = await snapshotB();
    expect(await setCartQuantity(app, a.id, bCartId, { productId: bProduct.id, quantity: 5 })).toMatchObject({ ok: false, code: "not_in_cart" });
    expect(await setCartQuantity(app, a.id, bCartId, { productId: bProduct.id, quantity: 0 })).toMatchObject({ ok: false, code: "not_in_cart" });
    expect(await snapshotB()).toEqual(before);
  });

  it("check out B's cart: empty cart, nothing changed", async () => {
    const before = await snapshotB();
    expect(await checkout(app, a, bCartId, checkoutForm({ expectedTotalCents: 2000 }))).toMatchObject({ ok: false, code: "cart_empty" });
    expect(await snapshotB()).toEqual(before);
  });

  it("check out with B's idempotency key: no access to B's order", async () => {
    const [req] = await withTenant(owner, b.id, (tx) => tx.select().from(checkoutRequests).where(eq(checkoutRequests.tenantId, b.id)));
    const result = await checkout(app, a, null, checkoutForm({ idempotencyKey: req!.idempotencyKey }));
    expect(result).toMatchObject({ ok: false, code: "cart_empty" });
  });

  it("read B's order by id or by number and token: not found", async () => {
    expect(await findOrderForStore(app, a.id, bOrder.orderId)).toBeNull();
    expect(await findOrderForCustomer(app, a.id, bOrder.number, { tokens: [bOrder.accessToken], customerId: bCustomerId })).toBeNull();
    expect((await listOrders(app, a.id)).items).toEqual([]);
    expect((await listOrders(app, a.id, { customerId: bCustomerId })).items).toEqual([]);
  });

  for (const [name, action] of [
    ["mark paid", markOrderPaid],
    ["fulfill", fulfillOrder],
    ["cancel", cancelOrder],
    ["close", closeOrder],
  ] as const) {
    it(`${name} B's order: not found, nothing changed, nothing audited`, async () => {
      const before = await snapshotB();
      const audits = await owner.select().from(auditLog).where(eq(auditLog.targetId, bOrder.orderId));
      const result = await action(app, { storeId: a.id, orderId: bOrder.orderId, actorUserId: null });
      expect(result).toMatchObject({ ok: false, code: "not_found" });
      expect(await action(app, { storeId: a.id, orderId: "1 or 1=1", actorUserId: null })).toMatchObject({ ok: false, code: "not_found" });
      expect(await snapshotB()).toEqual(before);
      expect(await owner.select().from(auditLog).where(eq(auditLog.targetId, bOrder.orderId))).toEqual(audits);
    });
  }

  it("read B's customer: not found", async () => {
    expect(await findCustomer(app, a.id, bCustomerId)).toBeNull();
  });

  it("rename B's customer: refused, nothing changed", async () => {
    const before = await snapshotB();
    expect(await renameCustomer(app, { storeId: a.id, customerId: bCustomerId, name: "Mallory" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshotB()).toEqual(before);
  });
});

describe("order operations in the right store", () => {
  it("mark paid and fulfill are audited in the same transaction", async () => {
    const paid = await markOrderPaid(app, { storeId: b.id, orderId: bOrder.orderId, actorUserId: null });
    expect(paid).toMatchObject({ ok: true, order: { paymentStatus: "paid" } });
    const fulfilled = await fulfillOrder(app, { storeId: b.id, orderId: bOrder.orderId, actorUserId: null });
    expect(fulfilled).toMatchObject({ ok: true, order: { fulfillmentStatus: "fulfilled", status: "open" } });
    expect(await cancelOrder(app, { storeId: b.id, orderId: bOrder.orderId, actorUserId: null })).toMatchObject({ ok: false, code: "not_allowed" });
    const audits = await owner.select({ action: auditLog.action, storeId: auditLog.storeId }).from(auditLog).where(eq(auditLog.targetId, bOrder.orderId)).orderBy(auditLog.id);
    expect(audits).toEqual([
      { action: "order.mark_paid", storeId: b.id },
      { action: "order.fulfill", storeId: b.id },
    ]);
  });
});

describe("row-level security on the commerce tables", () => {
  const tables = { customers, carts, cartItems, orderCounters, orders, orderItems, checkoutRequests };

  it("shows no rows with no tenant set, and none of B's rows to A", async () => {
    for (const [name, table] of Object.entries(tables)) {
      expect(await withPlatform(app, (tx) => tx.select().from(table)), `${name} without a tenant`).toEqual([]);
      const seenByA = await withTenant(app, a.id, (tx) => tx.select().from(table).where(eq(table.tenantId, b.id)));
      expect(seenByA, `${name} across tenants`).toEqual([]);
      const ownRows = await withTenant(app, b.id, (tx) => tx.select().from(table).where(eq(table.tenantId, b.id)));
      expect(ownRows.length, `${name} own rows`).toBeGreaterThan(0);
    }
  });

  it("refuses writing a row into B from A's transaction", async () => {
    expect(await dbError(withTenant(app, a.id, (tx) => tx.insert(carts).values({ tenantId: b.id })))).toMatch(/violates row-level security policy/);
    await expect(
      withTenant(app, a.id, (tx) => tx.update(orders).set({ totalCents: 0 }).where(and(eq(orders.tenantId, b.id), eq(orders.id, bOrder.orderId))).returning()),
    ).resolves.toEqual([]);
    expect(await count(owner, "carts", b.id)).toBe(1);
  });
});
