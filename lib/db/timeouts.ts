import "server-only";

/**
 * How long the app waits on PostgreSQL before giving up (issue 8): without
 * them one lock held on `stores` stalled every request, and a dead server
 * kept requests hanging. The defaults suit a web request: a user would rather
 * see "try again" after seconds than a page that never loads. Configured
 * through lib/env.ts (DATABASE_*_TIMEOUT_MS); scripts get the defaults.
 */
export type DbTimeouts = {
  /** Opening a connection (TCP + authentication). */
  connectTimeoutMs: number;
  /** One statement on the server (statement_timeout). */
  statementTimeoutMs: number;
  /** Waiting for a row or table lock (lock_timeout). */
  lockTimeoutMs: number;
  /** A transaction left open with nothing running (idle_in_transaction_session_timeout). */
  idleInTransactionTimeoutMs: number;
};

export const DEFAULT_DB_TIMEOUTS: DbTimeouts = {
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 15_000,
  lockTimeoutMs: 5_000,
  idleInTransactionTimeoutMs: 30_000,
};
