import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connect } from "@/lib/db/connect";
import { products } from "@/lib/db/schema";
import { readTenant, withPlatform, withTenant } from "@/lib/db/tenant";
import { inject } from "vitest";
import { createTestStore, dbError, testDatabases } from "./db";
import { LOCAL_TABLES, PLATFORM_TABLES as PLATFORM_LIST } from "./platform-tables";

/*
 * Row-level security is the second lock on tenant data. These tests connect
 * as the app role, exactly as the app does, and try to get around it.
 */

// Tables read across stores by the platform; every other table is a tenant table.
const PLATFORM_TABLES = new Set([...PLATFORM_LIST, ...LOCAL_TABLES]);

const { app, owner } = testDatabases();

async function rows<T>(query: Promise<{ rows: unknown[] }>): Promise<T[]> {
  return (await query).rows as T[];
}

async function productFor(storeId: string, handle = "widget") {
  const [p] = await withTenant(owner, storeId, (tx) =>
    tx.insert(products).values({ tenantId: storeId, handle, title: handle, priceCents: 100, stock: 5, status: "active" }).returning(),
  );
  return p!;
}

describe("the app role", () => {
  it("is neither superuser nor BYPASSRLS, and owns no table", async () => {
    const [role] = await rows<{ rolsuper: boolean; rolbypassrls: boolean }>(
      app.execute(sql`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`),
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await rows(app.execute(sql`select tablename from pg_tables where schemaname = 'public' and tableowner = current_user`));
    expect(owned).toEqual([]);
  });

  it("plans no parallel workers: a store's page-sized reads never pay for starting them", async () => {
    const [setting] = await rows<{ workers: string }>(app.execute(sql`select current_setting('max_parallel_workers_per_gather') as workers`));
    expect(setting).toEqual({ workers: "0" });
  });
});

describe("the catalog", () => {
  it("has every non-platform table tenant-scoped: tenant_id, forced RLS, a policy with USING and WITH CHECK", async () => {
    const tables = await rows<{ name: string; rls: boolean; forced: boolean; has_tenant: boolean }>(
      owner.execute(sql`
        select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
               exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as has_tenant
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')`),
    );
    const tenantTables = tables.filter((t) => !PLATFORM_TABLES.has(t.name));
    expect(tenantTables.map((t) => t.name)).toContain("products");
    for (const t of tenantTables) {
      expect({ table: t.name, tenantId: t.has_tenant, rls: t.rls, forced: t.forced }).toEqual({ table: t.name, tenantId: true, rls: true, forced: true });
      const policies = await rows<{ qual: string | null; with_check: string | null }>(
        owner.execute(sql`select qual, with_check from pg_policies where schemaname = 'public' and tablename = ${t.name}`),
      );
      expect(policies.length, `${t.name} has a policy`).toBeGreaterThan(0);
      for (const p of policies) {
        expect(p.qual, `${t.name} USING`).toMatch(/tenant_id = app_current_tenant\(\)/);
        expect(p.with_check, `${t.name} WITH CHECK`).toMatch(/tenant_id = app_current_tenant\(\)/);
      }
    }
  });

  it("leads every tenant table's primary key, foreign keys and indexes with tenant_id", async () => {
    const keys = await rows<{ table: string; kind: string; name: string; first: string }>(
      owner.execute(sql`
        select c.relname as table, con.contype::text as kind, con.conname as name, a.attname as first
        from pg_constraint con
        join pg_class c on c.oid = con.conrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum = con.conkey[1]
        where n.nspname = 'public' and con.contype in ('p', 'f', 'u')`),
    );
    const indexes = await rows<{ table: string; name: string; first: string }>(
      owner.execute(sql`
        select t.relname as table, i.relname as name, a.attname as first
        from pg_index x
        join pg_class t on t.oid = x.indrelid
        join pg_class i on i.oid = x.indexrelid
        join pg_namespace n on n.oid = t.relnamespace
        join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
        where n.nspname = 'public'`),
    );
    for (const k of keys.filter((k) => !PLATFORM_TABLES.has(k.table))) {
      expect({ ...k, first: k.first }).toEqual({ ...k, first: "tenant_id" });
    }
    for (const i of indexes.filter((i) => !PLATFORM_TABLES.has(i.table))) {
      expect({ ...i, first: i.first }).toEqual({ ...i, first: "tenant_id" });
    }
  });
});

describe("with no tenant set", () => {
  it("reads see no rows and inserts are refused", async () => {
    const store = await createTestStore(owner);
    await productFor(store.id);
    const visible = await withPlatform(app, (tx) => tx.select().from(products));
    expect(visible).toEqual([]);
    expect(
      await dbError(withPlatform(app, (tx) => tx.insert(products).values({ tenantId: store.id, handle: "sneaky", title: "x", priceCents: 1 }))),
    ).toMatch(/row-level security/);
    const [count] = await rows<{ n: number }>(owner.execute(sql`select count(*)::int as n from products where handle = 'sneaky'`));
    expect(count?.n).toBe(0);
  });

  it("refuses a tenant id that is not a store id", async () => {
    await expect(withTenant(app, "globex", async () => 1)).rejects.toThrow(/uuid/);
    await expect(withTenant(app, "' or 1=1 --", async () => 1)).rejects.toThrow(/uuid/);
  });
});

describe("between two stores", () => {
  it("store A cannot read, update or delete store B's rows, even by id", async () => {
    const a = await createTestStore(owner, "a");
    const b = await createTestStore(owner, "b");
    const bProduct = await productFor(b.id, "secret");

    await withTenant(app, a.id, async (tx) => {
      // The where clause names B; RLS still hides B's row from A's transaction.
      expect(await tx.select().from(products).where(eq(products.id, bProduct.id))).toEqual([]);
      expect(await tx.select().from(products).where(and(eq(products.tenantId, b.id), eq(products.id, bProduct.id)))).toEqual([]);
      const updated = await tx.update(products).set({ priceCents: 1 }).where(eq(products.id, bProduct.id)).returning();
      expect(updated).toEqual([]);
      const deleted = await tx.delete(products).where(eq(products.id, bProduct.id)).returning();
      expect(deleted).toEqual([]);
    });
    // Writing a row into B from A's transaction fails the WITH CHECK.
    expect(
      await dbError(withTenant(app, a.id, (tx) => tx.insert(products).values({ tenantId: b.id, handle: "planted", title: "x", priceCents: 1 }))),
    ).toMatch(/row-level security/);
    // Moving A's row to B fails too.
    const aProduct = await productFor(a.id, "mine");
    expect(
      await dbError(withTenant(app, a.id, (tx) => tx.update(products).set({ tenantId: b.id }).where(eq(products.id, aProduct.id)))),
    ).toMatch(/row-level security/);

    const [still] = await withTenant(owner, b.id, (tx) => tx.select().from(products).where(eq(products.id, bProduct.id)));
    expect(still).toMatchObject({ priceCents: 100, handle: "secret" });
    // B sees its own row.
    const own = await withTenant(app, b.id, (tx) => tx.select().from(products).where(eq(products.tenantId, b.id)));
    expect(own.map((p) => p.handle)).toEqual(["secret"]);
  });
});

describe("the tenant setting", () => {
  it("does not leak into the next transaction on the same pooled connection", async () => {
    const single = connect(inject("appUrl"), { max: 1 });
    try {
      const store = await createTestStore(owner, "leak");
      await productFor(store.id);
      const inside = await withTenant(single.db, store.id, (tx) => tx.select().from(products));
      expect(inside).toHaveLength(1);
      const [after] = await rows<{ tenant: string | null; pid: number }>(
        single.db.execute(sql`select current_setting('app.tenant_id', true) as tenant`),
      );
      expect(after?.tenant ?? "").toBe("");
      expect(await withPlatform(single.db, (tx) => tx.select().from(products))).toEqual([]);
      // A rolled-back transaction does not leave it behind either.
      await expect(
        withTenant(single.db, store.id, async () => {
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      expect(await single.db.select().from(products)).toEqual([]);
    } finally {
      await single.close();
    }
  });

  it("does not leak after a pipelined read, a failed statement or a refusal on the same connection", async () => {
    const single = connect(inject("appUrl"), { max: 1 });
    const tenantNow = async () =>
      (await rows<{ tenant: string | null }>(single.db.execute(sql`select current_setting('app.tenant_id', true) as tenant`)))[0]?.tenant ?? "";
    try {
      const store = await createTestStore(owner, "leak");
      await productFor(store.id);
      // A read: its result comes back before its COMMIT has; the next user still starts clean.
      expect(await readTenant(single.db, store.id, (tx) => tx.select().from(products))).toHaveLength(1);
      expect(await tenantNow()).toBe("");
      expect(await single.db.select().from(products)).toEqual([]);
      // A statement that fails inside the transaction.
      await dbError(withTenant(single.db, store.id, (tx) => tx.execute(sql`select 1 / 0`)));
      expect(await tenantNow()).toBe("");
      // Several statements sent at once (pipelined) inside one transaction.
      const [a, b] = await withTenant(single.db, store.id, (tx) => Promise.all([tx.select().from(products), tx.execute(sql`select 1`)]));
      expect(a).toHaveLength(1);
      expect(b.rows).toHaveLength(1);
      expect(await tenantNow()).toBe("");
    } finally {
      await single.close();
    }
  });
});

describe("the tenant transaction", () => {
  it("rolls back everything when its function throws after writing", async () => {
    const store = await createTestStore(owner, "undo");
    await expect(
      withTenant(app, store.id, async (tx) => {
        await tx.insert(products).values({ tenantId: store.id, handle: "undone", title: "x", priceCents: 1 });
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await owner.select().from(products).where(eq(products.tenantId, store.id))).toEqual([]);
  });

  it("refuses writes in a read (READ ONLY), and nothing changes", async () => {
    const store = await createTestStore(owner, "ro");
    const message = await dbError(readTenant(app, store.id, (tx) => tx.insert(products).values({ tenantId: store.id, handle: "w", title: "x", priceCents: 1 })));
    expect(message).toMatch(/read-only transaction/);
    expect(await owner.select().from(products).where(eq(products.tenantId, store.id))).toEqual([]);
  });

  it("runs with the tenant set from the first statement on (BEGIN and set_config travel with it)", async () => {
    const store = await createTestStore(owner, "first");
    await productFor(store.id);
    const [row] = await rows<{ tenant: string; n: number }>(
      withTenant(app, store.id, (tx) => tx.execute(sql`select current_setting('app.tenant_id', true) as tenant, (select count(*)::int from products) as n`)),
    );
    expect(row).toEqual({ tenant: store.id, n: 1 });
  });
});
