import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Queryable, Tx } from "@/lib/db/connect";
import { apiKeys, memberships, users } from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/log";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import type { ApiKey, Scope } from "./keys";

/*
 * An API key acts for the person who created it, never beyond what that
 * person may still do (docs/decisions/0012-security-review.md). So every API
 * call re-reads the creator: a store key needs its creator's approved
 * membership with a role whose permissions cover every scope of the key; a
 * platform key needs its creator to still be a platform admin. A key whose
 * creator was deleted (created_by set null) acts for nobody. This holds for any
 * way a person loses a right — removal, demotion, a future path nobody wrote
 * yet — because it reads the right, not the event. Removal and demotion also
 * revoke the keys outright (revokeKeysBeyondRole), so the keys page shows the
 * truth and a later re-promotion does not silently revive an old key.
 */

/** The dashboard permission each store scope stands for (one vocabulary: lib/auth/permissions.ts). */
export const SCOPE_PERMISSION: Record<Exclude<Scope, "stores:read" | "stores:write">, Permission> = {
  "products:read": "products:read",
  "products:write": "products:write",
  "orders:read": "orders:read",
  "orders:write": "orders:write",
  "join_requests:read": "members:read",
  "join_requests:write": "members:manage",
  "members:read": "members:read",
  "members:write": "members:manage",
  // Configuration and webhooks are store settings: owners write them, admins read them.
  "config:read": "settings:read",
  "config:write": "settings:write",
  "webhooks:read": "settings:read",
  "webhooks:write": "settings:write",
};

/** True when `role` allows every scope of a store key. */
export function roleCoversScopes(role: Role, scopes: readonly string[]): boolean {
  return scopes.every((s) => {
    const permission = SCOPE_PERMISSION[s as keyof typeof SCOPE_PERMISSION];
    return permission !== undefined && can(role, permission);
  });
}

/** Whether the key's creator still holds the rights the key's scopes need, read now from the database. */
export async function creatorStillAuthorizes(database: Queryable, key: ApiKey): Promise<boolean> {
  if (!key.createdBy) return false;
  if (key.storeId === null) {
    const [row] = await database.select({ admin: users.isPlatformAdmin }).from(users).where(eq(users.id, key.createdBy)).limit(1);
    return row?.admin === true;
  }
  const [row] = await database
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.storeId, key.storeId), eq(memberships.userId, key.createdBy), eq(memberships.status, "approved")))
    .limit(1);
  return row ? roleCoversScopes(row.role, key.scopes) : false;
}

/**
 * Revokes, in the caller's transaction, the store keys `userId` created that
 * `role` no longer covers (null: the person left the store, so all of them).
 * Audited as the actor's revocation.
 */
export async function revokeKeysBeyondRole(tx: Tx, storeId: string, userId: string, role: Role | null, actorUserId: string): Promise<number> {
  const live = await tx
    .select({ id: apiKeys.id, prefix: apiKeys.prefix, scopes: apiKeys.scopes })
    .from(apiKeys)
    .where(and(eq(apiKeys.storeId, storeId), eq(apiKeys.createdBy, userId), isNull(apiKeys.revokedAt)))
    .for("update");
  const beyond = live.filter((k) => role === null || !roleCoversScopes(role, k.scopes));
  if (beyond.length === 0) return 0;
  await tx.update(apiKeys).set({ revokedAt: sql`now()` }).where(inArray(apiKeys.id, beyond.map((k) => k.id)));
  for (const k of beyond) {
    await recordAudit(tx, {
      storeId,
      actorUserId,
      action: "api_key.revoked",
      targetType: "api_key",
      targetId: k.prefix,
      reason: role === null ? "Its creator left the store." : `Its creator's new role (${role}) does not allow its scopes.`,
    });
  }
  return beyond.length;
}
