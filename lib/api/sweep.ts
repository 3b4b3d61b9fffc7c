import "server-only";
import { and, eq, inArray, lt, ne } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { apiIdempotency, platformIdempotency, platformWebhookDeliveries, stores, webhookDeliveries } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { IDEMPOTENCY_TTL_HOURS } from "./idempotency";
import { sweepExports } from "./exports";

/*
 * The jobs pass's clean-up for the API's own tables: idempotency records past
 * their 24 hours (a reused key would overwrite them anyway; this bounds the
 * table), settled webhook deliveries older than the log keeps, and export
 * archives past their expiry.
 */

export const DELIVERY_LOG_DAYS = 30;

export async function sweepApiRecords(database: Database, now = new Date()): Promise<{ idempotency: number; deliveries: number; exports: number }> {
  const keysBefore = new Date(now.getTime() - IDEMPOTENCY_TTL_HOURS * 3600_000);
  const logBefore = new Date(now.getTime() - DELIVERY_LOG_DAYS * 86_400_000);
  let idempotency = (await database.delete(platformIdempotency).where(lt(platformIdempotency.createdAt, keysBefore)).returning({ k: platformIdempotency.key })).length;
  let deliveries = (
    await database
      .delete(platformWebhookDeliveries)
      .where(and(ne(platformWebhookDeliveries.status, "pending"), lt(platformWebhookDeliveries.createdAt, logBefore)))
      .returning({ id: platformWebhookDeliveries.id })
  ).length;
  let exports = 0;
  const ids = (await database.select({ id: stores.id }).from(stores).where(inArray(stores.status, ["active", "suspended", "pending"]))).map((s) => s.id);
  for (const id of ids) {
    // One store's database being down (a dedicated one) skips only that store this pass.
    await withTenant(database, id, async (tx) => {
      idempotency += (await tx.delete(apiIdempotency).where(and(eq(apiIdempotency.tenantId, id), lt(apiIdempotency.createdAt, keysBefore))).returning({ k: apiIdempotency.key })).length;
      deliveries += (
        await tx
          .delete(webhookDeliveries)
          .where(and(eq(webhookDeliveries.tenantId, id), ne(webhookDeliveries.status, "pending"), lt(webhookDeliveries.createdAt, logBefore)))
          .returning({ id: webhookDeliveries.id })
      ).length;
    }).catch((err: unknown) => console.warn(`[jobs] expire-api-records: store ${id} skipped this pass: ${err instanceof Error ? err.message : String(err)}`));
    // Expired export archives (lib/api/exports.ts): their rows and files; a store whose database is down waits for the next pass.
    exports += await sweepExports(database, id, now).catch(() => 0);
  }
  return { idempotency, deliveries, exports };
}
