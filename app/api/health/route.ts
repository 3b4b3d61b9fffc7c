import { isShuttingDown } from "@/lib/health/shutdown";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

/**
 * Liveness, on every host: the process is up and answering. It never touches
 * the database — a database outage is not a reason to restart Plaza; routing
 * decisions belong to /api/ready (docs/decisions/0010).
 */
export function GET() {
  return Response.json(
    { status: "ok", version: pkg.version, uptimeSeconds: Math.round(process.uptime()), shuttingDown: isShuttingDown() },
    { headers: { "cache-control": "no-store" } },
  );
}
