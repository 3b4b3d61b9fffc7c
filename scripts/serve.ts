// The HTTP server behind `npm run dev` / `npm start` (spawned by scripts/run-app.ts):
// Next.js's own request handler, with one step before it — the forwarded
// headers are made trustworthy (lib/http/forwarded.ts). `next start` alone
// keeps whatever X-Forwarded-* a client sends, which would let any client pick
// next-auth's origin or reset the per-client rate limits.
// Usage: tsx scripts/serve.ts dev|start <port>
import { createServer } from "node:http";
import next from "next";
import { parseTrustedProxies, sanitizeForwarded } from "@/lib/http/forwarded";

const mode = process.argv[2];
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
if ((mode !== "dev" && mode !== "start") || !Number.isInteger(port)) {
  console.error("usage: tsx scripts/serve.ts dev|start <port>");
  process.exit(2);
}

let trusted: ReturnType<typeof parseTrustedProxies>;
try {
  trusted = parseTrustedProxies(process.env.PLAZA_TRUSTED_PROXIES);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}

const app = next({ dev: mode === "dev", port, hostname: process.env.HOSTNAME ?? "localhost" });
const handle = app.getRequestHandler();

await app.prepare();
const server = createServer((req, res) => {
  sanitizeForwarded(req.headers, req.socket.remoteAddress, trusted);
  void handle(req, res);
});
// WebSocket upgrades (dev's hot reload): Next attaches its own listener to this server on the
// first request; this one runs before it and only cleans the headers.
server.on("upgrade", (req) => {
  sanitizeForwarded(req.headers, req.socket.remoteAddress, trusted);
});
server.listen(port, () => console.log(`> Ready on port ${port} (${mode})`));

const stop = () => {
  server.close();
  void app.close().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
