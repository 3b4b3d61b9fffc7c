import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { RESET_SENT, takeResetRequest, type ResetRequestResult } from "@/lib/auth/password-reset";
import type { Database } from "@/lib/db/connect";
import { customers } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { customerPasswordResetMail, type Brand } from "@/lib/mail/account-mail";
import { enqueueMail } from "@/lib/mail/outbox";
import { CUSTOMER_LINK_MINUTES, issueCustomerLink, spendCustomerLink, spendOpenCustomerLinks } from "./links";

/*
 * "Forgot password" for a customer account at one store. The staff policy
 * (lib/auth/password-reset.ts): one answer whether or not the account exists,
 * a visible per-client limit and a silent per-email one, with limits of
 * their own per store. Setting the new password ends every session of the
 * account (sessions_valid_after, checked by lib/customers/session.ts), and
 * verifies the email: the reader just proved the mailbox is theirs.
 */

type Store = { id: string; name: string; color?: string | null };

export async function requestCustomerPasswordReset(database: Database, store: Store, input: { email: string; ip: string; linkPrefix: string }): Promise<ResetRequestResult> {
  const wait = await takeResetRequest(`customer:${store.id}`, input.ip, input.email);
  if (typeof wait === "number") return { ok: false, error: `Too many requests from here. Try again in ${wait} s.` };
  if (wait === "quiet") return { ok: true, message: RESET_SENT };
  const brand: Brand = { name: store.name, color: store.color };
  await withTenant(database, store.id, async (tx) => {
    const [customer] = await tx
      .select({ id: customers.id, email: customers.email })
      .from(customers)
      .where(and(eq(customers.tenantId, store.id), eq(customers.email, input.email), isNotNull(customers.passwordHash)))
      .limit(1);
    if (!customer) return; // a guest or nobody: the same answer, no mail
    const token = await issueCustomerLink(tx, store.id, customer.id, "reset", customer.email);
    const link = `${input.linkPrefix}/account/reset-password?token=${encodeURIComponent(token)}`;
    await enqueueMail(tx, [await customerPasswordResetMail(store.id, customer.email, brand, link, CUSTOMER_LINK_MINUTES.reset)]);
  });
  return { ok: true, message: RESET_SENT };
}

/** Spends the link and sets the password; the account's email, or null for a dead link. */
export async function resetCustomerPassword(database: Database, storeId: string, token: string, password: string, now = new Date()): Promise<string | null> {
  const passwordHash = await hashPassword(password); // before the transaction: argon2 is slow on purpose
  return withTenant(database, storeId, async (tx) => {
    const spent = await spendCustomerLink(tx, storeId, token, "reset");
    if (!spent) return null;
    await spendOpenCustomerLinks(tx, storeId, spent.customerId, "reset");
    // The app's clock, as the session cookie's: a session started from now on is valid.
    const [row] = await tx
      .update(customers)
      .set({ passwordHash, sessionsValidAfter: now, emailVerifiedAt: sql`coalesce(${customers.emailVerifiedAt}, ${now.toISOString()}::timestamptz)`, updatedAt: now })
      .where(and(eq(customers.tenantId, storeId), eq(customers.id, spent.customerId), eq(customers.email, spent.email)))
      .returning({ email: customers.email });
    return row?.email ?? null;
  });
}
