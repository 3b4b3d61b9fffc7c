import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/*
 * Shopper sign-in attempts per store + IP + email: 5 a minute, then wait. Kept
 * apart from the staff limiter so shoppers cannot lock staff out (or the
 * reverse); in memory like lib/auth/rate-limit.ts, on globalThis for hot reloads.
 */
const g = globalThis as unknown as { plazaShopperLimiter?: RateLimiterMemory };
const limiter = () => (g.plazaShopperLimiter ??= new RateLimiterMemory({ keyPrefix: "shopper-login", points: 5, duration: 60 }));

const key = (storeId: string, ip: string, email: string) => `${storeId}|${ip}|${email.trim().toLowerCase()}`;

/** Counts one attempt; the seconds to wait when over the limit, else null. */
export async function takeShopperAttempt(storeId: string, ip: string, email: string): Promise<number | null> {
  try {
    await limiter().consume(key(storeId, ip, email));
    return null;
  } catch (err) {
    if (err instanceof RateLimiterRes) return Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    throw err;
  }
}

export async function clearShopperAttempts(storeId: string, ip: string, email: string): Promise<void> {
  await limiter().delete(key(storeId, ip, email));
}
