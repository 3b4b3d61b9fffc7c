import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";
import { PLANS } from "@/lib/plans/plans";
import type { Result } from "@/lib/result";
import { SLUG_PATTERN } from "@/lib/tenancy/slug";
import { authenticateApiKey, type ApiKey, type Scope } from "@/lib/api/keys";
import { creatorStillAuthorizes } from "@/lib/api/key-authority";
import { denied, type AccessCode } from "./decision";

export type KeyStore = typeof stores.$inferSelect;

/*
 * The API's access decision, in two steps because /api/v1 answers them in
 * this order (its tests pin it): who (the bearer key, its scope, its
 * creator's rights), then where (the store in the path). A store key's
 * scopes are permissions of the matrix under the API's names
 * (STORE_SCOPE_PERMISSION in lib/auth/permissions.ts), and the key acts for
 * its creator, never beyond what they may still do (lib/api/key-authority.ts).
 */

/** The key behind `Authorization: Bearer …`, if it carries `scope` and its creator still holds the rights it needs. */
export async function authorizeKey(authorization: string | null, scope: Scope): Promise<Result<{ key: ApiKey }, AccessCode>> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (!token) return denied("unauthenticated", "Send an API key as `Authorization: Bearer plz_…`.");
  const key = await authenticateApiKey(db(), token);
  if (!key) return denied("unauthenticated", "This API key is not valid or has been revoked.");
  if (!key.scopes.includes(scope)) return denied("forbidden", `This key lacks the \`${scope}\` scope.`);
  if (!(await creatorStillAuthorizes(db(), key))) return denied("unauthenticated", "This API key's creator no longer has the rights it needs: create a new key.");
  return { ok: true, key };
}

/**
 * The store the path names, as this key may reach it. A store key reaches
 * only its own store (anything else is "no such store", so keys cannot probe
 * which stores exist) and only on a plan with API access; it only reads a
 * store that is not active, as the dashboard does. The write itself re-checks
 * the status inside its transaction (e.g. decideJoinRequests), so a
 * suspension that lands after this still wins. Platform keys manage the
 * lifecycle, so they may act on any store unless the route says otherwise.
 */
export async function authorizeKeyStore(key: ApiKey, slug: string, need: { write: boolean; activeStoreOnly?: boolean }): Promise<Result<{ store: KeyStore }, AccessCode>> {
  const wanted = slug.toLowerCase();
  // A malformed slug names no store: answered before any query.
  if (!SLUG_PATTERN.test(wanted)) return denied("no_store", "No such store.");
  const [store] = await db().select().from(stores).where(eq(stores.slug, wanted)).limit(1);
  if (!store || (key.storeId !== null && key.storeId !== store.id)) return denied("no_store", "No such store.");
  if (key.storeId !== null && !PLANS[store.plan].features.apiAccess) return denied("not_in_plan", `API access is not part of the ${PLANS[store.plan].name} plan.`);
  if ((key.storeId !== null || need.activeStoreOnly) && need.write && store.status !== "active") return notActive(store.status);
  return { ok: true, store };
}

/** A write to a store that is not active: one refusal for the API, whatever the store's state. */
export function notActive(status: string) {
  return status === "suspended" ? denied("read_only", "This store is suspended: it is read-only until it is reactivated.") : denied("store_closed", "This store is not active.");
}

/** A route that is not about one store: platform keys only. */
export function authorizePlatformKey(key: ApiKey): Result<{ key: ApiKey }, AccessCode> {
  return key.storeId === null ? { ok: true, key } : denied("forbidden", "This endpoint needs a platform key.");
}
