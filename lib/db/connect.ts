import "server-only";
import { drizzle, NodePgTransaction, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { STORE_HERE } from "./entered";
import { databaseFault, StoreElsewhereError, StoreMaintenanceError } from "./errors";
import { PreparingClient } from "./prepared";
import * as schema from "./schema";
import { DEFAULT_DB_TIMEOUTS, type DbTimeouts } from "./timeouts";

/*
 * The pool behind drizzle: node-postgres (`pg`), chosen because it heals
 * (docs/decisions/0010-database-driver-that-heals.md). The rules it keeps:
 *  - a connection the server terminated, or that broke mid-query, never goes
 *    back into the pool: it is released *with the error*, which destroys it;
 *  - a transaction runs on one checked-out connection from BEGIN to COMMIT,
 *    so none of its statements can run anywhere else (e.g. in autocommit on a
 *    fresh connection after the first one died);
 *  - an error on a connection never crashes the process (Node throws on an
 *    'error' event nobody listens to);
 *  - every wait is bounded: connect, statement, lock, idle in transaction.
 */

export type Tx = Parameters<Parameters<NodePgDatabase<typeof schema>["transaction"]>[0]>[0];
/**
 * readOnly: a read (each statement behind the store's entry, READ ONLY; no
 * move lock taken: readEach below). checkHere (default true):
 * ask whether this database holds the store (false only for a store the
 * registry does not know, which has no rows anywhere).
 */
export type TenantTransactionOptions = { readOnly?: boolean; checkHere?: boolean };
export type Database = NodePgDatabase<typeof schema> & {
  $client: pg.Pool;
  /**
   * A transaction whose row-level security tenant is `tenantId` (a uuid the
   * caller validated), in as few round trips as the driver allows: BEGIN,
   * the tenant and the first statement leave together (lib/db/tenant.ts).
   */
  tenantTransaction: <T>(tenantId: string, fn: (tx: Tx) => Promise<T>, options?: TenantTransactionOptions) => Promise<T>;
};
/*
 * Entering a store's transaction: the tenant setting, in the same statement
 * as two checks that keep a move safe (drizzle/0018_store_placement.sql):
 * STORE_HERE (this database holds the store's rows now) and, for a
 * write, a shared hold on the store's move lock, which a move copying the
 * store holds exclusively (so the write is refused, not lost). A refused
 * transaction gets no tenant: it reads no rows and can write none.
 */
const ENTER_TENANT = `select set_config('app.tenant_id', case when e.here and e.open then $1::text else '' end, true), e.here, e.open
  from (select (not $3::boolean or ${STORE_HERE}) as here,
               case when $2::boolean then true else pg_try_advisory_xact_lock_shared(plaza_store_lock_key($1::uuid)) end as open) e`;

/** Either the pool or an open transaction: what query helpers accept. */
export type Queryable = Database | Tx;

/** prepare (default true): parameterised statements are prepared once per connection (lib/db/prepared.ts). */
export type ConnectOptions = { max?: number; timeouts?: Partial<DbTimeouts>; onError?: (err: Error) => void; prepare?: boolean };

/**
 * True when the connection that produced `err` can be trusted again: the
 * server answered the statement with an ordinary ERROR (a constraint, a
 * statement or lock timeout), after which drizzle's ROLLBACK succeeded. Any
 * other failure (the socket died, a FATAL, a client-side timeout that left a
 * query running, a ROLLBACK that failed) makes the connection suspect.
 */
function connectionStillGood(err: unknown): boolean {
  if (databaseFault(err) === "unavailable") return false;
  for (let e: unknown = err, depth = 0; e && typeof e === "object" && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof pg.DatabaseError) return e.severity === "ERROR" && !stalePreparedStatement(e);
  }
  return false;
}

/**
 * A statement this connection prepared earlier that no longer fits the schema
 * (a migration changed what it returns) or is gone: it would fail again on
 * every use here, since pg does not prepare a statement twice on one
 * connection (lib/db/prepared.ts). A fresh connection prepares it anew.
 */
function stalePreparedStatement(e: pg.DatabaseError): boolean {
  return (e.code === "0A000" && /cached plan must not change result type/.test(e.message)) || e.code === "26000";
}

/**
 * After a ROLLBACK that succeeded, whether the connection may be lent out
 * again: yes for an ordinary statement error or an error of the app's own (a
 * refusal that rolls back), no when the connection dropped, a statement was
 * abandoned by the client-side timeout, or the server sent more than an ERROR.
 */
function survivesRollback(err: unknown): boolean {
  if (databaseFault(err) === "unavailable") return false;
  for (let e: unknown = err, depth = 0; e && typeof e === "object" && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof pg.DatabaseError) return e.severity === "ERROR" && !stalePreparedStatement(e);
    if ((e as { message?: unknown }).message === "Query read timeout") return false;
  }
  return true;
}

/**
 * Runs `fn` on one checked-out connection and hands it back: healthy, or
 * with the error so the pool destroys it instead of lending it out again.
 */
