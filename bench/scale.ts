/*
 * The scale run: one store's reads in a database of 10 stores against the same
 * store's reads in a database of 10,000 stores / 1 M products / 1 M orders,
 * and a very large store (100,000 products, 1,000,000 orders) against a small
 * one in the large database. p95 ratios only; the reads are the app's own
 * library functions, as the app role (row-level security applies).
 *
 * Two databases in the one embedded cluster ("small" and "large"), both
 * migrated like the product's, so every read can be asked of both in
 * interleaved rounds (a busy machine slows both alike, as in the HTTP part)
 * instead of once before and once after a load.
 *
 * BENCH_SCALE_FACTOR (default 1) scales the number of bulk stores and the
 * large store's rows (0.1: 1,000 stores, a store of 10,000 products / 100,000
 * orders), for a machine that cannot load the full size in time. `--fast`
 * means 0.1 unless the factor is given.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { sql } from "drizzle-orm";
import { listCatalog } from "@/lib/catalog/storefront";
import { findOrderForStore, listOrders } from "@/lib/commerce/orders";
import { connect, type Database } from "@/lib/db/connect";
import { migrateDatabase, type AppRole } from "@/lib/db/migrate";
import { todaysSales } from "@/lib/dashboard/overview";
import { deriveAppUrl } from "@/lib/env";

type Row = (label: string, value: string, goal: string) => void;

/** Rows a small store has; every store of the bulk has the same. */
const PER_STORE = { products: 100, orders: 100 };
/**
 * Every title ends in one of five colours, by g % 5: a word in exactly a fifth
 * of every store's titles, evenly spread (drafts, g % 20 = 0, are all "red").
 * At that density a page of 13 fills within a store's newest 65 products, so a
 * store of 100 fills it too and the row compares equal work.
 */
const COLOURS = "array['red', 'blue', 'teal', 'amber', 'coral']";

/** Orders placed today by every store, the large one included (see `fill`). */
const TODAY = 100;

