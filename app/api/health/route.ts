import { sql } from "drizzle-orm";
import { changeListenerStatus } from "@/lib/changes/listener";
import { db } from "@/lib/db/client";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and operators, on every host: is the database reachable? */
export async function GET() {
  const started = Date.now();
  try {
    await db().execute(sql`select 1`);
    // Changes from other instances: "reconnecting" degrades freshness to the cache TTL, not availability.
    return Response.json({ status: "ok", version: pkg.version, database: { status: "ok", latencyMs: Date.now() - started }, changes: changeListenerStatus() });
  } catch {
    return Response.json(
      { status: "error", version: pkg.version, database: { status: "unreachable" } },
      { status: 503, headers: { "retry-after": "5" } },
    );
  }
}
