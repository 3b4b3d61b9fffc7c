import "server-only";
import { desc, isNotNull, isNull, sql, and } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { mailOutbox } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { readLastPass } from "@/lib/jobs/last-pass";
import { BOSS_SCHEMA, JOB_NAMES } from "@/lib/jobs/queues";

/* What an operator checks first: is the database up, do jobs run, does mail leave. */

export type Health = {
  database: { ok: boolean; latencyMs: number | null; error: string | null };
  jobs: { lastPassAt: Date | null; report: Record<string, string>; stale: boolean };
  mail: { smtpConfigured: boolean; unsent: number; lastError: { message: string; at: Date } | null };
};

// Mail delivery runs every minute and purges every 5: nothing finished for 15 minutes is worth a look.
const JOBS_STALE_MS = 15 * 60_000;

/** The latest finished run of each job on any instance (pg-boss's completed jobs), with what it reported. */
async function lastRuns(database: Database): Promise<{ at: Date | null; report: Record<string, string> }> {
  const { rows } = await database.$client.query<{ name: string; completed_on: Date; output: { result?: unknown } | null }>(
    `select distinct on (name) name, completed_on, output from ${BOSS_SCHEMA}.job
     where name = any($1) and state = 'completed' order by name, completed_on desc`,
    [JOB_NAMES],
  );
  const report = Object.fromEntries(rows.map((r) => [r.name, typeof r.output?.result === "string" ? r.output.result : "done"]));
  const at = rows.reduce<Date | null>((max, r) => (!max || r.completed_on > max ? r.completed_on : max), null);
  return { at, report };
}

export async function platformHealth(database: Database, now = new Date()): Promise<Health> {
  const started = performance.now();
  let dbHealth: Health["database"];
  try {
    await database.execute(sql`select 1`);
    dbHealth = { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10, error: null };
  } catch (err) {
    dbHealth = { ok: false, latencyMs: null, error: err instanceof Error ? err.message : String(err) };
  }
  // The scheduled runs of every instance, or a pass by hand (`npm run jobs`) on this machine, whichever is later.
  const pass = await readLastPass();
  const scheduled = dbHealth.ok ? await lastRuns(database).catch(() => null) : null;
  const byHand = pass ? new Date(pass.finishedAt) : null;
  const useScheduled = scheduled?.at && (!byHand || scheduled.at > byHand);
  const lastPassAt = useScheduled ? scheduled!.at : byHand;
  let mail: Health["mail"] = { smtpConfigured: Boolean(env().SMTP_URL), unsent: 0, lastError: null };
  if (dbHealth.ok) {
    const [unsent] = (await database.select({ n: sql<number>`count(*)::int` }).from(mailOutbox).where(isNull(mailOutbox.sentAt))) as [{ n: number }];
    const [failed] = await database
      .select({ message: mailOutbox.lastError, at: mailOutbox.createdAt })
      .from(mailOutbox)
      .where(and(isNotNull(mailOutbox.lastError), isNull(mailOutbox.sentAt)))
      .orderBy(desc(mailOutbox.id))
      .limit(1);
    mail = { ...mail, unsent: unsent.n, lastError: failed?.message ? { message: failed.message, at: failed.at } : null };
  }
  return {
    database: dbHealth,
    jobs: { lastPassAt, report: (useScheduled ? scheduled!.report : pass?.report) ?? {}, stale: !lastPassAt || now.getTime() - lastPassAt.getTime() > JOBS_STALE_MS },
    mail,
  };
}
