import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/*
 * Secret store settings are encrypted at rest with AES-256-GCM. The key id is
 * stored with each value, so keys can be rotated: new writes use the current
 * key, old values still decrypt with the key they name, and reEncrypt() moves
 * them to the current key.
 *
 * Keyring format (env CONFIG_ENCRYPTION_KEYS): "k2:<base64 32 bytes>,k1:<…>",
 * current key first.
 */

export type Keyring = { current: string; keys: Map<string, Buffer> };

const FORMAT = "v1";

export function parseKeyring(spec: string): Keyring {
  const keys = new Map<string, Buffer>();
  let current: string | undefined;
  for (const part of spec.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [id, material] = part.split(":");
    if (!id || !material || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new Error("CONFIG_ENCRYPTION_KEYS: each entry is <id>:<base64 key>");
    const key = Buffer.from(material, "base64");
    if (key.length !== 32) throw new Error(`CONFIG_ENCRYPTION_KEYS: key "${id}" must be 32 bytes (base64)`);
    if (keys.has(id)) throw new Error(`CONFIG_ENCRYPTION_KEYS: key "${id}" appears twice`);
    keys.set(id, key);
    current ??= id;
  }
  if (!current) throw new Error("CONFIG_ENCRYPTION_KEYS: no keys");
  return { current, keys };
}

/**
 * Encrypts with the current key. The associated data binds the ciphertext to
 * its place (store and setting key): a value copied to another store or key
 * fails to decrypt instead of being accepted.
 */
export function encryptSecret(keyring: Keyring, plaintext: string, associatedData: string): string {
  const key = keyring.keys.get(keyring.current)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [FORMAT, keyring.current, iv.toString("base64url"), tag.toString("base64url"), body.toString("base64url")].join(":");
}

export function keyIdOf(sealed: string): string {
  const [format, keyId] = sealed.split(":");
  if (format !== FORMAT || !keyId) throw new Error("not an encrypted value");
  return keyId;
}

export function decryptSecret(keyring: Keyring, sealed: string, associatedData: string): string {
  const [format, keyId, iv, tag, body] = sealed.split(":");
  if (format !== FORMAT || !keyId || !iv || !tag || body === undefined) throw new Error("not an encrypted value");
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`encryption key "${keyId}" is not in the keyring`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(associatedData, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** The same secret under the current key; unchanged when it already uses it. */
export function reEncrypt(keyring: Keyring, sealed: string, associatedData: string): string {
  if (keyIdOf(sealed) === keyring.current) return sealed;
  return encryptSecret(keyring, decryptSecret(keyring, sealed, associatedData), associatedData);
}

/** What the UI shows of a secret: never the value, only that it is set. */
export function maskSecret(plaintext: string): string {
  return plaintext.length <= 4 ? "••••" : `••••${plaintext.slice(-4)}`;
}
