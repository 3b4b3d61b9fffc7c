import { describe, expect, it } from "vitest";
import { cancelOrder } from "@/lib/commerce/order-operations";
import { findOrderForCustomer } from "@/lib/commerce/orders";
import { createTestStore, testDatabases } from "./db";
import { cartWith, checkout, checkoutForm, count, createProduct, stockOf } from "./commerce-fixtures";

/*
 * The checkout invariants, on a real PostgreSQL as the app role: never
 * oversold, one order per idempotency key, gapless order numbers per store.
 */

const { app, owner } = testDatabases();

describe("checkout under concurrency", () => {
  it("sells exactly the stock: 100 concurrent checkouts for 10 in stock → 10 orders, stock 0", async () => {
    const store = await createTestStore(owner, "rush");
    const product = await createProduct(owner, store.id, { stock: 10, priceCents: 500 });
    // Each customer adds while stock is there; the race is at checkout.
    const carts = await Promise.all(Array.from({ length: 100 }, () => cartWith(app, store.id, [{ productId: product.id, quantity: 1 }])));

    const results = await Promise.all(carts.map((cartId) => checkout(app, store, cartId, checkoutForm({ expectedTotalCents: 500 }))));

    const placed = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(placed).toHaveLength(10);
    expect(refused).toHaveLength(90);
    expect(new Set(refused.map((r) => (r.ok ? "" : r.code)))).toEqual(new Set(["out_of_stock"]));
    expect(await stockOf(owner, store.id, product.id)).toBe(0);
    expect(await count(owner, "orders", store.id)).toBe(10);
    // Numbers: 1001…1010, each once.
    const numbers = placed.map((r) => (r.ok ? r.number : 0)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => 1001 + i));
  });

  it("keeps order numbers unique and gapless per store when two stores sell at once", async () => {
    const a = await createTestStore(owner, "numa");
    const b = await createTestStore(owner, "numb");
    const pa = await createProduct(owner, a.id, { stock: 1000, priceCents: 100 });
    const pb = await createProduct(owner, b.id, { stock: 1000, priceCents: 100 });
    const jobs = [
      ...Array.from({ length: 30 }, () => ({ store: a, product: pa })),
      ...Array.from({ length: 30 }, () => ({ store: b, product: pb })),
    ];
    const carts = await Promise.all(jobs.map((j) => cartWith(app, j.store.id, [{ productId: j.product.id, quantity: 2 }])));
    // Some submissions fail (expected total wrong): their numbers must not leave gaps.
    const results = await Promise.all(
      jobs.map((j, i) => checkout(app, j.store, carts[i]!, checkoutForm({ expectedTotalCents: i % 7 === 0 ? 1 : 200 }))),
    );
    for (const store of [a, b]) {
      const numbers = results
        .filter((r, i) => r.ok && jobs[i]!.store.id === store.id)
        .map((r) => (r.ok ? r.number : 0))
        .sort((x, y) => x - y);
      expect(numbers.length).toBeGreaterThan(20);
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => 1001 + i));
    }
  });
});

describe("checkout's one batch", () => {
  // The price is read with the cart, and the stock taken, the order numbered
  // and written in one later batch: a price that moves in between must roll
  // all of it back (no order, no number spent, no stock taken, cart kept).
  it("refuses a price that changed between the cart's read and the stock's take, and changes nothing", async () => {
    const store = await createTestStore(owner, "pricerace");
    const product = await createProduct(owner, store.id, { stock: 5, priceCents: 500 });
    const first = await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]);
    expect(await checkout(app, store, first, checkoutForm({ expectedTotalCents: 500 }))).toMatchObject({ ok: true, number: 1001 });
    const cartId = await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]);

    // The store's edit holds the product row; the checkout reads the old price, then waits to take the stock.
    const editor = await owner.$client.connect();
    try {
      await editor.query("begin");
      await editor.query("update products set price_cents = 700 where tenant_id = $1 and id = $2", [store.id, product.id]);
      const placing = checkout(app, store, cartId, checkoutForm({ expectedTotalCents: 500 }));
      for (let i = 0; i < 200; i++) {
        const { rows } = await owner.$client.query(
          "select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like 'update \"products\"%' and datname = current_database()",
        );
        if (rows.length > 0) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      await editor.query("commit");
      const result = await placing;
      expect(result).toMatchObject({ ok: false, code: "cart_changed" });
    } finally {
      editor.release();
    }
    expect(await stockOf(owner, store.id, product.id)).toBe(4);
    expect(await count(owner, "orders", store.id)).toBe(1);
    expect(await count(owner, "cart_items", store.id)).toBe(1);
    // The number the refused order would have had is the next one given.
    const retried = await checkout(app, store, cartId, checkoutForm({ expectedTotalCents: 700 }));
    expect(retried).toMatchObject({ ok: true, number: 1002 });
  });
});

