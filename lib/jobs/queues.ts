import { PgBoss } from "pg-boss";
import type { Queue } from "pg-boss";

/*
 * Plaza's periodic jobs on pg-boss (docs/decisions/0015): each is a queue of
 * its own with a cron schedule. pg-boss files each occurrence under one
 * singleton key, so with N instances an occurrence becomes one job, and the
 * `stately` policy keeps at most one queued and one running per queue: a slow
 * pass is never joined by a second. A failed job is retried with backoff.
 *
 * This file has no server-only import: the migration step (lib/db/migrate.ts,
 * run as the owner) installs the schema and creates these queues, so the app
 * role only ever reads and writes rows in it.
 */

/** pg-boss's own schema in the app's database. */
export const BOSS_SCHEMA = "pgboss";

export type JobName =
  | "purge-stores"
  | "release-expired-orders"
  | "send-mail"
  | "recheck-domains"
  | "clean-rate-limits"
  | "send-webhooks"
  | "expire-api-records"
  | "sync-placements";

type JobDef = { cron: string; queue: Omit<Queue, "name"> };

const retries = { retryLimit: 5, retryDelay: 30, retryBackoff: true, retryDelayMax: 900 } as const;

/** Every periodic job: its schedule (UTC) and queue options. */
export const JOBS: Record<JobName, JobDef> = {
  "purge-stores": { cron: "*/5 * * * *", queue: { policy: "stately", expireInSeconds: 900, ...retries } },
  // An unpaid card order holds stock until it lapses (default 30 min): release it within a minute of that.
  "release-expired-orders": { cron: "* * * * *", queue: { policy: "stately", expireInSeconds: 300, ...retries, retryDelay: 10 } },
  "send-mail": { cron: "* * * * *", queue: { policy: "stately", expireInSeconds: 300, ...retries, retryDelay: 10 } },
  "recheck-domains": { cron: "*/15 * * * *", queue: { policy: "stately", expireInSeconds: 900, ...retries } },
  "clean-rate-limits": { cron: "17 * * * *", queue: { policy: "stately", expireInSeconds: 300, ...retries } },
  // Each delivery keeps its own backoff (lib/webhooks/deliver.ts); the job only wakes them every minute.
  "send-webhooks": { cron: "* * * * *", queue: { policy: "stately", expireInSeconds: 300, ...retries, retryDelay: 10 } },
  "expire-api-records": { cron: "41 * * * *", queue: { policy: "stately", expireInSeconds: 300, ...retries } },
  // Dedicated databases (docs/decisions/0019): relay their audit entries and mail to the control database, refresh the stores' rows there.
  "sync-placements": { cron: "* * * * *", queue: { policy: "stately", expireInSeconds: 300, ...retries, retryDelay: 10 } },
};

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

/**
 * Queues for work a request asks for (one job per request, no schedule):
 * the API's store exports (docs/decisions/0024). A failed run is retried with
 * backoff; the work itself is idempotent (it re-claims its own row).
 */
export type TaskName = "export-store";
export const TASKS: Record<TaskName, Omit<Queue, "name">> = {
  "export-store": { policy: "standard", expireInSeconds: 1800, retryLimit: 3, retryDelay: 30, retryBackoff: true },
};
export const TASK_NAMES = Object.keys(TASKS) as TaskName[];

/**
 * Installs or upgrades pg-boss's schema and creates Plaza's queues, as the
 * owner (DDL), then gives the app role data rights on it, the same rights it
 * has on public. Idempotent: run by every migration.
 */
export async function installJobQueues(ownerUrl: string, appRole: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: BOSS_SCHEMA, max: 2, migrate: true, createSchema: true, supervise: false, schedule: false, registerInstance: false });
  boss.on("error", () => {}); // start() rejects with the error that matters
  await boss.start();
  try {
    const queues: Array<[string, Omit<Queue, "name">]> = [...JOB_NAMES.map((n) => [n, JOBS[n].queue] as [string, Omit<Queue, "name">]), ...TASK_NAMES.map((n) => [n, TASKS[n]] as [string, Omit<Queue, "name">])];
    for (const [name, queue] of queues) {
      const existing = await boss.getQueue(name);
      if (!existing) await boss.createQueue(name, queue);
      else {
        // A queue's policy is fixed once made; the retry and expiry settings follow the code.
        const { expireInSeconds, retryLimit, retryDelay, retryBackoff } = queue;
        await boss.updateQueue(name, { expireInSeconds, retryLimit, retryDelay, retryBackoff });
      }
    }
    const db = boss.getDb();
    const grants = await db.executeSql(
      `select format($f$
        GRANT USAGE ON SCHEMA %1$I TO %2$I;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1$I TO %2$I;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1$I TO %2$I;
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %1$I TO %2$I;
      $f$, $1::text, $2::text) as grants`,
      [BOSS_SCHEMA, appRole],
    );
    await db.executeSql((grants.rows[0] as { grants: string }).grants);
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}
