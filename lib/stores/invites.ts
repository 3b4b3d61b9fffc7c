import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, count, desc, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Database, Tx } from "@/lib/db/connect";
import { memberships, storeInvites, stores, users } from "@/lib/db/schema";
import { withPlatform } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/audit/log";
import { insertUser, type Actor } from "@/lib/auth/accounts";
import { canAssignRole, ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { refused, type Outcome } from "@/lib/result";
import { cursorTimeSql } from "@/lib/db/keyset";
import { staffInviteMail } from "@/lib/mail/account-mail";
import { enqueueMail } from "@/lib/mail/outbox";
import { PLANS } from "@/lib/plans/plans";
import { rootUrl } from "@/lib/tenancy/urls";
import { actorMembership } from "./membership";
import { STORE_READ_ONLY } from "./join-requests";

/*
 * Staff invites (issue 11 §4): an owner or admin invites an email with a role;
 * the link (root host, /invite) sets a password for a new account or takes
 * the existing account's password, and makes the approved membership. Open
 * invitations can be resent (a new token: the old link dies) or revoked.
 *
 * The plan's member limit holds: an invitation needs a free seat counting the
 * approved members and the open invitations, and accepting needs one counting
 * the approved members — both checked under the store row's lock, the lock
 * join-request approvals take, so no two paths together pass the limit.
 * Every change is audited in its transaction, with its mail.
 */

export const INVITE_DAYS = 7;

const digest = (token: string) => createHash("sha256").update(token).digest("hex");
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;
const newToken = () => randomBytes(32).toString("base64url");
const inviteLink = (token: string) => rootUrl(`/invite?token=${encodeURIComponent(token)}`);

const MANAGERS_ONLY = "Only the store's owners and admins invite members.";

/*
 * Why an invitation change was refused, beside the message: the dashboard
 * shows the message, the API answers with a status and a stable code chosen
 * by this kind (lib/api/invitations.ts), so no caller parses the words.
 */
export type InviteRefusal = "not_allowed" | "store_not_active" | "already_member" | "already_invited" | "seat_limit" | "not_open";
export type InviteResult<T = undefined> = Outcome<T> & { refusal?: InviteRefusal };

const refuse = (refusal: InviteRefusal, error: string) => ({ ok: false as const, error, refusal });

const inviteColumns = {
  id: storeInvites.id,
  email: storeInvites.email,
  role: storeInvites.role,
  expiresAt: storeInvites.expiresAt,
  createdAt: storeInvites.createdAt,
  expired: sql<boolean>`${storeInvites.expiresAt} <= now()`,
};

type StoreRow = { id: string; slug: string; name: string; plan: keyof typeof PLANS; status: string; theme: { primaryColor?: string } };

/** The store row, locked: invitations, acceptances and approvals of one store take turns. */
async function lockStore(tx: Tx, storeId: string): Promise<StoreRow | null> {
  const [store] = await tx
    .select({ id: stores.id, slug: stores.slug, name: stores.name, plan: stores.plan, status: stores.status, theme: stores.theme })
    .from(stores)
    .where(eq(stores.id, storeId))
    .for("update");
  return store ?? null;
}

async function approvedCount(tx: Tx, storeId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(memberships).where(and(eq(memberships.storeId, storeId), eq(memberships.status, "approved")));
  return row?.n ?? 0;
}

const openInvite = (storeId: string) => and(eq(storeInvites.storeId, storeId), isNull(storeInvites.acceptedAt), isNull(storeInvites.revokedAt));

async function openInviteCount(tx: Tx, storeId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(storeInvites).where(and(openInvite(storeId), gt(storeInvites.expiresAt, sql`now()`)));
  return row?.n ?? 0;
}

async function mailInvite(tx: Tx, store: StoreRow, inviter: string, email: string, role: Role, token: string) {
  await enqueueMail(tx, [await staffInviteMail(store.id, email, { name: store.name, color: store.theme.primaryColor }, inviter, ROLE_LABELS[role], inviteLink(token), INVITE_DAYS)]);
}

/** Invites `email` with `role` to the store; refused for a non-manager, an owner role from an admin, a member, an open invite, or no free seat. */
export async function inviteMember(database: Database, actor: Pick<Actor, "id" | "email" | "name">, storeId: string, input: { email: string; role: Role }): Promise<InviteResult<OpenInvite>> {
  return withPlatform(database, async (tx) => {
    const me = await actorMembership(tx, storeId, actor.id);
    if (!me || !canAssignRole(me.role, "staff")) return refuse("not_allowed", MANAGERS_ONLY);
    if (!canAssignRole(me.role, input.role)) return refuse("not_allowed", "Only an owner can invite an owner.");
    const store = await lockStore(tx, storeId);
    if (store?.status !== "active") return refuse("store_not_active", STORE_READ_ONLY);

    const [member] = await tx
      .select({ status: memberships.status })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.storeId, storeId), eq(users.email, input.email), eq(memberships.status, "approved")));
    if (member) return refuse("already_member", `${input.email} is already a member of this store.`);

    // An expired open invitation is closed now, so the email can be invited afresh.
    await tx.update(storeInvites).set({ revokedAt: sql`now()`, updatedAt: sql`now()` }).where(and(openInvite(storeId), eq(storeInvites.email, input.email), sql`${storeInvites.expiresAt} <= now()`));

    const limit = PLANS[store.plan].limits.members;
    const taken = (await approvedCount(tx, storeId)) + (await openInviteCount(tx, storeId));
    if (taken + 1 > limit) return refuse("seat_limit", `Your plan allows ${limit} members, and members plus open invitations already take ${taken}. Nothing was sent.`);

    const token = newToken();
    const [invite] = await tx
      .insert(storeInvites)
      .values({ storeId, email: input.email, role: input.role, tokenHash: digest(token), invitedBy: actor.id, expiresAt: sql`now() + make_interval(days => ${INVITE_DAYS})` })
      .onConflictDoNothing()
      .returning(inviteColumns);
    if (!invite) return refuse("already_invited", `${input.email} already has an open invitation. Resend it from the list instead.`);
    await recordAudit(tx, { storeId, actorUserId: actor.id, action: "member.invited", targetType: "invite", targetId: invite.id, data: { email: input.email, role: input.role } });
    await mailInvite(tx, store, actor.name || actor.email, input.email, input.role, token);
    return { ok: true as const, message: `Invitation sent to ${input.email}.`, data: invite };
  });
}