function databaseUrl(ownerUrl: string, name: string): string {
  const url = new URL(ownerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Stores named `prefix1…prefixN`, each with `products` products and `orders`
 * orders, loaded with generate_series. The newest TODAY orders of every store
 * are one a minute up to now, the rest end a day earlier, so "today's sales"
 * counts the same number of orders in every store: what the overview costs
 * should grow with today's orders, not with the store's history. A third of
 * every store's orders are cancelled and another third fulfilled, so a list
 * filtered by either fills its page (25) in a store of 100 orders too: those
 * rows compare the store's size, not how many rows the page shows.
 */
async function fill(client: pg.Client, prefix: string, n: number, products: number, orders: number) {
  await client.query(
    `insert into stores (slug, name, status) select $1 || g, 'Store ' || g, 'active' from generate_series(1, $2::int) g`,
    [prefix, n],
  );
  await client.query(
    `insert into products (tenant_id, handle, title, description, price_cents, stock, status, created_at)
     select s.id, 'p-' || g, 'Product ' || g || ' ' || md5(s.id::text || g::text) || ' ' || (${COLOURS})[1 + g % 5], 'A product.', 100 + g % 900, 10,
            (case when g % 20 = 0 then 'draft' else 'active' end)::product_status,
            now() - make_interval(secs => g)
     from stores s cross join generate_series(1, $2::int) g
     where s.slug like $1 || '%'`,
    [prefix, products],
  );
  await client.query(
    `insert into customers (tenant_id, email, name) select s.id, 'buyer@example.com', 'Buyer' from stores s where s.slug like $1 || '%'`,
    [prefix],
  );
  await client.query(
    `insert into orders (tenant_id, number, customer_id, email, name, shipping_address, currency, subtotal_cents, total_cents,
                         payment_method, access_token, status, payment_status, fulfillment_status, created_at)
     select c.tenant_id, 1000 + g, c.id, c.email, c.name, '{"line1":"1 St","city":"C","postalCode":"12345","country":"US"}'::jsonb,
            'USD', 1000, 1000, 'manual', md5(g::text),
            (case when g % 3 = 1 then 'cancelled' else 'open' end)::order_status,
            (case when g % 3 = 0 then 'paid' else 'pending' end)::payment_status,
            (case when g % 3 = 2 then 'fulfilled' else 'unfulfilled' end)::fulfillment_status,
            now() - make_interval(mins => $2::int - g) - (case when $2::int - g < ${TODAY} then interval '0' else interval '1 day' end)
     from customers c join stores s on s.id = c.tenant_id cross join generate_series(1, $2::int) g
     where s.slug like $1 || '%'`,
    [prefix, orders],
  );
}

/**
 * A fresh database, migrated as the product's are, loaded in bulk: triggers
 * off for the load (session_replication_role: no per-row announcements or
 * webhook events, no foreign-key checks of rows made consistent here), the
 * secondary indexes of products and orders dropped and rebuilt afterwards
 * (a sorted build instead of millions of random inserts), then VACUUM ANALYZE
 * as autovacuum would (statistics, and the visibility map for index-only scans).
 */
async function loadDatabase(
  ownerUrl: string,
  role: AppRole,
  name: string,
  groups: Array<{ prefix: string; stores: number; products: number; orders: number }>,
) {
  const admin = new pg.Client({ connectionString: ownerUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(ownerUrl, name);
  await migrateDatabase(url, role, { jobs: false });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("set statement_timeout = 0");
    await client.query("set maintenance_work_mem = '512MB'");
    await client.query("set session_replication_role = replica");
    const { rows: indexes } = await client.query<{ name: string; def: string }>(
      `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i join pg_class t on t.oid = i.indrelid
       where t.relname in ('products', 'orders') and t.relnamespace = 'public'::regnamespace
         and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    );
    const phase = async (label: string, work: () => Promise<unknown>) => {
      const t0 = performance.now();
      await work();
      console.log(`  ${name}: ${label} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    };
    for (const ix of indexes) await client.query(`drop index ${ix.name}`);
    await phase("rows", async () => {
      for (const g of groups) await fill(client, g.prefix, g.stores, g.products, g.orders);
    });
    await phase(`${indexes.length} indexes`, async () => {
      for (const ix of indexes) await client.query(ix.def);
    });
    await client.query("set session_replication_role = origin");
    await phase("vacuum analyze", () => client.query("vacuum analyze"));
  } finally {
    await client.end();
  }
  return url;
}

type Reads = Record<string, () => Promise<unknown>>;

async function readsFor(app: Database, owner: Database, slug: string): Promise<Reads> {
  const [store] = (await owner.execute<{ id: string }>(sql`select id from stores where slug = ${slug}`)).rows;
  const id = store!.id;
  const second = await listCatalog(app, id, {});
  const [order] = (await owner.execute<{ id: string }>(sql`select id from orders where tenant_id = ${id} order by number desc offset 5 limit 1`)).rows;
  return {
    "catalog, first page": () => listCatalog(app, id, {}),
    "catalog, next page": () => listCatalog(app, id, { after: second.nextCursor }),
    // "Product 7", "Product 70"…: 11 titles of a store of 100, but a large store fills its page only at
    // "Product 701", so this row compares how dense the word is, not what the store's size costs.
    "catalog search, \"duct 7\"": () => listCatalog(app, id, { q: "duct 7" }),
    // The same density in every store, and a full page in each (COLOURS): what a common word costs as a store grows.
    "catalog search, a fifth's word": () => listCatalog(app, id, { q: "teal" }),
    // A word from one product's title (titles end in md5(store id || n)).
    "catalog search, a rare word": () => listCatalog(app, id, { q: createHash("md5").update(`${id}7`).digest("hex").slice(3, 11) }),
    "order list": () => listOrders(app, id, {}),
    "order list, cancelled only": () => listOrders(app, id, { status: "cancelled" }),
    "order list, fulfilled only": () => listOrders(app, id, { fulfillmentStatus: "fulfilled" }),
    "order detail": () => findOrderForStore(app, id, order!.id),
    "overview (today's sales)": () => todaysSales(app, id),
  };
}

/** CPU time a process has run, in ns (/proc/<pid>/schedstat): a backend's own work, whatever else the machine runs. */
function cpuNs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]);
}

type Target = { reads: Reads; app: Database };

/**
 * p95 of every read of every target, in interleaved rounds: each round asks
 * every target for `perRound` samples of one read, the order of the targets
 * rotating, so drift of a loaded machine falls on all of them alike. Two
 * samples per read: the wall time the app waits, and the CPU time of the
 * PostgreSQL backend serving it (each target's app pool has one connection;
 * a sample ends when that connection is back in the pool, i.e. after COMMIT).
 * On a machine shared with other work the wall time is mostly scheduling;
 * the backend's CPU time is what grows when a query reads more.
 */
async function interleavedP95s(targets: Record<string, Target>, rounds: number, perRound: number) {
  const names = Object.keys(targets);
  const reads = Object.keys(targets[names[0]!]!.reads);
  const wall = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  const settled = async (db: Database) => {
    while (db.$client.idleCount < db.$client.totalCount) await new Promise((r) => setImmediate(r));
  };
  for (const t of names) for (const r of reads) for (let i = 0; i < 10; i++) await targets[t]!.reads[r]!(); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const r of reads) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(k + round) % names.length]!;
        const { reads: run, app } = targets[name]!;
        const key = `${name}\0${r}`;
        if (!wall.has(key)) {
          wall.set(key, []);
          cpu.set(key, []);
        }
        const [{ pid }] = (await app.$client.query<{ pid: number }>("select pg_backend_pid() as pid")).rows as [{ pid: number }];
        await settled(app);
        for (let i = 0; i < perRound; i++) {
          const c0 = cpuNs(pid);
          const t0 = performance.now();
          await run[r]!();
          wall.get(key)!.push(performance.now() - t0);
          await settled(app);
          cpu.get(key)!.push((cpuNs(pid) - c0) / 1e6);
        }
        const [{ pid: after }] = (await app.$client.query<{ pid: number }>("select pg_backend_pid() as pid")).rows as [{ pid: number }];
        if (after !== pid) throw new Error(`scale: ${name}'s connection was replaced during "${r}"; its CPU samples are not one backend's`);
      }
    }
  }
  const p95 = (samples: Map<string, number[]>) => (t: string, r: string) => {
    const xs = [...samples.get(`${t}\0${r}`)!].sort((a, b) => a - b);
    return xs[Math.floor(xs.length * 0.95)]!;
  };
  return { reads, wallP95: p95(wall), cpuP95: p95(cpu) };
}

