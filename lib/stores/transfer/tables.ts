import "server-only";
import type pg from "pg";

/*
 * The tables a store's data lives in, read from the catalog rather than a
 * hand-kept list: every table in `public` with a tenant_id column, less the
 * working-state tables below. A new tenant table is exported and imported
 * without touching this code.
 */

export type TenantTable = { name: string; dependsOn: string[] };

/**
 * Tenant tables that are the store's working state rather than its data: usage
 * counters, idempotency keys and shopping carts. They are neither exported nor
 * imported (an import must not forge usage or replay another store's keys).
 */
export const NOT_TRANSFERRED = new Set([
  "usage_counters",
  "checkout_requests",
  "carts",
  "cart_items",
  // The API's working state: its idempotency keys (an import must not replay them) and export jobs.
  "api_idempotency",
  "store_exports",
  // Webhook endpoints' secrets are sealed to their store (as secret settings are): they cannot move.
  "webhook_endpoints",
  "webhook_deliveries",
]);

/** Rows of a transferred table that stay behind: sealed secrets are bound to their store (lib/config/crypto.ts). */
export const TRANSFER_ROW_FILTER: Record<string, string> = { store_config: "sealed_value is null" };

/**
 * Every tenant table with the tenant tables it references, read from the
 * catalog: working state included. A store move takes all of it
 * (lib/db/move.ts); an export or import takes tenantTables below.
 */
export async function allTenantTables(client: pg.ClientBase | pg.Pool): Promise<TenantTable[]> {
  const { rows: tables } = await client.query<{ name: string }>(`
    select c.relname as name
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
    where n.nspname = 'public' and c.relkind = 'r'
    order by c.relname`);
  const { rows: edges } = await client.query<{ child: string; parent: string }>(`
    select distinct c.relname as child, p.relname as parent
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_class p on p.oid = con.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where con.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`);
  return onlyAmong(tables.map((t) => ({ name: t.name, dependsOn: edges.filter((e) => e.child === t.name).map((e) => e.parent) })));
}

/** The tables an export writes and an import reads: the tenant tables less the working state. */
export async function tenantTables(client: pg.ClientBase | pg.Pool): Promise<TenantTable[]> {
  return onlyAmong((await allTenantTables(client)).filter((t) => !NOT_TRANSFERRED.has(t.name)));
}

/** Keeps only the dependencies on tables of the list itself. */
function onlyAmong(tables: TenantTable[]): TenantTable[] {
  const names = new Set(tables.map((t) => t.name));
  return tables.map((t) => ({ name: t.name, dependsOn: t.dependsOn.filter((d) => names.has(d)) }));
}

/** Parents before children, so inserts satisfy foreign keys. Throws on a cycle. */
export function insertOrder(tables: TenantTable[]): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const byName = new Map(tables.map((t) => [t.name, t]));
  const visit = (name: string) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new Error(`foreign keys form a cycle through ${name}`);
    state.set(name, "visiting");
    for (const parent of byName.get(name)?.dependsOn ?? []) visit(parent);
    state.set(name, "done");
    order.push(name);
  };
  for (const t of tables) visit(t.name);
  return order;
}

/** `names` and every table they reach through foreign keys: a partial export that still imports. Unknown names are ignored (the caller validates them). */
export function withDependencies(tables: TenantTable[], names: readonly string[]): Set<string> {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const out = new Set<string>();
  const stack = names.filter((n) => byName.has(n));
  while (stack.length) {
    const name = stack.pop()!;
    if (out.has(name)) continue;
    out.add(name);
    stack.push(...(byName.get(name)?.dependsOn ?? []));
  }
  return out;
}

/**
 * A table's columns an INSERT may write, quoted and in the table's order: all
 * but the generated ones (products.low_stock, migration 0032), which
 * PostgreSQL computes and refuses to be given. Copies name these instead of
 * `select *`, so a generated column in the rows they carry is left out.
 */
export async function insertableColumns(client: pg.ClientBase | pg.Pool, table: string): Promise<string> {
  const { rows } = await client.query<{ list: string }>(
    `select string_agg(quote_ident(column_name), ', ' order by ordinal_position) as list
     from information_schema.columns where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'`,
    [table],
  );
  if (!rows[0]?.list) throw new Error(`no such table: ${table}`);
  return rows[0].list;
}
