import "server-only";
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Database, Queryable } from "@/lib/db/connect";
import { containsPattern } from "@/lib/db/like";
import { memberships, stores, users } from "@/lib/db/schema";
import { withPlatform } from "@/lib/db/tenant";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/log";
import { enqueueMail, platformAdminEmails } from "@/lib/mail/outbox";
import { storeApplicationDecided, storeApplicationReceived } from "@/lib/mail/templates";
import { EMAIL_TAKEN, hashPassword, insertUser, type Actor, type NewAccount } from "@/lib/auth/accounts";
import { fieldError, refused, type Outcome } from "@/lib/result";

/*
 * Store applications (docs/contract.md §2: store pending → active | rejected).
 * Each request or decision writes the change, its audit entry and its mail in
 * one transaction.
 */

export type StoreApplication = { storeName: string; slug: string; note: string | null };

/** "open a store": user (new, or the signed-in one) + pending store + pending owner membership. */
export async function applyForStore(
  database: Database,
  input: StoreApplication & ({ account: NewAccount } | { user: Actor }),
): Promise<Outcome<{ storeId: string; userId: string }>> {
  if (await slugTaken(database, input.slug)) return fieldError("slug", "This address is already taken. Please choose another.");
  const passwordHash = "account" in input ? await hashPassword(input.account.password) : null;

  try {
    return await withPlatform(database, async (tx) => {
      const user = "user" in input ? input.user : await insertUser(tx, { ...input.account, passwordHash: passwordHash! });
      if (!user) throw new EmailTaken();
      const [store] = await tx
        .insert(stores)
        .values({ slug: input.slug, name: input.storeName, status: "pending", applicationNote: input.note })
        .returning({ id: stores.id, slug: stores.slug, name: stores.name });
      await tx.insert(memberships).values({ storeId: store!.id, userId: user.id, role: "owner", status: "pending", requestNote: input.note });
      await recordAudit(tx, { storeId: store!.id, actorUserId: user.id, action: "store_application.submitted", targetType: "store", targetId: store!.id, data: { slug: store!.slug, email: user.email } });
      await enqueueMail(tx, await storeApplicationReceived(store!, user.email, await platformAdminEmails(tx), input.note));
      return { ok: true as const, data: { storeId: store!.id, userId: user.id } };
    });
  } catch (err) {
    // The unique indexes decide races: nothing was saved, the transaction rolled back.
    if (err instanceof EmailTaken) return fieldError("email", EMAIL_TAKEN);
    if (isUniqueViolation(err, "stores_slug_key")) return fieldError("slug", "This address is already taken. Please choose another.");
    throw err;
  }
}

class EmailTaken extends Error {}

/** Every store holds its slug whatever its status: a rejected application keeps it (docs/decisions/0005). */
export async function slugTaken(database: Queryable, slug: string): Promise<boolean> {
  const [row] = await database.select({ id: stores.id }).from(stores).where(eq(stores.slug, slug)).limit(1);
  return Boolean(row);
}

export type Decision = { decision: "approve" } | { decision: "reject"; reason: string };

/**
 * Approves or rejects pending store applications, all or none: when any
 * selected store is not pending (decided meanwhile, or never existed) the whole
 * batch is refused and nothing changes. Returns the slugs to invalidate.
 */
