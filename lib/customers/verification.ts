import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { customers } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { limiter } from "@/lib/limits/limiter";
import { customerVerifyEmailMail } from "@/lib/mail/account-mail";
import { enqueueMail } from "@/lib/mail/outbox";
import { CUSTOMER_LINK_MINUTES, issueCustomerLink, spendCustomerLink } from "./links";
import type { Customer } from "./accounts";

/*
 * Customer email verification (issue 11 §4). Registering does not prove the
 * email is yours, so an account shows only the orders placed while signed in
 * to it; once the customer follows the link mailed to that address, the guest
 * orders placed with it appear too (lib/customers/accounts.ts customerOrders,
 * lib/commerce/orders.ts findOrderForCustomer). The link is bound to the
 * email it was sent to: it verifies that address only.
 */

type Store = { id: string; name: string; color?: string | null };

// Resending is limited per account: a few a quarter-hour (the mail goes to the customer's own address).
const resends = () => limiter({ name: "customer-verify:resend", points: 3, durationSeconds: 900, whenDown: "closed" });

/** Writes the verification mail (after registering, or "send it again"); the wait in seconds when resent too often. */
export async function sendVerificationMail(database: Database, store: Store, customer: Pick<Customer, "id" | "email">, linkPrefix: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const spent = await resends().spend(`${store.id}|${customer.id}`);
  if (!spent.allowed) return { ok: false, retryAfterSeconds: spent.retryAfterSeconds };
  await withTenant(database, store.id, async (tx) => {
    const token = await issueCustomerLink(tx, store.id, customer.id, "verify", customer.email);
    const link = `${linkPrefix}/account/verify?token=${encodeURIComponent(token)}`;
    await enqueueMail(tx, [await customerVerifyEmailMail(store.id, customer.email, { name: store.name, color: store.color }, link, CUSTOMER_LINK_MINUTES.verify / 60)]);
  });
  return { ok: true };
}

/** Spends the link and marks the email verified; the email, or null for a dead link or an address that changed since. */
export async function verifyCustomerEmail(database: Database, storeId: string, token: string): Promise<string | null> {
  return withTenant(database, storeId, async (tx) => {
    const spent = await spendCustomerLink(tx, storeId, token, "verify");
    if (!spent) return null;
    const [row] = await tx
      .update(customers)
      .set({ emailVerifiedAt: sql`coalesce(${customers.emailVerifiedAt}, now())`, updatedAt: sql`now()` })
      .where(and(eq(customers.tenantId, storeId), eq(customers.id, spent.customerId), eq(customers.email, spent.email)))
      .returning({ email: customers.email });
    return row?.email ?? null;
  });
}