describe("idempotent checkout", () => {
  it("returns the first order for the same key submitted twice", async () => {
    const store = await createTestStore(owner, "idem");
    const product = await createProduct(owner, store.id, { stock: 5, priceCents: 1000 });
    const cartId = await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]);
    const form = checkoutForm();

    const first = await checkout(app, store, cartId, form);
    const again = await checkout(app, store, cartId, form);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again).toMatchObject({ orderId: first.orderId, number: first.number, accessToken: first.accessToken, replayed: true });
    expect(first.replayed).toBe(false);
    expect(await count(owner, "orders", store.id)).toBe(1);
    expect(await stockOf(owner, store.id, product.id)).toBe(4);
  });

  it("makes one order when the same key arrives concurrently (a double click)", async () => {
    const store = await createTestStore(owner, "dbl");
    const product = await createProduct(owner, store.id, { stock: 5, priceCents: 1000 });
    const cartId = await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]);
    const form = checkoutForm();

    const results = await Promise.all(Array.from({ length: 8 }, () => checkout(app, store, cartId, form)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.orderId : "")))).toHaveProperty("size", 1);
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
    expect(await count(owner, "orders", store.id)).toBe(1);
    expect(await stockOf(owner, store.id, product.id)).toBe(4);
  });

  it("lets a retry after a failed attempt run afresh (the failed key is not burnt)", async () => {
    const store = await createTestStore(owner, "retry");
    const product = await createProduct(owner, store.id, { stock: 5, priceCents: 1000 });
    const cartId = await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]);
    const form = checkoutForm({ expectedTotalCents: 999 });
    const failed = await checkout(app, store, cartId, form);
    expect(failed).toMatchObject({ ok: false, code: "cart_changed" });
    expect(await stockOf(owner, store.id, product.id)).toBe(5);
    const retried = await checkout(app, store, cartId, { ...form, expectedTotalCents: 1000 });
    expect(retried).toMatchObject({ ok: true, number: 1001 });
  });
});

describe("an order", () => {
  it("snapshots prices, empties the cart, and is readable only with its token", async () => {
    const store = await createTestStore(owner, "snap");
    const p1 = await createProduct(owner, store.id, { stock: 5, priceCents: 1250, title: "Lamp" });
    const p2 = await createProduct(owner, store.id, { stock: 5, priceCents: 300, title: "Bulb" });
    const cartId = await cartWith(app, store.id, [
      { productId: p1.id, quantity: 2 },
      { productId: p2.id, quantity: 3 },
    ]);
    const placed = await checkout(app, store, cartId, checkoutForm({ expectedTotalCents: 3400, email: "Mixed.Case@Example.TEST" }));
    expect(placed.ok).toBe(true);
    if (!placed.ok) return;
    expect(await count(owner, "cart_items", store.id)).toBe(0);

    const order = await findOrderForCustomer(app, store.id, placed.number, { tokens: [placed.accessToken] });
    expect(order).toMatchObject({ totalCents: 3400, email: "mixed.case@example.test", status: "open", paymentStatus: "pending", fulfillmentStatus: "unfulfilled" });
    expect(order!.items.map((i) => [i.title, i.quantity, i.unitPriceCents, i.lineTotalCents])).toEqual([
      ["Bulb", 3, 300, 900],
      ["Lamp", 2, 1250, 2500],
    ]);
    expect(await findOrderForCustomer(app, store.id, placed.number, { tokens: [] })).toBeNull();
    expect(await findOrderForCustomer(app, store.id, placed.number, { tokens: ["x".repeat(32)] })).toBeNull();
  });

  it("restocks when cancelled", async () => {
    const store = await createTestStore(owner, "cancel");
    const product = await createProduct(owner, store.id, { stock: 5, priceCents: 1000 });
    const cartId = await cartWith(app, store.id, [{ productId: product.id, quantity: 3 }]);
    const placed = await checkout(app, store, cartId, checkoutForm({ expectedTotalCents: 3000 }));
    if (!placed.ok) throw new Error(placed.message);
    expect(await stockOf(owner, store.id, product.id)).toBe(2);

    const cancelled = await cancelOrder(app, { storeId: store.id, orderId: placed.orderId, actorUserId: null, reason: "customer asked" });
    expect(cancelled).toMatchObject({ ok: true, order: { status: "cancelled", paymentStatus: "voided" } });
    expect(await stockOf(owner, store.id, product.id)).toBe(5);
    // Cancelling twice does not restock twice.
    expect(await cancelOrder(app, { storeId: store.id, orderId: placed.orderId, actorUserId: null })).toMatchObject({ ok: false, code: "not_allowed" });
    expect(await stockOf(owner, store.id, product.id)).toBe(5);
  });
});

describe("bad checkout input", () => {
  it("returns field errors and changes nothing", async () => {
    const store = await createTestStore(owner, "bad");
    const product = await createProduct(owner, store.id, { stock: 5 });
    const cartId = await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]);
    const result = await checkout(app, store, cartId, checkoutForm({ email: "not-an-email", name: " ", country: "XX", idempotencyKey: "nope", paymentMethod: "bitcoin" }));
    expect(result).toMatchObject({ ok: false, code: "invalid", message: "Please correct the highlighted fields." });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["country", "email", "idempotencyKey", "name"]);
    const unknownMethod = await checkout(app, store, cartId, checkoutForm({ paymentMethod: "bitcoin" }));
    expect(unknownMethod).toMatchObject({ ok: false, fieldErrors: { paymentMethod: expect.any(String) } });
    expect(await count(owner, "orders", store.id)).toBe(0);
    expect(await stockOf(owner, store.id, product.id)).toBe(5);
  });

  it("refuses an empty or unknown cart", async () => {
    const store = await createTestStore(owner, "empty");
    expect(await checkout(app, store, null, checkoutForm())).toMatchObject({ ok: false, code: "cart_empty" });
    expect(await checkout(app, store, "not-a-uuid", checkoutForm())).toMatchObject({ ok: false, code: "cart_empty" });
    expect(await checkout(app, store, "00000000-0000-4000-8000-000000000000", checkoutForm())).toMatchObject({ ok: false, code: "cart_empty" });
  });
});
