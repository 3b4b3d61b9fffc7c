import "server-only";
import { PgBoss } from "pg-boss";
import { env } from "@/lib/env";
import { BOSS_SCHEMA, type TaskName } from "./queues";

/*
 * Queues one job a request asked for (lib/jobs/queues.ts TASKS). Through this
 * server's worker when it runs one; otherwise (PLAZA_JOBS=off on a web-only
 * instance, tests) through a small send-only pg-boss that schedules and
 * supervises nothing: another instance's worker does the work.
 */

// The worker's handle (lib/jobs/worker.ts) is read from the global it keeps, not imported: the worker imports the tasks, which send jobs.
const g = globalThis as unknown as { plazaJobs?: Promise<{ boss: PgBoss }>; plazaJobSender?: Promise<PgBoss>; __plazaBeforeClose?: Array<() => Promise<void>> };

async function runningBoss(): Promise<PgBoss | null> {
  return (await g.plazaJobs?.catch(() => undefined))?.boss ?? null;
}

function sender(): Promise<PgBoss> {
  if (!g.plazaJobSender) {
    const boss = new PgBoss({
      connectionString: env().appDatabaseUrl,
      schema: BOSS_SCHEMA,
      application_name: "plaza-jobs-send",
      max: 2,
      migrate: false,
      createSchema: false,
      schedule: false,
      supervise: false,
    });
    boss.on("error", (err: Error) => console.error(`[jobs] sender: ${err.message}`));
    g.plazaJobSender = boss.start().then(() => boss);
    g.plazaJobSender.catch(() => {
      g.plazaJobSender = undefined;
    });
    (g.__plazaBeforeClose ??= []).push(async () => {
      await (await g.plazaJobSender?.catch(() => undefined))?.stop({ graceful: false, close: true });
    });
  }
  return g.plazaJobSender;
}

/** Queues `name` with `data`; resolves with the job's id. Throws when the queue cannot be reached. */
export async function sendJob(name: TaskName, data: object): Promise<string> {
  const boss = (await runningBoss()) ?? (await sender());
  const id = await boss.send(name, data);
  if (!id) throw new Error(`pg-boss did not queue ${name}`);
  return id;
}
