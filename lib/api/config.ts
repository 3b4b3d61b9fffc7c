import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { configKeyring } from "@/lib/config/keyring";
import { listConfig, type ConfigView } from "@/lib/config/store-config";
import type { Keyring } from "@/lib/config/crypto";
import { apiError } from "./http";
import type { configEntrySchema } from "./schemas";

/* Store configuration through the API: the settings page's own functions; secrets only ever masked. */

export function configEntryJson(v: ConfigView): z.infer<typeof configEntrySchema> {
  return { key: v.key, label: v.label, help: v.help, secret: v.secret, set: v.display !== null, value: v.display };
}

/** The keyring, or the API's answer when the server has none (secrets cannot be sealed or masked). */
export function keyringOr503(): { ok: true; keyring: Keyring } | { ok: false; response: Response } {
  try {
    return { ok: true, keyring: configKeyring() };
  } catch {
    return { ok: false, response: apiError(503, "unavailable", "Secret settings are unavailable: the server has no encryption keys configured.") };
  }
}

export async function configEntry(keyring: Keyring, storeId: string, key: string) {
  const all = await listConfig(db(), keyring, storeId);
  return all.find((v) => v.key === key)!;
}
