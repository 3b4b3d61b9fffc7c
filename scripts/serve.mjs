// @ts-check
// The production server `npm start` runs (instead of `next start`): Next.js's
// own request handler on an HTTP server whose shutdown we control.
//
// `next start` on SIGTERM stops accepting connections and then waits for every
// keep-alive client to leave — 21 s seen behind a proxy that keeps upstream
// connections open — with no deadline, so a supervisor SIGKILLs it
// mid-request. Here, from the moment SIGTERM (or SIGINT) arrives:
//   1. readiness fails at once (/api/ready answers 503: lib/health/shutdown.ts);
//   2. the listener closes; idle keep-alive connections are closed now, and
//      busy ones as soon as their response is done (`Connection: close`);
//   3. requests already in flight finish;
//   4. the database pool is closed and the process exits 0 —
//      or, at SHUTDOWN_TIMEOUT_MS (default 25 s), exits 1 regardless.
// Plain JavaScript run by node: Next.js loads its own runtime, and a loader
// such as tsx has no business inside the server process.
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const deadlineMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);
const log = (/** @type {string} */ line) => console.log(`[serve] ${line}`);

const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

/** @type {Set<import("node:http").ServerResponse>} */
const inFlight = new Set();
let shuttingDown = false;

const server = createServer((req, res) => {
  inFlight.add(res);
  res.once("close", () => {
    inFlight.delete(res);
    // This connection is idle now: during shutdown nothing more runs on it.
    if (shuttingDown) server.closeIdleConnections();
  });
  if (shuttingDown) res.setHeader("connection", "close");
  void handle(req, res);
});

// Every address, like `next start`.
server.listen(port, () => log(`ready on port ${port}`));

async function closeDatabase() {
  // The app's pool lives in the bundled code (lib/db/client.ts) but is kept on
  // globalThis, which is one object for the whole process.
  const db = /** @type {{ plazaDb?: { close: () => Promise<void> } }} */ (globalThis).plazaDb;
  await Promise.race([db?.close(), new Promise((r) => setTimeout(r, 2_000))]).catch(() => {});
}

/** @param {NodeJS.Signals} signal */
function shutdown(signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  /** @type {{ __plazaShuttingDownSince?: number }} */ (globalThis).__plazaShuttingDownSince = Date.now();
  const started = Date.now();
  log(`${signal}: not ready any more; finishing ${inFlight.size} request(s) in flight (deadline ${deadlineMs} ms)`);

  const timer = setTimeout(() => {
    log(`deadline passed with ${inFlight.size} request(s) unfinished; exiting anyway`);
    server.closeAllConnections();
    process.exit(1);
  }, deadlineMs);

  for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
  server.close(async () => {
    await closeDatabase();
    await app.close().catch(() => {});
    clearTimeout(timer);
    log(`stopped cleanly in ${Date.now() - started} ms`);
    process.exit(0);
  });
  server.closeIdleConnections();
}

process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
