/*
 * Checkouts per second with the real checkout code (lib/commerce/checkout.ts),
 * 16 concurrent buyers: each on a store of its own, then all on one product
 * of one store (the hot counter row and the hot stock row). Carts are made
 * beforehand in bulk, so only placeOrder is timed: the order, and its two mails
 * (the buyer's confirmation, the owner's "new order") rendered and queued.
 * This process pays some 0.3 ms per mail that a server does not: React Email
 * imports react-dom/server on every render, and under tsx each dynamic import
 * goes through the loader's hooks thread (decision 0037).
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { placeOrder } from "@/lib/commerce/checkout";
import type { Database } from "@/lib/db/connect";
import { memberships, products, stores, users } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";

type Row = (label: string, value: string, goal: string) => void;
const BUYERS = 16;

async function storeWithProduct(owner: Database, slug: string) {
  const [store] = await owner.insert(stores).values({ slug, name: slug, status: "active", currency: "USD" }).returning();
  // An approved owner, as every open store has: each order mails them "new order" beside the buyer's confirmation.
  const [user] = await owner.insert(users).values({ email: `owner@${slug}.example`, name: `Owner of ${slug}`, passwordHash: "x" }).returning();
  await owner.insert(memberships).values({ storeId: store!.id, userId: user!.id, role: "owner", status: "approved" });
  const [product] = await withTenant(owner, store!.id, (tx) =>
    tx.insert(products).values({ tenantId: store!.id, handle: "hot", title: "Hot", priceCents: 1000, stock: 1_000_000, status: "active" }).returning(),
  );
  return { storeId: store!.id, productId: product!.id };
}

async function carts(owner: Database, storeId: string, productId: string, n: number): Promise<string[]> {
  const res = await owner.execute<{ id: string }>(sql`
    with c as (insert into carts (tenant_id) select ${storeId}::uuid from generate_series(1, ${n}) returning id)
    insert into cart_items (tenant_id, cart_id, product_id, quantity, unit_price_cents_at_add)
    select ${storeId}::uuid, c.id, ${productId}::uuid, 1, 1000 from c returning cart_id as id`);
  return res.rows.map((r) => r.id);
}

async function drive(app: Database, buyers: Array<{ storeId: string; carts: string[] }>): Promise<number> {
  const t0 = performance.now();
  let placed = 0;
  await Promise.all(
    buyers.map(async (b, i) => {
      for (const cartId of b.carts) {
        const r = await placeOrder(app, {
          storeId: b.storeId,
          currency: "USD",
          cartId,
          form: {
            email: `buyer${i}@example.com`,
            name: `Buyer ${i}`,
            line1: "1 Bench Street",
            city: "Benchville",
            postalCode: "12345",
            country: "US",
            paymentMethod: "manual",
            idempotencyKey: randomUUID(),
            expectedTotalCents: 1000,
          },
        });
        if (!r.ok) throw new Error(`checkout failed: ${r.code} ${r.message}`);
        placed++;
      }
    }),
  );
  return placed / ((performance.now() - t0) / 1000);
}

export async function runCheckoutLoad({ owner, app, fast, row }: { owner: Database; app: Database; fast: boolean; row: Row }) {
  const perBuyer = fast ? 30 : 120;
  const rounds = fast ? 2 : 3;
  const spread = await Promise.all(Array.from({ length: BUYERS }, (_, i) => storeWithProduct(owner, `checkout-${i}`)));
  const hot = await storeWithProduct(owner, "checkout-hot");
  const across: number[] = [];
  const oneProduct: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const a = await Promise.all(spread.map(async (s) => ({ storeId: s.storeId, carts: await carts(owner, s.storeId, s.productId, perBuyer) })));
    across.push(await drive(app, a));
    const h = await Promise.all(spread.map(async () => ({ storeId: hot.storeId, carts: await carts(owner, hot.storeId, hot.productId, perBuyer) })));
    oneProduct.push(await drive(app, h));
  }
  const best = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`\nCheckout, ${BUYERS} concurrent buyers, real checkout code (checkouts/s, median of ${rounds})`);
  row("across stores", best(across).toFixed(0), "≥ 200");
  row("one hot product of one store", best(oneProduct).toFixed(0), "≥ 100");
}
