import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { connect } from "@/lib/db/connect";
import { PREPARED_PER_CONNECTION } from "@/lib/db/prepared";
import { products } from "@/lib/db/schema";
import { readTenant, withPlatform, withTenant } from "@/lib/db/tenant";
import { createTestStore, testDatabases } from "./db";

/*
 * Statements are prepared once per connection (lib/db/prepared.ts). A cached
 * plan must never carry one store's rows to another, a connection must not
 * keep an unbounded number of plans, and statements without parameters (a
 * migration's file) must go as they always did.
 */

const { owner } = testDatabases();
// One connection each, so every statement below meets the plans the ones before it left.
const one = connect(inject("appUrl"), { max: 1 });
afterAll(() => one.close());

const prepared = (db: typeof one.db) =>
  db.execute<{ name: string; statement: string }>(sql`select name, statement from pg_prepared_statements where name like 'plaza\_%'`).then((r) => r.rows);

async function storeWithProduct(title: string) {
  const store = await createTestStore(owner, "prep");
  await withTenant(owner, store.id, (tx) => tx.insert(products).values({ tenantId: store.id, handle: "only", title, priceCents: 100, status: "active" }));
  return store;
}

describe("prepared statements", () => {
  it("run a parameterised statement prepared, once per connection, and one without parameters as before", async () => {
    const store = await storeWithProduct("Prepared lamp");
    const read = () => readTenant(one.db, store.id, (tx) => tx.select({ title: products.title }).from(products).where(eq(products.tenantId, store.id)));
    expect(await read()).toEqual([{ title: "Prepared lamp" }]);
    expect(await read()).toEqual([{ title: "Prepared lamp" }]);
    const mine = (await prepared(one.db)).filter((p) => /select "title" from "products"/.test(p.statement));
    expect(mine).toHaveLength(1);
    // Two commands in one text: only the simple protocol takes that, so it must not be prepared.
    await one.pool.query("select 1; select 2");
    expect((await prepared(one.db)).some((p) => p.statement.includes("select 2"))).toBe(false);
  });

  it("never hand one store's rows to another through a cached plan", async () => {
    const [a, b] = await Promise.all([storeWithProduct("Only in A"), storeWithProduct("Only in B")]);
    // The same text for every store: the store is a parameter and the tenant a setting, read at execution.
    const titles = (storeId: string, asked: string) =>
      readTenant(one.db, storeId, (tx) =>
        tx.select({ title: products.title }).from(products).where(and(eq(products.status, "active"), sql`${products.tenantId} = ${asked}::uuid or true`)),
      ).then((rows) => rows.map((r) => r.title));
    // Enough runs that PostgreSQL switches the statement to its generic plan.
    for (let i = 0; i < 8; i++) {
      expect(await titles(a.id, a.id)).toEqual(["Only in A"]);
      // B's tenant, asking (through `or true`) for every row: row-level security still shows B's only.
      expect(await titles(b.id, a.id)).toEqual(["Only in B"]);
    }
  });

  it("begin a tenant transaction whose first statement comes later than the tick it was opened in", async () => {
    // BEGIN and the tenant are held back to leave with fn's first statement
    // (lib/db/connect.ts); when that statement is late they must still go.
    const store = await storeWithProduct("Late lamp");
    const late = await withTenant(one.db, store.id, async (tx) => {
      await new Promise((r) => setTimeout(r, 50));
      return tx.select({ title: products.title }).from(products).where(eq(products.tenantId, store.id));
    });
    expect(late).toEqual([{ title: "Late lamp" }]);
  });

  it("replace a connection whose prepared statement a migration made stale, instead of failing on it for good", async () => {
    const table = `prep_${randomUUID().slice(0, 8)}`;
    const role = decodeURIComponent(new URL(inject("appUrl")).username);
    await owner.execute(sql.raw(`create table ${table} (a int); insert into ${table} values (1); grant select on ${table} to "${role}"`));
    try {
      const read = () => withPlatform(one.db, (tx) => tx.execute(sql`select * from ${sql.identifier(table)} where a = ${1}`)).then((r) => r.rows);
      expect(await read()).toEqual([{ a: 1 }]);
      // What a deploy's migration may do under running instances: the statement's result type changes.
      await owner.execute(sql.raw(`alter table ${table} alter column a type bigint`));
      await expect(read()).rejects.toThrow();
      // The connection that held the stale statement is gone; the next one prepares it anew.
      expect(await read()).toEqual([{ a: "1" }]);
    } finally {
      await owner.execute(sql.raw(`drop table ${table}`));
    }
  });

  it(`keep at most ${PREPARED_PER_CONNECTION} statements on a connection; later ones run unprepared`, async () => {
    const before = (await prepared(one.db)).length;
    for (let i = 0; i < PREPARED_PER_CONNECTION + 20; i++) {
      const { rows } = await one.pool.query<{ n: number }>(`select $1::int + ${i} as n`, [1]);
      expect(rows[0]!.n).toBe(1 + i);
    }
    const after = await prepared(one.db);
    expect(after.length).toBe(PREPARED_PER_CONNECTION);
    expect(after.length).toBeGreaterThan(before);
  });
});
