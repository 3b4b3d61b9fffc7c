import "server-only";
import { and, count, eq, gte, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { orders, stores } from "@/lib/db/schema";
import { stateIsNot } from "@/lib/db/states";
import { readTenant } from "@/lib/db/tenant";
import { startOfDay } from "@/lib/format/dates";

/**
 * Today's orders and revenue for the overview. "Today" began at midnight in
 * the store's time zone (its setting), which is when its staff's day began;
 * cancelled orders are left out of both numbers, since they are neither sales
 * nor money the store keeps.
 */
export async function todaysSales(
  database: Database,
  storeId: string,
  timeZone = "UTC",
  now: Date = new Date(),
): Promise<{ orders: number; revenueCents: number; currency: string }> {
  const since = startOfDay(timeZone, now);
  return readTenant(database, storeId, async (tx) => {
    // Both statements leave together (one round trip). The count reads
    // orders_tenant_sales_idx alone: today's entries, never the order rows.
    const [[store], [row]] = await Promise.all([
      tx.select({ currency: stores.currency }).from(stores).where(eq(stores.id, storeId)).execute(),
      tx
        .select({ n: count(), revenue: sql<string>`coalesce(sum(${orders.totalCents}), 0)::text` })
        .from(orders)
        .where(
          and(
            eq(orders.tenantId, storeId),
            stateIsNot(orders.status, "cancelled"),
            gte(orders.createdAt, since),
          ),
        )
        .execute(),
    ]);
    return { orders: row?.n ?? 0, revenueCents: Number(row?.revenue ?? 0), currency: store?.currency ?? "USD" };
  });
}

/** The store's currency, for formatting prices in the dashboard. */
export async function storeCurrency(database: Database, storeId: string): Promise<string> {
  const [store] = await database.select({ currency: stores.currency }).from(stores).where(eq(stores.id, storeId));
  return store?.currency ?? "USD";
}
