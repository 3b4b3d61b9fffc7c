/*
 * Checkouts per second with the real checkout code (lib/commerce/checkout.ts),
 * 16 concurrent buyers: each on a store of its own, then all on one product
 * of one store (the hot counter row and the hot stock row). Carts are made
 * beforehand in bulk, so only placeOrder is timed: the order, and its two mails
 * (the buyer's confirmation, the owner's "new order") rendered and written
 * with it (decision 0038).
 */
import { randomUUID } from "node:crypto";
import { Worker } from "node:worker_threads";
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

export type Buyer = { n: number; storeId: string; carts: string[] };

/** Places every buyer's carts, the buyers side by side, each its carts one after another; returns how many were placed. */
export async function placeAll(app: Database, buyers: Buyer[]): Promise<number> {
  let placed = 0;
  await Promise.all(
    buyers.map(async (b) => {
      for (const cartId of b.carts) {
        const r = await placeOrder(app, {
          storeId: b.storeId,
          currency: "USD",
          cartId,
          form: {
            email: `buyer${b.n}@example.com`,
            name: `Buyer ${b.n}`,
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
  return placed;
}

/** A second instance: a worker thread with its own event loop and pool (./checkout-instance.mjs). */
async function startInstance(appUrl: string): Promise<{ place: (buyers: Buyer[]) => Promise<number>; stop: () => Promise<void> }> {
  const worker = new Worker(new URL("./checkout-instance.mjs", import.meta.url), { workerData: { appUrl } });
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  await next(); // "ready": its modules loaded and its pool made before anything is timed
  return {
    place: async (buyers) => {
      const answer = next();
      worker.postMessage(buyers);
      return answer as Promise<number>;
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** Checkouts per second: the buyers dealt out over `instances` (this process's own event loop first). */
async function drive(instances: Array<(buyers: Buyer[]) => Promise<number>>, buyers: Buyer[]): Promise<number> {
  const t0 = performance.now();
  const dealt = instances.map((_, k) => buyers.filter((_, i) => i % instances.length === k));
  const placed = await Promise.all(instances.map((place, k) => place(dealt[k]!)));
  return placed.reduce((a, b) => a + b, 0) / ((performance.now() - t0) / 1000);
}

export async function runCheckoutLoad({ owner, app, appUrl, fast, row }: { owner: Database; app: Database; appUrl: string; fast: boolean; row: Row }) {
  const perBuyer = fast ? 30 : 120;
  const rounds = fast ? 2 : 3;
  const spread = await Promise.all(Array.from({ length: BUYERS }, (_, i) => storeWithProduct(owner, `checkout-${i}`)));
  const hot = await storeWithProduct(owner, "checkout-hot");
  const second = await startInstance(appUrl);
  const here = (buyers: Buyer[]) => placeAll(app, buyers);
  const shapes = { one: [here], two: [here, second.place] };
  const rates = { acrossOne: [] as number[], hotOne: [] as number[], acrossTwo: [] as number[], hotTwo: [] as number[] };
  const across = () => Promise.all(spread.map(async (s, n) => ({ n, storeId: s.storeId, carts: await carts(owner, s.storeId, s.productId, perBuyer) })));
  const onHot = () => Promise.all(spread.map(async (_, n) => ({ n, storeId: hot.storeId, carts: await carts(owner, hot.storeId, hot.productId, perBuyer) })));
  try {
    for (let r = 0; r < rounds; r++) {
      rates.acrossOne.push(await drive(shapes.one, await across()));
      rates.hotOne.push(await drive(shapes.one, await onHot()));
      rates.acrossTwo.push(await drive(shapes.two, await across()));
      rates.hotTwo.push(await drive(shapes.two, await onHot()));
    }
  } finally {
    await second.stop();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  // This machine's noise is as large as a change worth making: each row says how far its rounds spread.
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
  console.log(`\nCheckout, ${BUYERS} concurrent buyers, real checkout code (checkouts/s, median of ${rounds})`);
  row("across stores", median(rates.acrossOne).toFixed(0), "≥ 200");
  row("  … its rounds, lowest–highest", range(rates.acrossOne), "");
  row("one hot product of one store", median(rates.hotOne).toFixed(0), "≥ 100");
  row("  … its rounds, lowest–highest", range(rates.hotOne), "");
  // One event loop is at most one core: the same buyers dealt over two instances say whether that, or the database, is the limit.
  row("  across stores, two instances (8 buyers each)", median(rates.acrossTwo).toFixed(0), "(a second event loop)");
  row("  one hot product, two instances", median(rates.hotTwo).toFixed(0), "(a second event loop)");
}
