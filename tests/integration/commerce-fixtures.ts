import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { products } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { addToCart } from "@/lib/commerce/cart";
import { placeOrder } from "@/lib/commerce/checkout";

/** Fixtures for the commerce tests: products arranged as the owner, carts and orders made through the library as the app. */

export async function createProduct(owner: Database, storeId: string, values: { stock: number; priceCents?: number; title?: string; status?: "active" | "draft" }) {
  const handle = `p-${randomUUID().slice(0, 8)}`;
  const [p] = await withTenant(owner, storeId, (tx) =>
    tx
      .insert(products)
      .values({ tenantId: storeId, handle, title: values.title ?? handle, priceCents: values.priceCents ?? 1000, stock: values.stock, status: values.status ?? "active" })
      .returning(),
  );
  return p!;
}

export async function stockOf(owner: Database, storeId: string, productId: string): Promise<number> {
  const [row] = await withTenant(owner, storeId, (tx) =>
    tx.select({ stock: products.stock }).from(products).where(and(eq(products.tenantId, storeId), eq(products.id, productId))),
  );
  return row!.stock;
}

export async function cartWith(app: Database, storeId: string, lines: Array<{ productId: string; quantity: number }>): Promise<string> {
  let cartId: string | null = null;
  for (const line of lines) {
    const added = await addToCart(app, storeId, cartId, line);
    if (!added.ok) throw new Error(`addToCart failed: ${added.message}`);
    cartId = added.cartId;
  }
  return cartId!;
}

export function checkoutForm(overrides: Record<string, unknown> = {}) {
  return {
    email: "customer@example.test",
    name: "Sam Customer",
    line1: "1 Main Street",
    city: "Springfield",
    postalCode: "12345",
    country: "US",
    paymentMethod: "manual",
    idempotencyKey: randomUUID(),
    expectedTotalCents: 1000,
    ...overrides,
  };
}

export function checkout(app: Database, store: { id: string; currency: string }, cartId: string | null, form: Record<string, unknown>, accountCustomerId: string | null = null) {
  return placeOrder(app, { storeId: store.id, currency: store.currency, cartId, form, accountCustomerId });
}

export async function count(owner: Database, table: string, storeId: string): Promise<number> {
  const [row] = (await owner.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where tenant_id = ${storeId}`)).rows as unknown as [{ n: number }];
  return row.n;
}
