import "server-only";
import { env } from "@/lib/env";
import { parseKeyring, type Keyring } from "./crypto";

let cached: { spec: string; ring: Keyring } | undefined;

/** The keyring from CONFIG_ENCRYPTION_KEYS (npm run dev/start generate one into .data/ when unset). */
export function configKeyring(): Keyring {
  const spec = env().CONFIG_ENCRYPTION_KEYS;
  if (!spec) throw new Error("CONFIG_ENCRYPTION_KEYS is not set: secret settings cannot be stored");
  if (cached?.spec !== spec) cached = { spec, ring: parseKeyring(spec) };
  return cached.ring;
}
