import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "@/lib/db/connect";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { databaseFault } from "@/lib/db/errors";
import { migrateDatabase } from "@/lib/db/migrate";
import { readTenant, withPlatform } from "@/lib/db/tenant";
import { deriveAppUrl } from "@/lib/env";
import { checkReadiness } from "@/lib/health/readiness";
import { markShuttingDown } from "@/lib/health/shutdown";
import journal from "@/drizzle/meta/_journal.json";
import { freePort } from "../support/free-port";

/*
 * The database layer heals itself (issue 8, item 1). This file runs its OWN
 * embedded PostgreSQL on a free port, so terminating connections and
 * restarting the server under load harms no other test.
 *
 * The operation under test writes two rows in one transaction with a pause
 * between them: if a killed transaction's second statement ever ran outside
 * its transaction (on a fresh connection, in autocommit), a marker would be
 * left with one row — a partial write.
 */

const ROLE = { name: "plaza_app", password: "plaza_app" };
const TIMEOUTS = { connectTimeoutMs: 2_000, statementTimeoutMs: 3_000, lockTimeoutMs: 1_000, idleInTransactionTimeoutMs: 5_000 };
// Longer than any timeout above: an operation that takes this long hangs.
const HANG_MS = 10_000;



const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: EmbeddedServer;
let port: number;
let dataDir: string;
let owner: ReturnType<typeof connect>;
let app: ReturnType<typeof connect>;

const start = () => startEmbeddedPostgres({ dataDir, port });

beforeAll(async () => {
  port = await freePort();
  dataDir = path.resolve(`.data/test/heal-${randomUUID().slice(0, 8)}/postgres`);
  server = await start();
  await migrateDatabase(server.ownerUrl, ROLE);
  owner = connect(server.ownerUrl, { max: 2 });
  await owner.db.execute(sql`create table heal_probe (marker uuid not null, part int not null, primary key (marker, part))`);
  await owner.db.execute(sql.raw(`grant select, insert on heal_probe to ${ROLE.name}`));
  app = connect(deriveAppUrl(server.ownerUrl, ROLE.name, ROLE.password), { max: 10, timeouts: TIMEOUTS });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await owner?.close();
  await server?.stop();
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

/** One unit of work: two rows, one transaction, a pause in between so kills land mid-transaction. */
async function writePair(marker: string = randomUUID()): Promise<string> {
  await withPlatform(app.db, async (tx) => {
    await tx.execute(sql`insert into heal_probe (marker, part) values (${marker}, 1)`);
    await tx.execute(sql`select pg_sleep(0.02)`);
    await tx.execute(sql`insert into heal_probe (marker, part) values (${marker}, 2)`);
  });
  return marker;
}

type Outcome = { ok: boolean; ms: number; marker: string; error?: unknown };

/** Runs `fn`, failing it (as "hung") when it takes longer than HANG_MS. */
async function timed(fn: (marker: string) => Promise<unknown>): Promise<Outcome> {
  const marker = randomUUID();
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(marker),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`hung for ${HANG_MS} ms`)), HANG_MS))),
    ]);
    return { ok: true, ms: performance.now() - t0, marker };
  } catch (error) {
    return { ok: false, ms: performance.now() - t0, marker, error };
  } finally {
    clearTimeout(timer);
  }
}

/** `workers` loops of writePair until stopped; every outcome kept. */
function load(workers: number) {
  let running = true;
  const outcomes: Outcome[] = [];
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const o = await timed(writePair);
      outcomes.push(o);
      if (!o.ok) await sleep(20); // a failing database is not hammered in a tight loop
    }
  });
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

async function appBackends(): Promise<number[]> {
  const res = await owner.db.execute(sql`select pid from pg_stat_activity where usename = ${ROLE.name}`);
  return (res.rows as { pid: number }[]).map((r) => r.pid);
}