export async function withConnection<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    return await fn(client);
  } catch (err) {
    if (!connectionStillGood(err)) broken = err instanceof Error ? err : new Error(String(err));
    throw err;
  } finally {
    client.release(broken);
  }
}

/**
 * A pool and its drizzle handle. The app makes exactly one (lib/db/client.ts);
 * scripts and tests make their own with the URL they were given.
 */
export function connect(url: string, options: ConnectOptions = {}) {
  const t = { ...DEFAULT_DB_TIMEOUTS, ...options.timeouts };
  const onError = options.onError ?? ((err: Error) => console.warn(`[db] connection lost: ${err.message}`));
  const config: pg.PoolConfig & { prepare?: boolean } = {
    connectionString: url,
    Client: PreparingClient,
    // Read by PreparingClient: false names no statement (the bench's unprepared baseline).
    prepare: options.prepare,
    max: options.max ?? 10,
    connectionTimeoutMillis: t.connectTimeoutMs,
    // Idle connections are closed after 30 s, so a quiet app holds few and
    // the embedded server is not pinned at shutdown.
    idleTimeoutMillis: 30_000,
    // TCP keepalive notices a peer that vanished without closing (a network blip).
    keepAlive: true,
    // Sent in the startup packet: the server enforces them on every statement.
    statement_timeout: t.statementTimeoutMs,
    lock_timeout: t.lockTimeoutMs,
    idle_in_transaction_session_timeout: t.idleInTransactionTimeoutMs,
    // The client's own backstop when the server cannot even cancel (it is
    // unreachable): a little longer than the server's statement timeout.
    query_timeout: t.statementTimeoutMs + 5_000,
  };
  const pool = new pg.Pool(config);
  // Every connection says once why it died, idle or checked out (a
  // checked-out one fails its query, and a read is tried once more,
  // lib/db/tenant.ts). The pool repeats an idle one's error as its own
  // 'error' event: that listener only keeps Node from throwing, and an idle
  // connection that dies is already dropped by the pool. The open ones are
  // known, so close() can wait for them (below).
  const open = new Set<pg.Client>();
  pool.on("connect", (client) => {
    client.on("error", onError);
    open.add(client);
    client.once("end", () => open.delete(client));
  });
  pool.on("error", () => {});

  const db = drizzle(pool, { schema }) as Database;
  // drizzle's own pool transaction releases its connection without the
  // error, so a terminated connection would go back into the pool. Run it on
  // a connection we check out and release ourselves instead (one drizzle
  // handle per pooled connection, made once: building one is not free).
  const perClient = new WeakMap<pg.PoolClient, NodePgDatabase<typeof schema>>();
  const transaction: Database["transaction"] = (fn, config) =>
    withConnection(pool, (client) => {
      let handle = perClient.get(client);
      if (!handle) perClient.set(client, (handle = drizzle(client, { schema })));
      return handle.transaction(fn, config);
    });
  db.transaction = transaction;

  // drizzle's transaction object, built on our connection without drizzle's own
  // BEGIN: what a drizzle transaction does, minus one round trip. (dialect and
  // the relational schema are fields drizzle keeps on its handle and session.)
  // One per connection, made once: building it walks the whole schema, and it
  // holds nothing of one transaction (a nested one makes its own).
  const txPerClient = new WeakMap<pg.PoolClient, Tx>();
  const txFor = (client: pg.PoolClient): Tx => {
    const made = txPerClient.get(client);
    if (made) return made;
    let handle = perClient.get(client);
    if (!handle) perClient.set(client, (handle = drizzle(client, { schema })));
    const session = handle._.session as unknown as { schema: unknown };
    const dialect = (handle as unknown as { dialect: unknown }).dialect;
    const tx = new (NodePgTransaction as unknown as new (dialect: unknown, session: unknown, schema: unknown) => Tx)(dialect, session, session.schema);
    txPerClient.set(client, tx);
    return tx;
  };

  /*
   * The tenant transaction, pipelined (pg's `pipeline` mode, switched on for
   * this connection only while the transaction runs): BEGIN, set_config and
   * the first statement are written before any answer is read, so they cost
   * one round trip instead of three. Statements after that, and COMMIT, go as
   * drizzle sends them. If BEGIN or set_config failed, the statements behind
   * them run with no tenant, which row-level security answers with no rows
   * and refused writes (fail closed), and their error still rolls back.
   *
   * A read needs no transaction block: it goes by readEach below.
   */
  const tenantTransaction: Database["tenantTransaction"] = async (tenantId, fn, options = {}) => {
    const client = await pool.connect();
    if (options.readOnly) return readEach(client as PreparingClient & pg.PoolClient, tenantId, fn, options.checkHere !== false);
    let done = false;
    const release = (err?: Error) => {
      if (done) return;
      done = true;
      (client as { pipeline: boolean }).pipeline = false;
      client.release(err);
    };
    try {
      (client as { pipeline: boolean }).pipeline = true;
      // Held back until the current tick's work is done, so BEGIN, the tenant
      // and fn's first statement leave in one write, not one each (a write is
      // a system call: a fifth of a one-query read's CPU).
      const socket = (client as unknown as { connection: { stream: { cork?: () => void; uncork?: () => void } } }).connection.stream;
      socket.cork?.();
      setImmediate(() => socket.uncork?.());
      const begun = Promise.all([
        client.query("begin"),
        client.query<{ here: boolean; open: boolean }>(ENTER_TENANT, [tenantId, false, options.checkHere !== false]),
      ]);
      begun.catch(() => {}); // awaited below; an early failure must not be "unhandled"
      // Whether this database holds the store now and, for a write, whether no
      // move is copying it (lib/db/placement.ts). When not, the tenant setting
      // stayed empty: fn saw no rows and could write none, and the refusal
      // below replaces whatever fn made of that.
      const refusal = async () => {
        const entered = await begun.then(([, r]) => r.rows[0], () => undefined);
        if (entered && !entered.here) return new StoreElsewhereError();
        if (entered && !entered.open) return new StoreMaintenanceError();
        return undefined;
      };
      let result: Awaited<ReturnType<typeof fn>>;
      try {
        result = await fn(txFor(client));
        await begun;
        const refused = await refusal();
        if (refused) throw refused;
      } catch (err) {
        await client.query("rollback").catch((rollbackErr: Error) => release(rollbackErr));
        release(survivesRollback(err) ? undefined : err instanceof Error ? err : new Error(String(err)));
        throw (await refusal()) ?? err;
      }
      await client.query("commit");
      release();
      return result;
    } catch (err) {
      // COMMIT (or set-up) failed: the connection cannot be trusted again.
      release(err instanceof Error ? err : new Error(String(err)));
      throw err;
    }
  };
  db.tenantTransaction = tenantTransaction;

  /*
   * A read, each statement behind the store's entry in its own exchange
   * (lib/db/entered.ts): no BEGIN and no COMMIT, so a one-statement read is
   * two statements on the server and one round trip, where the transaction
   * above is four. Statements fn sends together still go out together
   * (pipeline). A statement whose entry found the store elsewhere fails, and
   * so does the read, whatever fn made of it.
   */
  const readEach = async <T>(client: PreparingClient & pg.PoolClient, tenantId: string, fn: (tx: Tx) => Promise<T>, checkHere: boolean): Promise<T> => {
    (client as { pipeline: boolean }).pipeline = true;
    const entry = client.enter(tenantId, checkHere);
    let broken: Error | undefined;
    try {
      const result = await fn(txFor(client));
      await client.leave();
      if (entry.elsewhere) throw new StoreElsewhereError();
      return result;
    } catch (err) {
      await client.leave();
      // Nothing to roll back: each statement's transaction ended with its exchange.
      if (!survivesRollback(err)) broken = err instanceof Error ? err : new Error(String(err));
      throw entry.elsewhere ? new StoreElsewhereError() : err;
    } finally {
      (client as { pipeline: boolean }).pipeline = false;
      client.release(broken);
    }
  };

  // pg's pool.end() resolves once its clients are asked to end, not once they
  // have: a server stopped right after (a test's or a script's own embedded
  // PostgreSQL) would terminate them mid-goodbye and each would log a "lost"
  // connection. close() waits for every connection to be really closed.
  const close = async () => {
    const closing = [...open].map((client) => new Promise<void>((resolve) => client.once("end", () => resolve())));
    await pool.end();
    // Bounded: a socket that never reports its end must not hold a shutdown.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(closing), new Promise<void>((resolve) => (timer = setTimeout(resolve, 5_000).unref()))]);
    clearTimeout(timer);
  };

  return { pool, db, close };
}

/**
 * Enters a store's rows in a plain-SQL transaction already begun on `client`
 * (the same checks as tenantTransaction: this database holds the store and,
 * for a write, no move is copying it). Throws the refusal.
 */
export async function enterTenant(client: pg.ClientBase, tenantId: string, options: TenantTransactionOptions = {}): Promise<void> {
  const { rows } = await client.query<{ here: boolean; open: boolean }>(ENTER_TENANT, [tenantId, options.readOnly === true, options.checkHere !== false]);
  if (!rows[0]?.here) throw new StoreElsewhereError();
  if (!rows[0].open) throw new StoreMaintenanceError();
}

/**
 * A transaction in plain SQL on one checked-out connection, for the few
 * places that stream rows with a cursor (store export/import) instead of
 * going through drizzle. Same rules as drizzle's: a broken connection is
 * destroyed, never reused.
 */
export async function rawTransaction<T>(pool: pg.Pool, begin: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return withConnection(pool, async (client) => {
    await client.query(begin);
    try {
      const result = await fn(client);
      await client.query("commit");
      return result;
    } catch (err) {
      // If ROLLBACK itself fails the connection is gone: that error decides its fate.
      await client.query("rollback");
      throw err;
    }
  });
}
