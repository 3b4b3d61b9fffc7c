/*
 * "This process is shutting down": set the moment SIGTERM arrives (by the
 * server in scripts/serve.mjs, and by instrumentation.ts for `next dev`), read
 * by the readiness check so a load balancer stops routing here while the
 * requests already in flight finish. Kept on globalThis because the server
 * and the bundled route handlers are different module graphs in one process.
 */
const state = globalThis as unknown as { __plazaShuttingDownSince?: number };

export function markShuttingDown(): void {
  state.__plazaShuttingDownSince ??= Date.now();
}

export function isShuttingDown(): boolean {
  return state.__plazaShuttingDownSince !== undefined;
}
