import "server-only";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import pg from "pg";
import Cursor from "pg-cursor";
import { recordAudit } from "@/lib/audit/log";
import { announceChange } from "@/lib/changes/changes";
import { configKeyring } from "@/lib/config/keyring";
import { allTenantTables, insertableColumns, insertOrder } from "@/lib/stores/transfer/tables";
import type { Database } from "./connect";
import { forgetPlacement, openPlacement, placementLabel, sealPlacement, syncMirror, type DedicatedUrls } from "./placement";
import { dedicatedRoleName, ProvisionError, provisionDedicated } from "./provision";
import { stores } from "./schema";

/*
 * Moving a store between the shared pool and a dedicated database, either
 * way (docs/decisions/0019-store-placement.md). The order keeps every row safe:
 *  1. lock: the move takes the store's move lock exclusively in the source
 *     database (a session advisory lock). It waits for writes in flight, and
 *     every write after that is refused with "store maintenance" until the
 *     move ends (lib/db/connect.ts); reads go on from the source;
 *  2. copy: one transaction in the target: leftovers of an earlier attempt
 *     removed, the store's rows copied table by table from one snapshot of
 *     the source, parents before children;
 *  3. verify: per table, row count and a checksum over the rows' text, in
 *     the source snapshot and in the target transaction; any difference
 *     rolls the target back and the move fails, the store untouched;
 *  4. switch: one UPDATE of the store's row in the control database (with
 *     the audit entry and the "placement" announcement, in one transaction);
 *  5. clean: the store's rows are deleted from the source, then the lock is
 *     released.
 * A move killed before 4 leaves the store where it was, whole (the target's
 * transaction never committed, or its rows are never routed to, and the next
 * attempt clears them); the lock dies with the connection. Killed between 4
 * and 5, the store is whole in its new place and the source keeps an
 * unreachable copy, which the next move into that database clears.
 */

export class MoveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MoveError";
  }
}

export type MoveTarget = { pool: true } | { databaseUrl: string };
export type MoveStep = "provisioning" | "locking" | "copying" | "verifying" | "switching" | "cleaning" | "done";
export type MoveProgress = { step: MoveStep; table?: string; rows?: number };
export type TableCheck = { table: string; rows: number; checksum: string };
export type MoveResult = {
  /** false when the store already was there (nothing done). */
  moved: boolean;
  placement: "pool" | "dedicated";
  label: string | null;
  tables: TableCheck[];
};
export type MoveOptions = {
  actorUserId: string | null;
  /** Where the move was asked for, for the audit entry. */
  via?: "console" | "cli";
  /** Awaited: a slow listener slows the move (the console streams these). */
  onProgress?: (p: MoveProgress) => void | Promise<void>;
  /** Rows per copied batch. */
  batchSize?: number;
};

type Side = { kind: "control" } | { kind: "dedicated"; urls: DedicatedUrls };
type Conn = { client: pg.ClientBase; done: (destroy?: boolean) => Promise<void> };

