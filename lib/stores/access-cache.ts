import "server-only";
import { onChange } from "@/lib/changes/changes";
import type { Queryable } from "@/lib/db/connect";
import { env } from "@/lib/env";
import { findSessionUser, userOfClaim, type Actor, type SessionClaim } from "@/lib/auth/accounts";
import { TtlCache } from "@/lib/tenancy/ttl-cache";
import { findMembership } from "./membership";

/*
 * The dashboard's per-request lookups — the signed-in user and their
 * membership of the store (the store itself comes from the routing lookup,
 * lib/tenancy/lookup.ts) — cached in this process for a short time
 * (TENANT_CACHE_TTL_MS, 5 s by default), so a dashboard page does not spend
 * three queries deciding who is asking before it reads anything.
 *
 * Never a revoked membership or a demoted admin once the change is
 * announced: the database announces every change to a membership
 * ("membership", "<store id>:<user id>") and to a user's name, email,
 * platform-admin flag or session version, or their deletion ("user", id), on commit, whoever
 * wrote (drizzle/0023_access_announcements.sql); every instance drops that
 * entry (lib/changes), a gap in the messages drops everything, and a load that
 * an announcement overtook is not kept (TtlCache). The TTL bounds a missed
 * message.
 *
 * Only pages read through this cache. Writes do not: every store action
 * re-reads the membership in its own transaction, locked (actorMembership),
 * so a removal can never slip between the check and the change.
 */

type Membership = Awaited<ReturnType<typeof findMembership>>;
type SessionUser = Actor & { sessionVersion: number };

const g = globalThis as unknown as { plazaUserCache?: TtlCache<SessionUser>; plazaMembershipCache?: TtlCache<NonNullable<Membership>> };

function subscribed<V>(topic: "user" | "membership", cache: TtlCache<V>): TtlCache<V> {
  onChange(topic, (key) => (key === null ? cache.clear() : cache.delete(key)));
  return cache;
}
const users = () => (g.plazaUserCache ??= subscribed("user", new TtlCache<SessionUser>(env().TENANT_CACHE_TTL_MS)));
const memberships = () => (g.plazaMembershipCache ??= subscribed("membership", new TtlCache<NonNullable<Membership>>(env().TENANT_CACHE_TTL_MS)));

/** The key the database announces a membership under (drizzle/0023). */
export const membershipKey = (storeId: string, userId: string) => `${storeId}:${userId}`;

/**
 * The claim's user through the cache, with the same session-version rule as
 * currentUser: the cached row carries the version, and a password reset
 * announces the user (drizzle/0023), so a reset ends cached sessions too.
 */
export async function cachedUser(database: Queryable, claim: SessionClaim): Promise<Actor | null> {
  return userOfClaim(await users().get(claim.userId, () => findSessionUser(database, claim.userId)), claim);
}

/** findMembership through the cache: any status (the "why can't I enter" page shows it). */
export function cachedMembership(database: Queryable, storeId: string, userId: string): Promise<Membership> {
  return memberships().get(membershipKey(storeId, userId), () => findMembership(database, storeId, userId));
}
