import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/*
 * Shopper sign-in attempts, counted per store + IP + email (5 a minute) and
 * per store + email alone (10 per 5 minutes): the IP comes from
 * X-Forwarded-For, which a client can vary, so the second count is what stops
 * unlimited guessing. Kept apart from the staff limiters so shoppers cannot
 * lock staff out (or the reverse); in memory like lib/auth/rate-limit.ts, on
 * globalThis for hot reloads. New shopper accounts share the staff account
 * creation limit (lib/auth/rate-limit.ts takeAccountCreation).
 */
type Limiters = { ipEmail: RateLimiterMemory; email: RateLimiterMemory };
const g = globalThis as unknown as { plazaShopperLimiters?: Limiters };
const limiters = (): Limiters =>
  (g.plazaShopperLimiters ??= {
    ipEmail: new RateLimiterMemory({ keyPrefix: "shopper-login", points: 5, duration: 60 }),
    email: new RateLimiterMemory({ keyPrefix: "shopper-login-email", points: 10, duration: 300 }),
  });

const normal = (email: string) => email.trim().toLowerCase();

/** Counts one attempt; the seconds to wait when over either limit, else null. */
export async function takeShopperAttempt(storeId: string, ip: string, email: string): Promise<number | null> {
  const l = limiters();
  let wait = 0;
  for (const [limiter, key] of [
    [l.ipEmail, `${storeId}|${ip}|${normal(email)}`],
    [l.email, `${storeId}|${normal(email)}`],
  ] as const) {
    try {
      await limiter.consume(key);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      wait = Math.max(wait, Math.ceil(err.msBeforeNext / 1000), 1);
    }
  }
  return wait > 0 ? wait : null;
}

export async function clearShopperAttempts(storeId: string, ip: string, email: string): Promise<void> {
  const l = limiters();
  await Promise.all([l.ipEmail.delete(`${storeId}|${ip}|${normal(email)}`), l.email.delete(`${storeId}|${normal(email)}`)]);
}