async function open(control: Database, side: Side): Promise<Conn> {
  if (side.kind === "control") {
    const client = await control.$client.connect();
    // Destroyed, never returned to the pool: the connection may still hold the
    // move's session lock or an aborted transaction.
    return { client, done: async () => client.release(true) };
  }
  const client = new pg.Client({ connectionString: side.urls.appUrl, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {});
  await client.connect();
  return { client, done: () => client.end().catch(() => {}) };
}

/** Every tenant table, working state included (a move takes all of a store's rows), parents first. */
async function tenantTablesInOrder(client: pg.ClientBase): Promise<string[]> {
  return insertOrder(await allTenantTables(client));
}

/** Enters the store's rows on a plain connection: tenant set, text forms fixed so checksums compare across servers. */
async function enter(client: pg.ClientBase, storeId: string, begin: string): Promise<void> {
  await client.query(begin);
  await client.query("select set_config('app.tenant_id', $1, true), set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, YMD', true), set_config('extra_float_digits', '3', true)", [storeId]);
}

/** Row count and an order-independent checksum of the store's rows in `table`. */
async function checksum(client: pg.ClientBase, table: string, storeId: string): Promise<TableCheck> {
  const t = pg.escapeIdentifier(table);
  const { rows } = await client.query<{ n: number; sum: string }>(
    `select count(*)::int as n, coalesce(md5(string_agg(h, ',' order by h)), '') as sum
     from (select md5(x::text) as h from ${t} x where x.tenant_id = $1) r`,
    [storeId],
  );
  return { table, rows: rows[0]!.n, checksum: rows[0]!.sum };
}

async function copyTable(source: pg.ClientBase, target: pg.ClientBase, table: string, storeId: string, batchSize: number, progress: (rows: number) => Promise<void>) {
  const t = pg.escapeIdentifier(table);
  const list = await insertableColumns(target, table);
  const cursor = source.query(new Cursor<{ row: string }>(`select row_to_json(x)::text as row from ${t} x where x.tenant_id = $1`, [storeId]));
  let copied = 0;
  try {
    for (;;) {
      const batch = await cursor.read(batchSize);
      if (!batch.length) break;
      await target.query(`insert into ${t} (${list}) select ${list} from json_populate_recordset(null::${t}, $1::json)`, [`[${batch.map((b) => b.row).join(",")}]`]);
      copied += batch.length;
      await progress(copied);
    }
  } finally {
    await cursor.close();
  }
  return copied;
}

/** Deletes the store's tenant rows (children first: some foreign keys restrict rather than cascade). */
async function clearTenantRows(client: pg.ClientBase, tables: string[], storeId: string): Promise<void> {
  for (const table of [...tables].reverse()) await client.query(`delete from ${pg.escapeIdentifier(table)} where tenant_id = $1`, [storeId]);
}

/**
 * A dedicated database's platform rows written by the store's own
 * transactions (audit entries, outgoing mail recorded in the same
 * transaction as the change) belong in the control database: moved there
 * before the dedicated copy is dropped. The jobs runner does the same on
 * every pass (lib/jobs/run.ts).
 */
export async function relayPlatformRows(dedicated: pg.ClientBase, control: pg.ClientBase, storeId: string | null): Promise<number> {
  let moved = 0;
  for (const table of RELAYED) {
    const t = pg.escapeIdentifier(table);
    const { rows: cols } = await control.query<{ list: string }>(
      "select string_agg(quote_ident(column_name), ', ' order by ordinal_position) as list from information_schema.columns where table_schema = 'public' and table_name = $1 and column_name <> 'id'",
      [table],
    );
    const list = cols[0]!.list;
    for (;;) {
      // Each batch locked in the dedicated database until it is deleted
      // there: two relays at once (the jobs' pass, a move's cleaning, a purge)
      // skip each other's rows instead of copying them twice.
      await dedicated.query("begin");
      try {
        const { rows } = await dedicated.query<{ ids: string[] | null; rows: string | null }>(
          `select array_agg(id::text) as ids, json_agg(x)::text as rows
           from (select * from ${t} where ($1::uuid is null or store_id = $1) order by id limit 500 for update skip locked) x`,
          [storeId],
        );
        if (!rows[0]?.ids) {
          await dedicated.query("commit");
          break;
        }
        // A new id from the control database's sequence; every other column as written.
        await control.query(`insert into ${t} (${list}) select ${list} from json_populate_recordset(null::${t}, $1::json)`, [rows[0].rows]);
        await dedicated.query(`delete from ${t} where id = any($1::bigint[])`, [rows[0].ids]);
        await dedicated.query("commit");
        moved += rows[0].ids.length;
      } catch (err) {
        await dedicated.query("rollback").catch(() => {});
        throw err;
      }
    }
  }
  return moved;
}

/** Platform tables a store's own transactions write to (audit entries, outgoing mail). */
const RELAYED = ["audit_log", "mail_outbox"];

function sideOf(row: { placement: "pool" | "dedicated"; placementSealed: string | null }, storeId: string): Side {
  if (row.placement === "pool" || !row.placementSealed) return { kind: "control" };
  return { kind: "dedicated", urls: openPlacement(configKeyring(), storeId, row.placementSealed) };
}

const sameDatabase = (a: Side, b: Side) =>
  a.kind === b.kind && (a.kind === "control" || placementLabel(a.urls.ownerUrl) === placementLabel((b as { urls: DedicatedUrls }).urls.ownerUrl));

/**
 * Moves `storeId`'s rows to `target` and switches its placement (see the
 * steps above). `control` is the control database's app-role handle. Throws
 * MoveError (words for the console and the CLI) when refused or failed;
 * the store then is where it was, whole.
 */
export async function moveStore(control: Database, storeId: string, target: MoveTarget, options: MoveOptions): Promise<MoveResult> {
  const load = () => loadPlacement(control, storeId);
  const before = await load();
  const from = sideOf(before, storeId);
  const already = "pool" in target ? from.kind === "control" : sameDatabase(from, { kind: "dedicated", urls: { ownerUrl: target.databaseUrl, appUrl: "" } });
  if (already) return { moved: false, placement: before.placement, label: before.placementLabel, tables: [] };

  // The shared progress row (store_moves): also the guard against a second
  // move started meanwhile from another instance or the CLI.
  const claimed = await control.$client.query(CLAIM_MOVE, [storeId, options.via ?? "cli", "pool" in target ? "pool" : placementLabel(target.databaseUrl), MOVE_STALE_SECONDS]);
  if (claimed.rowCount !== 1) throw new MoveError("A move of this store is already running; wait for it to finish (the store's page shows its progress).");
  let recorded = { step: "", at: 0 };
  const record = async (p: MoveProgress) => {
    // Every step, and within a step at most twice a second: progress must not slow the copy.
    if (p.step === recorded.step && Date.now() - recorded.at < 500) return;
    recorded = { step: p.step, at: Date.now() };
    await control.$client
      .query("update store_moves set step = $2, table_name = $3, rows = $4, updated_at = now() where store_id = $1", [storeId, p.step, p.table ?? null, p.rows ?? null])
      .catch(() => {}); // progress is for people; the move does not depend on it
  };
  // A heartbeat besides the steps: waiting for writes in flight (locking) or
  // one long table must not make a live move look like a killed one.
  const beat = setInterval(() => void control.$client.query("update store_moves set updated_at = now() where store_id = $1", [storeId]).catch(() => {}), 30_000);
  beat.unref();
  try {
    return await runMove(control, storeId, target, { ...options, onProgress: async (p) => (await record(p), await options.onProgress?.(p)) }, before, from, load);
  } finally {
    clearInterval(beat);
    await control.$client.query("delete from store_moves where store_id = $1", [storeId]).catch(() => {});
  }
}

/** How long a move's progress row may go without a heartbeat before it counts as a killed move's (lib/console/placement.ts reads it too). */
export const MOVE_STALE_SECONDS = 120;

// A fresh row of a running move is kept (no row returned: refused); a stale one (a killed move's) is taken over.
const CLAIM_MOVE = `insert into store_moves (store_id, step, via, target) values ($1, 'starting', $2, $3)
  on conflict (store_id) do update set step = excluded.step, table_name = null, rows = null, via = excluded.via, target = excluded.target, started_at = now(), updated_at = now()
  where store_moves.updated_at < now() - make_interval(secs => $4)`;

async function loadPlacement(control: Database, storeId: string) {
  const [row] = await control
    .select({ id: stores.id, slug: stores.slug, placement: stores.placement, placementSealed: stores.placementSealed, placementLabel: stores.placementLabel })
    .from(stores)
    .where(eq(stores.id, storeId))
    .limit(1);
  if (!row) throw new MoveError("No such store.");
  return row;
}

async function runMove(
  control: Database,
  storeId: string,
  target: MoveTarget,
  options: MoveOptions,
  before: Awaited<ReturnType<typeof loadPlacement>>,
  from: Side,
  load: () => ReturnType<typeof loadPlacement>,
): Promise<MoveResult> {
  const say = async (p: MoveProgress) => options.onProgress?.(p);
  const batchSize = options.batchSize ?? 500;
  let to: Side;
  if ("pool" in target) {
    to = { kind: "control" };
  } else {
    await say({ step: "provisioning" });
    try {
      to = { kind: "dedicated", urls: await provisionDedicated(target.databaseUrl, storeId) };
    } catch (err) {
      if (err instanceof ProvisionError) throw new MoveError(err.message);
      throw new MoveError(`Could not prepare the database ${placementLabel(target.databaseUrl)}: ${reason(err)}`);
    }
  }
  if (sameDatabase(from, to)) return { moved: false, placement: before.placement, label: before.placementLabel, tables: [] };

  const lockHolder = await open(control, from).catch((err) => {
    throw new MoveError(`Could not reach the store's current database: ${reason(err)}`);
  });
  let source: Conn | undefined;
  let dest: Conn | undefined;
  try {
    await say({ step: "locking" });
    try {
      await lockHolder.client.query("select pg_advisory_lock(plaza_store_lock_key($1::uuid))", [storeId]);
    } catch (err) {
      throw new MoveError(`The store's writes in progress did not finish in time; nothing was moved, try again. (${reason(err)})`);
    }
    // Re-read under the lock: another move may have finished while we waited.
    const locked = await load();
    if (locked.placement !== before.placement || locked.placementSealed !== before.placementSealed) {
      throw new MoveError("The store was moved by someone else meanwhile; nothing was done. Look at its placement and try again.");
    }

    source = lockHolder; // the lock's session reads the snapshot too
    dest = await open(control, to).catch((err) => {
      throw new MoveError(`Could not reach the target database: ${reason(err)}`);
    });

    await say({ step: "copying" });
    await enter(source.client, storeId, "begin isolation level repeatable read read only");
    const tables = await tenantTablesInOrder(source.client);
    await enter(dest.client, storeId, "begin");
    if (to.kind === "dedicated") {
      // The store's own row, which the tenant tables' foreign keys point at,
      // after an earlier attempt's copy is cleared. 'dedicated' here means
      // "not yet": STORE_HERE (lib/db/entered.ts) says no until the copy is whole.
      await clearTenantRows(dest.client, tables, storeId);
      await dest.client.query("delete from stores where id = $1", [storeId]);
      const { rows } = await control.$client.query<{ row: Record<string, unknown> }>("select to_jsonb(s) as row from stores s where id = $1", [storeId]);
      const mirror = { ...rows[0]!.row, placement: "dedicated", placement_sealed: null, placement_label: null };
      await dest.client.query("insert into stores select * from jsonb_populate_record(null::stores, $1::jsonb)", [JSON.stringify(mirror)]);
    } else {
      await clearTenantRows(dest.client, tables, storeId);
    }
    for (const table of tables) {
      await copyTable(source.client, dest.client, table, storeId, batchSize, (rows) => say({ step: "copying", table, rows }));
    }

    await say({ step: "verifying" });
    const checks: TableCheck[] = [];
    for (const table of tables) {
      const [a, b] = [await checksum(source.client, table, storeId), await checksum(dest.client, table, storeId)];
      if (a.rows !== b.rows || a.checksum !== b.checksum) {
        throw new MoveError(`The copy of ${table} does not match (${a.rows} rows in the source, ${b.rows} in the copy); nothing was switched, the store stays where it was.`);
      }
      checks.push(a);
    }
    await source.client.query("commit");
    if (to.kind === "dedicated") await dest.client.query("update stores set placement = 'pool' where id = $1", [storeId]);
    await dest.client.query("commit");

    await say({ step: "switching" });
    const next =
      to.kind === "dedicated"
        ? { placement: "dedicated" as const, placementSealed: sealPlacement(configKeyring(), storeId, to.urls), placementLabel: placementLabel(to.urls.ownerUrl) }
        : { placement: "pool" as const, placementSealed: null, placementLabel: null };
    await control.transaction(async (tx) => {
      const unchanged: SQL[] = [eq(stores.id, storeId), eq(stores.placement, before.placement)];
      unchanged.push(before.placementSealed ? eq(stores.placementSealed, before.placementSealed) : isNull(stores.placementSealed));
      const switched = await tx.update(stores).set({ ...next, updatedAt: new Date() }).where(and(...unchanged)).returning({ id: stores.id });
      if (!switched.length) throw new MoveError("The store's placement changed meanwhile; nothing was switched.");
      await recordAudit(tx, {
        storeId,
        actorUserId: options.actorUserId,
        action: "store.placement_changed",
        targetType: "store",
        targetId: storeId,
        data: {
          slug: before.slug,
          from: before.placement === "pool" ? "pool" : `dedicated ${before.placementLabel ?? ""}`.trim(),
          to: next.placement === "pool" ? "pool" : `dedicated ${next.placementLabel}`,
          rows: checks.reduce((n, c) => n + c.rows, 0),
          via: options.via ?? "cli",
        },
      });
      await announceChange("placement", storeId, tx);
    });
    forgetPlacement(storeId);

    await say({ step: "cleaning" });
    try {
      if (from.kind === "dedicated") {
        const controlClient = await control.$client.connect();
        try {
          await relayPlatformRows(source.client, controlClient, storeId);
        } finally {
          controlClient.release();
        }
      }
      await enter(source.client, storeId, "begin");
      await clearTenantRows(source.client, tables, storeId);
      if (from.kind === "dedicated") await source.client.query("delete from stores where id = $1", [storeId]);
      await source.client.query("commit");
    } catch (err) {
      // The store is whole in its new place; the old copy is unreachable and cleared by the next move.
      console.warn(`[move] store ${before.slug}: the old copy was not removed: ${reason(err)}`);
    }
    await say({ step: "done" });
    return { moved: true, placement: next.placement, label: next.placementLabel, tables: checks };
  } catch (err) {
    if (err instanceof MoveError) throw err;
    throw new MoveError(`The move failed part-way and was undone; the store is where it was. (${reason(err)})`);
  } finally {
    // Ending the lock's session releases the lock (and rolls back anything open).
    await Promise.all([lockHolder.done(true), dest?.done(true)]);
  }
}

/** A failure in words, never a URL or a password. */
function reason(err: unknown): string {
  const message = err instanceof Error ? ((err as { cause?: Error }).cause?.message ?? err.message) : String(err);
  return message.replace(/postgres(ql)?:\/\/\S+/g, "(database address)");
}

/**
 * Before a store's row is purged from the control database (which cascades
 * to its rows in the pool): a dedicated database's copy of the store is
 * removed first, its platform rows relayed. Throws while that database is
 * unreachable, so the purge waits for the next pass instead of forgetting
 * where the rows are.
 */
export async function removeDedicatedRows(control: Database, storeId: string): Promise<void> {
  const [row] = await control.select({ placement: stores.placement, placementSealed: stores.placementSealed }).from(stores).where(eq(stores.id, storeId)).limit(1);
  if (!row || row.placement !== "dedicated" || !row.placementSealed) return;
  const side = sideOf(row, storeId);
  const conn = await open(control, side);
  try {
    const controlClient = await control.$client.connect();
    try {
      await relayPlatformRows(conn.client, controlClient, storeId);
    } finally {
      controlClient.release();
    }
    await enter(conn.client, storeId, "begin");
    await clearTenantRows(conn.client, await tenantTablesInOrder(conn.client), storeId);
    await conn.client.query("delete from stores where id = $1", [storeId]);
    await conn.client.query("commit");
  } finally {
    await conn.done(true);
  }
  if (side.kind === "dedicated") await dropAppRole(side.urls, storeId);
}

/**
 * After a purge: the login role provisioning made for the store (its
 * password was sealed in the registry row that is about to go) is dropped,
 * with its grants in this database. The database itself, its schema and
 * migration history stay: it may be one the operator handed over, and is
 * theirs to drop (docs/deploy.md §8). A role that cannot be dropped (it
 * still has grants in another database of that server the store once lived
 * in) is reported, not fatal: the store's rows are gone already.
 */
async function dropAppRole(urls: DedicatedUrls, storeId: string): Promise<void> {
  const role = dedicatedRoleName(storeId);
  const c = new pg.Client({ connectionString: urls.ownerUrl, connectionTimeoutMillis: 10_000 });
  c.on("error", () => {});
  try {
    await c.connect();
    const { rows } = await c.query<{ stmt: string }>("select format('DROP OWNED BY %1$I; DROP ROLE %1$I', $1::text) as stmt from pg_roles where rolname = $1", [role]);
    if (rows[0]) await c.query(rows[0].stmt);
  } catch (err) {
    console.warn(`[purge] store ${storeId}: its database role ${role} was not dropped: ${reason(err)}`);
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * The jobs' pass over dedicated databases (job "sync-placements", every
 * minute): the platform rows the stores' own transactions wrote there (audit
 * entries, queued mail) are relayed to the control database, where the
 * console reads them and the mail sender sends them; each copy of a store's
 * row is refreshed. A database that cannot be reached is counted, not fatal.
 */
export async function syncDedicatedStores(control: Database): Promise<{ stores: number; relayed: number; failed: number }> {
  const dedicated = await control.select({ id: stores.id, placement: stores.placement, placementSealed: stores.placementSealed }).from(stores).where(eq(stores.placement, "dedicated"));
  let relayed = 0;
  let failed = 0;
  for (const row of dedicated) {
    try {
      const conn = await open(control, sideOf(row, row.id));
      try {
        const controlClient = await control.$client.connect();
        try {
          relayed += await relayPlatformRows(conn.client, controlClient, row.id);
          const { rows } = await controlClient.query<{ row: Record<string, unknown> }>("select to_jsonb(s) as row from stores s where id = $1", [row.id]);
          if (rows[0]) await syncMirror(conn.client, row.id, rows[0].row);
        } finally {
          controlClient.release();
        }
      } finally {
        await conn.done();
      }
    } catch (err) {
      failed++;
      console.warn(`[jobs] sync-placements: store ${row.id}: ${reason(err)}`);
    }
  }
  return { stores: dedicated.length, relayed, failed };
}
