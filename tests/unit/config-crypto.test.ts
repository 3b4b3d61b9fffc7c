import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, keyIdOf, maskSecret, parseKeyring, reEncrypt } from "@/lib/config/crypto";

const k = () => randomBytes(32).toString("base64");

describe("secret settings encryption", () => {
  it("round-trips and never stores the plaintext", () => {
    const ring = parseKeyring(`k1:${k()}`);
    const sealed = encryptSecret(ring, "sk_live_abc123", "store-1/payment.api_key");
    expect(sealed).not.toContain("sk_live_abc123");
    expect(keyIdOf(sealed)).toBe("k1");
    expect(decryptSecret(ring, sealed, "store-1/payment.api_key")).toBe("sk_live_abc123");
  });

  it("uses a fresh IV each time", () => {
    const ring = parseKeyring(`k1:${k()}`);
    expect(encryptSecret(ring, "same", "a")).not.toBe(encryptSecret(ring, "same", "a"));
  });

  it("refuses a value moved to another store or key, and a tampered value", () => {
    const ring = parseKeyring(`k1:${k()}`);
    const sealed = encryptSecret(ring, "secret", "store-1/smtp.password");
    expect(() => decryptSecret(ring, sealed, "store-2/smtp.password")).toThrow();
    const parts = sealed.split(":");
    parts[4] = Buffer.from("tampered").toString("base64url");
    expect(() => decryptSecret(ring, parts.join(":"), "store-1/smtp.password")).toThrow();
  });

  it("rotates: old values decrypt with their key and re-encrypt under the new one", () => {
    const oldKey = k();
    const before = parseKeyring(`k1:${oldKey}`);
    const sealed = encryptSecret(before, "hunter22", "s/x");
    const after = parseKeyring(`k2:${k()},k1:${oldKey}`);
    expect(decryptSecret(after, sealed, "s/x")).toBe("hunter22");
    const rotated = reEncrypt(after, sealed, "s/x");
    expect(keyIdOf(rotated)).toBe("k2");
    expect(decryptSecret(after, rotated, "s/x")).toBe("hunter22");
    expect(reEncrypt(after, rotated, "s/x")).toBe(rotated);
    // Once k1 is gone from the keyring, values still under it are reported, not garbled.
    expect(() => decryptSecret(parseKeyring(`k2:${k()}`), sealed, "s/x")).toThrow(/k1/);
  });

  it("rejects malformed keyrings with the variable's name", () => {
    expect(() => parseKeyring("")).toThrow(/CONFIG_ENCRYPTION_KEYS/);
    expect(() => parseKeyring("k1:short")).toThrow(/32 bytes/);
    const key = k();
    expect(() => parseKeyring(`k1:${key},k1:${key}`)).toThrow(/twice/);
  });

  it("masks secrets for display", () => {
    expect(maskSecret("sk_live_abcd1234")).toBe("••••1234");
    expect(maskSecret("abc")).toBe("••••");
  });
});
