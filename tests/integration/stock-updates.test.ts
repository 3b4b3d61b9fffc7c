import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { LOW_STOCK, lowStockProducts } from "@/lib/catalog/products";
import { products } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { cartWith, checkout, checkoutForm, createProduct, stockOf } from "./commerce-fixtures";
import { createTestStore, testDatabases } from "./db";

/*
 * A stock take changes no indexed column (migration 0032): it is a HOT update,
 * so a sale writes no index entry. The low-stock list reads a stored flag that
 * follows the stock across LOW_STOCK.
 */

const { app, owner } = testDatabases();

/** The statement checkout sends for each line (lib/commerce/checkout.ts), then this transaction's own counts of updates on products. */
async function takeOne(storeId: string, productId: string) {
  return withTenant(app, storeId, async (tx) => {
    await tx
      .update(products)
      .set({ stock: sql`${products.stock} - 1`, updatedAt: sql`now()` })
      .where(and(eq(products.tenantId, storeId), eq(products.id, productId), sql`${products.stock} >= 1`));
    const [counts] = (
      await tx.execute<{ updated: number; hot: number }>(
        sql`select pg_stat_get_xact_tuples_updated('products'::regclass)::int as updated, pg_stat_get_xact_tuples_hot_updated('products'::regclass)::int as hot`,
      )
    ).rows;
    return counts!;
  });
}

describe("stock", () => {
  it("is taken by a HOT update while it stays above the low-stock line", async () => {
    const store = await createTestStore(owner, "hot");
    const product = await createProduct(owner, store.id, { stock: 100, title: "Teal kettle" });
    expect(await takeOne(store.id, product.id)).toEqual({ updated: 1, hot: 1 });
    expect(await stockOf(owner, store.id, product.id)).toBe(99);
  });

  it("puts a product on the low-stock list when a sale takes it to the line, and only that store's active products", async () => {
    const store = await createTestStore(owner, "low");
    const other = await createTestStore(owner, "low");
    const product = await createProduct(owner, store.id, { stock: LOW_STOCK + 1, title: "Amber lamp" });
    await createProduct(owner, store.id, { stock: 1, title: "Draft stool", status: "draft" });
    await createProduct(owner, other.id, { stock: 0, title: "Other store's mug" });
    expect(await lowStockProducts(app, store.id)).toEqual([]);

    const placed = await checkout(app, store, await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]), checkoutForm());
    expect(placed.ok).toBe(true);
    expect(await lowStockProducts(app, store.id)).toEqual([{ id: product.id, title: "Amber lamp", stock: LOW_STOCK, handle: product.handle }]);
    // The crossing itself changed the flag, an indexed column: that update was not HOT, and need not be.
    const [row] = await withTenant(owner, store.id, (tx) => tx.select({ lowStock: products.lowStock }).from(products).where(eq(products.id, product.id)));
    expect(row).toEqual({ lowStock: true });
    expect((await lowStockProducts(app, other.id)).map((p) => p.title)).toEqual(["Other store's mug"]);
  });
});
