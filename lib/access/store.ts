import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";
import { currentUser, sessionClaim } from "@/lib/auth/session";
import { findStoreBySlug } from "@/lib/tenancy/lookup";
import { requestStoreSlug } from "@/lib/tenancy/request-store";
import { cachedMembership, cachedUser } from "@/lib/stores/access-cache";
import type { Actor } from "@/lib/auth/accounts";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import type { Result } from "@/lib/result";
import { findMembership } from "@/lib/stores/membership";
import { liveImpersonation, type LiveImpersonation } from "@/lib/stores/impersonation";
import { denied, SIGNED_OUT, type AccessCode } from "./decision";

/** Who is acting in a store over a session (dashboard pages, store actions, the dashboard's route handlers). */
export type StoreAccess =
  | { kind: "no-store" }
  | { kind: "store-closed"; store: StoreRow }
  | { kind: "signed-out"; store: StoreRow }
  | { kind: "denied"; store: StoreRow; user: Actor; membership: { status: string; reason: string | null } | null }
  | {
      kind: "member";
      store: StoreRow;
      user: Actor;
      role: Role;
      /** A suspended store: pages show, every write is refused (storeAction). */
      readOnly: boolean;
      /** Set when a platform admin is here as support (lib/stores/impersonation.ts). */
      support: LiveImpersonation | null;
    };

type StoreRow = { id: string; slug: string; name: string; status: string; timeZone: string };

export type Member = Extract<StoreAccess, { kind: "member" }>;

/** What the caller needs: a permission of the matrix, and whether it writes (a suspended store refuses writes). */
export type StoreNeed = { permission: Permission; write?: boolean };

/**
 * The decision on a resolved access: the member, or why not, in the words a
 * store action shows. Pages and route handlers translate the code instead
 * (lib/access/edges.ts). A write to a suspended store is refused before
 * anything else, as the dashboard shows it read-only to everyone.
 */
export function authorizeStore(access: StoreAccess, need: StoreNeed): Result<{ member: Member }, AccessCode> {
  if (need.write && "store" in access && access.store.status === "suspended") return denied("read_only", "This store is suspended: read-only.");
  switch (access.kind) {
    case "no-store":
      return denied("no_store", "This store is not active.");
    case "store-closed":
      return denied("store_closed", "This store is not active.");
    case "signed-out":
      return denied("unauthenticated", SIGNED_OUT);
    case "denied":
      return denied("not_member", "You are not a member of this store.");
    case "member":
      return can(access.role, need.permission) ? { ok: true, member: access } : denied("forbidden", "Your role does not allow this.");
  }
}

/**
 * The one access decision for a store's dashboard: who is acting in store
 * `slug`, with which role, decided from the database on every call (store
 * status, the user's membership and role, a live support session), never
 * from a token claim. Pending and rejected stores stay closed; a suspended
 * store opens read-only. A platform admin with a live support session acts
 * as an `admin` member. Pages use it through dashboardAccess, store actions
 * through storeAction (lib/actions/action.ts); both decide with
 * authorizeStore and add only what is theirs (the support trace).
 * `user` is the signed-in user when the caller has read it already.
 */
export async function resolveStoreAccess(slug: string, user?: Actor | null, lookups: AccessLookups = FRESH): Promise<StoreAccess> {
  const store = await lookups.store(slug);
  if (!store) return { kind: "no-store" };
  if (store.status !== "active" && store.status !== "suspended") return { kind: "store-closed", store };
  const actor = user === undefined ? await lookups.user() : user;
  if (!actor) return { kind: "signed-out", store };
  const readOnly = store.status === "suspended";
  const support = actor.isPlatformAdmin ? await liveImpersonation(db(), actor.id, store.id) : null;
  if (support) return { kind: "member", store, user: actor, role: "admin", readOnly, support };
  const m = await lookups.membership(store.id, actor.id);
  if (!m || m.status !== "approved") return { kind: "denied", store, user: actor, membership: m ? { status: m.status, reason: m.decisionReason } : null };
  return { kind: "member", store, user: actor, role: m.role, readOnly, support: null };
}

/**
 * The decision for a store action: the store is the one the proxy routed this
 * request's host to (never one named in the form), everything is read fresh
 * from the database, and the action writes (a suspended store refuses).
 */
export async function authorizeStoreAction(user: Actor, permission: Permission): Promise<Result<{ member: Member }, AccessCode>> {
  const slug = await requestStoreSlug();
  if (!slug) return denied("wrong_host", "This action belongs to a store's dashboard.");
  return authorizeStore(await resolveStoreAccess(slug, user), { permission, write: true });
}

/** Where the access decision reads store, user and membership from. */
type AccessLookups = {
  store: (slug: string) => Promise<StoreRow | null>;
  user: () => Promise<Actor | null>;
  membership: (storeId: string, userId: string) => ReturnType<typeof findMembership>;
};

/** Straight from the database: what store actions decide with (lib/actions/action.ts). */
const FRESH: AccessLookups = {
  store: async (slug) => {
    const [store] = await db().select({ id: stores.id, slug: stores.slug, name: stores.name, status: stores.status, timeZone: stores.timeZone }).from(stores).where(eq(stores.slug, slug)).limit(1);
    return store ?? null;
  },
  user: () => currentUser(),
  membership: (storeId, userId) => findMembership(db(), storeId, userId),
};

/*
 * Pages: the routing lookup for the store (the proxy has just read it through
 * the same cache) and the dashboard's lookup cache for user and membership,
 * each dropped on every instance once its change is announced
 * (lib/stores/access-cache.ts). Support sessions stay fresh (admins only).
 */
const CACHED: AccessLookups = {
  store: async (slug) => {
    const store = await findStoreBySlug(slug);
    return store ? { id: store.id, slug: store.slug, name: store.name, status: store.status, timeZone: store.timeZone } : null;
  },
  user: async () => {
    const claim = await sessionClaim();
    return claim ? cachedUser(db(), claim) : null;
  },
  membership: (storeId, userId) => cachedMembership(db(), storeId, userId),
};

/** resolveStoreAccess for the dashboard layout and its pages, once per request through React's cache. */
export const dashboardAccess = cache((slug: string): Promise<StoreAccess> => accessWithTrace(slug, CACHED));

/**
 * The same decision straight from the database, for a route handler that
 * writes (a store import): like a store action, it never decides a write from
 * a cached membership.
 */
export const dashboardAccessForWrite = cache((slug: string): Promise<StoreAccess> => accessWithTrace(slug, FRESH));

async function accessWithTrace(slug: string, lookups: AccessLookups): Promise<StoreAccess> {
  const access = await resolveStoreAccess(slug, undefined, lookups);
  if (access.kind === "member" && access.support) {
    // Support reads customers' data too: every request made under support
    // access leaves a trace, not only the writes (React's cache makes this
    // once per request, however many components ask).
    const { store, user, support } = access;
    await recordAudit(db(), { storeId: store.id, actorUserId: user.id, action: "support.viewed", targetType: "store", targetId: store.slug, data: { impersonationId: support.id } });
  }
  return access;
}