/** Loads an open invitation of this store for a manager, locked; the refusal otherwise. */
type Manageable = { invite: typeof storeInvites.$inferSelect } | { refusal: InviteRefusal; error: string };

async function manageable(tx: Tx, actorId: string, storeId: string, inviteId: string): Promise<Manageable> {
  const me = await actorMembership(tx, storeId, actorId);
  if (!me || !canAssignRole(me.role, "staff")) return { refusal: "not_allowed", error: MANAGERS_ONLY };
  const [invite] = await tx
    .select()
    .from(storeInvites)
    .where(and(eq(storeInvites.id, inviteId), openInvite(storeId)))
    .for("update");
  if (!invite) return { refusal: "not_open", error: "This invitation is not open at this store (accepted, revoked or unknown). Nothing was changed." };
  if (!canAssignRole(me.role, invite.role)) return { refusal: "not_allowed", error: "Only an owner can change an owner's invitation." };
  return { invite };
}

/** A new link (the old one stops working) and a new expiry, mailed again. */
export async function resendInvite(database: Database, actor: Pick<Actor, "id" | "email" | "name">, storeId: string, inviteId: string): Promise<InviteResult<OpenInvite>> {
  return withPlatform(database, async (tx) => {
    const found = await manageable(tx, actor.id, storeId, inviteId);
    if (!("invite" in found)) return refuse(found.refusal, found.error);
    const store = await lockStore(tx, storeId);
    if (store?.status !== "active") return refuse("store_not_active", STORE_READ_ONLY);
    const token = newToken();
    const [resent] = await tx
      .update(storeInvites)
      .set({ tokenHash: digest(token), expiresAt: sql`now() + make_interval(days => ${INVITE_DAYS})`, updatedAt: sql`now()` })
      .where(eq(storeInvites.id, inviteId))
      .returning(inviteColumns);
    await recordAudit(tx, { storeId, actorUserId: actor.id, action: "member.invite_resent", targetType: "invite", targetId: inviteId, data: { email: found.invite.email } });
    await mailInvite(tx, store, actor.name || actor.email, found.invite.email, found.invite.role, token);
    return { ok: true as const, message: `Invitation sent again to ${found.invite.email}.`, data: resent! };
  });
}

