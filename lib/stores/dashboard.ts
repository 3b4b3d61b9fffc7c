import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";
import { currentUser, sessionClaim } from "@/lib/auth/session";
import { findStoreBySlug } from "@/lib/tenancy/lookup";
import { cachedMembership, cachedUser } from "./access-cache";
import type { Actor } from "@/lib/auth/accounts";
import type { Role } from "@/lib/auth/permissions";
import { findMembership } from "./membership";
import { liveImpersonation, type LiveImpersonation } from "./impersonation";

export type DashboardAccess =
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

/**
 * The one access decision for a store's dashboard: who is acting in store
 * `slug`, with which role, decided from the database on every call (store
 * status, the user's membership and role, a live support session), never
 * from a token claim. Pending and rejected stores stay closed; a suspended
 * store opens read-only. A platform admin with a live support session acts
 * as an `admin` member. Pages use it through dashboardAccess, store actions
 * through storeAction (lib/actions/action.ts), which add only what is theirs
 * (the support trace; the refusal messages and the permission check).
 * `user` is the signed-in user when the caller has read it already.
 */
export async function resolveStoreAccess(slug: string, user?: Actor | null, lookups: AccessLookups = FRESH): Promise<DashboardAccess> {
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
export const dashboardAccess = cache((slug: string): Promise<DashboardAccess> => accessWithTrace(slug, CACHED));

/**
 * The same decision straight from the database, for a route handler that
 * writes (a store import): like a store action, it never decides a write from
 * a cached membership.
 */
export const dashboardAccessForWrite = cache((slug: string): Promise<DashboardAccess> => accessWithTrace(slug, FRESH));

async function accessWithTrace(slug: string, lookups: AccessLookups): Promise<DashboardAccess> {
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
