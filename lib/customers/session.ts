import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { findCustomerAccount, type Customer } from "./accounts";
import { readCustomerToken, signCustomerToken } from "./token";

/*
 * The customer's session cookie: host-only (no Domain), httpOnly, SameSite=Lax,
 * Path = the store's base (as the cart cookie, lib/commerce/cookies.ts), and
 * signed with the store id inside (./token.ts). It is not the staff session:
 * signing in as a customer gives no dashboard access and the reverse.
 */

const COOKIE = "plaza_shopper"; // the old word kept: renaming it would sign every customer out (decision 0014)
const DAYS = 30;
const LIFETIME_MS = DAYS * 24 * 60 * 60 * 1000;

function options(base: string, maxAge: number) {
  return { httpOnly: true, sameSite: "lax" as const, secure: env().PUBLIC_PROTOCOL === "https", path: base === "" ? "/" : base, maxAge };
}

export async function startCustomerSession(base: string, storeId: string, customerId: string): Promise<void> {
  const expiresAt = Date.now() + LIFETIME_MS;
  (await cookies()).set(COOKIE, signCustomerToken(env().AUTH_SECRET, { storeId, customerId, expiresAt }), options(base, DAYS * 24 * 60 * 60));
}

export async function endCustomerSession(base: string): Promise<void> {
  (await cookies()).set(COOKIE, "", options(base, 0));
}

/**
 * The signed-in customer of this store, re-read from the database; null
 * otherwise — also when the session began before the account's last password
 * reset (a reset ends every session of the account).
 */
export async function currentCustomer(storeId: string): Promise<Customer | null> {
  const session = readCustomerToken(env().AUTH_SECRET, (await cookies()).get(COOKIE)?.value, storeId);
  return session ? findCustomerAccount(db(), storeId, session.customerId, { sessionStartedAt: session.expiresAt - LIFETIME_MS }) : null;
}
