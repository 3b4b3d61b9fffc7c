import "server-only";
import { signInThrottle } from "@/lib/limits/sign-in";

/*
 * Shopper sign-in: the staff policy (lib/limits/sign-in.ts), with accounts
 * per store (the same email shops at two stores independently) and limiters of
 * its own, so shoppers cannot slow staff down (or the reverse). New shopper
 * accounts share the account creation limit (lib/auth/rate-limit.ts).
 */
const shopperLogin = () => signInThrottle("shopper-login");
const account = (storeId: string, email: string) => `${storeId}|${email.trim().toLowerCase()}`;

/** Seconds to wait before this attempt is checked, else null. */
export async function takeShopperAttempt(storeId: string, ip: string, email: string): Promise<number | null> {
  return shopperLogin().check(ip, account(storeId, email));
}

export async function recordShopperFailure(storeId: string, ip: string, email: string): Promise<void> {
  await shopperLogin().failed(ip, account(storeId, email));
}

export async function clearShopperAttempts(storeId: string, _ip: string, email: string): Promise<void> {
  await shopperLogin().succeeded(account(storeId, email));
}