/** pg_terminate_backend on every app connection, busy or idle; waits until they are gone. */
async function killAppConnections(): Promise<number> {
  const pids = await appBackends();
  await owner.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where usename = ${ROLE.name}`);
  for (let i = 0; i < 100 && (await appBackends()).some((p) => pids.includes(p)); i++) await sleep(10);
  return pids.length;
}

/** `n` operations, `concurrency` at a time, right now: every one must succeed. */
async function consecutive(n: number, concurrency = 5) {
  const t0 = performance.now();
  const outcomes: Outcome[] = [];
  for (let i = 0; i < n; i += concurrency) {
    outcomes.push(...(await Promise.all(Array.from({ length: Math.min(concurrency, n - i) }, () => timed(writePair)))));
  }
  return { outcomes, seconds: (performance.now() - t0) / 1000 };
}

async function partialWrites(): Promise<string[]> {
  const res = await owner.db.execute(sql`select marker from heal_probe group by marker having count(*) <> 2`);
  return (res.rows as { marker: string }[]).map((r) => r.marker);
}

async function committed(markers: string[]): Promise<number> {
  if (markers.length === 0) return 0;
  const res = await owner.db.execute(sql`select count(distinct marker)::int as n from heal_probe where marker = any(${`{${markers.join(",")}}`}::uuid[])`);
  return (res.rows as { n: number }[])[0]!.n;
}

const messages = (outcomes: Outcome[]) => [...new Set(outcomes.filter((o) => !o.ok).map((o) => String((o.error as Error)?.message ?? o.error)))];

describe("the database layer heals itself", () => {
  it("answers a read whose connection is terminated mid-way on a fresh connection (a read only: writes are not retried)", async () => {
    const slug = `heal-${randomUUID().slice(0, 8)}`;
    const [store] = (await owner.db.execute(sql`insert into stores (slug, name, status) values (${slug}, 'Heal', 'active') returning id`)).rows as { id: string }[];
    const read = readTenant(app.db, store!.id, (tx) => tx.execute(sql`select pg_sleep(0.5), 1 as one`));
    let killed = 0;
    for (let i = 0; i < 200 && killed === 0; i++) {
      const busy = (await owner.db.execute(sql`select pid from pg_stat_activity where usename = ${ROLE.name} and query like 'select pg_sleep(0.5)%'`)).rows as { pid: number }[];
      for (const b of busy) killed += (await owner.db.execute(sql`select pg_terminate_backend(${b.pid})`)).rowCount ?? 0;
      if (killed === 0) await sleep(10);
    }
    expect(killed).toBe(1);
    expect((await read).rows).toMatchObject([{ one: 1 }]);
  });


  it("serves again at once after its connections are terminated, busy and idle, repeatedly, under load — and no killed transaction leaves a partial write", async () => {
    const busy = load(8);
    let killed = 0;
    for (let round = 0; round < 8; round++) {
      await sleep(150);
      killed += await killAppConnections();
    }
    const outcomes = await busy.stop();
    // Now the pool is idle: kill what it holds, twice.
    await sleep(200);
    killed += await killAppConnections();
    await sleep(100);
    killed += await killAppConnections();

    const after = await consecutive(50);
    expect(messages(after.outcomes)).toEqual([]);
    expect(after.seconds).toBeLessThan(5);

    expect(killed).toBeGreaterThan(8);
    expect(outcomes.filter((o) => o.ok).length).toBeGreaterThan(0);
    // No operation waited out a dead connection: each failed fast.
    expect(outcomes.filter((o) => o.ms >= HANG_MS)).toEqual([]);
    expect(await partialWrites()).toEqual([]);
    const succeeded = [...outcomes, ...after.outcomes].filter((o) => o.ok).map((o) => o.marker);
    expect(await committed(succeeded)).toBe(succeeded.length);
    // Failures during the kills are connection faults the app can name, not mysteries.
    for (const o of outcomes.filter((x) => !x.ok)) expect(databaseFault(o.error), String(o.error)).toBe("unavailable");
  });

  it("serves again within seconds after PostgreSQL restarts under load", async () => {
    const busy = load(6);
    await sleep(300);
    await server.stop();
    await sleep(1_000);
    server = await start();
    const restartedAt = performance.now();
    // Load continues until it has seen success again.
    while (!busy.outcomes.slice(-6).every((o) => o.ok) && performance.now() - restartedAt < 10_000) await sleep(50);
    const recoverySeconds = (performance.now() - restartedAt) / 1000;
    const outcomes = await busy.stop();

    const after = await consecutive(50);
    expect(messages(after.outcomes)).toEqual([]);
    expect(after.seconds).toBeLessThan(5);
    expect(recoverySeconds).toBeLessThan(5);
    expect(outcomes.filter((o) => o.ms >= HANG_MS)).toEqual([]);
    expect(await partialWrites()).toEqual([]);
    const succeeded = [...outcomes, ...after.outcomes].filter((o) => o.ok).map((o) => o.marker);
    expect(await committed(succeeded)).toBe(succeeded.length);
  });

  it("gives up on a lock held beyond the lock timeout with a clear error instead of hanging", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = withPlatform(owner.db, async (tx) => {
      await tx.execute(sql`lock table heal_probe in access exclusive mode`);
      locked();
      await held;
    });
    await isLocked;
    try {
      const o = await timed(writePair);
      expect(o.ok).toBe(false);
      expect(o.ms).toBeLessThan(TIMEOUTS.lockTimeoutMs + 1_500);
      expect(databaseFault(o.error)).toBe("timeout");
    } finally {
      release();
      await holder;
    }
    // The same pool serves at once afterwards.
    const after = await consecutive(10);
    expect(messages(after.outcomes)).toEqual([]);
  });

  it("stops a statement that runs past the statement timeout", async () => {
    const o = await timed(() => app.db.execute(sql`select pg_sleep(${(TIMEOUTS.statementTimeoutMs + 2_000) / 1000})`));
    expect(o.ok).toBe(false);
    expect(o.ms).toBeLessThan(TIMEOUTS.statementTimeoutMs + 1_500);
    expect(databaseFault(o.error)).toBe("timeout");
  });

  it("readiness fails while the database is unreachable and recovers after, through the app's own pool", async () => {
    expect(await checkReadiness(app.db)).toMatchObject({ ready: true, reasons: [], migrations: { ok: true, missing: [] } });
    await server.stop();
    try {
      const t0 = performance.now();
      const down = await checkReadiness(app.db);
      expect(down).toMatchObject({ ready: false, reasons: ["database unavailable"], database: { ok: false } });
      expect(performance.now() - t0).toBeLessThan(TIMEOUTS.connectTimeoutMs + 2_000);
    } finally {
      server = await start();
    }
    const t1 = performance.now();
    let up = await checkReadiness(app.db);
    while (!up.ready && performance.now() - t1 < 5_000) up = await checkReadiness(app.db);
    expect(up).toMatchObject({ ready: true, reasons: [] });
  });

  it("readiness fails when the code expects a migration the database has not applied", async () => {
    const ahead = { entries: [...journal.entries, { when: Date.now(), tag: "9999_from_the_future" }] };
    expect(await checkReadiness(app.db, ahead)).toMatchObject({
      ready: false,
      reasons: ["migrations behind: 9999_from_the_future not applied"],
      migrations: { ok: false, missing: ["9999_from_the_future"] },
    });
  });

  it("readiness fails from the moment shutdown begins", async () => {
    try {
      markShuttingDown();
      expect(await checkReadiness(app.db)).toMatchObject({ ready: false, reasons: ["shutting down"], database: { ok: true } });
    } finally {
      delete (globalThis as { __plazaShuttingDownSince?: number }).__plazaShuttingDownSince;
    }
  });
});
