import { changeListenerStatus } from "@/lib/changes/listener";
import { isShuttingDown } from "@/lib/health/shutdown";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

/**
 * Liveness, on every host: the process is up and answering. It never touches
 * the database — a database outage is not a reason to restart Plaza; routing
 * decisions belong to /api/ready (docs/decisions/0010). `changes` says whether
 * this instance hears other instances' store and domain changes:
 * "reconnecting" degrades freshness to the cache TTL, not availability.
 */
export function GET() {
  return Response.json(
    {
      status: "ok",
      version: pkg.version,
      uptimeSeconds: Math.round(process.uptime()),
      shuttingDown: isShuttingDown(),
      changes: changeListenerStatus(),
    },
    { headers: { "cache-control": "no-store" } },
  );
}
