// `npm run bench:recovery`: how long Plaza's database layer takes to serve
// again after every app connection is terminated under load (and after a
// PostgreSQL restart). Starts its own embedded PostgreSQL on a free port
// (data in .data/bench-recovery), so it never touches your data. Prints seconds.
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { sql } from "drizzle-orm";
import { connect } from "@/lib/db/connect";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { stores } from "@/lib/db/schema";
import { withPlatform } from "@/lib/db/tenant";
import { deriveAppUrl } from "@/lib/env";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WORKERS = 8;
// "Serving again" means this many operations in a row succeeded.
const STREAK = 20;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const dataDir = ".data/bench-recovery/postgres";
rmSync(dataDir, { recursive: true, force: true });
const port = Number(process.env.BENCH_PG_PORT ?? (await freePort()));
let server = await startEmbeddedPostgres({ dataDir, port });
const role = { name: "plaza_app", password: "plaza_app" };
await migrateDatabase(server.ownerUrl, role);
const owner = connect(server.ownerUrl, { max: 2, onError: () => {} });
const app = connect(deriveAppUrl(server.ownerUrl, role.name, role.password), { max: 10, onError: () => {} });

// The unit of work: what most requests do — a transaction reading a platform table.
const op = () => withPlatform(app.db, (tx) => tx.select({ id: stores.id }).from(stores).limit(1));

let streak = 0;
let failures = 0;
let running = true;
const workers = Array.from({ length: WORKERS }, async () => {
  while (running) {
    try {
      await op();
      streak++;
    } catch {
      streak = 0;
      failures++;
      await sleep(5);
    }
  }
});

/** Seconds from `since` until STREAK operations in a row have succeeded. */
async function recovered(since: number): Promise<number> {
  streak = 0;
  while (streak < STREAK) {
    if (performance.now() - since > 60_000) return Number.POSITIVE_INFINITY;
    await sleep(1);
  }
  return (performance.now() - since) / 1000;
}

const fmt = (s: number) => (Number.isFinite(s) ? `${s.toFixed(3)} s` : "did not recover in 60 s");
try {
  await sleep(500);
  const kills: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const before = failures;
    const t0 = performance.now();
    await owner.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where usename = ${role.name}`);
    const s = await recovered(t0);
    kills.push(s);
    console.log(`terminate every app connection, round ${r + 1}: serving again after ${fmt(s)} (${failures - before} operations failed)`);
    await sleep(300);
  }
  const sorted = [...kills].sort((a, b) => a - b);
  console.log(`recovery after termination: median ${fmt(sorted[Math.floor(sorted.length / 2)]!)}, worst ${fmt(sorted.at(-1)!)}`);

  const t1 = performance.now();
  await server.stop();
  server = await startEmbeddedPostgres({ dataDir, port });
  const restartedAt = performance.now();
  const s = await recovered(restartedAt);
  console.log(`PostgreSQL restart (down ${((restartedAt - t1) / 1000).toFixed(2)} s): serving again ${fmt(s)} after it was back`);
} finally {
  running = false;
  await Promise.all(workers);
  await app.close();
  await owner.close();
  await server.stop();
}
