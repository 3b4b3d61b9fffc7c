import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { parseKeyring } from "@/lib/config/crypto";
import { deleteConfig, listConfig, readSecret, rotateStoreSecrets, setConfig } from "@/lib/config/store-config";
import { storeConfig } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { createTestStore, testDatabases } from "./db";

const { app, owner } = testDatabases();
const key = () => randomBytes(32).toString("base64");
const actor = { userId: null };

describe("store configuration", () => {
  it("validates each key with its schema and stores plain values", async () => {
    const ring = parseKeyring(`k1:${key()}`);
    const store = await createTestStore(owner, "cfg");
    expect(await setConfig(app, ring, store.id, "contact.email", "not-an-email", actor)).toEqual({ ok: false, error: "Enter a valid email address." });
    expect(await setConfig(app, ring, store.id, "shipping.flat_rate_cents", "-5", actor)).toEqual({ ok: false, error: "Enter a whole number of cents, e.g. 500 for 5.00." });
    expect(await setConfig(app, ring, store.id, "no.such.key", "x", actor)).toEqual({ ok: false, error: "Unknown setting." });
    expect(await setConfig(app, ring, store.id, "contact.email", "Shop@Example.com", actor)).toEqual({ ok: true });
    expect(await setConfig(app, ring, store.id, "shipping.flat_rate_cents", "500", actor)).toEqual({ ok: true });
    const view = await listConfig(app, ring, store.id);
    expect(view.find((v) => v.key === "contact.email")?.display).toBe("shop@example.com");
    expect(view.find((v) => v.key === "shipping.flat_rate_cents")?.display).toBe("500");
  });

  it("encrypts secrets at rest and never shows them back in full", async () => {
    const ring = parseKeyring(`k1:${key()}`);
    const store = await createTestStore(owner, "sec");
    expect(await setConfig(app, ring, store.id, "integrations.webhook_secret", "whsec_0123456789abcdef", actor)).toEqual({ ok: true });
    const [row] = await withTenant(owner, store.id, (tx) => tx.select().from(storeConfig).where(eq(storeConfig.tenantId, store.id)));
    expect(row?.value).toBeNull();
    expect(row?.sealedValue).not.toContain("whsec_");
    expect(row?.keyId).toBe("k1");
    const view = await listConfig(app, ring, store.id);
    expect(view.find((v) => v.key === "integrations.webhook_secret")?.display).toBe("••••cdef");
    expect(await readSecret(app, ring, store.id, "integrations.webhook_secret")).toBe("whsec_0123456789abcdef");
  });

  it("rotates secrets to a new key while old values keep working", async () => {
    const k1 = key();
    const store = await createTestStore(owner, "rot");
    await setConfig(app, parseKeyring(`k1:${k1}`), store.id, "smtp.password", "p4ssw0rd!", actor);
    const rotated = parseKeyring(`k2:${key()},k1:${k1}`);
    expect(await readSecret(app, rotated, store.id, "smtp.password")).toBe("p4ssw0rd!");
    expect(await rotateStoreSecrets(app, rotated, store.id)).toBe(1);
    expect(await rotateStoreSecrets(app, rotated, store.id)).toBe(0);
    const k2Only = parseKeyring(`k2:${rotated.keys.get("k2")!.toString("base64")}`);
    expect(await readSecret(app, k2Only, store.id, "smtp.password")).toBe("p4ssw0rd!");
  });

  it("keeps one store's settings out of another's reach", async () => {
    const ring = parseKeyring(`k1:${key()}`);
    const a = await createTestStore(owner, "cfga");
    const b = await createTestStore(owner, "cfgb");
    await setConfig(app, ring, b.id, "smtp.password", "b-secret-pass", actor);
    expect((await listConfig(app, ring, a.id)).every((v) => v.display === null)).toBe(true);
    expect(await readSecret(app, ring, a.id, "smtp.password")).toBeNull();
    expect(await deleteConfig(app, a.id, "smtp.password", actor)).toBe(false);
    // A sealed value copied into another store does not decrypt there (bound to store and key).
    const [bRow] = await withTenant(owner, b.id, (tx) => tx.select().from(storeConfig).where(and(eq(storeConfig.tenantId, b.id), eq(storeConfig.key, "smtp.password"))));
    await withTenant(owner, a.id, (tx) => tx.insert(storeConfig).values({ tenantId: a.id, key: "smtp.password", sealedValue: bRow!.sealedValue, keyId: "k1" }));
    await expect(readSecret(app, ring, a.id, "smtp.password")).rejects.toThrow("Unsupported state or unable to authenticate data"); // AES-GCM: the tag binds store and key
    expect(await readSecret(app, ring, b.id, "smtp.password")).toBe("b-secret-pass");
  });
});
