import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabases } from "./db";
import { PLATFORM_TABLES } from "./platform-tables";

/*
 * docs/deploy.md promises a scale-out path: Citus, every tenant table
 * distributed by tenant_id, the platform tables as reference tables. Citus
 * refuses a distributed table whose primary key, unique constraint or unique
 * index lacks the distribution column, and a foreign key between distributed
 * tables that does not join on it; a reference table may not point at a
 * distributed one. This walks the catalog so a new table or key that would
 * close that path fails the build instead of the migration day.
 */

// The reference tables of docs/deploy.md: read across stores, replicated to every Citus node.
const REFERENCE_TABLES = PLATFORM_TABLES;

const { owner } = testDatabases();

type Row = { table: string; name: string; kind: string; columns: string[]; ref_table: string | null; ref_columns: string[] | null };

async function catalog(): Promise<{ tables: string[]; constraints: Row[]; uniqueIndexes: Row[] }> {
  const tables = (await owner.execute(sql`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')`)).rows as unknown as { name: string }[];
  const constraints = (await owner.execute(sql`
    select c.relname as table, con.conname as name, con.contype::text as kind,
           array(select a.attname::text from unnest(con.conkey) with ordinality k(n, i)
                 join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i) as columns,
           r.relname as ref_table,
           case when con.contype = 'f' then array(select a.attname::text from unnest(con.confkey) with ordinality k(n, i)
                 join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i) end as ref_columns
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_class r on r.oid = con.confrelid
    where n.nspname = 'public' and con.contype in ('p', 'u', 'f')`)).rows as unknown as Row[];
  const uniqueIndexes = (await owner.execute(sql`
    select t.relname as table, i.relname as name, 'unique index' as kind,
           array(select a.attname::text from unnest(x.indkey::int2[]) with ordinality k(n, o)
                 join pg_attribute a on a.attrelid = t.oid and a.attnum = k.n order by k.o) as columns,
           null as ref_table, null as ref_columns
    from pg_index x
    join pg_class t on t.oid = x.indrelid
    join pg_class i on i.oid = x.indexrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = 'public' and x.indisunique`)).rows as unknown as Row[];
  return { tables: tables.map((t) => t.name), constraints, uniqueIndexes };
}

describe("the Citus scale-out path", () => {
  it("has every tenant table's primary key, unique constraints and unique indexes include tenant_id", async () => {
    const { tables, constraints, uniqueIndexes } = await catalog();
    const tenantTables = tables.filter((t) => !REFERENCE_TABLES.includes(t));
    expect(tenantTables).toContain("products");
    for (const table of tenantTables) {
      const keys = [...constraints.filter((c) => c.kind !== "f"), ...uniqueIndexes].filter((k) => k.table === table);
      expect(keys.some((k) => k.kind === "p"), `${table} has a primary key`).toBe(true);
      for (const k of keys) expect({ table, key: k.name, includesTenant: k.columns.includes("tenant_id") }).toEqual({ table, key: k.name, includesTenant: true });
    }
  });

  it("has every foreign key between tenant tables join on tenant_id, and no reference table point at a tenant table", async () => {
    const { tables, constraints } = await catalog();
    const tenant = new Set(tables.filter((t) => !REFERENCE_TABLES.includes(t)));
    for (const fk of constraints.filter((c) => c.kind === "f")) {
      const from = tenant.has(fk.table) ? "tenant" : "reference";
      const to = tenant.has(fk.ref_table!) ? "tenant" : "reference";
      const shape = { fk: fk.name, from, to };
      if (from === "reference") {
        // A replicated table cannot hold a key into rows that live on one node only.
        expect(shape).toEqual({ ...shape, to: "reference" });
      } else if (to === "tenant") {
        // Co-located: tenant_id on both sides, at the same position, so the check never leaves the node.
        const at = fk.columns.indexOf("tenant_id");
        expect({ ...shape, colocated: at >= 0 && fk.ref_columns![at] === "tenant_id" }).toEqual({ ...shape, colocated: true });
      }
    }
  });

  it("lists only reference tables that exist, so the deploy guide names real tables", async () => {
    const { tables } = await catalog();
    for (const t of REFERENCE_TABLES) expect(tables, t).toContain(t);
  });
});
