import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db/tenant";
import { createTestStore, testDatabases } from "./db";

/*
 * Reads that must stay flat with store size use an index in their own order,
 * checked with EXPLAIN as the app role (row-level security on: an enum
 * comparison is not leakproof, so it can never be an index condition there;
 * decision 0016). Plans, not timings.
 */

const { app, owner } = testDatabases();
let storeId = "";

beforeAll(async () => {
  const store = await createTestStore(owner, "plans");
  storeId = store.id;
  await owner.execute(sql`
    insert into products (tenant_id, handle, title, price_cents, stock, status, created_at)
    select ${storeId}::uuid, 'p-' || g, 'Product ' || g, 100, g % 40, (case when g % 10 = 0 then 'draft' else 'active' end)::product_status,
           now() - make_interval(secs => g)
    from generate_series(1, 5000) g`);
  await owner.execute(sql`insert into customers (tenant_id, email, name) values (${storeId}::uuid, 'plans@example.com', 'P')`);
  await owner.execute(sql`
    insert into orders (tenant_id, number, customer_id, email, name, shipping_address, currency, subtotal_cents, total_cents,
                        payment_method, access_token, status, created_at)
    select c.tenant_id, 1000 + g, c.id, c.email, c.name, '{}'::jsonb, 'USD', 1, 1, 'manual', 'x',
           (case when g % 100 = 0 then 'cancelled' else 'open' end)::order_status, now() - make_interval(mins => g)
    from customers c cross join generate_series(1, 5000) g where c.tenant_id = ${storeId}::uuid`);
  await owner.execute(sql`analyze products`);
  await owner.execute(sql`analyze orders`);
});

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

  it("lists orders of one status from its partial index, newest first", async () => {
    const p = await plan(sql`select id from orders where tenant_id = ${storeId} and status = 'cancelled' order by number desc limit 26`);
    expect(p).toContain("orders_tenant_status_cancelled_idx");
    expect(p).not.toMatch(/Sort|Seq Scan/);
  });

  it("finds low stock from its partial index", async () => {
    const p = await plan(sql`select id from products where tenant_id = ${storeId} and status = 'active' and stock <= 5 order by stock, title limit 10`);
    expect(p).toContain("products_tenant_low_stock_idx");
    expect(p).not.toContain("Seq Scan");
  });

  it("counts today's orders from the created_at index, not all orders", async () => {
    const p = await plan(
      sql`select count(*) from orders where tenant_id = ${storeId} and status <> 'cancelled'
          and created_at >= date_trunc('day', now() at time zone 'utc') at time zone 'utc'`,
    );
    expect(p).toContain("orders_tenant_created_idx");
    expect(p).not.toContain("Seq Scan");
  });
});
