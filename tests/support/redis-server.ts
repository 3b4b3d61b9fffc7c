import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { Redis } from "ioredis";

/** Whether a redis-server binary is on PATH (Debian's redis-server package). */
export const hasRedisServer = () => spawnSync("redis-server", ["--version"]).status === 0;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/**
 * A private redis-server on a free port, nothing persisted, stopped by the
 * test: never the machine's own Redis on 6379.
 */
export async function startRedisServer() {
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const url = `redis://127.0.0.1:${port}`;
  const admin = new Redis(url, { lazyConnect: true, retryStrategy: () => 50, maxRetriesPerRequest: null });
  admin.on("error", () => {}); // refused until the server is up; retried
  await admin.connect().catch(() => {});
  await admin.ping();
  return {
    url,
    admin,
    async stop() {
      admin.disconnect();
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
