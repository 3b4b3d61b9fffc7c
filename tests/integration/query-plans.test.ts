import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { listCatalog } from "@/lib/catalog/storefront";
import { listOrders } from "@/lib/commerce/orders";
import { connect } from "@/lib/db/connect";
import { withTenant } from "@/lib/db/tenant";
import { todaysSales } from "@/lib/dashboard/overview";
import { startOfDay } from "@/lib/format/dates";
import { createTestStore, testDatabases } from "./db";

/*
 * Reads that must stay flat with store size use an index in their own order,
 * checked with EXPLAIN as the app role (row-level security on: an enum
 * comparison is not leakproof, so it can never be an index condition there;
 * decision 0016). Plans, not timings.
 */

const { app, owner, ownerPool } = testDatabases();
let storeId = "";

beforeAll(async () => {
  const store = await createTestStore(owner, "plans");
  storeId = store.id;
  await owner.execute(sql`
    insert into products (tenant_id, handle, title, price_cents, stock, status, created_at)
    select ${storeId}::uuid, 'p-' || g, 'Product ' || g || ' ' || substr(md5(g::text), 1, 10), 100, g % 40, (case when g % 10 = 0 then 'draft' else 'active' end)::product_status,
           now() - make_interval(secs => g)
    from generate_series(1, 5000) g`);
  await owner.execute(sql`insert into customers (tenant_id, email, name) values (${storeId}::uuid, 'plans@example.com', 'P')`);
  await owner.execute(sql`
    insert into orders (tenant_id, number, customer_id, email, name, shipping_address, currency, subtotal_cents, total_cents,
                        payment_method, access_token, status, created_at)
    select c.tenant_id, 1000 + g, c.id, c.email, c.name, '{}'::jsonb, 'USD', 1, 1, 'manual', 'x',
           (case when g % 100 = 0 then 'cancelled' when g % 100 = 1 then 'expired' else 'open' end)::order_status, now() - make_interval(mins => g)
    from customers c cross join generate_series(1, 5000) g where c.tenant_id = ${storeId}::uuid`);
  // VACUUM as autovacuum would after a bulk load (the visibility map for index-only scans).
  await owner.execute(sql`vacuum analyze products`);
  await owner.execute(sql`vacuum analyze orders`);
});

/*
 * The plan of what runs inside a function: auto_explain (loaded by the
 * owner, a superuser here) sends it to the client as a NOTICE. The caller is
 * the app role (SET ROLE) with the store as its tenant, as in a request.
 */
async function nestedPlans(query: string, params: unknown[], options: { analyze?: boolean } = {}): Promise<string> {
  const client = await ownerPool.connect();
  const notices: string[] = [];
  const onNotice = (n: { message?: string }) => notices.push(n.message ?? "");
  client.on("notice", onNotice);
  try {
    await client.query("load 'auto_explain'");
    await client.query("set auto_explain.log_min_duration = 0");
    await client.query("set auto_explain.log_nested_statements = on");
    await client.query("set auto_explain.log_level = notice");
    if (options.analyze) await client.query("set auto_explain.log_analyze = on");
    await client.query(`set role "${decodeURIComponent(new URL(inject("appUrl")).username)}"`);
    await client.query("begin");
    await client.query("select set_config('app.tenant_id', $1, true)", [storeId]);
    await client.query(query, params);
    await client.query("commit");
    return notices.join("\n");
  } finally {
    client.off("notice", onNotice);
    await client.query("reset role");
    await client.query("reset all");
    client.release();
  }
}

async function plan(query: ReturnType<typeof sql>): Promise<string> {
  const res = await withTenant(app, storeId, (tx) => tx.execute(sql`explain (costs off) ${query}`));
  return (res.rows as Array<Record<string, string>>).map((r) => r["QUERY PLAN"]).join("\n");
}

