import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/*
 * Dedicated databases for the placement tests: each a new database on the
 * suite's embedded server (CREATE DATABASE happens inside provisioning, from
 * a URL naming a database that does not exist yet), dropped at the end with
 * the role provisioning made for it.
 */

export function dedicatedUrl(prefix = "plaza_dedicated"): string {
  const url = new URL(inject("ownerUrl"));
  url.pathname = `/${prefix}_${randomBytes(4).toString("hex")}`;
  return url.toString();
}

/** Drops the databases (and the roles made for them) a test file created. */
export async function dropDatabases(urls: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: inject("ownerUrl") });
  await admin.connect();
  try {
    for (const u of urls) {
      const name = decodeURIComponent(new URL(u).pathname.slice(1));
      await admin.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    }
    const roles = await admin.query<{ rolname: string }>("select rolname from pg_roles where rolname like 'plaza_store_%'");
    for (const r of roles.rows) await admin.query(`drop role if exists ${pg.escapeIdentifier(r.rolname)}`).catch(() => {});
  } finally {
    await admin.end();
  }
}

/** A plain connection to a database as its owner, for checking what really is in it. */
export async function ownerClient(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

/** Rows of `table` for `storeId` as the server's superuser sees them (no RLS), as text, sorted. */
export async function rowsOf(c: pg.ClientBase, table: string, storeId: string): Promise<string[]> {
  const { rows } = await c.query<{ r: string }>(`select x::text as r from ${pg.escapeIdentifier(table)} x where tenant_id = $1 order by 1`, [storeId]);
  return rows.map((r) => r.r);
}
