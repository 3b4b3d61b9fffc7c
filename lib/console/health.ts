import "server-only";
import { desc, isNotNull, isNull, sql, and } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { mailOutbox } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { readLastPass } from "@/lib/jobs/last-pass";

/* What an operator checks first: is the database up, do jobs run, does mail leave. */

export type Health = {
  database: { ok: boolean; latencyMs: number | null; error: string | null };
  jobs: { lastPassAt: Date | null; report: Record<string, string>; stale: boolean };
  mail: { smtpConfigured: boolean; unsent: number; lastError: { message: string; at: Date } | null };
};

// The launcher runs a pass every 5 minutes; three missed passes is worth a look.
const JOBS_STALE_MS = 15 * 60_000;

export async function platformHealth(database: Database, now = new Date()): Promise<Health> {
  const started = performance.now();
  let dbHealth: Health["database"];
  try {
    await database.execute(sql`select 1`);
    dbHealth = { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10, error: null };
  } catch (err) {
    dbHealth = { ok: false, latencyMs: null, error: err instanceof Error ? err.message : String(err) };
  }
  const pass = await readLastPass();
  const lastPassAt = pass ? new Date(pass.finishedAt) : null;
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
    jobs: { lastPassAt, report: pass?.report ?? {}, stale: !lastPassAt || now.getTime() - lastPassAt.getTime() > JOBS_STALE_MS },
    mail,
  };
}