export async function runScale({ ownerUrl, role, fast, row }: { ownerUrl: string; role: AppRole; fast: boolean; row: Row }) {
  const factor = Number(process.env.BENCH_SCALE_FACTOR ?? (fast ? 0.1 : 1));
  if (!(factor > 0 && factor <= 1)) throw new Error("BENCH_SCALE_FACTOR must be in (0, 1]");
  const bulkStores = Math.round(10_000 * factor) - 10;
  const huge = { products: Math.round(100_000 * factor), orders: Math.round(1_000_000 * factor) };
  const small = { prefix: "small-", stores: 10, ...PER_STORE };
  const fmt = (n: number) => n.toLocaleString("en");

  console.log(
    `\nScale (factor ${factor}): loading "small" (10 stores) and "large" (${fmt(bulkStores + 10)} stores of ${PER_STORE.products} products / ${PER_STORE.orders} orders, and one of ${fmt(huge.products)} / ${fmt(huge.orders)}) …`,
  );
  const t0 = performance.now();
  const smallUrl = await loadDatabase(ownerUrl, role, "scale_small", [small]);
  const largeUrl = await loadDatabase(ownerUrl, role, "scale_large", [
    small,
    { prefix: "bulk-", stores: bulkStores, ...PER_STORE },
    { prefix: "huge-", stores: 1, ...huge },
  ]);
  console.log(`  loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

  // One app connection per target (its backend's CPU is sampled), owners for the setup.
  const open = (url: string) => connect(deriveAppUrl(url, role.name, role.password), { max: 1 });
  const pools = [connect(smallUrl, { max: 1 }), connect(largeUrl, { max: 1 }), open(smallUrl), open(largeUrl), open(largeUrl)];
  const [smallOwner, largeOwner, smallApp, largeApp, hugeApp] = pools.map((p) => p.db) as [Database, Database, Database, Database, Database];
  try {
    const targets: Record<string, Target> = {
      "10 stores": { reads: await readsFor(smallApp, smallOwner, "small-1"), app: smallApp },
      "many stores": { reads: await readsFor(largeApp, largeOwner, "small-1"), app: largeApp },
      "large store": { reads: await readsFor(hugeApp, largeOwner, "huge-1"), app: hugeApp },
    };
    const rounds = fast ? 5 : 10;
    const perRound = fast ? 20 : 40;
    const { reads, wallP95, cpuP95 } = await interleavedP95s(targets, rounds, perRound);
    const both = (a: string, b: string, r: string) =>
      `${(cpuP95(a, r) / cpuP95(b, r)).toFixed(2)}× / ${(wallP95(a, r) / wallP95(b, r)).toFixed(2)}×`;
    console.log(
      `\nScale: the same store's reads, ${fmt(bulkStores + 10)} stores / ${fmt((bulkStores + 10) * PER_STORE.products + huge.products)} products / ${fmt((bulkStores + 10) * PER_STORE.orders + huge.orders)} orders vs 10 stores`,
    );
    console.log(`  (p95 ratios: PostgreSQL backend CPU / wall time; ${rounds} interleaved rounds of ${perRound} per read)`);
    for (const r of reads) row(`many stores: ${r}`, both("many stores", "10 stores", r), "≤ 1.1×");
    console.log(`\nScale: a store with ${fmt(huge.products)} products and ${fmt(huge.orders)} orders vs one with ${PER_STORE.products} and ${PER_STORE.orders}, same database`);
    for (const r of reads) row(`large store: ${r}`, both("large store", "many stores", r), "≤ 1.1×");
    console.log("\n  p95 in ms, backend CPU | wall (10 stores / many stores / large store):");
    const three = (f: (t: string, r: string) => number, r: string) =>
      ["10 stores", "many stores", "large store"].map((t) => f(t, r).toFixed(3).padStart(7)).join(" ");
    for (const r of reads) console.log(`    ${r.padEnd(30)} ${three(cpuP95, r)} | ${three(wallP95, r)}`);
  } finally {
    for (const p of pools) await p.close();
  }
}
