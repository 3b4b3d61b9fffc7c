import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Queryable } from "@/lib/db/connect";
import { auditLog } from "@/lib/db/schema";

export type AuditEntry = {
  storeId: string | null;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason?: string | null;
  data?: Record<string, unknown>;
};

/** Who a platform admin is acting as support for, while a dashboard action runs (lib/actions/action.ts). */
export type SupportActor = { impersonatedBy: string; impersonationId: string };
const support = new AsyncLocalStorage<SupportActor>();

/**
 * Runs `fn` so that every audit entry it records says "admin X acting in this
 * store": the domain libraries record their own entries and need not know.
 */
export function asSupport<T>(actor: SupportActor, fn: () => Promise<T>): Promise<T> {
  return support.run(actor, fn);
}

/** Always called with the transaction of the change it records, so both commit or neither does. */
export async function recordAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  const acting = support.getStore();
  const data = acting ? { ...entry.data, ...acting } : (entry.data ?? {});
  await tx.insert(auditLog).values({ ...entry, reason: entry.reason ?? null, data });
}
