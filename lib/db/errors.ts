import "server-only";

/*
 * What a database error means to the app, read from the error itself (or an
 * error it wraps: drizzle wraps driver errors in DrizzleQueryError with the
 * driver's error as `cause`). Checked by SQLSTATE and by what node-postgres
 * (`pg`, the only driver: the app, scripts, drizzle-kit and pg-boss) really
 * reports — never by another driver's or ORM's codes.
 */

function* chain(err: unknown): Generator<Record<string, unknown>> {
  for (let e: unknown = err, depth = 0; e && typeof e === "object" && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    yield e as Record<string, unknown>;
  }
}

/**
 * True when `err` is a PostgreSQL unique violation, optionally on the named
 * constraint (pg's `constraint`).
 */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (const e of chain(err)) {
    if (e.code === "23505") return constraint === undefined || e.constraint === constraint;
  }
  return false;
}

// SQLSTATEs that say "the database could not serve this now", not "this SQL is wrong".
const TIMEOUT_STATES = new Set([
  "57014", // query_canceled: statement_timeout
  "55P03", // lock_not_available: lock_timeout
  "25P03", // idle_in_transaction_session_timeout
]);
const UNAVAILABLE_STATE = /^(08|53|57P)/; // connection exception, insufficient resources, operator intervention (shutdown, terminate)
// Socket errors (they carry no SQLSTATE).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
// node-postgres reports these only in words.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /Client has encountered a connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
  /^Connection terminated due to connection timeout/,
  /^Query read timeout/,
  /^Client was closed and is not queryable/,
  /^Cannot use a pool after calling end/,
];

export type DatabaseFault = "unavailable" | "timeout" | "maintenance";

/**
 * True when a connection that was open died under the caller (its backend
 * terminated, the socket reset or closed): a fresh connection will likely
 * serve. Not a server that refuses connections (ECONNREFUSED, a timeout to
 * connect), where trying again at once only doubles the wait.
 */
export function connectionDropped(err: unknown): boolean {
  for (const e of chain(err)) {
    const code = typeof e.code === "string" ? e.code : undefined;
    if (code === "57P01" || code === "57P02" || code === "ECONNRESET" || code === "EPIPE") return true;
    const message = typeof e.message === "string" ? e.message : "";
    if (message === "Connection terminated unexpectedly" || /^Client has encountered a connection error/.test(message)) return true;
  }
  return false;
}

/**
 * A write to a store whose rows are being moved to another database
 * (lib/db/move.ts): refused, nothing written; the store takes writes again
 * when the move ends. Reads keep working.
 */
export class StoreMaintenanceError extends Error {
  readonly code = "PLAZA_STORE_MAINTENANCE";
  constructor() {
    super("store maintenance, back in a moment");
    this.name = "StoreMaintenanceError";
  }
}

/**
 * The database asked no longer holds the store (it was moved and this
 * instance had not heard yet): withTenant looks the placement up again and
 * retries once (lib/db/tenant.ts).
 */
export class StoreElsewhereError extends Error {
  readonly code = "PLAZA_STORE_ELSEWHERE";
  constructor() {
    super("this database no longer holds the store; its placement changed");
    this.name = "StoreElsewhereError";
  }
}

/**
 * "unavailable" when the database cannot be reached or dropped the connection
 * (a restart, a terminated backend, a network fault); "timeout" when it gave
 * up on a statement or a lock; "maintenance" while a store is being moved
 * between databases; null for anything else (a bug, a constraint). All three
 * are temporary: the caller answers 503 and asks to retry.
 */
export function databaseFault(err: unknown): DatabaseFault | null {
  for (const e of chain(err)) {
    const code = typeof e.code === "string" ? e.code : undefined;
    if (code === "PLAZA_STORE_MAINTENANCE" || code === "PLAZA_STORE_ELSEWHERE") return "maintenance";
    if (code && TIMEOUT_STATES.has(code)) return "timeout";
    if (code && (UNAVAILABLE_STATE.test(code) || UNAVAILABLE_CODES.has(code))) return "unavailable";
    const message = typeof e.message === "string" ? e.message : "";
    if (message === "Query read timeout") return "timeout";
    if (UNAVAILABLE_MESSAGES.some((m) => m.test(message))) return "unavailable";
  }
  return null;
}
