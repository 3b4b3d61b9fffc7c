import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/lib/db/connect";
import { customerTokens } from "@/lib/db/schema";

/*
 * A customer's single-use links (password reset, email verification), kept in
 * a tenant table under forced RLS and named by store in every query: a token
 * made at acme means nothing at globex. As for staff (lib/auth/password-tokens.ts):
 * 256 random bits, only the SHA-256 stored, an expiry, spent once by an atomic
 * UPDATE … WHERE used_at IS NULL. The email the link was sent to is kept with
 * it, so a verification proves exactly that address.
 */

export type CustomerLinkPurpose = "reset" | "verify";
export const CUSTOMER_LINK_MINUTES: Record<CustomerLinkPurpose, number> = { reset: 30, verify: 48 * 60 };

const digest = (token: string) => createHash("sha256").update(token).digest("hex");
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** Inside the caller's tenant transaction, so the link exists exactly when the mail does. */
export async function issueCustomerLink(tx: Queryable, storeId: string, customerId: string, purpose: CustomerLinkPurpose, email: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.insert(customerTokens).values({
    tenantId: storeId,
    tokenHash: digest(token),
    customerId,
    purpose,
    email,
    expiresAt: sql`now() + make_interval(mins => ${CUSTOMER_LINK_MINUTES[purpose]})`,
  });
  return token;
}

const open = (storeId: string, token: string, purpose: CustomerLinkPurpose) =>
  and(eq(customerTokens.tenantId, storeId), eq(customerTokens.tokenHash, digest(token)), eq(customerTokens.purpose, purpose), isNull(customerTokens.usedAt), gt(customerTokens.expiresAt, sql`now()`));

export async function customerLinkUsable(tx: Queryable, storeId: string, token: string, purpose: CustomerLinkPurpose): Promise<boolean> {
  if (!TOKEN_SHAPE.test(token)) return false;
  const [row] = await tx.select({ id: customerTokens.customerId }).from(customerTokens).where(open(storeId, token, purpose)).limit(1);
  return Boolean(row);
}

/** Spends the link; its customer and email, or null when unknown, used, expired, another purpose or another store's. */
export async function spendCustomerLink(tx: Queryable, storeId: string, token: string, purpose: CustomerLinkPurpose): Promise<{ customerId: string; email: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await tx
    .update(customerTokens)
    .set({ usedAt: sql`now()` })
    .where(open(storeId, token, purpose))
    .returning({ customerId: customerTokens.customerId, email: customerTokens.email });
  return row ?? null;
}

/** Spends every open link of this purpose for the customer (a reset makes the other reset mails useless). */
export async function spendOpenCustomerLinks(tx: Queryable, storeId: string, customerId: string, purpose: CustomerLinkPurpose): Promise<void> {
  await tx
    .update(customerTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(customerTokens.tenantId, storeId), eq(customerTokens.customerId, customerId), eq(customerTokens.purpose, purpose), isNull(customerTokens.usedAt)));
}
