import { db } from "@/lib/db/client";
import { checkReadiness } from "@/lib/health/readiness";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

/**
 * Readiness for load balancers: 200 only when this instance can serve real
 * requests. 503 (with Retry-After) while shutting down, when the database
 * cannot serve queries through the app's pool, or when migrations are behind.
 */
export async function GET() {
  const r = await checkReadiness(db());
  return Response.json(
    { status: r.ready ? "ready" : "not_ready", version: pkg.version, reasons: r.reasons, database: r.database, migrations: r.migrations,
      // Which dedicated databases fail (a store label, never an address with credentials).
      placements: r.placements.filter((p) => !p.ok).map((p) => ({ store: p.slug, database: p.label, problem: p.problem })) },
    { status: r.ready ? 200 : 503, headers: { "cache-control": "no-store", ...(r.ready ? {} : { "retry-after": "5" }) } },
  );
}
