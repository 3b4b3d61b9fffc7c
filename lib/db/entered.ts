import "server-only";
import pg from "pg";
import { StoreElsewhereError } from "./errors";

/*
 * A store's read, one statement at a time (lib/db/connect.ts, readTenant):
 * each statement goes to the server behind the store's entry, in the same
 * extended-protocol exchange and before one Sync:
 *
 *   Bind+Execute(ENTER_READ)  Parse?+Bind+Describe+Execute(statement)  Sync
 *
 * Statements before a Sync form one implicit transaction, so the tenant that
 * ENTER_READ sets transaction-locally is the statement's tenant and ends at
 * the Sync: no BEGIN, no COMMIT, no second round trip. If the entry fails,
 * the server skips the statement (it discards everything up to the Sync), and
 * an entry that finds the store elsewhere sets no tenant (no rows, no writes).
 * Each statement of a read sees the rows committed when it starts, which is
 * what READ COMMITTED gave the same statements inside one transaction.
 */

/** The entry's prepared-statement name on every connection (one text, so one name). */
export const ENTER_READ_NAME = "plaza_enter_read";

/**
 * Whether this database holds store $1 now: plaza_store_here (drizzle/0018)
 * written out. As a function call it cost a tenth of a one-row read's backend
 * CPU; inline, it is planned once with the prepared statement that holds it.
 * (The function stays for instances still running older code.)
 */
export const STORE_HERE = "exists (select 1 from stores where id = $1::uuid and placement = 'pool')";

/*
 * $1 the store, $2 whether to ask if this database holds it.
 * transaction_read_only makes the statement's transaction READ ONLY, as BEGIN
 * READ ONLY did: a write in a read fails.
 *
 * plan_cache_mode: the statement runs on its generic plan, made once per
 * connection. Left to choose, PostgreSQL kept making a custom plan on every
 * call for a large store (its estimate of a custom plan for 100,000 products
 * beats the generic one's, made for an average store), which halved that
 * store's catalog reads on the server; the plans are the same index scans.
 * Values a partial index is built on are written into the text instead of
 * bound (lib/db/states.ts), so the generic plan can use that index.
 */
export const ENTER_READ = `select e.here,
       set_config('app.tenant_id', case when e.here then $1::text else '' end, true) as tenant,
       set_config('transaction_read_only', 'on', true) as read_only,
       set_config('plan_cache_mode', 'force_generic_plan', true) as plans
  from (select (not $2::boolean or ${STORE_HERE}) as here) e`;

/** One checked-out connection's read of one store; `elsewhere` is set when an entry found the store gone from this database. */
export type StoreEntry = { storeId: string; checkHere: boolean; elsewhere: boolean };

/** The parts of pg's Connection the statement writes through (pg-protocol's messages). */
type Wire = {
  parse(config: { text: string; name: string }): void;
  bind(config: { statement: string; values: unknown[] }): void;
  execute(config: { portal: string }): void;
  parsedStatements: Record<string, string>;
  submittedNamedStatements: Record<string, string>;
};
/** pg's Query as it is (its protocol methods are not in @types/pg). */
type QueryInternals = {
  callback?: (err: Error | null, result?: unknown) => void;
  _canceledDueToError: unknown;
  prepare(connection: Wire): void;
  handleDataRow(msg: { fields: unknown[] }): void;
  handleCommandComplete(msg: unknown, connection: Wire): void;
  handleReadyForQuery(connection: Wire): void;
  handleError(err: Error, connection: Wire): void;
};
const BaseQuery = pg.Query as unknown as new (config: unknown) => QueryInternals;

/** A statement and its store entry in one exchange (the messages above). */
export class EnteredStatement extends BaseQuery {
  /** True from sending the entry's Parse until the server confirms it (PreparingClient counts the ParseComplete). */
  entryParsing = false;

  constructor(
    config: unknown,
    private readonly entry: StoreEntry,
  ) {
    super(config);
  }

  // Always the extended protocol, even without parameters: a simple Query
  // message would end the implicit transaction the entry began.
  requiresPreparation(): boolean {
    return true;
  }

  override prepare(connection: Wire): void {
    if (connection.parsedStatements[ENTER_READ_NAME] === undefined && connection.submittedNamedStatements[ENTER_READ_NAME] === undefined) {
      connection.parse({ text: ENTER_READ, name: ENTER_READ_NAME });
      connection.submittedNamedStatements[ENTER_READ_NAME] = ENTER_READ;
      this.entryParsing = true;
    }
    // No Describe: the entry's one row is read raw below, so it needs no field list.
    connection.bind({ statement: ENTER_READ_NAME, values: [this.entry.storeId, String(this.entry.checkHere)] });
    connection.execute({ portal: "" });
    super.prepare(connection); // the statement's own messages, then Sync
  }

  /** The entry's ParseComplete arrived (it comes before the statement's own). */
  entryParsed(connection: Wire): void {
    this.entryParsing = false;
    connection.parsedStatements[ENTER_READ_NAME] = ENTER_READ;
    delete connection.submittedNamedStatements[ENTER_READ_NAME];
  }

  // The entry answers first: one row, then its CommandComplete. Neither is
  // the statement's; `here` is its first column, in text ("t" or "f").
  private entering = true;
  private here = false;

  override handleDataRow(msg: { fields: unknown[] }): void {
    if (this.entering) this.here = msg.fields[0] === "t";
    else super.handleDataRow(msg);
  }

  override handleCommandComplete(msg: unknown, connection: Wire): void {
    if (this.entering) this.entering = false;
    else super.handleCommandComplete(msg, connection);
  }

  override handleReadyForQuery(connection: Wire): void {
    if (!this._canceledDueToError && !this.here) {
      // The statement ran with no tenant and saw nothing; its answer is not the store's.
      this.entry.elsewhere = true;
      this.callback?.(new StoreElsewhereError());
      return;
    }
    super.handleReadyForQuery(connection);
  }

  override handleError(err: Error, connection: Wire): void {
    // The server skipped everything after the error, the entry's Parse included if it had not completed.
    if (this.entryParsing) {
      this.entryParsing = false;
      delete connection.submittedNamedStatements[ENTER_READ_NAME];
    }
    super.handleError(err, connection);
  }
}
