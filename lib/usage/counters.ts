import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { usageCounters } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";

/*
 * Requests, API requests and checkouts per store per hour. Counting happens in
 * memory and is flushed every 10 s (one upsert per store and hour), so the
 * storefront's hot path never waits on a write. A crash loses at most 10 s of
 * counts — acceptable for usage charts, not for billing.
 */

type Counts = { requests: number; apiRequests: number; checkouts: number };
const g = globalThis as unknown as { plazaUsage?: Map<string, Counts>; plazaUsageTimer?: NodeJS.Timeout };

function hourOf(d = new Date()): string {
  const h = new Date(d);
  h.setUTCMinutes(0, 0, 0);
  return h.toISOString();
}

function bump(storeId: string, field: keyof Counts) {
  g.plazaUsage ??= new Map();
  const key = `${storeId}|${hourOf()}`;
  const c = g.plazaUsage.get(key) ?? { requests: 0, apiRequests: 0, checkouts: 0 };
  c[field]++;
  g.plazaUsage.set(key, c);
  g.plazaUsageTimer ??= setInterval(() => void flushUsage(), 10_000);
  g.plazaUsageTimer.unref?.();
}

export const countRequest = (storeId: string) => bump(storeId, "requests");
export const countApiRequest = (storeId: string) => bump(storeId, "apiRequests");
export const countCheckout = (storeId: string) => bump(storeId, "checkouts");

export async function flushUsage(): Promise<void> {
  const pending = g.plazaUsage;
  if (!pending || pending.size === 0) return;
  g.plazaUsage = new Map();
  for (const [key, c] of pending) {
    const [storeId, hour] = key.split("|") as [string, string];
    try {
      await withTenant(db(), storeId, (tx) =>
        tx
          .insert(usageCounters)
          .values({ tenantId: storeId, hour: new Date(hour), ...c })
          .onConflictDoUpdate({
            target: [usageCounters.tenantId, usageCounters.hour],
            set: {
              requests: sql`${usageCounters.requests} + ${c.requests}`,
              apiRequests: sql`${usageCounters.apiRequests} + ${c.apiRequests}`,
              checkouts: sql`${usageCounters.checkouts} + ${c.checkouts}`,
            },
          }),
      );
    } catch {
      // A purged store's counts have nowhere to go; drop them.
    }
  }
}
