import "server-only";
import { createHash } from "node:crypto";
import type pg from "pg";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/*
 * Every rate limit in Plaza is made here, and only here (staff and customer
 * sign-in, account creation, checkouts, API requests). Callers name a limit
 * and its budget; this module decides where the counts live, so a limit holds
 * in total across any number of instances (docs/decisions/0015):
 * - PostgreSQL by default: rate-limiter-flexible's RateLimiterPostgres on the
 *   app's own pool, in the `rate_limits` table a migration made (the library
 *   never runs DDL: tableCreated). One upsert per spend, autocommitted.
 * - Redis when REDIS_URL is set: RateLimiterRedis, one Lua call per spend.
 * When the engine cannot answer, each limit says what happens (`whenDown`):
 * "open" limits fall back to counting in this process (the library's
 * insurance limiter), "closed" limits refuse: the engine's error reaches the
 * caller, which answers calmly as for any database outage ("Plaza cannot
 * reach its database right now", with a reference), never "too many attempts".
 */

export type LimitSpec = {
  /** A unique, stable name: the key prefix in the shared store. */
  name: string;
  /** How many points a key may spend in one window. */
  points: number;
  /** The window, in seconds. */
  durationSeconds: number;
  /**
   * When the shared store is unreachable: "open" counts per instance meanwhile
   * (a fairness limit: API requests, checkouts), "closed" refuses by throwing
   * the engine's error (a guard against guessing or abuse: sign-in, account
   * creation). Closed by default.
   */
  whenDown?: "open" | "closed";
};

/** The outcome of spending points: allowed with what is left, or the wait until the window frees one. */
export type Spend = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export type Limiter = {
  readonly points: number;
  /** Spends `points` (1 by default) for `key`. */
  spend(key: string, points?: number): Promise<Spend>;
  /** Points spent in the current window and the seconds until it ends (0 and 0 when none). */
  status(key: string): Promise<{ spent: number; resetsInSeconds: number }>;
  /** Blocks `key` for `seconds` from now, whatever it has spent: status() then says more than `points`. */
  block(key: string, seconds: number): Promise<void>;
  /** Forgets `key` (a successful sign-in clears its failures). */
  reset(key: string): Promise<void>;
};

/** Where counts live: the table of a PostgreSQL pool, or a Redis connection. */
export type LimitEngine = { kind: "postgres"; pool: pg.Pool } | { kind: "redis"; client: Redis };

/** The table behind the PostgreSQL engine (drizzle/0014_shared_limits_and_jobs.sql). */
export const RATE_LIMIT_TABLE = "rate_limits";

const g = globalThis as unknown as { plazaLimiters?: Map<string, Limiter>; plazaLimitRedis?: Redis };

/** This process's engine: Redis with REDIS_URL, else the app's PostgreSQL pool. */
async function processEngine(): Promise<LimitEngine> {
  const url = env().REDIS_URL;
  // Always the app's current pool (lib/db/client.ts), not the one there was when the limiter was made.
  if (!url) return { kind: "postgres", pool: { query: (q: pg.QueryConfig) => db().$client.query(q) } as unknown as pg.Pool };
  if (!g.plazaLimitRedis) {
    const { Redis } = await import("ioredis");
    // A spend waits at most a second for Redis; then the limit's whenDown decides.
    const client = new Redis(url, {
      connectionName: "plaza-limits",
      commandTimeout: 1_000,
      maxRetriesPerRequest: 1,
      retryStrategy: (times: number) => Math.min(10_000, 250 * 2 ** Math.min(times, 10)),
    });
    client.on("error", (err: Error) => warnDown("redis", err));
    g.plazaLimitRedis = client;
  }
  return { kind: "redis", client: g.plazaLimitRedis };
}

