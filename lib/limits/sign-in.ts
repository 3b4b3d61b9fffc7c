import "server-only";
import { limiter, type Limiter } from "./limiter";

/*
 * Sign-in throttling that an outsider cannot turn against the account's owner
 * (issue 10.5, docs/decisions/0012-security-review.md):
 * - per account, progressive delays instead of a lockout: the first
 *   FREE_FAILURES wrong passwords cost nothing, then each one makes the next
 *   attempt wait 1, 2, 4 … up to MAX_DELAY_SECONDS. A guesser gets a few
 *   tries a minute; the owner, typing the right password, waits at most that
 *   long — never five minutes because someone else tried.
 * - per client address, a budget of failures (any accounts); past it, only
 *   that client waits. The address is the one the server took from the
 *   socket, or from a configured trusted proxy (scripts/serve.mjs,
 *   lib/http/forwarded.ts), so a forged X-Forwarded-For does not reset it.
 * A success clears the account's failures, never the client's: signing in to
 * one's own account must not refill the budget for guessing others.
 * Counts are shared by every instance, and the throttle stays closed when
 * their store is down (lib/limits/limiter.ts): attempts wait, never go
 * unchecked.
 */

export const FREE_FAILURES = 5;
export const MAX_DELAY_SECONDS = 30;
export const CLIENT_FAILURES = { points: 30, durationSeconds: 600 };

/** The wait after the n-th consecutive failure of one account. */
export function delayAfterFailures(n: number): number {
  return n < FREE_FAILURES ? 0 : Math.min(2 ** (n - FREE_FAILURES), MAX_DELAY_SECONDS);
}

export type SignInThrottle = {
  /** Seconds to wait before this attempt may be checked, else null. Spends nothing. */
  check(ip: string, account: string): Promise<number | null>;
  failed(ip: string, account: string): Promise<void>;
  succeeded(account: string): Promise<void>;
};

export function signInThrottle(name: string): SignInThrottle {
  // Failures are remembered for 15 minutes of quiet; the delay itself lives in its own limiter (block()).
  const failures: Limiter = limiter({ name: `${name}:failures`, points: 10_000, durationSeconds: 900, whenDown: "closed" });
  const delay: Limiter = limiter({ name: `${name}:delay`, points: 1, durationSeconds: MAX_DELAY_SECONDS, whenDown: "closed" });
  const client: Limiter = limiter({ name: `${name}:client`, ...CLIENT_FAILURES, whenDown: "closed" });
  return {
    async check(ip, account) {
      const [held, byClient] = await Promise.all([delay.status(account), client.status(ip)]);
      const wait = Math.max(held.spent > delay.points ? held.resetsInSeconds : 0, byClient.spent >= client.points ? byClient.resetsInSeconds : 0);
      return wait > 0 ? wait : null;
    },
    async failed(ip, account) {
      await client.spend(ip);
      await failures.spend(account);
      const d = delayAfterFailures((await failures.status(account)).spent);
      if (d > 0) await delay.block(account, d);
    },
    async succeeded(account) {
      await Promise.all([failures.reset(account), delay.reset(account)]);
    },
  };
}
