import "server-only";
import type pg from "pg";
import { db } from "@/lib/db/client";
import { tenantPool } from "@/lib/db/placement";

/*
 * Requests, API requests and checkouts per store per hour. Counting happens in
 * this process's memory (the storefront's hot path never waits on a write) and
 * is flushed every 10 s in one statement per database (the pool's stores
 * together, each dedicated database apart) for every store
 * (`plaza_flush_usage`, drizzle/0014_shared_limits_and_jobs.sql: each store's
 * rows under its own tenant, so row-level security checks them). Flushes never
 * overlap: a tick while one is running does nothing, and the next takes what
 * arrived meanwhile. Counts that could not be written go back into memory for
 * the next flush. The counts are this instance's, so each instance flushes its
 * own; increments add up in the table, so N instances count correctly. On
 * SIGTERM the server writes what is left before closing its pool. A crash
 * loses at most 10 s of counts — acceptable for usage charts, not for billing.
 */

type Counts = { requests: number; apiRequests: number; checkouts: number };
const g = globalThis as unknown as {
  plazaUsage?: Map<string, Counts>;
  plazaUsageTimer?: NodeJS.Timeout;
  plazaUsageFlushing?: Promise<number>;
  plazaUsageOnClose?: boolean;
  __plazaBeforeClose?: Array<() => Promise<void>>;
};

/** Never more than this many pending (store, hour) rows: past it, the oldest counts are dropped. */
const MAX_PENDING = 50_000;

function hourOf(d = new Date()): string {
  const h = new Date(d);
  h.setUTCMinutes(0, 0, 0);
  return h.toISOString();
}

function add(key: string, c: Counts) {
  g.plazaUsage ??= new Map();
  const cur = g.plazaUsage.get(key) ?? { requests: 0, apiRequests: 0, checkouts: 0 };
  cur.requests += c.requests;
  cur.apiRequests += c.apiRequests;
  cur.checkouts += c.checkouts;
  g.plazaUsage.set(key, cur);
  if (g.plazaUsage.size > MAX_PENDING) g.plazaUsage.delete(g.plazaUsage.keys().next().value!);
}

function bump(storeId: string, field: keyof Counts) {
  add(`${storeId}|${hourOf()}`, { requests: 0, apiRequests: 0, checkouts: 0, [field]: 1 });
  g.plazaUsageTimer ??= setInterval(() => void flushUsage().catch(() => {}), 10_000);
  g.plazaUsageTimer.unref?.();
}

export const countRequest = (storeId: string) => bump(storeId, "requests");
export const countApiRequest = (storeId: string) => bump(storeId, "apiRequests");
export const countCheckout = (storeId: string) => bump(storeId, "checkouts");

/**
 * Writes every pending count in one statement; the number of (store, hour)
 * rows written. A flush already running is awaited instead of overlapped.
 */
export async function flushUsage(): Promise<number> {
  if (g.plazaUsageFlushing) return g.plazaUsageFlushing;
  const pending = g.plazaUsage;
  if (!pending || pending.size === 0) return 0;
  g.plazaUsage = new Map();
  const rows = [...pending].map(([key, c]) => {
    const [tenantId, hour] = key.split("|") as [string, string];
    return { tenant_id: tenantId, hour, requests: c.requests, api_requests: c.apiRequests, checkouts: c.checkouts };
  });
  g.plazaUsageFlushing = (async () => {
    try {
      // One statement per database: the pool's stores together, each dedicated
      // database its own (lib/db/placement.ts). A database that does not take
      // its counts keeps them for the next flush; the others are written.
      const byPool = new Map<pg.Pool, typeof rows>();
      let written = 0;
      let failure: unknown = null;
      const keep = (r: (typeof rows)[number]) => add(`${r.tenant_id}|${r.hour}`, { requests: r.requests, apiRequests: r.api_requests, checkouts: r.checkouts });
      for (const row of rows) {
        // A store whose placement cannot be looked up now keeps its counts for the next flush.
        const target = await tenantPool(db().$client, row.tenant_id).catch((err: unknown) => {
          failure ??= err;
          keep(row);
          return null;
        });
        if (target) byPool.set(target.pool, [...(byPool.get(target.pool) ?? []), row]);
      }
      for (const [pool, part] of byPool) {
        try {
          const res = await pool.query<{ written: number }>("select plaza_flush_usage($1::jsonb) as written", [JSON.stringify(part)]);
          written += res.rows[0]?.written ?? 0;
        } catch (err) {
          failure ??= err;
          part.forEach(keep);
        }
      }
      if (failure) throw failure;
      return written;
    } finally {
      g.plazaUsageFlushing = undefined;
    }
  })();
  return g.plazaUsageFlushing;
}

/** Asks scripts/serve.mjs to write what is pending before it closes the pool on SIGTERM (once per process). */
export function registerUsageFlushOnClose(): void {
  if (g.plazaUsageOnClose) return;
  g.plazaUsageOnClose = true;
  (g.__plazaBeforeClose ??= []).push(async () => {
    await g.plazaUsageFlushing?.catch(() => {});
    await flushUsage().catch(() => {});
  });
}
