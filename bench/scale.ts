/*
 * The scale run: the same store's reads before and after the database grows
 * to many stores (generate_series), and a very large store against a small
 * one. p95 ratios only; the reads are the app's own library functions, as the
 * app role (row-level security applies).
 */
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { listCatalog } from "@/lib/catalog/storefront";
import { findOrderForStore, listOrders } from "@/lib/commerce/orders";
import type { Database } from "@/lib/db/connect";
import { stores } from "@/lib/db/schema";
import { todaysSales } from "@/lib/dashboard/overview";

type Row = (label: string, value: string, goal: string) => void;

/** products and orders for every store whose slug starts with `prefix`, in bulk. */
async function fill(owner: Database, prefix: string, productsPerStore: number, ordersPerStore: number) {
  await owner.execute(sql`
    insert into products (tenant_id, handle, title, description, price_cents, stock, status, created_at)
    select s.id, 'p-' || g, 'Product ' || g || ' ' || md5(s.id::text || g::text), 'A product.', 100 + g % 900, 10,
           (case when g % 20 = 0 then 'draft' else 'active' end)::product_status,
           now() - make_interval(secs => g)
    from stores s cross join generate_series(1, ${productsPerStore}) g
    where s.slug like ${prefix + "%"}`);
  await owner.execute(sql`
    insert into customers (tenant_id, email, name)
    select s.id, 'buyer@example.com', 'Buyer' from stores s where s.slug like ${prefix + "%"}`);
  await owner.execute(sql`
    insert into orders (tenant_id, number, customer_id, email, name, shipping_address, currency, subtotal_cents, total_cents,
                        payment_method, access_token, status, payment_status, fulfillment_status, created_at)
    select c.tenant_id, 1000 + g, c.id, c.email, c.name, '{"line1":"1 St","city":"C","postalCode":"12345","country":"US"}'::jsonb,
           'USD', 1000, 1000, 'manual', md5(g::text),
           (case when g % 50 = 0 then 'cancelled' else 'open' end)::order_status,
           (case when g % 3 = 0 then 'paid' else 'pending' end)::payment_status,
           (case when g % 7 = 0 then 'fulfilled' else 'unfulfilled' end)::fulfillment_status,
           now() - make_interval(mins => ${ordersPerStore} - g)
    from customers c join stores s on s.id = c.tenant_id cross join generate_series(1, ${ordersPerStore}) g
    where s.slug like ${prefix + "%"}`);
  // VACUUM as autovacuum would after a bulk load: the visibility map (index-only
  // scans) set for the bulk-loaded rows.
  await owner.execute(sql`vacuum analyze`);
}

async function makeStores(owner: Database, prefix: string, n: number) {
  await owner.execute(sql`
    insert into stores (slug, name, status) select ${prefix} || g, 'Store ' || g, 'active' from generate_series(1, ${n}) g`);
}

type Reads = Record<string, () => Promise<unknown>>;

async function readsFor(app: Database, owner: Database, slug: string): Promise<Reads> {
  const [store] = await owner.select().from(stores).where(sql`${stores.slug} = ${slug}`);
  const id = store!.id;
  const second = await listCatalog(app, id, {});
  const [order] = (await owner.execute<{ id: string }>(sql`select id from orders where tenant_id = ${id} order by number desc offset 5 limit 1`)).rows;
  return {
    "catalog, first page": () => listCatalog(app, id, {}),
    "catalog, next page": () => listCatalog(app, id, { after: second.nextCursor }),
    "catalog search": () => listCatalog(app, id, { q: "duct 7" }),
    // A word from one product's title (titles end in md5(store id || n)).
    "catalog search, a rare word": () => listCatalog(app, id, { q: createHash("md5").update(`${id}7`).digest("hex").slice(3, 11) }),
    "order list": () => listOrders(app, id, {}),
    "order list, cancelled only": () => listOrders(app, id, { status: "cancelled" }),
    "order list, fulfilled only": () => listOrders(app, id, { fulfillmentStatus: "fulfilled" }),
    "order detail": () => findOrderForStore(app, id, order!.id),
    "overview (today's sales)": () => todaysSales(app, id),
  };
}

async function p95s(reads: Reads, n: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, run] of Object.entries(reads)) {
    for (let i = 0; i < 10; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out[name] = times[Math.floor(times.length * 0.95)]!;
  }
  return out;
}

export async function runScale({ owner, app, fast, row }: { owner: Database; app: Database; fast: boolean; row: Row }) {
  const big = fast
    ? { stores: 1_000, products: 100, orders: 100, hugeProducts: 20_000, hugeOrders: 100_000 }
    : { stores: 10_000, products: 100, orders: 100, hugeProducts: 100_000, hugeOrders: 1_000_000 };
  const samples = fast ? 100 : 300;

  console.log(
    `\nScale: one store's reads, 10 stores vs ${big.stores.toLocaleString("en")} stores / ${(big.stores * big.products).toLocaleString("en")} products / ${(big.stores * big.orders).toLocaleString("en")} orders (p95 ratios)`,
  );
  await makeStores(owner, "small-", 10);
  await fill(owner, "small-", big.products, big.orders);
  const small = await readsFor(app, owner, "small-1");
  const before = await p95s(small, samples);

  await makeStores(owner, "bulk-", big.stores);
  await fill(owner, "bulk-", big.products, big.orders);
  await makeStores(owner, "huge-", 1);
  await fill(owner, "huge-", big.hugeProducts, big.hugeOrders);
  const after = await p95s(small, samples);
  for (const name of Object.keys(before)) row(`many stores: ${name}`, `${(after[name]! / before[name]!).toFixed(2)}×`, "≤ 1.1×");

  console.log(
    `\nScale: a store with ${big.hugeProducts.toLocaleString("en")} products and ${big.hugeOrders.toLocaleString("en")} orders vs one with ${big.products} and ${big.orders} (p95 ratios)`,
  );
  const huge = await p95s(await readsFor(app, owner, "huge-1"), samples);
  for (const name of Object.keys(before)) row(`large store: ${name}`, `${(huge[name]! / after[name]!).toFixed(2)}×`, "≤ 1.1×");
}
