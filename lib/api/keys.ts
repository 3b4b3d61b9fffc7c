import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import type { Database } from "@/lib/db/connect";
import { apiKeys } from "@/lib/db/schema";

/*
 * API keys: `plz_<prefix>_<secret>`. The prefix (public, unique) finds the
 * row; only SHA-256 of the whole token is stored — the secret is 32 random
 * bytes, so a fast hash is enough (no password-style stretching needed) and a
 * database leak yields nothing usable. Shown once, at creation.
 */

export const STORE_SCOPES = [
  "products:read",
  "products:write",
  "orders:read",
  "orders:write",
  "join_requests:read",
  "join_requests:write",
  "members:read",
  "members:write",
  "config:read",
  "config:write",
  "webhooks:read",
  "webhooks:write",
] as const;
export const PLATFORM_SCOPES = ["stores:read", "stores:write"] as const;
export type Scope = (typeof STORE_SCOPES)[number] | (typeof PLATFORM_SCOPES)[number];

export type ApiKey = typeof apiKeys.$inferSelect;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const TOKEN = /^plz_([A-Za-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

export async function createApiKey(
  database: Database,
  input: { storeId: string | null; name: string; scopes: Scope[]; createdBy: string | null },
): Promise<{ key: ApiKey; token: string }> {
  const allowed: readonly string[] = input.storeId ? STORE_SCOPES : PLATFORM_SCOPES;
  if (input.scopes.length === 0 || input.scopes.some((s) => !allowed.includes(s))) throw new Error("invalid scopes for this kind of key");
  const prefix = randomBytes(8).toString("base64url").replace(/[-_]/g, "").padEnd(10, "0").slice(0, 10);
  const token = `plz_${prefix}_${randomBytes(32).toString("base64url")}`;
  return database.transaction(async (tx) => {
    const [key] = await tx
      .insert(apiKeys)
      .values({ storeId: input.storeId, name: input.name, prefix, tokenHash: hash(token), scopes: input.scopes, createdBy: input.createdBy })
      .returning();
    await recordAudit(tx, { storeId: input.storeId, actorUserId: input.createdBy, action: "api_key.created", targetType: "api_key", targetId: prefix, data: { scopes: input.scopes } });
    return { key: key!, token };
  });
}

/** The live key for a bearer token, or null (malformed, unknown, wrong secret, revoked). */
export async function authenticateApiKey(database: Database, token: string): Promise<ApiKey | null> {
  const m = TOKEN.exec(token);
  if (!m) return null;
  const [key] = await database.select().from(apiKeys).where(and(eq(apiKeys.prefix, m[1]!), isNull(apiKeys.revokedAt)));
  if (!key) return null;
  const a = Buffer.from(key.tokenHash, "hex");
  const b = Buffer.from(hash(token), "hex");
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  // Last-used is informational: at most one write a minute per key.
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    await database.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, key.id));
  }
  return key;
}

export async function revokeApiKey(database: Database, storeId: string | null, keyId: string, actorUserId: string | null): Promise<boolean> {
  return database.transaction(async (tx) => {
    const [key] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, keyId), storeId ? eq(apiKeys.storeId, storeId) : isNull(apiKeys.storeId), isNull(apiKeys.revokedAt)))
      .returning();
    if (!key) return false;
    await recordAudit(tx, { storeId, actorUserId, action: "api_key.revoked", targetType: "api_key", targetId: key.prefix });
    return true;
  });
}

export async function listApiKeys(database: Database, storeId: string | null) {
  return database
    .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, scopes: apiKeys.scopes, createdAt: apiKeys.createdAt, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(storeId ? eq(apiKeys.storeId, storeId) : isNull(apiKeys.storeId))
    .orderBy(desc(apiKeys.createdAt));
}
