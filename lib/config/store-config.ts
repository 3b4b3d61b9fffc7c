import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import type { Database, Tx } from "@/lib/db/connect";
import { storeConfig } from "@/lib/db/schema";
import { readTenant, withTenant } from "@/lib/db/tenant";
import { decryptSecret, encryptSecret, keyIdOf, maskSecret, reEncrypt, type Keyring } from "./crypto";
import { CONFIG_KEY_MAP, CONFIG_KEYS } from "./keys";

/*
 * Store configuration: validated per key, secrets sealed with AES-256-GCM
 * bound to (store, key), audited without the value. store_config is a tenant
 * table: every call runs in withTenant (readTenant for reads) and names the store.
 */

export type ConfigView = { key: string; label: string; help: string; secret: boolean; display: string | null; keyId: string | null };
export type SetResult = { ok: true } | { ok: false; error: string };
type Actor = { userId: string | null };

const aad = (storeId: string, key: string) => `${storeId}/${key}`;

export async function setConfig(
  database: Database,
  keyring: Keyring,
  storeId: string,
  key: string,
  raw: string,
  actor: Actor,
): Promise<SetResult> {
  const def = CONFIG_KEY_MAP.get(key);
  if (!def) return { ok: false, error: "Unknown setting." };
  const parsed = def.schema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid value." };
  const row = def.secret
    ? { value: null, sealedValue: encryptSecret(keyring, String(parsed.data), aad(storeId, key)), keyId: keyring.current }
    : { value: parsed.data as object, sealedValue: null, keyId: null };
  await withTenant(database, storeId, async (tx) => {
    await tx
      .insert(storeConfig)
      .values({ tenantId: storeId, key, ...row, updatedBy: actor.userId })
      .onConflictDoUpdate({ target: [storeConfig.tenantId, storeConfig.key], set: { ...row, updatedBy: actor.userId, updatedAt: new Date() } });
    await recordAudit(tx, { storeId, actorUserId: actor.userId, action: "config.set", targetType: "config", targetId: key });
  });
  return { ok: true };
}

export async function deleteConfig(database: Database, storeId: string, key: string, actor: Actor): Promise<boolean> {
  return withTenant(database, storeId, async (tx) => {
    const gone = await tx.delete(storeConfig).where(and(eq(storeConfig.tenantId, storeId), eq(storeConfig.key, key))).returning();
    if (gone.length) await recordAudit(tx, { storeId, actorUserId: actor.userId, action: "config.deleted", targetType: "config", targetId: key });
    return gone.length > 0;
  });
}

/** Every known key with what may be shown: plain values in full, secrets masked. */
export async function listConfig(database: Database, keyring: Keyring, storeId: string): Promise<ConfigView[]> {
  const rows = await withTenant(database, storeId, (tx) => tx.select().from(storeConfig).where(eq(storeConfig.tenantId, storeId)));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return CONFIG_KEYS.map((def) => {
    const row = byKey.get(def.key);
    let display: string | null = null;
    if (row?.sealedValue) {
      try {
        display = maskSecret(decryptSecret(keyring, row.sealedValue, aad(storeId, def.key)));
      } catch {
        display = "•••• (cannot decrypt: key missing)";
      }
    } else if (row) display = String(row.value);
    return { key: def.key, label: def.label, help: def.help, secret: def.secret, display, keyId: row?.keyId ?? null };
  });
}

/** A secret's plaintext, for the server code that uses it (never for display). */
export async function readSecret(database: Database, keyring: Keyring, storeId: string, key: string): Promise<string | null> {
  const [row] = await withTenant(database, storeId, (tx) =>
    tx.select().from(storeConfig).where(and(eq(storeConfig.tenantId, storeId), eq(storeConfig.key, key))),
  );
  return row?.sealedValue ? decryptSecret(keyring, row.sealedValue, aad(storeId, key)) : null;
}

/** Moves a store's secrets to the current key (after a rotation); returns how many changed. */
export async function rotateStoreSecrets(database: Database, keyring: Keyring, storeId: string): Promise<number> {
  return withTenant(database, storeId, async (tx) => {
    const rows = await tx.select().from(storeConfig).where(eq(storeConfig.tenantId, storeId));
    let changed = 0;
    for (const row of rows) {
      if (!row.sealedValue || keyIdOf(row.sealedValue) === keyring.current) continue;
      const sealed = reEncrypt(keyring, row.sealedValue, aad(storeId, row.key));
      await tx
        .update(storeConfig)
        .set({ sealedValue: sealed, keyId: keyring.current, updatedAt: new Date() })
        .where(and(eq(storeConfig.tenantId, storeId), eq(storeConfig.key, row.key)));
      changed++;
    }
    return changed;
  });
}

/**
 * Several settings at once, for the server code that uses them: plain values
 * as stored, secrets decrypted. A secret that cannot be opened (no keyring in
 * this process, or its key was retired) reads as absent, so a feature that
 * needs it is simply off rather than failing the page.
 */
export async function readSettings(database: Database, keyring: Keyring | null, storeId: string, keys: readonly string[]): Promise<Map<string, unknown>> {
  // A read: one statement behind the store's entry, no BEGIN or COMMIT (lib/db/tenant.ts).
  return readTenant(database, storeId, (tx) => readSettingsIn(tx, keyring, storeId, keys));
}

/** readSettings inside the caller's tenant transaction: one statement, sent at the call (the checkout pipelines it). */
export async function readSettingsIn(tx: Tx, keyring: Keyring | null, storeId: string, keys: readonly string[]): Promise<Map<string, unknown>> {
  const rows = await tx.select().from(storeConfig).where(and(eq(storeConfig.tenantId, storeId), inArray(storeConfig.key, [...keys]))).execute();
  const out = new Map<string, unknown>();
  for (const row of rows) {
    if (row.sealedValue) {
      if (!keyring) continue;
      try {
        out.set(row.key, decryptSecret(keyring, row.sealedValue, aad(storeId, row.key)));
      } catch {
        // Missing key: treated as not configured.
      }
    } else out.set(row.key, row.value);
  }
  return out;
}
