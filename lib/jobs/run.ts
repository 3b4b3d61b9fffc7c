import "server-only";
import { allowPrivateTargets } from "@/lib/webhooks/endpoint-form";
import type { Database } from "@/lib/db/connect";
import { recheckDomains } from "@/lib/domains/domains";
import { cnameTarget, dnsResolver } from "@/lib/domains/resolver";
import { env } from "@/lib/env";
import { deleteExpiredLimits } from "@/lib/limits/limiter";
import { releaseExpiredOrders } from "@/lib/commerce/expiry";
import { deliverPendingMail } from "@/lib/mail/send";
import { purgeDueStores } from "@/lib/stores/lifecycle";
import { configKeyring } from "@/lib/config/keyring";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { deliverPlatformWebhooks } from "@/lib/webhooks/platform";
import { sweepApiRecords } from "@/lib/api/sweep";
import { syncDedicatedStores } from "@/lib/db/move";
import { runStoreExport } from "@/lib/api/exports";
import { writeLastPass } from "./last-pass";
import { JOB_NAMES, type JobName, type TaskName } from "./queues";

/*
 * The platform's periodic work. Each app server runs it on pg-boss schedules
 * (lib/jobs/worker.ts, docs/decisions/0015); `npm run jobs` runs one pass of
 * every job by hand. Each job is idempotent: a pass is safe to repeat or to
 * overlap with the scheduled runs.
 */

export type JobReport = Record<string, string>;

/** One run of each job: a line for the log, or a throw (pg-boss then retries it). */
export const JOB_TASKS: Record<JobName, (database: Database) => Promise<string>> = {
  "purge-stores": async (database) => `purged ${(await purgeDueStores(database)).length}`,
  "release-expired-orders": async (database) => {
    const r = await releaseExpiredOrders(database);
    return `released ${r.released}, refunded late payments ${r.refunded}`;
  },
  "send-mail": async (database) => {
    // Mail queued by stores on dedicated databases is relayed first, so it goes
    // out in this pass rather than after the next sync-placements (relaying is
    // safe to run alongside that job: lib/db/move.ts, relayPlatformRows).
    const relayed = (await syncDedicatedStores(database)).relayed;
    const smtp = env().SMTP_URL;
    const sent = smtp ? `sent ${await deliverPendingMail(database, smtp, 200)}` : "SMTP_URL not set: mail stays in the console mailbox";
    return relayed ? `${sent}; relayed ${relayed} rows from dedicated databases first` : sent;
  },
  "recheck-domains": async (database) => {
    const r = await recheckDomains(database, dnsResolver(), cnameTarget());
    return `checked ${r.checked}, changed ${r.changed}`;
  },
  "clean-rate-limits": async (database) => `deleted ${await deleteExpiredLimits(database.$client)} expired counts`,
  "send-webhooks": async (database) => {
    // Endpoints cannot exist without the keyring (their secrets are sealed with it), so there is nothing to send.
    if (!env().CONFIG_ENCRYPTION_KEYS) return "CONFIG_ENCRYPTION_KEYS not set: no webhook endpoints can exist";
    const options = { keyring: configKeyring(), allowPrivateTargets: allowPrivateTargets() };
    const r = await deliverDueWebhooks(database, options);
    const p = await deliverPlatformWebhooks(database, options);
    return `sent ${r.sent}, failed ${r.failed}, endpoints disabled ${r.disabled}; platform: sent ${p.sent}, failed ${p.failed}, disabled ${p.disabled}`;
  },
  "sync-placements": async (database) => {
    const r = await syncDedicatedStores(database);
    return `dedicated stores ${r.stores}, rows relayed ${r.relayed}, unreachable ${r.failed}`;
  },
  "expire-api-records": async (database) => {
    const r = await sweepApiRecords(database);
    return `idempotency keys ${r.idempotency}, webhook deliveries ${r.deliveries}, export archives ${r.exports}`;
  },
};

/** The jobs requests queue (lib/jobs/send.ts), each with the data it was sent with. */
export const REQUEST_TASKS: Record<TaskName, (database: Database, data: unknown) => Promise<string>> = {
  "export-store": (database, data) => runStoreExport(database, data),
};

/** One pass of every job, failures isolated (`npm run jobs`). */
export async function runJobs(database: Database, log: (line: string) => void = () => {}): Promise<JobReport> {
  const report: JobReport = {};
  for (const name of JOB_NAMES) {
    try {
      report[name] = await JOB_TASKS[name](database);
    } catch (err) {
      report[name] = `failed: ${err instanceof Error ? err.message : String(err)}`;
    }
    log(`[jobs] ${name}: ${report[name]}`);
  }
  await writeLastPass({ finishedAt: new Date().toISOString(), report });
  return report;
}
