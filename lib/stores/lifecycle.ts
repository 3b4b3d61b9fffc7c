import "server-only";
import { and, eq, gt, isNotNull, isNull, lte, type SQL } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import type { Database, Tx } from "@/lib/db/connect";
import { memberships, stores, users } from "@/lib/db/schema";
import { removeDedicatedRows } from "@/lib/db/move";
import { storeNoticeMail, type StoreNotice } from "@/lib/mail/account-mail";
import { enqueueMail } from "@/lib/mail/outbox";
import { dashboardUrl } from "@/lib/tenancy/urls";
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
 * invalidates the cached lookup after the commit. Suspension, reactivation
 * and a deletion request are mailed to the store's owners in the same
 * transaction (lib/mail/account-mail.tsx): they commit together or not at all.
 */

export const GRACE_DAYS = 7;

type Actor = { userId: string | null };
export type LifecycleResult = { ok: true; slug: string } | { ok: false; error: string };

const NOTICES: StoreNotice[] = ["store.suspended", "store.reactivated", "store.deletion_requested"];

/** The store's approved owners hear of what the platform did to their store. */
async function mailOwners(tx: Tx, kind: StoreNotice, storeId: string, store: { slug: string; name: string; theme: { primaryColor?: string }; purgeAfter: Date | null }, reason: string | null) {
  const owners = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.storeId, storeId), eq(memberships.role, "owner"), eq(memberships.status, "approved")));
  const brand = { name: store.name, color: store.theme.primaryColor };
  const detail = { reason, purgeAfter: store.purgeAfter, dashboardLink: dashboardUrl(store.slug) };
  await enqueueMail(tx, await Promise.all(owners.map((o) => storeNoticeMail(kind, storeId, o.email, brand, detail))));
}

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
      .returning({ slug: stores.slug, name: stores.name, theme: stores.theme, purgeAfter: stores.purgeAfter });
    if (!row) return { ok: false as const, error: refusal };
    await recordAudit(tx, { storeId, actorUserId: actor.userId, action, targetType: "store", targetId: row.slug, reason });
    if (NOTICES.includes(action as StoreNotice)) await mailOwners(tx, action as StoreNotice, storeId, row, reason);
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
    // A store on a dedicated database: its rows there first (lib/db/move.ts).
    // One that cannot be reached now waits for the next pass; the others go on.
    try {
      await removeDedicatedRows(database, store.id);
    } catch (err) {
      console.warn(`[purge] ${store.slug}: its dedicated database could not be cleared; retried next pass: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
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
