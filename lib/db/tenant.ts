import "server-only";
import { z } from "zod";
import type pg from "pg";
import { enterTenant, rawTransaction, type Database, type TenantTransactionOptions, type Tx } from "./connect";
import { connectionDropped, StoreElsewhereError } from "./errors";
import { forgetPlacement, tenantDatabase, tenantPool } from "./placement";

const tenantIdSchema = z.uuid();

/**
 * Runs `fn` in a transaction whose row-level security tenant is `tenantId`.
 *
 * The tenant goes in with set_config(…, true): a bound parameter (never
 * string-built SQL) and transaction-local, so it ends with the transaction and
 * cannot leak to the next user of the pooled connection. Queries inside still
 * name the tenant in their `where`: RLS is the second lock, not the only one.
 *
 * BEGIN, set_config and the first statement go to the server together
 * (lib/db/connect.ts, tenantTransaction): a one-statement read costs two
 * round trips (that statement, then COMMIT) instead of four.
 */
export async function withTenant<T>(database: Database, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return placed(database, validTenant(tenantId), fn, {});
}

/**
 * withTenant for reads: each statement fn sends runs behind the store's entry
 * in its own implicit transaction, READ ONLY (a write in it fails), with no
 * BEGIN or COMMIT: one round trip and two statements on the server per
 * statement (lib/db/entered.ts). Each statement sees the rows committed when
 * it starts, as READ COMMITTED gave them inside one transaction. For pages
 * and lookups that only read.
 */
export async function readTenant<T>(database: Database, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const storeId = validTenant(tenantId);
  try {
    return await placed(database, storeId, fn, { readOnly: true });
  } catch (err) {
    // A read that lost its connection mid-way (a terminated backend, a reset
    // socket: the pool has dropped that connection) runs once more on a fresh
    // one. Safe because a READ ONLY transaction changed nothing; writes are
    // never retried here, their caller decides.
    if (!connectionDropped(err)) throw err;
    return placed(database, storeId, fn, { readOnly: true });
  }
}

/**
 * The transaction on the database that holds the store (`database` is the
 * control database's handle: the pool's rows are there, and the registry
 * says where else a store lives; lib/db/placement.ts). If that database
 * answers that it no longer holds the store — it moved, and this instance
 * had not heard yet — the placement is looked up again and the transaction
 * runs once more there (the first one had no tenant and rolled back).
 */
async function placed<T>(database: Database, storeId: string, fn: (tx: Tx) => Promise<T>, options: TenantTransactionOptions): Promise<T> {
  const run = async () => {
    const target = await tenantDatabase(database, storeId);
    return target.database.tenantTransaction(storeId, fn, { ...options, checkHere: target.checkHere });
  };
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof StoreElsewhereError)) throw err;
    forgetPlacement(storeId);
    return run();
  }
}

function validTenant(tenantId: string): string {
  const parsed = tenantIdSchema.safeParse(tenantId);
  if (!parsed.success) throw new Error("withTenant: tenantId must be a store id (uuid)");
  return parsed.data;
}

/**
 * Platform-wide work (the console, signup, the tenant lookup): a transaction
 * with no tenant set. Platform tables are readable; tenant tables show no rows
 * and refuse writes, so a console query that forgets its tenant fails closed.
 */
export async function withPlatform<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return database.transaction(fn);
}

/**
 * A plain-SQL transaction on the store's rows, wherever they live, for code
 * that streams with a cursor (store export and import): `control` is the
 * control database's driver pool; `begin` the BEGIN to use. The tenant is set
 * and the placement checked (a write is refused while the store is moved).
 */
export async function withTenantClient<T>(
  control: pg.Pool,
  tenantId: string,
  begin: string,
  fn: (client: pg.PoolClient) => Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T> {
  const storeId = validTenant(tenantId);
  const run = async () => {
    const target = await tenantPool(control, storeId);
    return rawTransaction(target.pool, begin, async (client) => {
      await enterTenant(client, storeId, { readOnly: options.readOnly, checkHere: target.checkHere });
      return fn(client);
    });
  };
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof StoreElsewhereError)) throw err;
    forgetPlacement(storeId);
    return run();
  }
}
