import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { databaseFault } from "@/lib/db/errors";
import { stores } from "@/lib/db/schema";
import { placementHealth, type PlacementHealth } from "@/lib/db/placement-health";
import { withPlatform } from "@/lib/db/tenant";
import journal from "@/drizzle/meta/_journal.json";
import { isShuttingDown } from "./shutdown";

/*
 * Readiness: may a load balancer send this instance traffic? Three checks,
 * each a reason it may not:
 *  - shutdown: SIGTERM arrived (lib/health/shutdown.ts);
 *  - database: a real read through the app's own pool, in a transaction like
 *    every request makes (not a `select 1` on a side connection that might
 *    be the one healthy socket);
 *  - migrations: drizzle's journal (built into this version) lists a
 *    migration the database has not applied — this code expects a schema the
 *    database does not have yet.
 */

export type Journal = { entries: { when: number; tag: string }[] };
export type Readiness = {
  ready: boolean;
  reasons: string[];
  database: { ok: boolean; latencyMs: number | null };
  migrations: { ok: boolean | null; expected: number; applied: number | null; missing: string[] };
  /** Dedicated databases (docs/decisions/0019): one that is unreachable is listed, not a reason; one behind on migrations is. */
  placements: PlacementHealth[];
};

const CHECK_TIMEOUT_MS = 3_000;

function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("readiness check timed out")), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

export async function checkReadiness(database: Database, expected: Journal = journal, options: { fresh?: boolean } = {}): Promise<Readiness> {
  const reasons: string[] = [];
  if (isShuttingDown()) reasons.push("shutting down");

  const started = performance.now();
  let applied: number[] | null = null;
  let dbOk = false;
  try {
    applied = await within(CHECK_TIMEOUT_MS, withPlatform(database, async (tx) => {
      await tx.select({ id: stores.id }).from(stores).limit(1);
      const res = await tx.execute<{ created_at: string }>(sql`select created_at from drizzle.__drizzle_migrations`);
      return res.rows.map((r) => Number(r.created_at));
    }));
    dbOk = true;
  } catch (err) {
    reasons.push(databaseFault(err) === "timeout" ? "database too slow" : "database unavailable");
  }

  const missing = applied ? expected.entries.filter((e) => !applied.includes(e.when)).map((e) => e.tag) : [];
  if (missing.length) reasons.push(`migrations behind: ${missing.join(", ")} not applied`);
  const placements = dbOk ? await placementHealth(database, expected, { fresh: options.fresh }).catch(() => []) : [];
  for (const p of placements) if (p.missing.length) reasons.push(`migrations behind in the dedicated database of ${p.slug} (${p.label}): ${p.missing.join(", ")} not applied`);
  return {
    ready: reasons.length === 0,
    reasons,
    database: { ok: dbOk, latencyMs: dbOk ? Math.round((performance.now() - started) * 10) / 10 : null },
    migrations: { ok: applied ? missing.length === 0 : null, expected: expected.entries.length, applied: applied?.length ?? null, missing },
    placements,
  };
}
