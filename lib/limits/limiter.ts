import "server-only";
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

/*
 * Every rate limit in Plaza is made here, and only here (login, signup,
 * customer sign-in, checkouts, API keys). Callers name a limit and its budget;
 * this module decides where the counts live. Today that is process memory
 * (one instance); DESIGN.md §3 wants counts shared by every instance, and
 * rate-limiter-flexible's RateLimiterPostgres / RateLimiterRedis take the same
 * options and calls — so moving Plaza to shared counts is a change to
 * `backend()` below, nowhere else. Limiters are kept on globalThis so hot
 * reloads keep their counts.
 */

export type LimitSpec = {
  /** A unique, stable name: the key prefix in the shared store later. */
  name: string;
  /** How many points a key may spend in one window. */
  points: number;
  /** The window, in seconds. */
  durationSeconds: number;
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

const g = globalThis as unknown as { plazaLimiters?: Map<string, Limiter> };

/** The one place that picks the store behind the counts. */
function backend(spec: LimitSpec): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix: spec.name, points: spec.points, duration: spec.durationSeconds });
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function wrap(spec: LimitSpec, rl: RateLimiterAbstract): Limiter {
  return {
    points: spec.points,
    async spend(key, points = 1) {
      try {
        const res = await rl.consume(key, points);
        return { allowed: true, remaining: res.remainingPoints };
      } catch (err) {
        if (err instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: seconds(err.msBeforeNext) };
        throw err;
      }
    },
    async status(key) {
      const res = await rl.get(key);
      return res ? { spent: res.consumedPoints, resetsInSeconds: seconds(res.msBeforeNext) } : { spent: 0, resetsInSeconds: 0 };
    },
    async block(key, s) {
      await rl.block(key, s);
    },
    async reset(key) {
      await rl.delete(key);
    },
  };
}

/** The limiter named `spec.name`, made once per process; a second spec under the same name must match. */
export function limiter(spec: LimitSpec): Limiter {
  g.plazaLimiters ??= new Map();
  let l = g.plazaLimiters.get(spec.name);
  if (!l) {
    l = wrap(spec, backend(spec));
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
