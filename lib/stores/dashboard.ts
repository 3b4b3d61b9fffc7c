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

type StoreRow = { id: string; slug: string; name: string; status: string };

/**
 * Who may see this store's dashboard, decided from the database on every
 * request (store status, the user's membership and role), never from a token
 * claim. Shared by the dashboard layout and its pages through React's cache.
 * Pending and rejected stores stay closed; a suspended store opens read-only.
 * A platform admin with a live support session enters as an `admin` member.
 */
export const dashboardAccess = cache(async (slug: string): Promise<DashboardAccess> => {
  const [store] = await db().select({ id: stores.id, slug: stores.slug, name: stores.name, status: stores.status }).from(stores).where(eq(stores.slug, slug)).limit(1);
  if (!store) return { kind: "no-store" };
  if (store.status !== "active" && store.status !== "suspended") return { kind: "store-closed", store };
  const user = await currentUser();
  if (!user) return { kind: "signed-out", store };
  const readOnly = store.status === "suspended";
  const support = user.isPlatformAdmin ? await liveImpersonation(db(), user.id, store.id) : null;
  if (support) {
    // Support reads customers' data too: every request made under support
    // access leaves a trace, not only the writes (React's cache makes this
    // once per request, however many components ask).
    await recordAudit(db(), { storeId: store.id, actorUserId: user.id, action: "support.viewed", targetType: "store", targetId: store.slug, data: { impersonationId: support.id } });
    return { kind: "member", store, user, role: "admin", readOnly, support };
  }
  const m = await findMembership(db(), store.id, user.id);
  if (!m || m.status !== "approved") return { kind: "denied", store, user, membership: m ? { status: m.status, reason: m.decisionReason } : null };
  return { kind: "member", store, user, role: m.role, readOnly, support: null };
});
