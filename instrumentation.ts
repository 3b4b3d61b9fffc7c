import type { Instrumentation } from "next";

// Parse the environment when the server boots, so a missing or malformed
// variable stops start-up with its name instead of failing a later request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    env();
    // Hear other instances' store and domain changes (lib/changes); not while building.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startChangeListener } = await import("./lib/changes/listener");
      await startChangeListener();
      // The periodic jobs on pg-boss: every instance works them, each occurrence runs once (lib/jobs/worker.ts).
      // Not awaited: a database that is down at boot must not stop the server from answering; it retries.
      const { startAppJobWorker } = await import("./lib/jobs/worker");
      void startAppJobWorker();
      // Usage counts still in memory are written before the pool closes (scripts/serve.mjs).
      const { registerUsageFlushOnClose } = await import("./lib/usage/counters");
      registerUsageFlushOnClose();
      // Page loads routed by the HTTP server itself, before Next (lib/http/front-door.ts; scripts/serve.mjs calls it).
      const { routeInFront } = await import("./lib/http/front-door");
      (globalThis as { __plazaFrontDoor?: typeof routeInFront }).__plazaFrontDoor = routeInFront;
    }
    // Readiness fails the moment SIGTERM arrives (scripts/serve.mjs does the
    // same and drains; this covers `next dev`).
    const { markShuttingDown } = await import("./lib/health/shutdown");
    process.once("SIGTERM", markShuttingDown);
  }
}

/**
 * Every error Next.js catches while rendering or handling a request, logged
 * once with the request's reference (set by scripts/serve.mjs and shown on the
 * calm error page) and Next's digest (shown by app/error.tsx).
 */
export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportError } = await import("./lib/errors/report");
  const header = request.headers["x-request-id"];
  const digest = (err as { digest?: string }).digest;
  const reference = (Array.isArray(header) ? header[0] : header) ?? digest ?? undefined;
  reportError(`${context.routerKind} ${context.routeType} ${request.method} ${request.path}${digest ? ` digest=${digest}` : ""}`, err, reference);
};
