import "server-only";
import { randomBytes } from "node:crypto";
import pg from "pg";
import journal from "@/drizzle/meta/_journal.json";
import { deriveAppUrl } from "@/lib/env";
import { migrateDatabase, type AppRole } from "./migrate";
import type { DedicatedUrls } from "./placement";

/*
 * Making a database ready to hold one store (docs/decisions/0019-store-placement.md):
 * given a PostgreSQL URL whose role may create (or an empty database it may
 * use), create the database if it is missing, a login role of its own for
 * the app (NOSUPERUSER NOBYPASSRLS, not the tables' owner), run the same
 * migrations as the control database, and check the result before any row
 * goes there.
 */

export class ProvisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProvisionError";
  }
}

const postgresUrl = /^postgres(ql)?:\/\//;

/** The app role of a dedicated database: one per store, since roles are server-wide. */
export function dedicatedRoleName(storeId: string): string {
  return `plaza_store_${storeId.replace(/-/g, "").slice(0, 16)}`;
}

async function client(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  c.on("error", () => {}); // a lost connection fails the running query; never crash on the event
  await c.connect();
  return c;
}

/** Creates the URL's database when it does not exist yet (connecting to the server's `postgres` database to do so). */
async function ensureDatabase(ownerUrl: string): Promise<void> {
  try {
    await (await client(ownerUrl)).end();
    return;
  } catch (err) {
    if ((err as { code?: string }).code !== "3D000") throw err; // anything but "database does not exist"
  }
  const url = new URL(ownerUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ""));
  url.pathname = "/postgres";
  const admin = await client(url.toString());
  try {
    // CREATE DATABASE takes no bind parameters: the server quotes the name.
    const { rows } = await admin.query<{ stmt: string }>("select format('CREATE DATABASE %I', $1::text) as stmt", [name]);
    await admin.query(rows[0]!.stmt);
  } finally {
    await admin.end();
  }
}

/**
 * Refuses a database that already holds anything but this store: the control
 * database itself, another store's dedicated database, someone else's data.
 */
async function checkEmpty(ownerUrl: string, storeId: string): Promise<void> {
  const c = await client(ownerUrl);
  try {
    const { rows } = await c.query<{ tables: number; has_stores: boolean }>(`
      select count(*)::int as tables, bool_or(c.relname = 'stores') as has_stores
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')`);
    const { tables, has_stores } = rows[0]!;
    if (tables === 0) return;
    if (!has_stores) throw new ProvisionError("That database already has tables that are not Plaza's; give Plaza an empty database.");
    // stores has no row-level security: the owner sees every row.
    const others = await c.query("select 1 from stores where id <> $1 limit 1", [storeId]);
    if (others.rowCount) throw new ProvisionError("That database already holds other stores (it may be the shared pool); give this store a database of its own.");
  } finally {
    await c.end();
  }
}

/**
 * What differs in a dedicated database after the shared migrations: users
 * live only in the control database, so nothing there may require a users
 * row (an audit entry written by the store's own transaction names its actor,
 * who exists in the control database only; lib/db/move.ts relays the entry
 * there). Idempotent; run after every migration of a dedicated database.
 */
export async function adaptDedicated(ownerUrl: string): Promise<void> {
  const c = await client(ownerUrl);
  try {
    const { rows } = await c.query<{ stmt: string }>(`
      select format('ALTER TABLE %s DROP CONSTRAINT %I', con.conrelid::regclass, con.conname) as stmt
      from pg_constraint con
      where con.contype = 'f' and con.confrelid = 'public.users'::regclass`);
    for (const r of rows) await c.query(r.stmt);
  } finally {
    await c.end();
  }
}

export type ProvisionCheck = { migrationsBehind: string[]; problems: string[] };

/**
 * What is wrong with a dedicated database, checked as its app role: every
 * migration this build ships applied, the role neither superuser nor
 * BYPASSRLS nor owner of a table, and every tenant table with row-level
 * security enabled and forced. Empty lists: ready.
 */
export async function checkDedicated(appUrl: string): Promise<ProvisionCheck> {
  const c = await client(appUrl);
  try {
    const problems: string[] = [];
    const applied = await c.query<{ created_at: string }>("select created_at from drizzle.__drizzle_migrations");
    const have = new Set(applied.rows.map((r) => Number(r.created_at)));
    const migrationsBehind = journal.entries.filter((e) => !have.has(e.when)).map((e) => e.tag);
    const role = await c.query<{ rolsuper: boolean; rolbypassrls: boolean }>("select rolsuper, rolbypassrls from pg_roles where rolname = current_user");
    if (role.rows[0]?.rolsuper) problems.push("the app role is a superuser");
    if (role.rows[0]?.rolbypassrls) problems.push("the app role bypasses row-level security");
    const tables = await c.query<{ name: string; owned: boolean; rls: boolean; forced: boolean }>(`
      select c.relname as name, pg_get_userbyid(c.relowner) = current_user as owned,
             c.relrowsecurity as rls, c.relforcerowsecurity as forced
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
      where n.nspname = 'public' and c.relkind = 'r'`);
    if (tables.rowCount === 0) problems.push("no tenant tables");
    for (const t of tables.rows) {
      if (t.owned) problems.push(`the app role owns ${t.name}`);
      if (!t.rls || !t.forced) problems.push(`row-level security is not forced on ${t.name}`);
    }
    return { migrationsBehind, problems };
  } finally {
    await c.end();
  }
}

/**
 * Makes `ownerUrl`'s database ready for `storeId` and returns the URLs the
 * registry seals: the owner's (migrations) and the app role's (requests).
 * Safe to run again (a retried move): the role's password is renewed, the
 * migrations are already applied.
 */
export async function provisionDedicated(ownerUrl: string, storeId: string): Promise<DedicatedUrls> {
  if (!postgresUrl.test(ownerUrl)) throw new ProvisionError("The database address must be a postgres:// URL.");
  try {
    new URL(ownerUrl);
  } catch {
    throw new ProvisionError("The database address is not a valid URL.");
  }
  await ensureDatabase(ownerUrl);
  await checkEmpty(ownerUrl, storeId);
  const role: AppRole = { name: dedicatedRoleName(storeId), password: randomBytes(18).toString("base64url") };
  await migrateDatabase(ownerUrl, role, { jobs: false });
  await adaptDedicated(ownerUrl);
  const appUrl = deriveAppUrl(ownerUrl, role.name, role.password);
  const check = await checkDedicated(appUrl);
  if (check.migrationsBehind.length || check.problems.length) {
    throw new ProvisionError(`The new database did not pass its checks: ${[...check.problems, ...check.migrationsBehind.map((m) => `${m} not applied`)].join("; ")}.`);
  }
  return { ownerUrl, appUrl };
}
