import "server-only";
import { and, count, desc, eq, gte, isNotNull, isNull, lt, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/lib/db/connect";
import { mailOutbox, orders, storeDomains, usageCounters, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { storeUsage } from "@/lib/plans/change";
import { PLANS } from "@/lib/plans/plans";
import type { healthSchema, usageQuery, usageSchema } from "./schemas";
import type { StoreRow } from "./http";

/*
 * What the platform asks of one store over the API: usage per day over a
 * range, and health. Usage reads the hourly counters (lib/usage/counters.ts)
 * and the orders; members, products, domains and storage have no history, so
 * they come as "now" next to the plan's limits.
 */

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The UTC days [from, to] a query asks for, or why not. */
export function usageRange(q: z.infer<typeof usageQuery>, now = new Date()): { from: Date; to: Date } | { error: string } {
  if (q.range && (q.from || q.to)) return { error: "Send either `range` or `from`/`to`, not both." };
  const today = new Date(`${day(now)}T00:00:00.000Z`);
  if (q.from || q.to) {
    const from = q.from ? new Date(`${q.from}T00:00:00.000Z`) : new Date(today.getTime() - 29 * DAY);
    const to = q.to ? new Date(`${q.to}T00:00:00.000Z`) : today;
    if (to < from) return { error: "`to` is before `from`." };
    if ((to.getTime() - from.getTime()) / DAY > 366) return { error: "Ask for at most 366 days at a time." };
    return { from, to };
  }
  const days = q.range === "24h" ? 2 : q.range === "7d" ? 7 : 30;
  return { from: new Date(today.getTime() - (days - 1) * DAY), to: today };
}

export async function storeUsageReport(database: Database, store: StoreRow, range: { from: Date; to: Date }): Promise<z.infer<typeof usageSchema>> {
  const end = new Date(range.to.getTime() + DAY);
  const { counters, sales } = await withTenant(database, store.id, async (tx) => {
    const dayOf = (col: typeof usageCounters.hour | typeof orders.createdAt) => sql<string>`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD')`;
    const counters = await tx
      .select({
        date: dayOf(usageCounters.hour),
        requests: sql<number>`sum(${usageCounters.requests})::int`,
        apiRequests: sql<number>`sum(${usageCounters.apiRequests})::int`,
        checkouts: sql<number>`sum(${usageCounters.checkouts})::int`,
      })
      .from(usageCounters)
      .where(and(eq(usageCounters.tenantId, store.id), gte(usageCounters.hour, range.from), lt(usageCounters.hour, end)))
      .groupBy(dayOf(usageCounters.hour));
    const sales = await tx
      .select({
        date: dayOf(orders.createdAt),
        orders: sql<number>`count(*)::int`,
        revenueCents: sql<number>`coalesce(sum(${orders.totalCents}) filter (where ${orders.status} <> 'cancelled'), 0)::int`,
      })
      .from(orders)
      .where(and(eq(orders.tenantId, store.id), gte(orders.createdAt, range.from), lt(orders.createdAt, end)))
      .groupBy(dayOf(orders.createdAt));
    return { counters, sales };
  });
  const byDay = new Map(counters.map((c) => [c.date, c]));
  const salesByDay = new Map(sales.map((s) => [s.date, s]));
  const buckets = [];
  for (let t = range.from.getTime(); t <= range.to.getTime(); t += DAY) {
    const d = day(new Date(t));
    const c = byDay.get(d);
    const s = salesByDay.get(d);
    buckets.push({ date: d, requests: c?.requests ?? 0, apiRequests: c?.apiRequests ?? 0, checkouts: c?.checkouts ?? 0, orders: s?.orders ?? 0, revenueCents: s?.revenueCents ?? 0 });
  }
  const current = await storeUsage(database, store.id);
  const limits = PLANS[store.plan].limits;
  return {
    from: day(range.from),
    to: day(range.to),
    buckets,
    current,
    limits: { members: limits.members, products: limits.products, customDomains: limits.customDomains, storageBytes: limits.storageBytes },
  };
}

export async function storeHealthReport(database: Database, store: StoreRow): Promise<z.infer<typeof healthSchema>> {
  const started = performance.now();
  await database.execute(sql`select 1`);
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const usage = await storeUsage(database, store.id);
  const [mailCounts] = (await database
    .select({
      unsent: sql<number>`count(*) filter (where ${mailOutbox.sentAt} is null and ${mailOutbox.failedAt} is null)::int`,
      failed: sql<number>`count(*) filter (where ${mailOutbox.failedAt} is not null)::int`,
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.storeId, store.id))) as [{ unsent: number; failed: number }];
  const mailErrors = await database
    .select({ message: mailOutbox.lastError, at: mailOutbox.createdAt })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.storeId, store.id), isNotNull(mailOutbox.lastError), isNull(mailOutbox.sentAt)))
    .orderBy(desc(mailOutbox.id))
    .limit(5);
  const domains = await database.select().from(storeDomains).where(eq(storeDomains.storeId, store.id)).orderBy(storeDomains.domain);
  const hooks = await withTenant(database, store.id, async (tx) => {
    const [e] = (await tx
      .select({
        enabled: sql<number>`count(*) filter (where ${webhookEndpoints.status} = 'enabled')::int`,
        disabled: sql<number>`count(*) filter (where ${webhookEndpoints.status} = 'disabled')::int`,
      })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.tenantId, store.id))) as [{ enabled: number; disabled: number }];
    const [pending] = await tx.select({ n: count() }).from(webhookDeliveries).where(and(eq(webhookDeliveries.tenantId, store.id), eq(webhookDeliveries.status, "pending")));
    const since = new Date(Date.now() - DAY);
    const [failed] = await tx
      .select({ n: count() })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.tenantId, store.id), ne(webhookDeliveries.status, "succeeded"), isNotNull(webhookDeliveries.error), gte(webhookDeliveries.lastAttemptAt, since)));
    const errors = await tx
      .select({ message: webhookDeliveries.error, at: webhookDeliveries.lastAttemptAt })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.tenantId, store.id), isNotNull(webhookDeliveries.error)))
      .orderBy(desc(webhookDeliveries.lastAttemptAt))
      .limit(5);
    return { ...e, pending: pending?.n ?? 0, failedLastDay: failed?.n ?? 0, errors };
  });
  const lastErrors = [
    ...mailErrors.map((m) => ({ source: "mail" as const, message: m.message!, at: m.at.toISOString() })),
    ...hooks.errors.filter((w) => w.at).map((w) => ({ source: "webhook" as const, message: w.message!, at: w.at!.toISOString() })),
  ]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 5);
  const limitBytes = PLANS[store.plan].limits.storageBytes;
  const domainRows = domains.map((d) => ({ domain: d.domain, status: d.status, lastCheckedAt: d.lastCheckedAt?.toISOString() ?? null, failedChecks: d.failedChecks }));
  const healthy = store.status === "active" && usage.storageBytes <= limitBytes && mailCounts.failed === 0 && hooks.disabled === 0 && domainRows.every((d) => d.status !== "misconfigured");
  return {
    slug: store.slug,
    status: store.status,
    healthy,
    database: { placement: "shared cluster (row-level security on tenant_id)", reachable: true, latencyMs },
    storage: { bytes: usage.storageBytes, limitBytes },
    mail: { unsent: mailCounts.unsent, failed: mailCounts.failed, lastError: mailErrors[0]?.message ?? null },
    domains: domainRows,
    webhooks: { enabled: hooks.enabled, disabled: hooks.disabled, pending: hooks.pending, failedLastDay: hooks.failedLastDay },
    lastErrors,
  };
}
