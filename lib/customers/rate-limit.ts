import "server-only";
import { signInThrottle } from "@/lib/limits/sign-in";

/*
 * Customer sign-in: the staff policy (lib/limits/sign-in.ts), with accounts
 * per store (the same email shops at two stores independently) and limiters of
 * its own, so customers cannot slow staff down (or the reverse). New customer
 * accounts share the account creation limit (lib/auth/rate-limit.ts).
 */
const customerLogin = () => signInThrottle("shopper-login"); // stored limiter key, kept (decision 0014)
const account = (storeId: string, email: string) => `${storeId}|${email.trim().toLowerCase()}`;

/** Seconds to wait before this attempt is checked, else null. */
export async function takeCustomerAttempt(storeId: string, ip: string, email: string): Promise<number | null> {
  return customerLogin().check(ip, account(storeId, email));
}

export async function recordCustomerFailure(storeId: string, ip: string, email: string): Promise<void> {
  await customerLogin().failed(ip, account(storeId, email));
}

export async function clearCustomerAttempts(storeId: string, _ip: string, email: string): Promise<void> {
  await customerLogin().succeeded(account(storeId, email));
}
