import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/*
 * Login attempts per IP + email: 5 a minute, then wait. In memory: one
 * process serves Plaza today; with several, swap in RateLimiterPostgres or
 * RateLimiterRedis (same API). Kept on globalThis so hot reloads keep counts.
 */
const g = globalThis as unknown as { plazaLoginLimiter?: RateLimiterMemory };
const limiter = () => (g.plazaLoginLimiter ??= new RateLimiterMemory({ keyPrefix: "login", points: 5, duration: 60 }));

const key = (ip: string, email: string) => `${ip}|${email.trim().toLowerCase()}`;

/** Counts one attempt; returns the seconds to wait when the limit is reached, else null. */
export async function takeLoginAttempt(ip: string, email: string): Promise<number | null> {
  try {
    await limiter().consume(key(ip, email));
    return null;
  } catch (err) {
    if (err instanceof RateLimiterRes) return Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    throw err;
  }
}

/** A successful sign-in clears the count, so a user's own typos do not add up across sessions. */
export async function clearLoginAttempts(ip: string, email: string): Promise<void> {
  await limiter().delete(key(ip, email));
}

export const tooManyAttempts = (seconds: number) => `Too many attempts. Try again in ${seconds} s.`;