function store(spec: LimitSpec, engine: LimitEngine): RateLimiterAbstract {
  const common = {
    keyPrefix: spec.name,
    points: spec.points,
    duration: spec.durationSeconds,
    // An open limit keeps counting in this process while the engine is down.
    insuranceLimiter: spec.whenDown === "open" ? new RateLimiterMemory({ points: spec.points, duration: spec.durationSeconds }) : undefined,
  };
  if (engine.kind === "redis") return new RateLimiterRedis({ ...common, storeClient: engine.client });
  // Expired rows are deleted by the "clean rate limits" job (lib/jobs/queue.ts), once for all instances.
  return new RateLimiterPostgres({ ...common, storeClient: engine.pool, storeType: "pool", tableName: RATE_LIMIT_TABLE, tableCreated: true, clearExpiredByTimeout: false });
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

// Keys are addresses, account names and ids; a long one is hashed so it always fits an index entry.
const storedKey = (key: string) => (key.length <= 200 ? key : `sha256:${createHash("sha256").update(key).digest("base64url")}`);

let lastWarning = 0;
function warnDown(where: string, err: unknown) {
  if (Date.now() - lastWarning < 10_000) return;
  lastWarning = Date.now();
  console.warn(`[limits] ${where}: the rate-limit store did not answer (${err instanceof Error ? err.message : String(err)})`);
}

/** A limiter over `engine`; `limiter()` below is the one the app uses, made once per process. */
export function createLimiter(spec: LimitSpec, engine: LimitEngine | (() => Promise<LimitEngine>)): Limiter {
  let made: Promise<RateLimiterAbstract> | undefined;
  const rl = () => (made ??= (typeof engine === "function" ? engine() : Promise.resolve(engine)).then((e) => store(spec, e)));
  const closed = spec.whenDown !== "open";
  return {
    points: spec.points,
    async spend(key, points = 1) {
      try {
        const res = await (await rl()).consume(storedKey(key), points);
        return { allowed: true, remaining: res.remainingPoints };
      } catch (err) {
        if (err instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: seconds(err.msBeforeNext) };
        warnDown(spec.name, err);
        if (closed) throw err;
        // An open limit only gets here when its insurance failed too: let the request through.
        return { allowed: true, remaining: 0 };
      }
    },
    async status(key) {
      try {
        const res = await (await rl()).get(storedKey(key));
        return res ? { spent: res.consumedPoints, resetsInSeconds: seconds(res.msBeforeNext) } : { spent: 0, resetsInSeconds: 0 };
      } catch (err) {
        warnDown(spec.name, err);
        if (closed) throw err;
        return { spent: 0, resetsInSeconds: 0 };
      }
    },
    async block(key, s) {
      try {
        await (await rl()).block(storedKey(key), s);
      } catch (err) {
        warnDown(spec.name, err); // nothing to record it in; the check before it got through, the next one will not
      }
    },
    async reset(key) {
      try {
        await (await rl()).delete(storedKey(key));
      } catch (err) {
        warnDown(spec.name, err);
      }
    },
  };
}

/** The limiter named `spec.name`, made once per process on this process's engine. */
export function limiter(spec: LimitSpec): Limiter {
  g.plazaLimiters ??= new Map();
  let l = g.plazaLimiters.get(spec.name);
  if (!l) {
    l = createLimiter(spec, processEngine);
    g.plazaLimiters.set(spec.name, l);
  }
  return l;
}

/** Spends one point from each (limiter, key) pair; the longest wait when any is exhausted, else null. */
export async function spendAll(entries: Array<[Limiter, string]>): Promise<number | null> {
  let wait = 0;
  for (const [l, key] of entries) {
    const res = await l.spend(key);
    if (!res.allowed) wait = Math.max(wait, res.retryAfterSeconds);
  }
  return wait > 0 ? wait : null;
}

/** Deletes counts whose window ended over an hour ago (PostgreSQL engine; Redis expires keys itself). */
export async function deleteExpiredLimits(pool: pg.Pool): Promise<number> {
  const res = await pool.query(`delete from ${RATE_LIMIT_TABLE} where expire < $1`, [Date.now() - 3_600_000]);
  return res.rowCount ?? 0;
}
