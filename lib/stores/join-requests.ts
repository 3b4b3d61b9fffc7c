import "server-only";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { memberships, stores, users } from "@/lib/db/schema";
import { withPlatform } from "@/lib/db/tenant";
import { PLANS } from "@/lib/plans/plans";
import { recordAudit } from "@/lib/audit/log";
import { enqueueMail, storeDeciderEmails } from "@/lib/mail/outbox";
import { joinRequestReceived, membershipChanged } from "@/lib/mail/templates";
import { EMAIL_TAKEN, hashPassword, insertUser, type Actor, type NewAccount } from "@/lib/auth/accounts";
import { canAssignRole, type Role } from "@/lib/auth/permissions";
import { fieldError, refused, type Outcome } from "@/lib/result";
import { actorMembership } from "./membership";

/*
 * Join requests (docs/contract.md §2: membership pending → approved | rejected).
 * Every request and decision writes the change, audit and mail together.
 */

const JOINABLE_MESSAGE: Record<string, string> = {
  pending: "This store is still awaiting approval, so it cannot take join requests yet.",
  suspended: "This store is temporarily unavailable, so it cannot take join requests.",
  rejected: "This store is not open on Plaza.",
};

const EXISTING_MESSAGE: Record<string, string> = {
  pending: "You have already asked to join this store. The owners will decide soon.",
  approved: "You are already a member of this store.",
  rejected: "Your earlier request to join this store was declined. Please contact the store.",
  removed: "You were removed from this store. Please contact the store to be added again.",
};

/** Why the store cannot take join requests, or null when it can (unknown → message too). */
export async function joinableProblem(database: Database, slug: string): Promise<string | null> {
  const [store] = await database.select({ status: stores.status }).from(stores).where(eq(stores.slug, slug)).limit(1);
  if (!store) return "There is no store at this address. Check the spelling of the store's name.";
  return store.status === "active" ? null : (JOINABLE_MESSAGE[store.status] ?? "This store cannot take join requests.");
}

/** "join a store": a pending membership (role staff until decided) for a new or signed-in user. */
export async function requestToJoin(
  database: Database,
  input: { slug: string; note: string | null } & ({ account: NewAccount } | { user: Actor }),
): Promise<Outcome<{ userId: string }>> {
  const problem = await joinableProblem(database, input.slug);
  if (problem) return refused(problem);
  const passwordHash = "account" in input ? await hashPassword(input.account.password) : null;

  return withPlatform(database, async (tx) => {
    const [store] = await tx.select({ id: stores.id, slug: stores.slug, name: stores.name, status: stores.status, theme: stores.theme }).from(stores).where(eq(stores.slug, input.slug)).for("share");
    if (!store || store.status !== "active") return refused(JOINABLE_MESSAGE[store?.status ?? ""] ?? "This store cannot take join requests.");
    const user = "user" in input ? input.user : await insertUser(tx, { ...input.account, passwordHash: passwordHash! });
    if (!user) return fieldError("email", EMAIL_TAKEN);

    const inserted = await tx
      .insert(memberships)
      .values({ storeId: store.id, userId: user.id, role: "staff", status: "pending", requestNote: input.note })
      .onConflictDoNothing()
      .returning({ userId: memberships.userId });
    if (inserted.length === 0) {
      const [existing] = await tx.select({ status: memberships.status }).from(memberships).where(and(eq(memberships.storeId, store.id), eq(memberships.userId, user.id)));
      return refused(EXISTING_MESSAGE[existing?.status ?? "pending"]!);
    }
    await recordAudit(tx, { storeId: store.id, actorUserId: user.id, action: "join_request.submitted", targetType: "user", targetId: user.id, reason: input.note, data: { email: user.email } });
    await enqueueMail(tx, await joinRequestReceived(store, user.email, await storeDeciderEmails(tx, store.id), input.note, user.id));
    return { ok: true as const, data: { userId: user.id } };
  });
}

/** The refusal when the store is not active (suspended stores are read-only): matched by the API to `store_not_active`. */
export const STORE_READ_ONLY = "This store is not active: it is read-only, so nothing was changed.";

export type JoinDecision = { decision: "approve"; role: Role } | { decision: "reject"; reason: string };

/**
 * Approves or rejects pending join requests of one store, all or none. The
 * store comes from the request's host, never from the form, and each row is
 * matched on (store, user, pending): another store's request, a decided one or
 * a missing one refuses the whole batch and changes nothing.
 */
export async function decideJoinRequests(
  database: Database,
  actorId: string,
  storeId: string,
  userIds: string[],
  decision: JoinDecision,
): Promise<Outcome> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return refused("Select at least one request.");
  return withPlatform(database, async (tx) => {
    const actor = await actorMembership(tx, storeId, actorId);
    if (!actor) return refused("Only the store's owners and admins decide join requests.");
    if (decision.decision === "approve" && !canAssignRole(actor.role, decision.role)) {
      return refused("Only an owner can make someone an owner.");
    }
    if (!canAssignRole(actor.role, "staff")) return refused("Only the store's owners and admins decide join requests.");

    const rows = await tx
      .select({ userId: memberships.userId, status: memberships.status, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.storeId, storeId), inArray(memberships.userId, ids)))
      .for("update", { of: memberships });
    if (rows.length !== ids.length) return refused("Some selected requests do not belong to this store. Nothing was changed.");
    const decided = rows.filter((r) => r.status !== "pending");
    if (decided.length > 0) {
      return refused(`Already decided: ${decided.map((r) => `${r.email} (${r.status})`).join(", ")}. Nothing was changed.`);
    }

    // The store row lock serialises approvals, so the plan's member limit
    // holds when two admins approve at the same moment.
    const [store] = await tx.select({ id: stores.id, slug: stores.slug, name: stores.name, plan: stores.plan, status: stores.status, theme: stores.theme }).from(stores).where(eq(stores.id, storeId)).for("update");
    // Checked under the same lock a suspension takes, so no decision lands in a suspended store
    // whichever path asks (dashboard or API) and however late the suspension came.
    if (store?.status !== "active") return refused(STORE_READ_ONLY);
    if (decision.decision === "approve") {
      const limit = PLANS[store!.plan].limits.members;
      const [members] = await tx.select({ n: count() }).from(memberships).where(and(eq(memberships.storeId, storeId), eq(memberships.status, "approved")));
      const have = members?.n ?? 0;
      if (have + rows.length > limit) {
        return refused(`Your plan allows ${limit} members and the store has ${have}: ${Math.max(limit - have, 0)} more can be approved. Nothing was changed.`);
      }
    }
    const deciders = await storeDeciderEmails(tx, storeId);
    const status = decision.decision === "approve" ? "approved" : "rejected";
    const role = decision.decision === "approve" ? decision.role : undefined;
    const reason = decision.decision === "reject" ? decision.reason : null;
    for (const row of rows) {
      await tx
        .update(memberships)
        .set({ status, ...(role ? { role } : {}), decidedBy: actorId, decidedAt: sql`now()`, decisionReason: reason, updatedAt: sql`now()` })
        .where(and(eq(memberships.storeId, storeId), eq(memberships.userId, row.userId), eq(memberships.status, "pending")));
      await recordAudit(tx, { storeId, actorUserId: actorId, action: `join_request.${status}`, targetType: "user", targetId: row.userId, reason, data: { email: row.email, ...(role ? { role } : {}) } });
      await enqueueMail(tx, await membershipChanged(store!, status, row.email, deciders, { role, reason }));
    }
    return { ok: true as const, message: `${rows.length} request${rows.length === 1 ? "" : "s"} ${status}.` };
  });
}
