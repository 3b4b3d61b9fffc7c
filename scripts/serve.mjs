// @ts-check
// The HTTP server `npm run dev` and `npm start` run (instead of `next dev` /
// `next start`): Next.js's own request handler on an HTTP server whose
// shutdown and whose forwarded headers we control.
//
// Before Next.js sees a request, its forwarded headers are made trustworthy
// (lib/http/forwarded.ts, decision 0012): from peers outside
// PLAZA_TRUSTED_PROXIES every X-Forwarded-* is dropped and X-Forwarded-For
// becomes the socket's address, so no client picks next-auth's origin or
// resets the per-client rate limits.
//
// `next start` on SIGTERM stops accepting connections and then waits for every
// keep-alive client to leave — 21 s seen behind a proxy that keeps upstream
// connections open — with no deadline, so a supervisor SIGKILLs it
// mid-request. Here, from the moment SIGTERM (or SIGINT) arrives:
//   1. readiness fails at once (/api/ready answers 503: lib/health/shutdown.ts);
//   2. every response says `Connection: close`; a second later the
//      listener closes, and with it every idle keep-alive connection;
//   3. requests already in flight finish;
//   4. the database pool is closed and the process exits 0 —
//      or, at SHUTDOWN_TIMEOUT_MS (default 25 s), exits 1 regardless.
// Run with tsx's ESM loader only (`node --import tsx/esm`, scripts/run-app.ts) so that it can share the
// forwarded-header rules with the unit-tested TypeScript module; Next.js loads its own compiled runtime
// either way. Not `--import tsx`: that also hooks every require(), and Next requires its page modules
// on each request, so the hook's resolver ran per request (a few % of a storefront page's CPU, bench:http).
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { calmErrorPage, calmErrorPolicy } from "./calm-error-page.mjs";
import { parseTrustedProxies, sanitizeForwarded } from "../lib/http/forwarded.ts";

const port = Number(process.env.PORT ?? 3000);
const deadlineMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);
const log = (/** @type {string} */ line) => console.log(`[serve] ${line}`);

const mode = process.argv[2] ?? "start";
if (mode !== "dev" && mode !== "start") {
  console.error("usage: node --import tsx/esm scripts/serve.mjs dev|start");
  process.exit(2);
}
const dev = mode === "dev";

/** @type {ReturnType<typeof parseTrustedProxies>} */
let trusted;
try {
  trusted = parseTrustedProxies(process.env.PLAZA_TRUSTED_PROXIES);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}

