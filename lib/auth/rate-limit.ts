import "server-only";
import { limiter, spendAll } from "@/lib/limits/limiter";
import { signInThrottle } from "@/lib/limits/sign-in";

/*
 * Staff sign-in and account creation limits (policy: lib/limits/sign-in.ts,
 * docs/decisions/0012-security-review.md). Account creation costs an argon2
 * hash, so it is limited per client address — and only per client: a global
 * cap would let one client close signup for everybody.
 */
const login = () => signInThrottle("login");
const accountCreation = () => limiter({ name: "signup-client", points: 20, durationSeconds: 3600 });

const normal = (email: string) => email.trim().toLowerCase();

/** Seconds to wait before this attempt is checked (the account's delay or the client's budget), else null. */
export async function takeLoginAttempt(ip: string, email: string): Promise<number | null> {
  return login().check(ip, normal(email));
}

/** A wrong password: counts against the client and delays the account's next attempt. */
export async function recordLoginFailure(ip: string, email: string): Promise<void> {
  await login().failed(ip, normal(email));
}

/** A successful sign-in clears the account's failures (not the client's). */
export async function clearLoginAttempts(_ip: string, email: string): Promise<void> {
  await login().succeeded(normal(email));
}

/** Counts one new account (signup, join with a new account, customer registration); seconds to wait, else null. */
export async function takeAccountCreation(ip: string): Promise<number | null> {
  return spendAll([[accountCreation(), ip]]);
}

export const tooManyAttempts = (seconds: number) => `Too many attempts. Try again in ${seconds} s.`;
