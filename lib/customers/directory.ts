import "server-only";
import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { customers } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { fail, type Result } from "@/lib/result";
import { idSchema } from "@/lib/commerce/validation";

/*
 * Customers of one store. Lookups go by (store, id) or (store, email): the same
 * email at another store is a different customer, and an id from another store
 * is simply not found.
 */

export type CustomerSummary = { id: string; email: string; name: string; hasAccount: boolean; createdAt: Date };

const columns = { id: customers.id, email: customers.email, name: customers.name, passwordHash: customers.passwordHash, createdAt: customers.createdAt };

const summary = (c: { id: string; email: string; name: string; passwordHash: string | null; createdAt: Date }): CustomerSummary => ({
  id: c.id,
  email: c.email,
  name: c.name,
  hasAccount: c.passwordHash !== null,
  createdAt: c.createdAt,
});

export async function findCustomer(database: Database, storeId: string, customerId: string): Promise<CustomerSummary | null> {
  if (!idSchema.safeParse(customerId).success) return null;
  const [row] = await withTenant(database, storeId, (tx) =>
    tx
      .select(columns)
      .from(customers)
      .where(and(eq(customers.tenantId, storeId), eq(customers.id, customerId)))
      .limit(1),
  );
  return row ? summary(row) : null;
}

/** A store's customers by email, keyset-paginated on the (unique per store) email. */
export async function listCustomers(
  database: Database,
  storeId: string,
  options: { afterEmail?: string | null; limit?: number } = {},
): Promise<{ items: CustomerSummary[]; nextAfter: string | null }> {
  const limit = Math.min(Math.max(options.limit ?? 25, 1), 100);
  const conditions: SQL[] = [eq(customers.tenantId, storeId)];
  if (options.afterEmail) conditions.push(gt(customers.email, options.afterEmail.slice(0, 254)));
  const rows = await withTenant(database, storeId, (tx) =>
    tx
      .select(columns)
      .from(customers)
      .where(and(...conditions))
      .orderBy(asc(customers.email))
      .limit(limit + 1),
  );
  const items = rows.slice(0, limit).map(summary);
  return { items, nextAfter: rows.length > limit ? (items[items.length - 1]?.email ?? null) : null };
}

/** A member corrects a customer's name. Another store's customer id changes nothing. */
export async function renameCustomer(
  database: Database,
  input: { storeId: string; customerId: string; name: string },
): Promise<Result<{ customer: CustomerSummary }, "not_found" | "invalid">> {
  if (!idSchema.safeParse(input.customerId).success) return fail("not_found", "Customer not found in this store.");
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) return fail("invalid", "Enter a name of 1 to 100 characters.", { name: "Enter a name of 1 to 100 characters." });
  const [row] = await withTenant(database, input.storeId, (tx) =>
    tx
      .update(customers)
      .set({ name, updatedAt: new Date() })
      .where(and(eq(customers.tenantId, input.storeId), eq(customers.id, input.customerId)))
      .returning(columns),
  );
  return row ? { ok: true, customer: summary(row) } : fail("not_found", "Customer not found in this store.");
}
