import "server-only";
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { decryptSecret, encryptSecret } from "@/lib/config/crypto";
import { configKeyring } from "@/lib/config/keyring";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/connect";
import { apiIdempotency, platformIdempotency } from "@/lib/db/schema";
import { withPlatform, withTenant } from "@/lib/db/tenant";

/*
 * Idempotency-Key on POST, as Stripe does it: the first request with a key
 * runs and its response (any status below 500) is stored; the same key with
 * the same request (method, path, body) replays that response; the same key
 * with another request is refused with 422 idempotency_key_reused; while the
 * first is still running a second gets 409 idempotency_in_progress. A 5xx or
 * a thrown error frees the key, so the client may retry. Keys are scoped to
 * (store, API key) — a store's keys live in its own RLS-protected rows — and
 * to the API key alone for the platform's POST /stores, and last a day.
 */

export const IDEMPOTENCY_TTL_HOURS = 24;
/** A first request that has held its key this long without finishing is taken to have died. */
const ABANDONED_SECONDS = 60;
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export type IdemScope = { storeId: string; apiKeyId: string } | { storeId: null; apiKeyId: string };

/*
 * A stored answer can hold a secret that is shown once (a new webhook
 * endpoint's signing secret), and it is kept for a day: it is sealed with the
 * configuration keyring like every other secret at rest, bound to its store,
 * API key and Idempotency-Key, so a copied row opens nowhere else. Without a
 * keyring no handler can make a secret (each one that does needs the keyring
 * and answers 503, which is never stored), so the answer is kept as it is.
 */
const aad = (scope: IdemScope, key: string) => `api_idempotency:${scope.storeId ?? "platform"}:${scope.apiKeyId}:${key}`;

function keyringIfAny() {
  try {
    return configKeyring();
  } catch {
    return null;
  }
}

function sealAnswer(scope: IdemScope, key: string, body: string): string {
  const ring = keyringIfAny();
  return ring ? encryptSecret(ring, body, aad(scope, key)) : body;
}

/** The stored answer, or null when it cannot be opened (its key left the keyring): then the request runs afresh. */
function openAnswer(scope: IdemScope, key: string, stored: string): string | null {
  // A JSON answer starts with { or [; a sealed one with its format tag.
  if (!stored.startsWith("v1:")) return stored;
  const ring = keyringIfAny();
  if (!ring) return null;
  try {
    return decryptSecret(ring, stored, aad(scope, key));
  } catch {
    return null;
  }
}

export function fingerprint(method: string, path: string, body: string | Uint8Array): string {
  return createHash("sha256").update(`${method} ${path}\n`).update(body).digest("hex");
}

type Stored = { fingerprint: string; status: number | null; body: string | null; createdAt: Date; fresh: boolean };
export type Claim = { kind: "claimed" } | { kind: "replay"; status: number; body: string } | { kind: "reused" } | { kind: "in_progress" };

function run<T>(scope: IdemScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return scope.storeId ? withTenant(db(), scope.storeId, fn) : withPlatform(db(), fn);
}

/** Claims `key` for this request, or says what to answer instead. */
export async function claimIdempotencyKey(scope: IdemScope, key: string, print: string): Promise<Claim> {
  return run(scope, async (tx) => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const inserted = scope.storeId
        ? await tx
            .insert(apiIdempotency)
            .values({ tenantId: scope.storeId, apiKeyId: scope.apiKeyId, key, fingerprint: print })
            .onConflictDoNothing()
            .returning({ key: apiIdempotency.key })
        : await tx.insert(platformIdempotency).values({ apiKeyId: scope.apiKeyId, key, fingerprint: print }).onConflictDoNothing().returning({ key: platformIdempotency.key });
      if (inserted.length) return { kind: "claimed" as const };
      const existing = await load(tx, scope, key);
      if (!existing) continue; // deleted meanwhile: claim again
      if (!existing.fresh || (existing.status === null && Date.now() - existing.createdAt.getTime() > ABANDONED_SECONDS * 1000)) {
        await remove(tx, scope, key);
        continue;
      }
      if (existing.fingerprint !== print) return { kind: "reused" as const };
      if (existing.status === null) return { kind: "in_progress" as const };
      const body = openAnswer(scope, key, existing.body ?? "");
      if (body === null) {
        await remove(tx, scope, key);
        continue;
      }
      return { kind: "replay" as const, status: existing.status, body };
    }
    return { kind: "in_progress" as const };
  });
}

async function load(tx: Tx, scope: IdemScope, key: string): Promise<Stored | null> {
  const fresh = sql<boolean>`created_at > now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`;
  if (scope.storeId) {
    const t = apiIdempotency;
    const [row] = await tx
      .select({ fingerprint: t.fingerprint, status: t.status, body: t.body, createdAt: t.createdAt, fresh })
      .from(t)
      .where(and(eq(t.tenantId, scope.storeId), eq(t.apiKeyId, scope.apiKeyId), eq(t.key, key)))
      .for("update");
    return row ?? null;
  }
  const t = platformIdempotency;
  const [row] = await tx
    .select({ fingerprint: t.fingerprint, status: t.status, body: t.body, createdAt: t.createdAt, fresh })
    .from(t)
    .where(and(eq(t.apiKeyId, scope.apiKeyId), eq(t.key, key)))
    .for("update");
  return row ?? null;
}

async function remove(tx: Tx, scope: IdemScope, key: string) {
  if (scope.storeId) {
    await tx.delete(apiIdempotency).where(and(eq(apiIdempotency.tenantId, scope.storeId), eq(apiIdempotency.apiKeyId, scope.apiKeyId), eq(apiIdempotency.key, key)));
  } else {
    await tx.delete(platformIdempotency).where(and(eq(platformIdempotency.apiKeyId, scope.apiKeyId), eq(platformIdempotency.key, key)));
  }
}

/** Stores the response to replay, or frees the key when the request failed on our side. */
export async function settleIdempotencyKey(scope: IdemScope, key: string, response: { status: number; body: string } | null): Promise<void> {
  await run(scope, async (tx) => {
    if (!response || response.status >= 500) return remove(tx, scope, key);
    const body = sealAnswer(scope, key, response.body);
    if (scope.storeId) {
      await tx
        .update(apiIdempotency)
        .set({ status: response.status, body })
        .where(and(eq(apiIdempotency.tenantId, scope.storeId), eq(apiIdempotency.apiKeyId, scope.apiKeyId), eq(apiIdempotency.key, key)));
    } else {
      await tx
        .update(platformIdempotency)
        .set({ status: response.status, body })
        .where(and(eq(platformIdempotency.apiKeyId, scope.apiKeyId), eq(platformIdempotency.key, key)));
    }
  });
}
