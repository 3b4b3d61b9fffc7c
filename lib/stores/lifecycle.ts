import "server-only";
import { and, eq, gt, isNotNull, isNull, lte, type SQL } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import type { Database } from "@/lib/db/connect";
import { stores } from "@/lib/db/schema";
import { withPlatform } from "@/lib/db/tenant";
import { fileStore } from "@/lib/storage/file-store";
import { exportPrefix, storePrefix } from "@/lib/storage/keys";
import { invalidateStore } from "@/lib/tenancy/lookup";

/*
 * A store's life after approval, decided by platform admins:
 *   active ⇄ suspended (with a reason; storefront "temporarily unavailable",
 *   dashboard read-only), and deletion with a grace period: marked now,
 *   restorable for GRACE_DAYS, then purged by `npm run jobs`.
 * Every change is conditional on the state it leaves (so a double click or a
 * race is refused, not applied twice), audited in the same transaction, and
 * invalidates the cached lookup after the commit.
 */

export const GRACE_DAYS = 7;

type Actor = { userId: string | null };
export type LifecycleResult = { ok: true; slug: string } | { ok: false; error: string };

async function change(
  database: Database,
  storeId: string,
  actor: Actor,
  action: string,
  reason: string | null,
  guard: SQL[],
  set: Partial<typeof stores.$inferInsert>,
  refusal: string,
): Promise<LifecycleResult> {
  const result = await withPlatform(database, async (tx) => {
    const [row] = await tx
      .update(stores)
      .set({ ...set, updatedAt: new Date() })
      .where(and(eq(stores.id, storeId), ...guard))
      .returning({ slug: stores.slug });
    if (!row) return { ok: false as const, error: refusal };
    await recordAudit(tx, { storeId, actorUserId: actor.userId, action, targetType: "store", targetId: row.slug, reason });
    return { ok: true as const, slug: row.slug };
  });
  if (result.ok) invalidateStore(result.slug);
  return result;
}

export function suspendStore(database: Database, storeId: string, reason: string, actor: Actor) {
  if (!reason.trim()) return Promise.resolve({ ok: false as const, error: "Give a reason for the suspension." });
  return change(database, storeId, actor, "store.suspended", reason.trim(), [eq(stores.status, "active")], { status: "suspended", statusReason: reason.trim() }, "Only an active store can be suspended.");
}

export function reactivateStore(database: Database, storeId: string, reason: string | null, actor: Actor) {
  return change(database, storeId, actor, "store.reactivated", reason, [eq(stores.status, "suspended")], { status: "active", statusReason: null }, "Only a suspended store can be reactivated.");
}

export function requestStoreDeletion(database: Database, storeId: string, reason: string, actor: Actor, now = new Date()) {
  if (!reason.trim()) return Promise.resolve({ ok: false as const, error: "Give a reason for the deletion." });
  const purgeAfter = new Date(now.getTime() + GRACE_DAYS * 24 * 3600 * 1000);
  return change(
    database,
    storeId,
    actor,
    "store.deletion_requested",
    reason.trim(),
    [isNull(stores.deletionRequestedAt)],
    { deletionRequestedAt: now, purgeAfter },
    "This store is already scheduled for deletion.",
  );
}

/** Undoes a deletion request while the grace period lasts; after it the store is gone for good. */
export function restoreStore(database: Database, storeId: string, actor: Actor, now = new Date()) {
  return change(
    database,
    storeId,
    actor,
    "store.restored",
    null,
    [isNotNull(stores.deletionRequestedAt), gt(stores.purgeAfter, now)],
    { deletionRequestedAt: null, purgeAfter: null },
    "This store is not scheduled for deletion, or its grace period has ended.",
  );
}

/**
 * Deletes stores whose grace period has ended. Tenant rows go with them (every
 * tenant table's foreign key to stores cascades); audit entries stay, with the
 * store's slug as their target. Uploaded files are removed after the commit.
 */
export async function purgeDueStores(database: Database, now = new Date()): Promise<string[]> {
  const due = await database
    .select({ id: stores.id, slug: stores.slug })
    .from(stores)
    .where(and(isNotNull(stores.purgeAfter), lte(stores.purgeAfter, now)));
  const purged: string[] = [];
  for (const store of due) {
    const gone = await withPlatform(database, async (tx) => {
      await recordAudit(tx, { storeId: null, actorUserId: null, action: "store.purged", targetType: "store", targetId: store.slug, data: { storeId: store.id } });
      const rows = await tx.delete(stores).where(and(eq(stores.id, store.id), lte(stores.purgeAfter, now))).returning({ id: stores.id });
      return rows.length > 0;
    });
    if (!gone) continue;
    invalidateStore(store.slug);
    await fileStore().deletePrefix(storePrefix(store.id));
    await fileStore().deletePrefix(exportPrefix(store.id)); // the API's export archives (lib/api/exports.ts)
    purged.push(store.slug);
  }
  return purged;
}