export async function revokeInvite(database: Database, actorId: string, storeId: string, inviteId: string): Promise<InviteResult> {
  return withPlatform(database, async (tx) => {
    const found = await manageable(tx, actorId, storeId, inviteId);
    if (!("invite" in found)) return refuse(found.refusal, found.error);
    await tx.update(storeInvites).set({ revokedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(storeInvites.id, inviteId));
    await recordAudit(tx, { storeId, actorUserId: actorId, action: "member.invite_revoked", targetType: "invite", targetId: inviteId, data: { email: found.invite.email } });
    return { ok: true as const, message: `The invitation for ${found.invite.email} is revoked: its link no longer works.` };
  });
}

export type OpenInvite = { id: string; email: string; role: Role; expiresAt: Date; expired: boolean; createdAt: Date };

/** The store's open invitations, newest first (expired ones too: they can be resent). */
export async function listOpenInvites(database: Database, storeId: string): Promise<OpenInvite[]> {
  const rows = await database.select(inviteColumns).from(storeInvites).where(openInvite(storeId)).orderBy(desc(storeInvites.createdAt)).limit(200);
  return rows;
}

/**
 * One page of the open invitations, newest first, for the API's keyset pages:
 * `after` is the last row's (created_at, id), validated by the caller's
 * cursor codec (lib/db/keyset.ts) before it reaches the ::timestamptz cast.
 */
export async function pageOpenInvites(database: Database, storeId: string, options: { limit: number; after?: { createdAt: string; id: string } }) {
  const rows = await database
    .select({ ...inviteColumns, cursorAt: cursorTimeSql(storeInvites.createdAt) })
    .from(storeInvites)
    .where(
      and(
        openInvite(storeId),
        options.after
          ? or(
              sql`${storeInvites.createdAt} < ${options.after.createdAt}::timestamptz`,
              and(sql`${storeInvites.createdAt} = ${options.after.createdAt}::timestamptz`, lt(storeInvites.id, options.after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(storeInvites.createdAt), desc(storeInvites.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    invites: page.map((r): OpenInvite => ({ id: r.id, email: r.email, role: r.role, expiresAt: r.expiresAt, expired: r.expired, createdAt: r.createdAt })),
    next: rows.length > options.limit && last ? { createdAt: last.cursorAt, id: last.id } : null,
  };
}

export type InviteView = { storeName: string; storeSlug: string; email: string; role: Role; hasAccount: boolean };

/** What the invitation page shows; null when the link is unknown, used, revoked or expired. */
export async function findInvite(database: Database, token: string): Promise<InviteView | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await database
    .select({ storeName: stores.name, storeSlug: stores.slug, email: storeInvites.email, role: storeInvites.role, userId: users.id })
    .from(storeInvites)
    .innerJoin(stores, eq(stores.id, storeInvites.storeId))
    .leftJoin(users, eq(users.email, storeInvites.email))
    .where(and(eq(storeInvites.tokenHash, digest(token)), isNull(storeInvites.acceptedAt), isNull(storeInvites.revokedAt), gt(storeInvites.expiresAt, sql`now()`)))
    .limit(1);
  if (!row) return null;
  return { storeName: row.storeName, storeSlug: row.storeSlug, email: row.email, role: row.role, hasAccount: row.userId !== null };
}

const DEAD_LINK = "This invitation has expired, was revoked or was already used. Ask the store for a new one.";

/**
 * Accepts the invitation: for `account`, a new user with the invited email
 * (the password hash made by the caller, outside the transaction); for
 * `user`, an existing account whose password the caller verified, which must
 * have the invited email. Makes the approved membership (an earlier pending,
 * rejected or removed one becomes approved) and spends the invitation.
 */
export async function acceptInvite(
  database: Database,
  token: string,
  who: { account: { name: string; passwordHash: string } } | { user: Pick<Actor, "id" | "email"> },
): Promise<Outcome<{ slug: string; email: string }>> {
  if (!TOKEN_SHAPE.test(token)) return refused(DEAD_LINK);
  return withPlatform(database, async (tx) => {
    const [invite] = await tx
      .select()
      .from(storeInvites)
      .where(and(eq(storeInvites.tokenHash, digest(token)), isNull(storeInvites.acceptedAt), isNull(storeInvites.revokedAt), gt(storeInvites.expiresAt, sql`now()`)))
      .for("update");
    if (!invite) return refused(DEAD_LINK);
    const store = await lockStore(tx, invite.storeId);
    if (store?.status !== "active") return refused("This store is not active right now, so it cannot take new members. Try again later.");

    const user = "user" in who ? who.user : await insertUser(tx, { name: who.account.name, email: invite.email, passwordHash: who.account.passwordHash });
    if (!user) return refused("An account with this email exists already: sign in on this page to accept.");
    if (user.email !== invite.email) return refused(`This invitation is for ${invite.email}. Sign in with that account.`);

    const [current] = await tx
      .select({ status: memberships.status })
      .from(memberships)
      .where(and(eq(memberships.storeId, store.id), eq(memberships.userId, user.id)))
      .for("update");
    if (current?.status === "approved") return refused(`You are already a member of ${store.name}.`);
    const limit = PLANS[store.plan].limits.members;
    const have = await approvedCount(tx, store.id);
    if (have + 1 > limit) return refused(`${store.name} has reached its plan's limit of ${limit} members. Ask the store to make room, then use the link again.`);

    const decided = { role: invite.role, status: "approved" as const, decidedBy: invite.invitedBy, decidedAt: sql`now()`, decisionReason: null, updatedAt: sql`now()` };
    await tx
      .insert(memberships)
      .values({ storeId: store.id, userId: user.id, ...decided })
      .onConflictDoUpdate({ target: [memberships.storeId, memberships.userId], set: decided });
    await tx.update(storeInvites).set({ acceptedAt: sql`now()`, acceptedBy: user.id, updatedAt: sql`now()` }).where(eq(storeInvites.id, invite.id));
    await recordAudit(tx, { storeId: store.id, actorUserId: user.id, action: "member.invite_accepted", targetType: "user", targetId: user.id, data: { email: user.email, role: invite.role, inviteId: invite.id } });
    return { ok: true as const, message: `Welcome to ${store.name}.`, data: { slug: store.slug, email: user.email } };
  });
}
