import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/*
 * Login attempts, counted twice: per IP + email (5 a minute) so one person's
 * typos do not lock others out, and per email alone (10 per 5 minutes) because
 * the IP comes from X-Forwarded-For, which a client can vary at will — without
 * the second count, a new header per request would mean unlimited guesses.
 * Account creation (an argon2 hash each) is limited per IP and globally.
 * In memory: one process serves Plaza today; with several, swap in
 * RateLimiterPostgres or RateLimiterRedis (same API). Kept on globalThis so
 * hot reloads keep counts.
 */
type Limiters = { ipEmail: RateLimiterMemory; email: RateLimiterMemory; signupIp: RateLimiterMemory; signupAll: RateLimiterMemory };
const g = globalThis as unknown as { plazaAuthLimiters?: Limiters };
const limiters = (): Limiters =>
  (g.plazaAuthLimiters ??= {
    ipEmail: new RateLimiterMemory({ keyPrefix: "login", points: 5, duration: 60 }),
    email: new RateLimiterMemory({ keyPrefix: "login-email", points: 10, duration: 300 }),
    signupIp: new RateLimiterMemory({ keyPrefix: "signup-ip", points: 20, duration: 3600 }),
    signupAll: new RateLimiterMemory({ keyPrefix: "signup-all", points: 30, duration: 60 }),
  });

const normal = (email: string) => email.trim().toLowerCase();

/** Consumes one point from each limiter; the longest wait when any is exhausted, else null. */
async function take(entries: Array<[RateLimiterMemory, string]>): Promise<number | null> {
  let wait = 0;
  for (const [limiter, key] of entries) {
    try {
      await limiter.consume(key);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      wait = Math.max(wait, Math.ceil(err.msBeforeNext / 1000), 1);
    }
  }
  return wait > 0 ? wait : null;
}

/** Counts one attempt; returns the seconds to wait when the limit is reached, else null. */
export async function takeLoginAttempt(ip: string, email: string): Promise<number | null> {
  const l = limiters();
  return take([
    [l.ipEmail, `${ip}|${normal(email)}`],
    [l.email, normal(email)],
  ]);
}

/** A successful sign-in clears the counts, so a user's own typos do not add up across sessions. */
export async function clearLoginAttempts(ip: string, email: string): Promise<void> {
  const l = limiters();
  await Promise.all([l.ipEmail.delete(`${ip}|${normal(email)}`), l.email.delete(normal(email))]);
}

/** Counts one new account (signup, or join with a new account); seconds to wait, else null. */
export async function takeAccountCreation(ip: string): Promise<number | null> {
  const l = limiters();
  return take([
    [l.signupIp, ip],
    [l.signupAll, "all"],
  ]);
}

export const tooManyAttempts = (seconds: number) => `Too many attempts. Try again in ${seconds} s.`;
