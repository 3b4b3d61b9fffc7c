import "server-only";
import { and, asc, eq, gt, or, sql } from "drizzle-orm";
import type { Database, Queryable, Tx } from "@/lib/db/connect";
import { cursorTimeSql } from "@/lib/db/keyset";
import { memberships, stores, users } from "@/lib/db/schema";
import { withPlatform } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/audit/log";
import { enqueueMail, storeDeciderEmails } from "@/lib/mail/outbox";
import { membershipChanged } from "@/lib/mail/templates";
import { canAssignRole, type Role } from "@/lib/auth/permissions";
import { refused, type Outcome } from "@/lib/result";
import { revokeKeysBeyondRole } from "@/lib/api/key-authority";
import { actorMembership } from "./membership";

/*
 * Approved members: change role, remove (membership approved → removed).
 * Invariant: a store with an approved owner always keeps at least one.
 */

const LAST_OWNER = "A store needs at least one owner. Make someone else an owner first.";

/** Loads the target and checks that the actor may touch them; locks the target row. */
async function loadTarget(tx: Tx, storeId: string, actorId: string, targetId: string) {
  const actor = await actorMembership(tx, storeId, actorId);
  if (!actor || !canAssignRole(actor.role, "staff")) return { error: "Only the store's owners and admins manage members." } as const;
  const [target] = await tx
    .select({ role: memberships.role, status: memberships.status, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.storeId, storeId), eq(memberships.userId, targetId)))
    .for("update", { of: memberships });
  if (!target || target.status !== "approved") return { error: "This person is not a member of this store." } as const;
  if (!canAssignRole(actor.role, target.role)) return { error: "Only an owner can change or remove an owner." } as const;
  return { actor, target } as const;
}

/** True when `targetId` is the only approved owner; the owners' rows are locked so two demotions cannot race. */
async function isLastOwner(tx: Tx, storeId: string, targetId: string): Promise<boolean> {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.storeId, storeId), eq(memberships.role, "owner"), eq(memberships.status, "approved")))
    .for("update");
  return owners.length <= 1 && owners.some((o) => o.userId === targetId);
}

async function storeRef(tx: Tx, storeId: string) {
  const [store] = await tx.select({ id: stores.id, slug: stores.slug, name: stores.name, theme: stores.theme }).from(stores).where(eq(stores.id, storeId));
  return store!;
}

export async function changeMemberRole(database: Database, actorId: string, storeId: string, targetId: string, role: Role): Promise<Outcome> {
  return withPlatform(database, async (tx) => {
    const loaded = await loadTarget(tx, storeId, actorId, targetId);
    if ("error" in loaded) return refused(loaded.error!);
    if (!canAssignRole(loaded.actor.role, role)) return refused("Only an owner can make someone an owner.");
    if (loaded.target.role === role) return refused(`${loaded.target.email} already has this role.`);
    if (loaded.target.role === "owner" && (await isLastOwner(tx, storeId, targetId))) return refused(LAST_OWNER);

    await tx.update(memberships).set({ role, updatedAt: sql`now()` }).where(and(eq(memberships.storeId, storeId), eq(memberships.userId, targetId)));
    // Their API keys stop at what the new role allows (each call re-checks too: lib/api/key-authority.ts).
    await revokeKeysBeyondRole(tx, storeId, targetId, role, actorId);
    await recordAudit(tx, { storeId, actorUserId: actorId, action: "membership.role_changed", targetType: "user", targetId, data: { email: loaded.target.email, from: loaded.target.role, to: role } });
    await enqueueMail(tx, await membershipChanged(await storeRef(tx, storeId), "role_changed", loaded.target.email, await storeDeciderEmails(tx, storeId), { role }));
    return { ok: true as const, message: `${loaded.target.email} is now ${role}.` };
  });
}

export async function removeMember(database: Database, actorId: string, storeId: string, targetId: string, reason: string | null): Promise<Outcome> {
  return withPlatform(database, async (tx) => {
    const loaded = await loadTarget(tx, storeId, actorId, targetId);
    if ("error" in loaded) return refused(loaded.error!);
    if (loaded.target.role === "owner" && (await isLastOwner(tx, storeId, targetId))) return refused(LAST_OWNER);

    // Deciders are read before the change so the removed person is not told twice.
    const deciders = await storeDeciderEmails(tx, storeId);
    await tx
      .update(memberships)
      .set({ status: "removed", decidedBy: actorId, decidedAt: sql`now()`, decisionReason: reason, updatedAt: sql`now()` })
      .where(and(eq(memberships.storeId, storeId), eq(memberships.userId, targetId)));
    await revokeKeysBeyondRole(tx, storeId, targetId, null, actorId);
    await recordAudit(tx, { storeId, actorUserId: actorId, action: "membership.removed", targetType: "user", targetId, reason, data: { email: loaded.target.email, role: loaded.target.role } });
    await enqueueMail(tx, await membershipChanged(await storeRef(tx, storeId), "removed", loaded.target.email, deciders, { reason }));
    return { ok: true as const, message: `${loaded.target.email} was removed.` };
  });
}

/** What a member or join request shows: the same columns in the list and in the API's pages. */
const membershipColumns = {
  userId: memberships.userId,
  name: users.name,
  email: users.email,
  role: memberships.role,
  note: memberships.requestNote,
  createdAt: memberships.createdAt,
  decidedAt: memberships.decidedAt,
};

/** A store's memberships with a given status, oldest first (the queue order). */
export async function listMemberships(database: Queryable, storeId: string, status: "pending" | "approved") {
  return database
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.storeId, storeId), eq(memberships.status, status)))
    .orderBy(asc(memberships.createdAt), asc(users.email));
}

/**
 * One page of listMemberships for the API's keyset pages (oldest first, then
 * by user id): `after` is the last row's (created_at, user id), validated by
 * the cursor codec (lib/db/keyset.ts) before it reaches the ::timestamptz cast.
 */
export async function pageMemberships(database: Queryable, storeId: string, status: "pending" | "approved", options: { limit: number; after?: { createdAt: string; id: string } }) {
  const rows = await database
    .select({
      ...membershipColumns,
      cursorAt: cursorTimeSql(memberships.createdAt),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.storeId, storeId),
        eq(memberships.status, status),
        options.after
          ? or(
              sql`${memberships.createdAt} > ${options.after.createdAt}::timestamptz`,
              and(sql`${memberships.createdAt} = ${options.after.createdAt}::timestamptz`, gt(memberships.userId, options.after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(memberships.createdAt), asc(memberships.userId))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return { members: page, next: rows.length > options.limit && last ? { createdAt: last.cursorAt, id: last.userId } : null };
}

export async function countMembers(database: Queryable, storeId: string): Promise<{ approved: number; pending: number }> {
  const [row] = (await database
    .select({
      approved: sql<number>`count(*) filter (where ${memberships.status} = 'approved')::int`,
      pending: sql<number>`count(*) filter (where ${memberships.status} = 'pending')::int`,
    })
    .from(memberships)
    .where(eq(memberships.storeId, storeId))) as [{ approved: number; pending: number }];
  return row;
}
