import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startStripeServer } from "./stripe-server";

/*
 * The Stripe stand-in as its own process, beside the e2e server
 * (scripts/e2e-server.sh): listens on a free port, writes its origin to the
 * file named in argv[2] for the server's environment and the specs, and exits
 * when the process named in argv[3] (the server) is gone.
 */
const [file, watchPid] = process.argv.slice(2);
if (!file) throw new Error("usage: stripe-standin-main.ts <origin file> [pid to follow]");
const server = await startStripeServer();
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify({ origin: server.origin }));
if (watchPid) {
  setInterval(() => {
    try {
      process.kill(Number(watchPid), 0);
    } catch {
      void server.stop().finally(() => process.exit(0));
    }
  }, 1000).unref();
}
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void server.stop().finally(() => process.exit(0)));
