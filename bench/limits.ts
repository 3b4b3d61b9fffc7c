// `npm run bench:limits`: what shared rate limits and the batched usage flush
// cost. Starts its own embedded PostgreSQL (and a redis-server if installed)
// on free ports, data in .data/bench-limits, so it never touches your data.
import { rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { connect } from "@/lib/db/connect";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { stores, usageCounters } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { deriveAppUrl } from "@/lib/env";
import { createLimiter } from "@/lib/limits/limiter";
import { freePort } from "../tests/support/free-port";
import { hasRedisServer, startRedisServer } from "../tests/support/redis-server";
import { compare } from "./harness";

const dataDir = ".data/bench-limits/postgres";
rmSync(dataDir, { recursive: true, force: true });
const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
const role = { name: "plaza_app", password: "plaza_app" };
await migrateDatabase(server.ownerUrl, role);
const owner = connect(server.ownerUrl, { max: 2 });
const app = connect(deriveAppUrl(server.ownerUrl, role.name, role.password), { max: 4 });
const redis = hasRedisServer() ? await startRedisServer() : null;

try {
  const spec = { name: "bench", points: 1_000_000, durationSeconds: 60 };
  const memory = new RateLimiterMemory({ points: spec.points, duration: spec.durationSeconds });
  const pg = createLimiter(spec, { kind: "postgres", pool: app.pool });
  const rd = redis ? createLimiter({ ...spec, name: "bench-redis" }, { kind: "redis", client: redis.admin }) : null;
  const keys = Array.from({ length: 100 }, () => randomUUID());
  let n = 0;
  const key = () => keys[n++ % keys.length]!;
  await compare(
    "One rate-limit spend (100 keys in turn)",
    { name: "process memory (before: one instance only)", run: () => memory.consume(key()) },
    [
      { name: "PostgreSQL rate_limits (default)", run: () => pg.spend(key()) },
      ...(rd ? [{ name: "Redis (REDIS_URL)", run: () => rd.spend(key()) }] : []),
    ],
  );

  // 200 stores with a count each: the flush the old code did one transaction per store.
  const made = await owner.db
    .insert(stores)
    .values(Array.from({ length: 200 }, (_, i) => ({ slug: `bench-${i}`, name: `Bench ${i}`, status: "active" as const })))
    .returning();
  const hour = new Date();
  hour.setUTCMinutes(0, 0, 0);
  const rows = JSON.stringify(made.map((s) => ({ tenant_id: s.id, hour: hour.toISOString(), requests: 3, api_requests: 1, checkouts: 0 })));
  await compare(
    "Flush usage counters of 200 stores",
    {
      name: "one statement (plaza_flush_usage)",
      run: () => app.pool.query("select plaza_flush_usage($1::jsonb)", [rows]),
    },
    [
      {
        name: "one transaction per store (before)",
        run: async () => {
          for (const s of made) {
            await withTenant(app.db, s.id, (tx) =>
              tx
                .insert(usageCounters)
                .values({ tenantId: s.id, hour, requests: 3, apiRequests: 1, checkouts: 0 })
                .onConflictDoUpdate({
                  target: [usageCounters.tenantId, usageCounters.hour],
                  set: { requests: sql`${usageCounters.requests} + 3`, apiRequests: sql`${usageCounters.apiRequests} + 1` },
                }),
            );
          }
        },
      },
    ],
    { rounds: 5, perRound: 10 },
  );
} finally {
  await redis?.stop();
  await Promise.all([owner.close(), app.close()]);
  await server.stop();
}

