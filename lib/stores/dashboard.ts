import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";
import { currentUser } from "@/lib/auth/session";
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
export async function resolveStoreAccess(slug: string, user?: Actor | null): Promise<DashboardAccess> {
  const [store] = await db().select({ id: stores.id, slug: stores.slug, name: stores.name, status: stores.status, timeZone: stores.timeZone }).from(stores).where(eq(stores.slug, slug)).limit(1);
  if (!store) return { kind: "no-store" };
  if (store.status !== "active" && store.status !== "suspended") return { kind: "store-closed", store };
  const actor = user === undefined ? await currentUser() : user;
  if (!actor) return { kind: "signed-out", store };
  const readOnly = store.status === "suspended";
  const support = actor.isPlatformAdmin ? await liveImpersonation(db(), actor.id, store.id) : null;
  if (support) return { kind: "member", store, user: actor, role: "admin", readOnly, support };
  const m = await findMembership(db(), store.id, actor.id);
  if (!m || m.status !== "approved") return { kind: "denied", store, user: actor, membership: m ? { status: m.status, reason: m.decisionReason } : null };
  return { kind: "member", store, user: actor, role: m.role, readOnly, support: null };
}

/** resolveStoreAccess for the dashboard layout and its pages, once per request through React's cache. */
export const dashboardAccess = cache(async (slug: string): Promise<DashboardAccess> => {
  const access = await resolveStoreAccess(slug);
  if (access.kind === "member" && access.support) {
    // Support reads customers' data too: every request made under support
    // access leaves a trace, not only the writes (React's cache makes this
    // once per request, however many components ask).
    const { store, user, support } = access;
    await recordAudit(db(), { storeId: store.id, actorUserId: user.id, action: "support.viewed", targetType: "store", targetId: store.slug, data: { impersonationId: support.id } });
  }
  return access;
});
