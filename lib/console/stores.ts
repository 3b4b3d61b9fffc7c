import "server-only";
import { and, asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Database, Queryable } from "@/lib/db/connect";
import { containsPattern } from "@/lib/db/like";
import { memberships, orders, stores, usageCounters, users } from "@/lib/db/schema";
import { readTenant } from "@/lib/db/tenant";
import { SLUG_PATTERN } from "@/lib/tenancy/slug";

/*
 * Read models for the platform console. Platform tables are read directly
 * (scoped in code); tenant tables (orders, usage counters) are read per store
 * through withTenant, so row-level security still applies to the console.
 */

export const STORE_STATUSES = ["active", "suspended", "pending", "rejected"] as const;
export type StoreStatus = (typeof STORE_STATUSES)[number];

export type StoreFilter = { search?: string; status?: StoreStatus; page: number; pageSize: number };


export async function listStores(database: Queryable, filter: StoreFilter) {
  const where: SQL[] = [];
  if (filter.status) where.push(eq(stores.status, filter.status));
  const term = filter.search?.trim();
  if (term) where.push(or(ilike(stores.name, containsPattern(term)), ilike(stores.slug, containsPattern(term)))!);
  const cond = where.length ? and(...where) : undefined;
  const [{ total }] = (await database.select({ total: sql<number>`count(*)::int` }).from(stores).where(cond)) as [{ total: number }];
  const rows = await database
    .select({
      id: stores.id,
      slug: stores.slug,
      name: stores.name,
      status: stores.status,
      plan: stores.plan,
      purgeAfter: stores.purgeAfter,
      createdAt: stores.createdAt,
      members: sql<number>`(select count(*)::int from memberships m where m.store_id = "stores"."id" and m.status = 'approved')`,
    })
    .from(stores)
    .where(cond)
    .orderBy(asc(stores.name), asc(stores.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { total, rows };
}

export async function findStore(database: Queryable, slug: string) {
  // No store has a malformed slug: answer without a query (and without sending PostgreSQL a NUL byte).
  if (typeof slug !== "string" || !SLUG_PATTERN.test(slug)) return null;
  const [row] = await database.select().from(stores).where(eq(stores.slug, slug)).limit(1);
  return row ?? null;
}

/** Every member and request of the store, any status, for the console's view. */
export async function storeMembers(database: Queryable, storeId: string) {
  return database
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, status: memberships.status })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.storeId, storeId))
    .orderBy(asc(memberships.status), asc(users.email));
}

export type HourPoint = { hour: string; requests: number; checkouts: number };

/** The last 24 whole hours ending with the current one, oldest first (ISO strings, UTC). */
export function last24Hours(now = new Date()): string[] {
  const h = new Date(now);
  h.setUTCMinutes(0, 0, 0);
  return Array.from({ length: 24 }, (_, i) => new Date(h.getTime() - (23 - i) * 3600_000).toISOString());
}

/** Requests and checkouts per hour over 24 h for one store, zero-filled. */
export async function storeActivity(database: Database, storeId: string, now = new Date()): Promise<HourPoint[]> {
  const hours = last24Hours(now);
  const rows = await readTenant(database, storeId, (tx) =>
    tx
      .select({ hour: usageCounters.hour, requests: usageCounters.requests, checkouts: usageCounters.checkouts })
      .from(usageCounters)
      .where(and(eq(usageCounters.tenantId, storeId), sql`${usageCounters.hour} >= ${hours[0]}::timestamptz`)),
  );
  const byHour = new Map(rows.map((r) => [r.hour.toISOString(), r]));
  return hours.map((hour) => ({ hour, requests: byHour.get(hour)?.requests ?? 0, checkouts: byHour.get(hour)?.checkouts ?? 0 }));
}

export async function storeOrderCount(database: Database, storeId: string): Promise<number> {
  const [row] = await readTenant(database, storeId, (tx) => tx.select({ n: sql<number>`count(*)::int` }).from(orders).where(eq(orders.tenantId, storeId)));
  return row?.n ?? 0;
}

/**
 * Platform totals and the 24 h activity summed over stores. Tenant tables are
 * read store by store under row-level security (one short transaction each):
 * linear in the number of stores, fine for a console page at this scale; a
 * reporting role with its own policy would replace it at thousands of stores.
 */
export async function platformOverview(database: Database, now = new Date()) {
  const byStatus = await database.select({ status: stores.status, n: sql<number>`count(*)::int` }).from(stores).groupBy(stores.status);
  const [members] = (await database.select({ n: sql<number>`count(*)::int` }).from(memberships).where(eq(memberships.status, "approved"))) as [{ n: number }];
  const live = await database.select({ id: stores.id }).from(stores).where(or(eq(stores.status, "active"), eq(stores.status, "suspended"))).orderBy(desc(stores.createdAt));
  const hours = last24Hours(now);
  const series = new Map(hours.map((h) => [h, { hour: h, requests: 0, checkouts: 0 }]));
  let orderTotal = 0;
  // Stores whose (dedicated) database cannot answer now are counted out, not fatal to the page.
  let unavailable = 0;
  for (const s of live) {
    try {
      const [orderCount, activity] = [await storeOrderCount(database, s.id), await storeActivity(database, s.id, now)];
      orderTotal += orderCount;
      for (const p of activity) {
        const point = series.get(p.hour)!;
        point.requests += p.requests;
        point.checkouts += p.checkouts;
      }
    } catch {
      unavailable++;
    }
  }
  const statusCounts = Object.fromEntries(byStatus.map((r) => [r.status, r.n])) as Partial<Record<StoreStatus, number>>;
  return { statusCounts, members: members.n, orders: orderTotal, activity: [...series.values()], unavailable };
}
