import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import pg from "pg";
import { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import { createLimiter, deleteExpiredLimits, RATE_LIMIT_TABLE, type LimitEngine, type LimitSpec } from "@/lib/limits/limiter";
import { freePort } from "../support/free-port";
import { hasRedisServer, startRedisServer } from "../support/redis-server";

/*
 * A limit holds in total across instances: two limiters made from the same
 * spec on two separate connections (two pools, two Redis clients: what two
 * app processes hold) spend from one budget. And each limit's `whenDown`
 * decides what an unreachable engine means.
 */

const pools: pg.Pool[] = [];
function appPool(url = inject("appUrl")) {
  const pool = new pg.Pool({ connectionString: url, max: 3, connectionTimeoutMillis: 1_000 });
  pool.on("error", () => {});
  pools.push(pool);
  return pool;
}
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end().catch(() => {})));
});

const spec = (points: number, extra: Partial<LimitSpec> = {}): LimitSpec => ({ name: `test-${randomUUID().slice(0, 8)}`, points, durationSeconds: 60, ...extra });

async function spendAcross(engines: LimitEngine[], s: LimitSpec, attempts: number) {
  const limiters = engines.map((e) => createLimiter(s, e));
  const allowed: number[] = engines.map(() => 0);
  for (let i = 0; i < attempts; i++) {
    const which = i % limiters.length;
    if ((await limiters[which]!.spend("client|someone@example.test")).allowed) allowed[which]!++;
  }
  return allowed;
}

describe("limits on PostgreSQL (the default)", () => {
  it("allow L spends in total across two instances, not L on each", async () => {
    const a = { kind: "postgres", pool: appPool() } as const;
    const b = { kind: "postgres", pool: appPool() } as const;
    const allowed = await spendAcross([a, b], spec(5), 12);
    expect(allowed.reduce((x, y) => x + y)).toBe(5);
    expect(allowed.every((n) => n > 0)).toBe(true);
  });

  it("see one instance's block and reset from the other", async () => {
    const s = spec(1);
    const a = createLimiter(s, { kind: "postgres", pool: appPool() });
    const b = createLimiter(s, { kind: "postgres", pool: appPool() });
    await a.block("acct", 30);
    const held = await b.status("acct");
    expect(held.spent).toBeGreaterThan(1);
    expect(held.resetsInSeconds).toBeGreaterThan(25);
    await b.reset("acct");
    expect(await a.status("acct")).toEqual({ spent: 0, resetsInSeconds: 0 });
  });

  it("count a key longer than any index entry (hashed) without failing", async () => {
    const l = createLimiter(spec(2), { kind: "postgres", pool: appPool() });
    const long = `client|${"x".repeat(5_000)}@example.test`;
    expect((await l.spend(long)).allowed).toBe(true);
    expect((await l.spend(long)).allowed).toBe(true);
    expect((await l.spend(long)).allowed).toBe(false);
  });

  it("run as the app role on the table the migration made, and expired counts are cleaned once for all", async () => {
    const pool = appPool();
    const s = spec(3, { durationSeconds: 1 });
    await createLimiter(s, { kind: "postgres", pool }).spend("gone");
    // Age the row past the hour the cleaner keeps.
    await pool.query(`update ${RATE_LIMIT_TABLE} set expire = $1 where key = $2`, [Date.now() - 2 * 3_600_000, `${s.name}:gone`]);
    expect(await deleteExpiredLimits(pool)).toBeGreaterThanOrEqual(1);
    expect((await pool.query(`select 1 from ${RATE_LIMIT_TABLE} where key = $1`, [`${s.name}:gone`])).rowCount).toBe(0);
  });
});

describe("limits when the engine is down", () => {
  let deadUrl: string;
  beforeAll(async () => {
    const url = new URL(inject("appUrl"));
    url.port = String(await freePort()); // nothing listens there
    deadUrl = url.toString();
  });

  it("refuse a closed limit's spends and checks with the engine's own error (the caller answers calmly)", async () => {
    const l = createLimiter(spec(5, { whenDown: "closed" }), { kind: "postgres", pool: appPool(deadUrl) });
    await expect(l.spend("k")).rejects.toThrow(/ECONNREFUSED/);
    await expect(l.status("k")).rejects.toThrow(/ECONNREFUSED/);
  });

  it("count an open limit in this process meanwhile: its budget still holds here", async () => {
    const l = createLimiter(spec(3, { whenDown: "open" }), { kind: "postgres", pool: appPool(deadUrl) });
    const results = [];
    for (let i = 0; i < 5; i++) results.push((await l.spend("k")).allowed);
    expect(results).toEqual([true, true, true, false, false]);
  });
});

describe.skipIf(!hasRedisServer())("limits on Redis (REDIS_URL)", () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  const clients: Redis[] = [];
  const client = () => {
    const c = new Redis(redis.url, { maxRetriesPerRequest: 1, commandTimeout: 1_000 });
    c.on("error", () => {});
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    clients.forEach((c) => c.disconnect());
    await redis?.stop();
  });

  it("allow L spends in total across two instances", async () => {
    const allowed = await spendAcross([{ kind: "redis", client: client() }, { kind: "redis", client: client() }], spec(5), 12);
    expect(allowed.reduce((x, y) => x + y)).toBe(5);
    expect(allowed.every((n) => n > 0)).toBe(true);
  });

  it("keep the counts in Redis, not in the database", async () => {
    const s = spec(2);
    await createLimiter(s, { kind: "redis", client: client() }).spend("k");
    expect(await redis.admin.get(`${s.name}:k`)).toBe("1");
  });
});

if (!hasRedisServer()) console.warn("shared-limits: redis-server is not installed (apt-get install redis-server): the Redis engine's tests are skipped");
