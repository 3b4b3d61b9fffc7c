import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { connect } from "@/lib/db/connect";
import { StoreElsewhereError } from "@/lib/db/errors";
import { products, stores } from "@/lib/db/schema";
import { readTenant, withPlatform, withTenant } from "@/lib/db/tenant";
import { createTestStore, dbError, testDatabases } from "./db";

/*
 * A read sends each statement behind the store's entry, with no BEGIN or
 * COMMIT (lib/db/entered.ts): the tenant must hold for every statement of the
 * read, end with each, keep the read READ ONLY, and refuse a store this
 * database no longer holds, however the read's own code handles its errors.
 */

const { owner } = testDatabases();
// One connection each, so what a read leaves on its connection meets the statement after it.
const one = connect(inject("appUrl"), { max: 1 });
afterAll(() => one.close());

const setting = sql<string>`coalesce(current_setting('app.tenant_id', true), '')`;

async function storeWithProducts(...titles: string[]) {
  const store = await createTestStore(owner, "entry");
  await withTenant(owner, store.id, (tx) =>
    tx.insert(products).values(titles.map((title, i) => ({ tenantId: store.id, handle: `p-${i}`, title, priceCents: 100, status: "active" as const }))),
  );
  return store;
}

describe("a store's read, statement by statement", () => {
  it("sees the store in every statement (one after another, sent together, without parameters) and leaves nothing set on the connection", async () => {
    const store = await storeWithProducts("Lamp", "Vase");
    const seen = await readTenant(one.db, store.id, async (tx) => {
      const first = await tx.select({ title: products.title }).from(products).orderBy(products.title);
      const [a, b] = await Promise.all([
        tx.select({ n: sql<number>`count(*)::int` }).from(products),
        tx.execute<{ tenant: string }>(sql`select ${setting} as tenant`),
      ]);
      return { first: first.map((r) => r.title), count: a[0]!.n, tenant: b.rows[0]!.tenant };
    });
    expect(seen).toEqual({ first: ["Lamp", "Vase"], count: 2, tenant: store.id });
    // The same connection, next: no tenant, so row-level security shows no store's rows.
    const after = await withPlatform(one.db, async (tx) => ({
      tenant: (await tx.execute<{ tenant: string }>(sql`select ${setting} as tenant`)).rows[0]!.tenant,
      rows: (await tx.select({ id: products.id }).from(products)).length,
    }));
    expect(after).toEqual({ tenant: "", rows: 0 });
    // Nor anything else the entry set: a plain statement after it is read-write, with PostgreSQL choosing its plans.
    const plain = await one.pool.query<{ tenant: string; read_only: string; plans: string }>(
      `select coalesce(current_setting('app.tenant_id', true), '') as tenant, current_setting('transaction_read_only') as read_only, current_setting('plan_cache_mode') as plans`,
    );
    expect(plain.rows[0]).toEqual({ tenant: "", read_only: "off", plans: "auto" });
  });

  it("refuses a write inside a read, and the write changes nothing", async () => {
    const store = await storeWithProducts("Lamp");
    const message = await dbError(
      readTenant(one.db, store.id, (tx) => tx.insert(products).values({ tenantId: store.id, handle: "sneaky", title: "Sneaky", priceCents: 1, status: "active" })),
    );
    expect(message).toMatch(/cannot execute INSERT in a read-only transaction/);
    const rows = await owner.select({ handle: products.handle }).from(products).where(eq(products.tenantId, store.id));
    expect(rows).toEqual([{ handle: "p-0" }]);
  });

  it("refuses a read of a store this database no longer holds, even when the read's own code swallows the statement's error", async () => {
    const store = await storeWithProducts("Lamp");
    // What a finished move leaves on the old database: the store's row says it is elsewhere, its rows may still be here.
    await owner.update(stores).set({ placement: "dedicated" }).where(eq(stores.id, store.id));
    const read = one.db.tenantTransaction(
      store.id,
      async (tx) => {
        try {
          return await tx.select({ title: products.title }).from(products);
        } catch {
          return [] as Array<{ title: string }>;
        }
      },
      { readOnly: true },
    );
    await expect(read).rejects.toBeInstanceOf(StoreElsewhereError);
    // And a plain read is refused rather than answered with nothing.
    await expect(one.db.tenantTransaction(store.id, (tx) => tx.select({ title: products.title }).from(products), { readOnly: true })).rejects.toBeInstanceOf(
      StoreElsewhereError,
    );
  });

  it("fails a statement that does not parse the same way each time, and the connection goes on serving", async () => {
    const store = await storeWithProducts("Lamp");
    const fresh = connect(inject("appUrl"), { max: 1 });
    try {
      // On a fresh connection the entry and the statement are both parsed in one exchange: only the entry's parse succeeds.
      const bad = () => readTenant(fresh.db, store.id, (tx) => tx.execute(sql`select * from no_such_table where a = ${1}`));
      expect(await dbError(bad())).toMatch(/relation "no_such_table" does not exist/);
      expect(await dbError(bad())).toMatch(/relation "no_such_table" does not exist/);
      const titles = await readTenant(fresh.db, store.id, (tx) => tx.select({ title: products.title }).from(products));
      expect(titles).toEqual([{ title: "Lamp" }]);
    } finally {
      await fresh.close();
    }
  });

  it("hands its connection back only when the statements it sent together are answered, even when one of them fails", async () => {
    const store = await storeWithProducts("Lamp");
    // The first fails at once; the others are still on their way when the read gives up.
    const failed = readTenant(one.db, store.id, (tx) =>
      Promise.all([
        tx.execute(sql`select 1 / ${0}::int as x`),
        tx.execute(sql`select pg_sleep(${0.1}::float), 'late' as late`),
        tx.execute(sql`select 'later' as mine`),
      ]),
    );
    await expect(failed).rejects.toThrow();
    // The next user of that one connection (not pipelined) gets its own answer, not the late statement's.
    const mine = await one.pool.query<{ mine: string }>("select 'mine' as mine");
    expect(mine.rows).toEqual([{ mine: "mine" }]);
    const titles = await readTenant(one.db, store.id, (tx) => tx.select({ title: products.title }).from(products));
    expect(titles).toEqual([{ title: "Lamp" }]);
  });
});