describe("query plans as the app role", () => {
  it("pages the catalog on its index order, with no sort of the store's products", async () => {
    const p = await plan(
      sql`select id from products where tenant_id = ${storeId} and status = 'active' order by created_at desc, id desc limit 13`,
    );
    expect(p).toContain("products_tenant_created_idx");
    expect(p).not.toMatch(/Sort|Seq Scan/);
    const next = await plan(
      sql`select id from products where tenant_id = ${storeId} and status = 'active'
          and (created_at, id) < (now() - interval '1 hour', '00000000-0000-4000-8000-000000000000'::uuid)
          order by created_at desc, id desc limit 13`,
    );
    expect(next).toContain("products_tenant_created_idx");
    expect(next).not.toMatch(/Sort|Seq Scan/);
  });

  it("searches a store's titles through the trigram index, inside plaza_catalog_search", async () => {
    // A word of one title (the fixture's titles end in a piece of md5(g)).
    const word = `%${createHash("md5").update("1234").digest("hex").slice(2, 9)}%`;
    const p = await nestedPlans("select * from plaza_catalog_search($1, $2, null, null, 13)", [storeId, word]);
    // Plan lines, not the statements' text.
    const trigramScan = /Index Scan on products_tenant_trigram_idx/;
    const windowScan = /Index Scan (Backward )?using products_tenant_created_idx/;

    expect(p).toMatch(trigramScan);
    expect(p).not.toContain("Seq Scan on products");
    // A word in every title fills its page from the window of newest products, in the catalog's order (no index of candidates to sort).
    const common = await nestedPlans("select * from plaza_catalog_search($1, $2, null, null, 13)", [storeId, "%product%"]);
    expect(common).toMatch(windowScan);
    expect(common).not.toMatch(trigramScan);
    // A rare word reads only the window's first 100 rows (plpgsql fetches ten at a time) before the trigrams, not all 1,000.
    const rare = await nestedPlans("select * from plaza_catalog_search($1, $2, null, null, 13)", [storeId, word], { analyze: true });
    const windowRows = [...rare.matchAll(/Index Scan (?:Backward )?using products_tenant_created_idx on products p .*?actual time=[\d.]+\.\.[\d.]+ rows=(\d+)/g)].map((m) => Number(m[1]));
    expect(windowRows.length, rare).toBeGreaterThan(0);
    expect(Math.max(...windowRows)).toBeLessThanOrEqual(110);
    // The same condition under row-level security (no function): the index cannot be used.
    const direct = await plan(sql`select id from products where tenant_id = ${storeId} and status = 'active' and title ilike ${word} order by created_at desc limit 13`);
    expect(direct).not.toContain("products_tenant_trigram_idx");
  });

  it("lists orders of one status from its partial index, newest first", async () => {
    const p = await plan(sql`select id from orders where tenant_id = ${storeId} and status = 'cancelled' order by number desc limit 26`);
    expect(p).toContain("orders_tenant_status_cancelled_idx");
    expect(p).not.toMatch(/Sort|Seq Scan/);
  });

  it("lists orders of a status added later (expired, failed, …) from its shared partial index", async () => {
    for (const [column, value, index] of [
      ["status", "expired", "orders_tenant_status_later_idx"],
      ["status", "closed", "orders_tenant_status_later_idx"],
      ["payment_status", "failed", "orders_tenant_payment_later_idx"],
      ["payment_status", "partially_refunded", "orders_tenant_payment_later_idx"],
      ["payment_status", "disputed", "orders_tenant_payment_later_idx"],
      ["fulfillment_status", "partially_fulfilled", "orders_tenant_fulfillment_later_idx"],
    ] as const) {
      const p = await plan(sql`select id from orders where tenant_id = ${storeId} and ${sql.identifier(column)} = ${value} order by number desc limit 26`);
      expect(p, `${column} = ${value}`).toContain(index);
      expect(p, `${column} = ${value}`).not.toMatch(/Sort|Seq Scan/);
    }
  });

  it("finds low stock from its partial index", async () => {
    const p = await plan(sql`select id from products where tenant_id = ${storeId} and status = 'active' and low_stock order by stock, title limit 10`);
    expect(p).toContain("products_tenant_low_stock_idx");
    expect(p).not.toContain("Seq Scan");
  });

  it("counts and sums today's sales from an index alone, not all orders", async () => {
    const p = await plan(
      sql`select count(*), coalesce(sum(total_cents), 0) from orders where tenant_id = ${storeId} and status <> 'cancelled'
          and created_at >= ${startOfDay("America/New_York")}`,
    );
    expect(p).toContain("orders_tenant_sales_idx");
    expect(p).toContain("Index Only Scan");
    expect(p).not.toContain("Seq Scan");
  });

  it("runs a store's reads on generic plans, made once per connection, that keep the same indexes", async () => {
    // One connection, so its prepared statements are the ones these reads made.
    const one = connect(inject("appUrl"), { max: 1 });
    try {
      for (let i = 0; i < 3; i++) {
        await listCatalog(one.db, storeId, {});
        await listOrders(one.db, storeId, { status: "cancelled" });
        await listOrders(one.db, storeId, { status: "expired" });
        await todaysSales(one.db, storeId, "America/New_York");
      }
      const { rows } = await one.pool.query<{ statement: string; generic_plans: string; custom_plans: string }>(
        "select statement, generic_plans, custom_plans from pg_prepared_statements where name like 'plaza\\_%' and statement not like '%set_config%'",
      );
      // Each read's statements (a status written into the text makes one per status), and the index its generic plan must use.
      const expected: Array<[RegExp, RegExp]> = [
        [/from "products".*order by "products"."created_at" desc/s, /products_tenant_created_idx/],
        [/from "orders".*"orders"."status" = /s, /orders_tenant_status_(cancelled|later)_idx/],
        [/from "orders".*"orders"."status" <> /s, /orders_tenant_sales_idx/],
      ];
      for (const [text, index] of expected) {
        const statements = rows.filter((r) => text.test(r.statement));
        expect(statements.length, String(text)).toBeGreaterThan(0);
        for (const statement of statements) {
          // Planned once for the connection, never per call (a large store's custom plans were made on every call).
          expect(Number(statement.custom_plans), statement.statement).toBe(0);
          expect(Number(statement.generic_plans), statement.statement).toBeGreaterThan(0);
          const generic = await one.pool.query<Record<string, string>>(`explain (generic_plan, costs off) ${statement.statement}`);
          const p = generic.rows.map((r) => r["QUERY PLAN"]).join("\n");
          expect(p, statement.statement).toMatch(index);
          expect(p, statement.statement).not.toMatch(/Sort|Seq Scan/);
        }
      }
    } finally {
      await one.close();
    }
  });
});