const app = next({ dev, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

/** @type {Set<import("node:http").ServerResponse>} */
const inFlight = new Set();
let shuttingDown = false;

/**
 * A browser's page request that fails on the server gets the calm page
 * (scripts/calm-error-page.mjs) instead of Next's script-only error shell.
 * Decided when Next first writes: a 5xx is replaced whole.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {string} reference
 */
function calmServerErrors(req, res, reference) {
  // A navigation, or a form posted without JavaScript (a script's server
  // action call carries `Next-Action`, a client navigation `RSC`: those get
  // Next's own answer, which app/error.tsx renders).
  const isPage =
    ["GET", "HEAD", "POST"].includes(req.method ?? "") &&
    String(req.headers.accept ?? "").includes("text/html") &&
    !req.headers.rsc &&
    !req.headers["next-action"];
  if (!isPage) return;
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders, setHeader: res.setHeader };
  /** @type {boolean | null} */
  let replaced = null;
  // Set once the calm page is out: from then on Next's own writes are dropped.
  let written = false;
  /** @param {number} [status] */
  const replace = (status) => {
    if (replaced !== null) return replaced;
    // Any 5xx a browser would render: Next's error shell, or the bare
    // "Internal Server Error" text when the proxy itself failed. JSON is left alone.
    const type = String(res.getHeader("content-type") ?? "");
    replaced = (status ?? res.statusCode) >= 500 && !type.includes("json");
    if (replaced) {
      const nonce = randomBytes(16).toString("base64");
      const body = calmErrorPage(reference, nonce);
      original.writeHead.call(res, 500, {
        "content-security-policy": calmErrorPolicy(nonce),
        "content-type": "text/html; charset=utf-8",
        "content-length": Buffer.byteLength(body),
        "cache-control": "no-store",
        "retry-after": "5",
        "x-request-id": reference,
      });
      original.end.call(res, req.method === "HEAD" ? undefined : body);
      written = true;
    }
    return replaced;
  };
  /** @param {unknown[]} args */
  const callbackOf = (args) => args.find((a) => typeof a === "function");
  // @ts-expect-error -- same signatures, narrowed for the check
  res.writeHead = function (status, ...rest) {
    return replace(status) ? this : original.writeHead.call(this, status, ...rest);
  };
  res.flushHeaders = function () {
    if (!replace()) original.flushHeaders.call(this);
  };
  // @ts-expect-error -- same signatures, narrowed for the check
  res.setHeader = function (name, value) {
    // (writeHead sets its headers through setHeader: ours must get through.)
    return written ? this : original.setHeader.call(this, name, value);
  };
  // @ts-expect-error -- same signatures, narrowed for the check
  res.write = function (...args) {
    if (!replace()) return original.write.apply(this, /** @type {any} */ (args));
    callbackOf(args)?.();
    return true;
  };
  // @ts-expect-error -- same signatures, narrowed for the check
  res.end = function (...args) {
    if (!replace()) return original.end.apply(this, /** @type {any} */ (args));
    callbackOf(args)?.();
    return this;
  };
}

const server = createServer((req, res) => {
  sanitizeForwarded(req.headers, req.socket.remoteAddress, trusted);
  // One id per request: in the server log (instrumentation.ts) and on the calm page.
  const reference = randomUUID().slice(0, 8);
  req.headers["x-request-id"] = reference;
  // In development Next's own error overlay is the more useful page.
  if (!dev) calmServerErrors(req, res, reference);
  inFlight.add(res);
  res.once("close", () => {
    inFlight.delete(res);
    // This connection is idle now: during shutdown nothing more runs on it.
    if (shuttingDown) server.closeIdleConnections();
  });
  if (shuttingDown) res.setHeader("connection", "close");
  // The common page load is routed here instead of in proxy.ts (lib/http/front-door.ts,
  // registered by instrumentation.ts); until it is registered, or if it fails, the proxy routes.
  const frontDoor = /** @type {{ __plazaFrontDoor?: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<boolean> }} */ (globalThis).__plazaFrontDoor;
  const routed = frontDoor ? frontDoor(req, res) : Promise.resolve(false);
  void routed
    .catch((err) => {
      log(`front door failed, the proxy routes ${reference}: ${err instanceof Error ? err.message : err}`);
      return false;
    })
    .then((inFront) => {
      // Whatever a client sent: nobody skips the proxy by sending the front door's mark.
      if (!inFront) delete req.headers["x-plaza-routed"];
      return handle(req, res);
    });
});

// Dev's hot reload speaks WebSocket; the forwarded headers are cleaned there too.
const upgrade = app.getUpgradeHandler();
server.on("upgrade", (req, socket, head) => {
  sanitizeForwarded(req.headers, req.socket.remoteAddress, trusted);
  void upgrade(req, socket, head);
});

// Every address, like `next start`.
server.listen(port, () => log(`ready on port ${port}`));

async function closeDatabase() {
  // What the app registered to finish while the database is still there (the
  // job worker stops, usage counts are written): bounded, never in the way of exit.
  const before = /** @type {{ __plazaBeforeClose?: Array<() => Promise<void>> }} */ (globalThis).__plazaBeforeClose ?? [];
  await Promise.race([Promise.allSettled(before.map((fn) => fn())), new Promise((r) => setTimeout(r, 6_000))]);
  // The app's pool lives in the bundled code (lib/db/client.ts) but is kept on
  // globalThis, which is one object for the whole process.
  const db = /** @type {{ plazaDb?: { close: () => Promise<void> } }} */ (globalThis).plazaDb;
  await Promise.race([db?.close(), new Promise((r) => setTimeout(r, 2_000))]).catch(() => {});
}

// After SIGTERM, keep-alive clients get this long to send what they were
// already sending; each gets its answer with `Connection: close`. Then the
// listener closes and so does every connection with nothing in flight.
// (Closing idle keep-alive sockets at the very instant of the signal would
// reset requests a client had just written onto them.)
const LAST_CALL_MS = 1_000;

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
  setTimeout(() => {
    // Stops listening and closes idle connections; the callback runs once the
    // busy ones have finished (each closes after its response, see above).
    server.close(async () => {
      await closeDatabase();
      await app.close().catch(() => {});
      clearTimeout(timer);
      log(`stopped cleanly in ${Date.now() - started} ms`);
      process.exit(0);
    });
  }, Math.min(LAST_CALL_MS, deadlineMs / 4));
}

process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
