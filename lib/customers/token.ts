import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/*
 * The customer's session token: `storeId.customerId.expiresAt.mac`, where mac
 * is HMAC-SHA256 over the rest with a key derived from AUTH_SECRET (a separate
 * key from next-auth's, so a staff token can never pass as a customer's or the
 * reverse). The store id is inside the signed part and checked on read: a
 * token issued at acme is refused at globex even when the browser sends it
 * there (path mode, a shared custom domain). Stateless on purpose; the
 * customer row is re-read on every request (lib/customers/session.ts).
 */

const uuid = z.uuid();

function mac(secret: string, payload: string): Buffer {
  const key = createHmac("sha256", secret).update("plaza shopper session v1").digest(); // label kept as issued (decision 0014)
  return createHmac("sha256", key).update(payload).digest();
}

export function signCustomerToken(secret: string, claims: { storeId: string; customerId: string; expiresAt: number }): string {
  const payload = `${claims.storeId}.${claims.customerId}.${claims.expiresAt}`;
  return `${payload}.${mac(secret, payload).toString("base64url")}`;
}

/** The customer id, when the token is intact, unexpired and was issued by this store; else null. */
export function verifyCustomerToken(secret: string, token: string | undefined | null, storeId: string, now = Date.now()): string | null {
  return readCustomerToken(secret, token, storeId, now)?.customerId ?? null;
}

/** As verifyCustomerToken, with the expiry too (the session's start is its expiry minus its lifetime). */
export function readCustomerToken(secret: string, token: string | undefined | null, storeId: string, now = Date.now()): { customerId: string; expiresAt: number } | null {
  if (!token) return null;
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [tokenStore, customerId, expires, given] = parts as [string, string, string, string];
  const expected = mac(secret, `${tokenStore}.${customerId}.${expires}`);
  const actual = Buffer.from(given, "base64url");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  if (tokenStore !== storeId || !uuid.safeParse(customerId).success) return null;
  const expiresAt = Number(expires);
  if (!Number.isSafeInteger(expiresAt) || expiresAt <= now) return null;
  return { customerId, expiresAt };
}
