import { bigint, index, integer, pgTable, text } from "drizzle-orm/pg-core";

/*
 * Rate-limit counters shared by every instance (lib/limits/limiter.ts). The
 * shape is rate-limiter-flexible's RateLimiterPostgres table (key, points,
 * expire in epoch milliseconds), made here by a migration so the library never
 * runs DDL as the app role; `key` is text, not the library's varchar(255), so
 * no account name is ever too long to count. The migration makes it UNLOGGED:
 * a spend writes no WAL (no fsync per sign-in or API request), and a database
 * crash empties it, which costs one window of counts. Not a tenant table: keys are
 * client addresses, accounts and store ids, and no store reads them. Under
 * Citus it stays a local table on the coordinator (docs/deploy.md).
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
}, (t) => [index("rate_limits_expire").on(t.expire)]);
