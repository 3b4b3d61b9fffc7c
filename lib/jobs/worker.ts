import "server-only";
import { PgBoss } from "pg-boss";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { JOB_TASKS, REQUEST_TASKS } from "./run";
import { BOSS_SCHEMA, JOB_NAMES, JOBS, TASK_NAMES, type JobName, type TaskName } from "./queues";

/*
 * The job worker each app server starts (instrumentation.ts): pg-boss on the
 * app's PostgreSQL as the app role, in its own schema, which the migration
 * step installed (lib/jobs/queues.ts), so nothing here needs DDL
 * (migrate: false, reindex: false). Every instance schedules the same jobs (an
 * upsert) and works every queue; pg-boss makes each occurrence one job and the
 * stately queues run one at a time, so N instances run each job once per
 * schedule. A handler that throws is retried with backoff.
 */

export type JobWorker = { stop(): Promise<void>; boss: PgBoss };

export type WorkerOptions = {
  url: string;
  /** One cron for every job instead of JOBS' (PLAZA_JOBS_CRON; tests). */
  cron?: string;
  /** Seconds between a worker's polls and between cron passes (tests shorten them). */
  pollSeconds?: number;
  log?: (line: string) => void;
  /** Runs each job; the app's tasks by default. */
  tasks?: Record<JobName, () => Promise<string>>;
  /** Runs each requested job (lib/jobs/send.ts) with its data; the app's when `tasks` is not given. */
  requestTasks?: Partial<Record<TaskName, (data: unknown) => Promise<string>>>;
};

const g = globalThis as unknown as { plazaJobs?: Promise<JobWorker>; __plazaBeforeClose?: Array<() => Promise<void>> };

export async function startJobWorker(options: WorkerOptions): Promise<JobWorker> {
  const log = options.log ?? ((line: string) => console.log(line));
  const poll = options.pollSeconds ?? 5;
  const boss = new PgBoss({
    connectionString: options.url,
    schema: BOSS_SCHEMA,
    application_name: "plaza-jobs",
    max: 3,
    migrate: false,
    createSchema: false,
    reindex: false,
    schedule: true,
    supervise: true,
    cronWorkerIntervalSeconds: Math.min(45, Math.max(1, poll)),
    cronMonitorIntervalSeconds: Math.min(45, Math.max(1, poll)),
  });
  boss.on("error", (err: Error) => log(`[jobs] ${err.message}`));
  await boss.start({ attempts: 3 });
  const tasks = options.tasks ?? appTasks();
  const requestTasks = options.requestTasks ?? (options.tasks ? {} : appRequestTasks());
  for (const name of TASK_NAMES) {
    const run = requestTasks[name];
    if (!run) continue;
    await boss.work<unknown>(name, { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, poll) }, async ([job]) => {
      const line = await run(job!.data);
      log(`[jobs] ${name} ${job!.id}: ${line}`);
      return { result: line };
    });
  }
  for (const name of JOB_NAMES) {
    await boss.schedule(name, options.cron ?? JOBS[name].cron, null, { tz: "UTC" });
    await boss.work(name, { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, poll) }, async () => {
      // Throwing marks the job failed; pg-boss retries it with the queue's backoff.
      const line = await tasks[name]();
      log(`[jobs] ${name}: ${line}`);
      return { result: line };
    });
  }
  return {
    boss,
    async stop() {
      // Jobs in flight get a few seconds to finish; an unfinished one expires and is retried elsewhere.
      await boss.stop({ graceful: true, timeout: 5_000, close: true });
    },
  };
}

function appTasks(): Record<JobName, () => Promise<string>> {
  return Object.fromEntries(JOB_NAMES.map((name) => [name, () => JOB_TASKS[name](db())])) as Record<JobName, () => Promise<string>>;
}

function appRequestTasks(): Record<TaskName, (data: unknown) => Promise<string>> {
  return Object.fromEntries(TASK_NAMES.map((name) => [name, (data: unknown) => REQUEST_TASKS[name](db(), data)])) as Record<TaskName, (data: unknown) => Promise<string>>;
}

/** Starts this server's worker once (PLAZA_JOBS=off leaves it out, e.g. for web-only instances). */
export function startAppJobWorker(): Promise<JobWorker> | null {
  const e = env();
  if (e.PLAZA_JOBS === "off") return null;
  if (!g.plazaJobs) {
    g.plazaJobs = startJobWorker({ url: e.appDatabaseUrl, cron: e.PLAZA_JOBS_CRON, pollSeconds: e.PLAZA_JOBS_POLL_SECONDS });
    g.plazaJobs.catch((err: unknown) => {
      console.error(`[jobs] the job worker did not start: ${err instanceof Error ? err.message : String(err)}`);
      g.plazaJobs = undefined;
    });
    // scripts/serve.mjs runs these before it closes the pool on SIGTERM.
    (g.__plazaBeforeClose ??= []).push(async () => {
      await (await g.plazaJobs?.catch(() => undefined))?.stop();
    });
  }
  return g.plazaJobs;
}
