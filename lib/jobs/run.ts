import "server-only";
import type { Database } from "@/lib/db/connect";
import { recheckDomains } from "@/lib/domains/domains";
import { cnameTarget, dnsResolver } from "@/lib/domains/resolver";
import { env } from "@/lib/env";
import { releaseExpiredOrders } from "@/lib/commerce/expiry";
import { deliverPendingMail } from "@/lib/mail/send";
import { purgeDueStores } from "@/lib/stores/lifecycle";
import { writeLastPass } from "./last-pass";

/*
 * The platform's periodic work, one pass. Run by `npm run jobs` (cron it every
 * few minutes in production) and every 5 minutes by `npm run dev`/`npm start`
 * (docs/decisions/0003-jobs.md). Each job is independent: one failing does not
 * stop the others, and a pass is safe to repeat or overlap.
 */

export type JobReport = Record<string, string>;

export async function runJobs(database: Database, log: (line: string) => void = () => {}): Promise<JobReport> {
  const report: JobReport = {};
  const jobs: Array<[string, () => Promise<string>]> = [
    ["purge stores", async () => `purged ${(await purgeDueStores(database)).length}`],
    [
      "release expired orders",
      async () => {
        const r = await releaseExpiredOrders(database);
        return `released ${r.released}, refunded late payments ${r.refunded}`;
      },
    ],
    [
      "send mail",
      async () => {
        const smtp = env().SMTP_URL;
        return smtp ? `sent ${await deliverPendingMail(database, smtp, 200)}` : "SMTP_URL not set: mail stays in the console mailbox";
      },
    ],
    [
      "re-check domains",
      async () => {
        const r = await recheckDomains(database, dnsResolver(), cnameTarget());
        return `checked ${r.checked}, changed ${r.changed}`;
      },
    ],
  ];
  for (const [name, job] of jobs) {
    try {
      report[name] = await job();
    } catch (err) {
      report[name] = `failed: ${err instanceof Error ? err.message : String(err)}`;
    }
    log(`[jobs] ${name}: ${report[name]}`);
  }
  await writeLastPass({ finishedAt: new Date().toISOString(), report });
  return report;
}
