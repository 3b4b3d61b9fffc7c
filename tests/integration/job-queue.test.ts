import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connect } from "@/lib/db/connect";
import { deriveAppUrl } from "@/lib/env";
import { migrateDatabase } from "@/lib/db/migrate";
import { BOSS_SCHEMA, JOB_NAMES, JOBS, type JobName } from "@/lib/jobs/queues";
import { JOB_TASKS } from "@/lib/jobs/run";
import { startJobWorker, type JobWorker } from "@/lib/jobs/worker";
import { platformHealth } from "@/lib/console/health";

/*
 * The periodic jobs on pg-boss, as N instances run them: two workers (each
 * with its own pool, as two app servers have) on one database, both
 * scheduling every job every minute. Each occurrence must run once, not once
 * per instance. The jobs are global (they purge, send and re-check for every
 * store), so this runs on a database of its own, migrated like production:
 * pg-boss installed by the owner, the workers connected as the app role.
 */
const name = `plaza_boss_${randomBytes(5).toString("hex")}`;
const server = connect(inject("ownerUrl"), { max: 1 });
const ownerUrl = new URL(inject("ownerUrl"));
ownerUrl.pathname = `/${name}`;
const suiteApp = new URL(inject("appUrl"));
const role = { name: decodeURIComponent(suiteApp.username), password: decodeURIComponent(suiteApp.password) };
const appUrl = deriveAppUrl(ownerUrl.toString(), role.name, role.password);
const app = connect(appUrl, { max: 4 });

beforeAll(async () => {
  await server.db.execute(sql.raw(`create database "${name}"`));
  await migrateDatabase(ownerUrl.toString(), role);
}, 60_000);
afterAll(async () => {
  await app.close();
  await server.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
  await server.close();
});

const rows = async <T>(q: string, values: unknown[] = []) => (await app.pool.query(q, values)).rows as T[];

describe("pg-boss's schema", () => {
  it("is installed by the migration, owned by the owner; the app role has data rights only", async () => {
    const [owner] = await rows<{ owner: string; create: boolean; usage: boolean }>(
      `select pg_get_userbyid(nspowner) as owner, has_schema_privilege(current_user, nspname, 'CREATE') as create, has_schema_privilege(current_user, nspname, 'USAGE') as usage
       from pg_namespace where nspname = $1`,
      [BOSS_SCHEMA],
    );
    expect(owner).toMatchObject({ create: false, usage: true });
    expect(owner!.owner).not.toBe(role.name);
    const [job] = await rows<{ owner: string }>(`select tableowner as owner from pg_tables where schemaname = $1 and tablename = 'job'`, [BOSS_SCHEMA]);
    expect(job!.owner).not.toBe(role.name);
  });

  it("has one queue per job, singleton (stately), retried with backoff", async () => {
    const queues = await rows<{ name: string; policy: string; retry_limit: number; retry_backoff: boolean }>(`select name, policy, retry_limit, retry_backoff from ${BOSS_SCHEMA}.queue where name = any($1)`, [JOB_NAMES]);
    expect(queues.map((q) => q.name).sort()).toEqual([...JOB_NAMES].sort());
    for (const q of queues) expect(q).toMatchObject({ policy: "stately", retry_limit: JOBS[q.name as JobName].queue.retryLimit, retry_backoff: true });
  });
});

describe("two instances' workers", () => {
  const runs: Array<{ job: JobName; instance: string; at: number }> = [];
  const workers: JobWorker[] = [];
  const tasks = (instance: string) =>
    Object.fromEntries(
      JOB_NAMES.map((job) => [
        job,
        async () => {
          runs.push({ job, instance, at: Date.now() });
          return JOB_TASKS[job](app.db); // the real job, on this test's database
        },
      ]),
    ) as Record<JobName, () => Promise<string>>;

  beforeAll(async () => {
    for (const instance of ["A", "B"]) {
      workers.push(await startJobWorker({ url: appUrl, cron: "* * * * *", pollSeconds: 1, tasks: tasks(instance), log: () => {} }));
    }
  }, 30_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
  });

  it("run each scheduled job once per occurrence, not once per instance", async () => {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !JOB_NAMES.every((j) => runs.some((r) => r.job === j))) await new Promise((r) => setTimeout(r, 250));
    expect(new Set(runs.map((r) => r.job))).toEqual(new Set(JOB_NAMES));
    // Both instances keep passing over the schedules for a few more cron passes.
    await new Promise((r) => setTimeout(r, 4_000));
    for (const job of JOB_NAMES) {
      const mine = runs.filter((r) => r.job === job);
      const minutes = new Set(mine.map((r) => Math.floor(r.at / 60_000)));
      expect({ job, runs: mine.length }).toEqual({ job, runs: minutes.size });
    }
    const completed = await rows<{ name: string; n: number }>(
      `select name, count(*)::int as n from ${BOSS_SCHEMA}.job where name = any($1) and state = 'completed' group by name`,
      [JOB_NAMES],
    );
    for (const c of completed) expect(c.n).toBe(runs.filter((r) => r.job === c.name).length);
  }, 60_000);

  it("show on the console's health page, whichever instance ran them", async () => {
    const h = await platformHealth(app.db);
    expect(h.jobs.stale).toBe(false);
    expect(h.jobs.report).toMatchObject({ "purge-stores": expect.stringMatching(/^purged \d+$/), "clean-rate-limits": expect.stringMatching(/^deleted \d+ expired counts$/) });
  });
});
