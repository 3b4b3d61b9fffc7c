import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database, Queryable } from "@/lib/db/connect";
import { impersonations, stores, users } from "@/lib/db/schema";
import { withPlatform } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/audit/log";

/*
 * Support access: a platform admin acts in a store's dashboard as an `admin`
 * member for at most IMPERSONATION_MINUTES. The row is read on every request
 * (never cached in a token), so expiry or "End now" ends access at once; the
 * database's check constraint caps the window even if this code is wrong.
 */
export const IMPERSONATION_MINUTES = 30;

export type LiveImpersonation = { id: string; adminUserId: string; adminEmail: string; expiresAt: Date };

export async function startImpersonation(
  database: Database,
  adminUserId: string,
  storeId: string,
  reason: string,
  minutes = IMPERSONATION_MINUTES,
): Promise<{ ok: true; id: string; expiresAt: Date; slug: string } | { ok: false; error: string }> {
  if (!reason.trim()) return { ok: false, error: "Give a reason for the support access." };
  const span = Math.min(Math.max(minutes, 1), IMPERSONATION_MINUTES);
  return withPlatform(database, async (tx) => {
    // The actor's right is read in the transaction that grants the access.
    const [admin] = await tx.select({ ok: users.isPlatformAdmin }).from(users).where(eq(users.id, adminUserId)).limit(1);
    if (!admin?.ok) return { ok: false as const, error: "Only platform admins can open a store as support." };
    const [store] = await tx.select({ slug: stores.slug }).from(stores).where(eq(stores.id, storeId)).limit(1);
    if (!store) return { ok: false as const, error: "Store not found." };
    // One live session per admin and store: starting again replaces the old one.
    await tx
      .update(impersonations)
      .set({ endedAt: sql`now()` })
      .where(and(eq(impersonations.adminUserId, adminUserId), eq(impersonations.storeId, storeId), isNull(impersonations.endedAt)));
    const [row] = await tx
      .insert(impersonations)
      .values({ adminUserId, storeId, reason: reason.trim(), startedAt: sql`now()`, expiresAt: sql`now() + make_interval(mins => ${span})` })
      .returning({ id: impersonations.id, expiresAt: impersonations.expiresAt });
    await recordAudit(tx, {
      storeId,
      actorUserId: adminUserId,
      action: "impersonation.started",
      targetType: "store",
      targetId: store.slug,
      reason: reason.trim(),
      data: { impersonationId: row!.id, expiresAt: row!.expiresAt.toISOString() },
    });
    return { ok: true as const, id: row!.id, expiresAt: row!.expiresAt, slug: store.slug };
  });
}

/** The admin's live support session in this store, or null (expired, ended, or never started). */
export async function liveImpersonation(database: Queryable, adminUserId: string, storeId: string): Promise<LiveImpersonation | null> {
  const [row] = await database
    .select({ id: impersonations.id, adminUserId: impersonations.adminUserId, adminEmail: users.email, expiresAt: impersonations.expiresAt })
    .from(impersonations)
    .innerJoin(users, eq(users.id, impersonations.adminUserId))
    .where(
      and(
        eq(impersonations.adminUserId, adminUserId),
        eq(impersonations.storeId, storeId),
        isNull(impersonations.endedAt),
        gt(impersonations.expiresAt, sql`now()`),
        // Support access needs a platform admin now, not only when it started.
        eq(users.isPlatformAdmin, true),
      ),
    )
    .orderBy(desc(impersonations.startedAt))
    .limit(1);
  return row ?? null;
}

export async function endImpersonation(database: Database, adminUserId: string, storeId: string): Promise<boolean> {
  return withPlatform(database, async (tx) => {
    const ended = await tx
      .update(impersonations)
      .set({ endedAt: sql`now()` })
      .where(and(eq(impersonations.adminUserId, adminUserId), eq(impersonations.storeId, storeId), isNull(impersonations.endedAt), gt(impersonations.expiresAt, sql`now()`)))
      .returning({ id: impersonations.id });
    if (ended.length === 0) return false;
    const [store] = await tx.select({ slug: stores.slug }).from(stores).where(eq(stores.id, storeId)).limit(1);
    await recordAudit(tx, { storeId, actorUserId: adminUserId, action: "impersonation.ended", targetType: "store", targetId: store?.slug ?? storeId, data: { impersonationId: ended[0]!.id } });
    return true;
  });
}
