"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { storeAction } from "@/lib/actions/action";
import { fieldError, refused } from "@/lib/actions/result";
import { CONFIG_KEYS, CONFIG_KEY_MAP } from "@/lib/config/keys";
import { configKeyring } from "@/lib/config/keyring";
import { deleteConfig, setConfig } from "@/lib/config/store-config";

/*
 * Store configuration actions: the value is validated by the key's own
 * schema inside setConfig (its message comes back as the field's error);
 * secrets are sealed there and never returned.
 */

const keyNames = CONFIG_KEYS.map((k) => k.key) as [string, ...string[]];
const key = z.enum(keyNames, { error: "Unknown setting." });

export const setConfigAction = storeAction("settings:write", z.object({ key, value: z.string().default("") }), async (input, { user, store }) => {
  let keyring;
  try {
    keyring = configKeyring();
  } catch {
    return refused("Secret settings cannot be stored: the server has no encryption keys configured.");
  }
  const result = await setConfig(db(), keyring, store.id, input.key, input.value, { userId: user.id });
  if (!result.ok) return fieldError("value", result.error);
  return { ok: true, message: `${CONFIG_KEY_MAP.get(input.key)!.label} saved.` };
});

export const deleteConfigAction = storeAction("settings:write", z.object({ key }), async (input, { user, store }) => {
  const gone = await deleteConfig(db(), store.id, input.key, { userId: user.id });
  const label = CONFIG_KEY_MAP.get(input.key)!.label;
  return gone ? { ok: true, message: `${label} cleared.` } : refused(`${label} was not set.`);
});