export async function decideStoreApplications(
  database: Database,
  actorId: string,
  storeIds: string[],
  decision: Decision,
): Promise<Outcome<{ slugs: string[] }>> {
  const ids = [...new Set(storeIds)];
  if (ids.length === 0) return refused("Select at least one application.");
  return withPlatform(database, async (tx) => {
    // The actor's right is read in the same transaction as the change.
    const [actor] = await tx.select({ admin: users.isPlatformAdmin }).from(users).where(eq(users.id, actorId)).limit(1);
    if (!actor?.admin) return refused("Only platform admins decide store applications.");

    const rows = await tx
      .select({ id: stores.id, slug: stores.slug, name: stores.name, status: stores.status })
      .from(stores)
      .where(inArray(stores.id, ids))
      .for("update");
    const notPending = rows.filter((r) => r.status !== "pending");
    if (rows.length !== ids.length) return refused("Some selected applications no longer exist. Nothing was changed.");
    if (notPending.length > 0) {
      const list = notPending.map((r) => `${r.name} (${r.status})`).join(", ");
      return refused(`Already decided: ${list}. Nothing was changed.`);
    }

    const status = decision.decision === "approve" ? "active" : "rejected";
    const reason = decision.decision === "reject" ? decision.reason : null;
    const admins = await platformAdminEmails(tx);
    for (const store of rows) {
      await tx.update(stores).set({ status, statusReason: reason, updatedAt: sql`now()` }).where(and(eq(stores.id, store.id), eq(stores.status, "pending")));
      const owners = await tx
        .update(memberships)
        .set({ status: decision.decision === "approve" ? "approved" : "rejected", decidedBy: actorId, decidedAt: sql`now()`, decisionReason: reason, updatedAt: sql`now()` })
        .where(and(eq(memberships.storeId, store.id), eq(memberships.role, "owner"), eq(memberships.status, "pending")))
        .returning({ userId: memberships.userId });
      const applicants = owners.length
        ? await tx.select({ email: users.email }).from(users).where(inArray(users.id, owners.map((o) => o.userId)))
        : [];
      const decided = decision.decision === "approve" ? "approved" : "rejected";
      await recordAudit(tx, { storeId: store.id, actorUserId: actorId, action: `store_application.${decided}`, targetType: "store", targetId: store.id, reason, data: { slug: store.slug } });
      for (const a of applicants) await enqueueMail(tx, await storeApplicationDecided(store, decided, a.email, admins, reason));
    }
    return { ok: true as const, message: `${rows.length} application${rows.length === 1 ? "" : "s"} ${decision.decision === "approve" ? "approved" : "rejected"}.`, data: { slugs: rows.map((r) => r.slug) } };
  });
}

export type ApplicationFilter = {
  status?: "pending" | "active" | "rejected" | "suspended";
  /** Newest first unless asked (the queue's default, like GitLab's). */
  sort?: "newest" | "oldest";
  /** Part of the store's name or address, or the applicant's email. */
  q?: string;
  page: number;
  pageSize: number;
};

// The first owner (the applicant); a subquery, so a store with several owners is still one row.
const applicant = (column: "email" | "name") =>
  sql<string | null>`(select ${sql.raw(`u.${column}`)} from memberships m join users u on u.id = m.user_id
    where m.store_id = "stores"."id" and m.role = 'owner' order by m.created_at limit 1)`;

/** The console queue: applications with the applicant and their note, newest first by default. */
export async function listStoreApplications(database: Queryable, filter: ApplicationFilter) {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(stores.status, filter.status));
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(or(ilike(stores.name, pattern), ilike(stores.slug, pattern), sql`${applicant("email")} ilike ${pattern}`)!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total }] = (await database.select({ total: sql<number>`count(*)::int` }).from(stores).where(where)) as [{ total: number }];
  const rows = await database
    .select({
      id: stores.id,
      slug: stores.slug,
      name: stores.name,
      status: stores.status,
      note: stores.applicationNote,
      statusReason: stores.statusReason,
      createdAt: stores.createdAt,
      ownerEmail: applicant("email"),
      ownerName: applicant("name"),
    })
    .from(stores)
    .where(where)
    .orderBy(filter.sort === "oldest" ? asc(stores.createdAt) : desc(stores.createdAt), stores.id)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { total, rows };
}

/** One application for its detail page: the store, the applicant and when it was decided; null when unknown. */
export async function findStoreApplication(database: Queryable, storeId: string) {
  const [row] = await database
    .select({
      id: stores.id,
      slug: stores.slug,
      name: stores.name,
      status: stores.status,
      plan: stores.plan,
      note: stores.applicationNote,
      statusReason: stores.statusReason,
      createdAt: stores.createdAt,
      updatedAt: stores.updatedAt,
      ownerEmail: applicant("email"),
      ownerName: applicant("name"),
    })
    .from(stores)
    .where(eq(stores.id, storeId))
    .limit(1);
  return row ?? null;
}
