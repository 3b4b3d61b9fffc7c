import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "./connect";
import { databaseFault } from "./errors";
import { tenantDatabase } from "./placement";
import { stores } from "./schema";

/*
 * The dedicated databases' health, for readiness (/api/ready) and the
 * console: each one the registry names, asked through the app's own pool
 * for it which migrations it has. Unreachable: only its store is affected,
 * so it is reported, and the instance stays ready (taking every instance out
 * of the load balancer would take every other store down with it). Reachable
 * but behind on migrations: this build expects a schema it does not have, and
 * readiness fails until `npm run db:migrate` brings it up.
 */

export type PlacementHealth = { storeId: string; slug: string; label: string; ok: boolean; problem: string | null; missing: string[] };
type Journal = { entries: { when: number; tag: string }[] };

const CHECK_TIMEOUT_MS = 3_000;
const CACHE_MS = 10_000;
const g = globalThis as unknown as { plazaPlacementHealth?: { at: number; result: Promise<PlacementHealth[]> } };

function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("check timed out")), ms)))]).finally(() => clearTimeout(timer));
}

async function check(control: Database, journal: Journal): Promise<PlacementHealth[]> {
  const dedicated = await control
    .select({ id: stores.id, slug: stores.slug, label: stores.placementLabel })
    .from(stores)
    .where(eq(stores.placement, "dedicated"))
    .orderBy(stores.slug);
  return Promise.all(
    dedicated.map(async (s): Promise<PlacementHealth> => {
      const base = { storeId: s.id, slug: s.slug, label: s.label ?? "(dedicated database)" };
      try {
        const target = await tenantDatabase(control, s.id);
        const res = await within(CHECK_TIMEOUT_MS, target.database.execute<{ created_at: string }>(sql`select created_at from drizzle.__drizzle_migrations`));
        const applied = new Set(res.rows.map((r) => Number(r.created_at)));
        const missing = journal.entries.filter((e) => !applied.has(e.when)).map((e) => e.tag);
        return { ...base, ok: missing.length === 0, problem: missing.length ? `migrations behind: ${missing.join(", ")}` : null, missing };
      } catch (err) {
        const fault = databaseFault(err);
        const problem = fault === "timeout" || (err instanceof Error && err.message === "check timed out") ? "too slow to answer" : "unreachable";
        return { ...base, ok: false, problem, missing: [] };
      }
    }),
  );
}

/** Every dedicated database's state (cached for a few seconds: readiness is polled often). */
export function placementHealth(control: Database, journal: Journal, options: { fresh?: boolean } = {}): Promise<PlacementHealth[]> {
  const cached = g.plazaPlacementHealth;
  if (!options.fresh && cached && Date.now() - cached.at < CACHE_MS) return cached.result;
  const result = check(control, journal);
  g.plazaPlacementHealth = { at: Date.now(), result };
  result.catch(() => (g.plazaPlacementHealth = undefined));
  return result;
}
