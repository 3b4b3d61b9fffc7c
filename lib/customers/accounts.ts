import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/connect";
import { customers } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { listOrders, type OrderSummary } from "@/lib/commerce/orders";
import { idSchema } from "@/lib/commerce/validation";

/*
 * Customer accounts, one per email per store: the same email at another store
 * is another customer with its own password. Registering on an email that
 * already shopped as a guest turns that customer into an account; because
 * registration does not prove the email is theirs, orders placed before
 * `registered_at` stay out of the account (they remain reachable by their
 * own order link).
 */

export type Customer = { id: string; email: string; name: string; registeredAt: Date; emailVerifiedAt: Date | null };

const email = z.email({ error: "Enter a valid email address." }).trim().toLowerCase().max(254);

export const registerSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email,
  password: z.string().min(10, "Use at least 10 characters.").max(200, "Use at most 200 characters."),
});
export const signInSchema = z.object({ email, password: z.string().min(1, "Enter your password.").max(200) });

export type RegisterResult = { ok: true; customer: Customer } | { ok: false; field: "email"; message: string };

export async function registerCustomer(database: Database, storeId: string, input: z.output<typeof registerSchema>): Promise<RegisterResult> {
  const passwordHash = await hashPassword(input.password);
  const [row] = await withTenant(database, storeId, (tx) =>
    tx
      .insert(customers)
      .values({ tenantId: storeId, email: input.email, name: input.name, passwordHash, registeredAt: new Date() })
      .onConflictDoUpdate({
        target: [customers.tenantId, customers.email],
        set: { name: input.name, passwordHash, registeredAt: sql`now()`, updatedAt: sql`now()` },
        // Only a guest customer becomes an account; an existing account keeps its password.
        setWhere: isNull(customers.passwordHash),
      })
      .returning({ id: customers.id, email: customers.email, name: customers.name, registeredAt: customers.registeredAt, emailVerifiedAt: customers.emailVerifiedAt }),
  );
  if (!row) return { ok: false, field: "email", message: "An account with this email already exists at this store. Sign in instead." };
  return { ok: true, customer: { ...row, registeredAt: row.registeredAt! } };
}

// Verified when the email has no account, so a wrong email takes as long as a wrong password.
let dummyHash: Promise<string> | null = null;

export async function authenticateCustomer(database: Database, storeId: string, input: z.output<typeof signInSchema>): Promise<Customer | null> {
  const [row] = await withTenant(database, storeId, (tx) =>
    tx
      .select({ id: customers.id, email: customers.email, name: customers.name, passwordHash: customers.passwordHash, registeredAt: customers.registeredAt, emailVerifiedAt: customers.emailVerifiedAt })
      .from(customers)
      .where(and(eq(customers.tenantId, storeId), eq(customers.email, input.email)))
      .limit(1),
  );
  if (!row?.passwordHash || !row.registeredAt) {
    await verifyPassword(await (dummyHash ??= hashPassword("not a real password, only for timing")), input.password);
    return null;
  }
  if (!(await verifyPassword(row.passwordHash, input.password))) return null;
  return { id: row.id, email: row.email, name: row.name, registeredAt: row.registeredAt, emailVerifiedAt: row.emailVerifiedAt };
}

/**
 * The customer with an account at this store; null for a guest, another
 * store's id or garbage — and, given when the session started, null when that
 * was before the account's last password reset.
 */
export async function findCustomerAccount(database: Database, storeId: string, customerId: string, session: { sessionStartedAt?: number } = {}): Promise<Customer | null> {
  if (!idSchema.safeParse(customerId).success) return null;
  const [row] = await withTenant(database, storeId, (tx) =>
    tx
      .select({
        id: customers.id,
        email: customers.email,
        name: customers.name,
        passwordHash: customers.passwordHash,
        registeredAt: customers.registeredAt,
        emailVerifiedAt: customers.emailVerifiedAt,
        sessionsValidAfter: customers.sessionsValidAfter,
      })
      .from(customers)
      .where(and(eq(customers.tenantId, storeId), eq(customers.id, customerId)))
      .limit(1),
  );
  if (!row?.passwordHash || !row.registeredAt) return null;
  if (session.sessionStartedAt !== undefined && row.sessionsValidAfter && session.sessionStartedAt < row.sessionsValidAfter.getTime()) return null;
  return { id: row.id, email: row.email, name: row.name, registeredAt: row.registeredAt, emailVerifiedAt: row.emailVerifiedAt };
}

/**
 * The customer's order history, newest first: the orders placed while signed in
 * to this account, and — once the customer verified the email
 * (lib/customers/verification.ts) — the guest orders placed with that email
 * too. Before that they stay out (registering does not prove the email is
 * yours) and open with their own order link.
 */
export async function customerOrders(
  database: Database,
  storeId: string,
  customer: Customer,
  beforeNumber?: number | null,
): Promise<{ items: OrderSummary[]; nextBefore: number | null }> {
  return listOrders(database, storeId, { placedByAccountId: customer.id, includeGuestOrders: customer.emailVerifiedAt !== null, beforeNumber, limit: 20 });
}
