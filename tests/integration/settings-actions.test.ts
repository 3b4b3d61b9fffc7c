import { rmSync, writeFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { idle } from "@/lib/actions/result";
import { apiKeys, auditLog, storeConfig, storeDomains } from "@/lib/db/schema";
import { testDatabases } from "./db";
import { actAs, form, settingsStore, testKeyring } from "./settings-fixtures";

const dnsFile = vi.hoisted(() => {
  // Before any app module reads the environment (lib/env caches it).
  const file = `${process.env.TMPDIR ?? "/tmp"}/plaza-settings-dns-${process.pid}.json`;
  process.env.PLAZA_DNS_FAKE_FILE = file;
  return file;
});
afterAll(() => rmSync(dnsFile, { force: true }));
// The session's user id is the mocked user's (the dashboard's cached lookup asks for it).
vi.mock("@/lib/auth/session", () => {
  const currentUser = vi.fn();
  return { currentUser, sessionClaim: async () => {
    const user = (await currentUser()) as { id: string } | null;
    return user ? { userId: user.id, sessionVersion: 0 } : null;
  } };
});
vi.mock("@/lib/tenancy/request-store", () => ({ requestStoreSlug: vi.fn() }));
process.env.CONFIG_ENCRYPTION_KEYS = testKeyring();

const { addDomainAction, listDomainsAction, removeDomainAction, verifyDomainAction } = await import("@/app/d/[store]/(app)/settings/domains/actions");
const { deleteConfigAction, setConfigAction } = await import("@/app/d/[store]/(app)/settings/config/actions");
const { createApiKeyAction, revokeApiKeyAction } = await import("@/app/d/[store]/(app)/settings/api-keys/actions");

const { owner } = testDatabases();

const domainsOf = (storeId: string) => owner.select().from(storeDomains).where(eq(storeDomains.storeId, storeId));
const auditCount = async (storeId: string) => (await owner.select().from(auditLog).where(eq(auditLog.storeId, storeId))).length;

describe("settings: custom domain actions", () => {
  it("the owner adds, verifies (fake DNS) and removes a domain", async () => {
    const a = await settingsStore(owner);
    const domain = `shop-${a.store.slug}.example.test`;
    actAs(a.owner, a.store.slug);
    expect(await addDomainAction(idle, form({ domain }))).toMatchObject({ ok: true });
    const [row] = await domainsOf(a.store.id);
    expect(await verifyDomainAction(idle, form({ domainId: row!.id }))).toMatchObject({ ok: false, error: expect.stringContaining("No TXT record") });
    writeFileSync(dnsFile, JSON.stringify({ txt: { [`_plaza-verification.${domain}`]: [[row!.verificationToken]] } }));
    expect(await verifyDomainAction(idle, form({ domainId: row!.id }))).toMatchObject({ ok: true });
    expect((await domainsOf(a.store.id))[0]).toMatchObject({ status: "verified" });
    expect(await removeDomainAction(idle, form({ domainId: row!.id }))).toMatchObject({ ok: true });
    expect(await domainsOf(a.store.id)).toHaveLength(0);
  });

  it("field errors and plan limits come back to the form", async () => {
    const a = await settingsStore(owner);
    actAs(a.owner, a.store.slug);
    expect(await addDomainAction(idle, form({ domain: "" }))).toMatchObject({ ok: false, fieldErrors: { domain: ["Enter a domain name."] } });
    expect(await addDomainAction(idle, form({ domain: "10.0.0.1" }))).toMatchObject({ ok: false, fieldErrors: { domain: [expect.stringContaining("IP address")] } });
    expect(await addDomainAction(idle, form({ domain: `a-${a.store.slug}.example.test` }))).toMatchObject({ ok: true });
    expect(await addDomainAction(idle, form({ domain: `b-${a.store.slug}.example.test` }))).toMatchObject({ ok: true });
    expect(await addDomainAction(idle, form({ domain: `c-${a.store.slug}.example.test` }))).toMatchObject({ ok: false, error: expect.stringContaining("allows 2") });
    const basic = await settingsStore(owner, "basic");
    actAs(basic.owner, basic.store.slug);
    expect(await addDomainAction(idle, form({ domain: `x-${basic.store.slug}.example.test` }))).toMatchObject({ ok: false, error: expect.stringContaining("not part of the Basic plan") });
  });

  it("another store's owner cannot verify, remove or list a store's domain; an admin or staff cannot change them", async () => {
    const a = await settingsStore(owner);
    const b = await settingsStore(owner);
    actAs(a.owner, a.store.slug);
    await addDomainAction(idle, form({ domain: `mine-${a.store.slug}.example.test` }));
    const [row] = await domainsOf(a.store.id);
    const before = { domains: await domainsOf(a.store.id), audit: await auditCount(a.store.id) };

    // B's owner on B's host, naming A's domain id: matches nothing in B.
    actAs(b.owner, b.store.slug);
    expect(await verifyDomainAction(idle, form({ domainId: row!.id }))).toMatchObject({ ok: false, error: expect.stringContaining("does not belong") });
    expect(await removeDomainAction(idle, form({ domainId: row!.id }))).toEqual({ ok: false, error: "That domain does not belong to this store." });
    expect(await listDomainsAction(idle, form({}))).toMatchObject({ ok: true, data: [] });
    // B's owner on A's host: not a member of A.
    actAs(b.owner, a.store.slug);
    expect(await removeDomainAction(idle, form({ domainId: row!.id }))).toMatchObject({ ok: false, error: "You are not a member of this store." });
    expect(await addDomainAction(idle, form({ domain: "evil.example.test" }))).toEqual({ ok: false, error: "You are not a member of this store." });
    for (const who of [a.admin, a.staff]) {
      actAs(who, a.store.slug);
      expect(await addDomainAction(idle, form({ domain: "other.example.test" }))).toMatchObject({ ok: false, error: "Your role does not allow this." });
      expect(await verifyDomainAction(idle, form({ domainId: row!.id }))).toMatchObject({ ok: false, error: "Your role does not allow this." });
      expect(await removeDomainAction(idle, form({ domainId: row!.id }))).toMatchObject({ ok: false, error: "Your role does not allow this." });
    }
    // Staff may not even read settings; an admin may.
    actAs(a.staff, a.store.slug);
    expect(await listDomainsAction(idle, form({}))).toEqual({ ok: false, error: "Your role does not allow this." });
    actAs(a.admin, a.store.slug);
    expect(await listDomainsAction(idle, form({}))).toMatchObject({ ok: true, data: [expect.objectContaining({ id: row!.id })] });
    expect({ domains: await domainsOf(a.store.id), audit: await auditCount(a.store.id) }).toEqual(before);
  });
});

describe("settings: configuration actions", () => {
  const configOf = (storeId: string) => owner.select().from(storeConfig).where(eq(storeConfig.tenantId, storeId));

  it("the owner sets (validated per key, secrets sealed) and clears settings", async () => {
    const a = await settingsStore(owner);
    actAs(a.owner, a.store.slug);
    expect(await setConfigAction(idle, form({ key: "contact.email", value: "not-an-email" }))).toMatchObject({ ok: false, fieldErrors: { value: ["Enter a valid email address."] } });
    expect(await setConfigAction(idle, form({ key: "no.such.key", value: "x" }))).toMatchObject({ ok: false, fieldErrors: { key: ["Unknown setting."] } });
    expect(await setConfigAction(idle, form({ key: "integrations.webhook_secret", value: "s3cret-s3cret-s3cret" }))).toMatchObject({ ok: true });
    const [row] = await configOf(a.store.id);
    expect(row).toMatchObject({ key: "integrations.webhook_secret", value: null });
    expect(row!.sealedValue).not.toContain("s3cret");
    expect(await deleteConfigAction(idle, form({ key: "integrations.webhook_secret" }))).toMatchObject({ ok: true });
    expect(await configOf(a.store.id)).toHaveLength(0);
  });

  it("an admin, staff or another store's owner cannot set or clear a store's settings", async () => {
    const a = await settingsStore(owner);
    const b = await settingsStore(owner);
    actAs(a.owner, a.store.slug);
    await setConfigAction(idle, form({ key: "contact.email", value: "hello@a.test" }));
    const before = { config: await configOf(a.store.id), audit: await auditCount(a.store.id) };
    for (const [who, slug] of [[a.admin, a.store.slug], [a.staff, a.store.slug], [b.owner, a.store.slug]] as const) {
      actAs(who, slug);
      expect(await setConfigAction(idle, form({ key: "contact.email", value: "evil@x.test" }))).toEqual({ ok: false, error: who === b.owner ? "You are not a member of this store." : "Your role does not allow this." });
      expect(await deleteConfigAction(idle, form({ key: "contact.email" }))).toEqual({ ok: false, error: who === b.owner ? "You are not a member of this store." : "Your role does not allow this." });
    }
    // B's owner on B's host changes B only.
    actAs(b.owner, b.store.slug);
    expect(await deleteConfigAction(idle, form({ key: "contact.email" }))).toMatchObject({ ok: false, error: expect.stringContaining("was not set") });
    expect({ config: await configOf(a.store.id), audit: await auditCount(a.store.id) }).toEqual(before);
  });
});

describe("settings: API key actions", () => {
  const keysOf = (storeId: string) => owner.select().from(apiKeys).where(eq(apiKeys.storeId, storeId));

  it("the owner creates a key (token once) and revokes it; a plan without API access is refused", async () => {
    const a = await settingsStore(owner);
    actAs(a.owner, a.store.slug);
    expect(await createApiKeyAction(idle, form({ name: "", scopes: [] }))).toMatchObject({ ok: false, fieldErrors: { name: ["Name the key."], scopes: ["Choose at least one scope."] } });
    expect(await createApiKeyAction(idle, form({ name: "x", scopes: ["stores:write"] }))).toMatchObject({ ok: false, fieldErrors: { scopes: ["Unknown scope."] } });
    const created = await createApiKeyAction(idle, form({ name: "Sync", scopes: ["products:read", "orders:read"] }));
    expect(created).toMatchObject({ ok: true, data: { token: expect.stringMatching(/^plz_/) } });
    const [key] = await keysOf(a.store.id);
    expect(key!.tokenHash).not.toContain((created as { data: { token: string } }).data.token);
    expect(await revokeApiKeyAction(idle, form({ keyId: key!.id }))).toMatchObject({ ok: true });
    expect((await keysOf(a.store.id))[0]!.revokedAt).not.toBeNull();

    const basic = await settingsStore(owner, "basic");
    actAs(basic.owner, basic.store.slug);
    expect(await createApiKeyAction(idle, form({ name: "Sync", scopes: ["products:read"] }))).toMatchObject({ ok: false, error: expect.stringContaining("not part of the Basic plan") });
    expect(await keysOf(basic.store.id)).toHaveLength(0);
  });

  it("another store's owner cannot revoke a store's key; admins and staff cannot create or revoke", async () => {
    const a = await settingsStore(owner);
    const b = await settingsStore(owner);
    actAs(a.owner, a.store.slug);
    await createApiKeyAction(idle, form({ name: "Sync", scopes: ["products:read"] }));
    const [key] = await keysOf(a.store.id);
    actAs(b.owner, b.store.slug);
    expect(await revokeApiKeyAction(idle, form({ keyId: key!.id }))).toMatchObject({ ok: false, error: expect.stringContaining("does not belong") });
    actAs(b.owner, a.store.slug);
    expect(await revokeApiKeyAction(idle, form({ keyId: key!.id }))).toMatchObject({ ok: false, error: "You are not a member of this store." });
    for (const who of [a.admin, a.staff]) {
      actAs(who, a.store.slug);
      expect(await revokeApiKeyAction(idle, form({ keyId: key!.id }))).toMatchObject({ ok: false, error: "Your role does not allow this." });
      expect(await createApiKeyAction(idle, form({ name: "Mine", scopes: ["orders:read"] }))).toMatchObject({ ok: false, error: "Your role does not allow this." });
    }
    const keys = await keysOf(a.store.id);
    expect(keys).toHaveLength(1);
    expect(keys[0]!.revokedAt).toBeNull();
    expect(await keysOf(b.store.id)).toHaveLength(0);
    expect(await owner.select().from(auditLog).where(and(eq(auditLog.storeId, a.store.id), eq(auditLog.action, "api_key.revoked")))).toHaveLength(0);
  });
});

describe("console: platform API key actions", () => {
  it("only platform admins create or revoke platform keys; a store key id is not a platform key", async () => {
    const { createPlatformKeyAction, revokePlatformKeyAction } = await import("@/app/admin/api-keys/actions");
    const { makeUser } = await import("./auth-fixtures");
    const a = await settingsStore(owner);
    const admin = await makeUser(owner, { admin: true });
    actAs(a.owner, a.store.slug);
    expect(await createPlatformKeyAction(idle, form({ name: "Ops", scopes: ["stores:read"] }))).toMatchObject({ ok: false, error: "Only platform admins can do this." });
    await createApiKeyAction(idle, form({ name: "Store key", scopes: ["products:read"] }));
    const [storeKey] = await owner.select().from(apiKeys).where(eq(apiKeys.storeId, a.store.id));

    actAs(admin, "");
    expect(await createPlatformKeyAction(idle, form({ name: "Ops", scopes: ["products:read"] }))).toMatchObject({ ok: false, fieldErrors: { scopes: ["Unknown scope."] } });
    const created = await createPlatformKeyAction(idle, form({ name: `Ops ${a.store.slug}`, scopes: ["stores:read"] }));
    expect(created).toMatchObject({ ok: true, data: { token: expect.stringMatching(/^plz_/) } });
    expect(await revokePlatformKeyAction(idle, form({ keyId: storeKey!.id }))).toEqual({ ok: false, error: "That is not a live platform key." });
    const [platformKey] = await owner.select().from(apiKeys).where(eq(apiKeys.name, `Ops ${a.store.slug}`));
    expect(platformKey!.storeId).toBeNull();

    actAs(a.owner, a.store.slug);
    expect(await revokePlatformKeyAction(idle, form({ keyId: platformKey!.id }))).toMatchObject({ ok: false, error: "Only platform admins can do this." });
    expect((await owner.select().from(apiKeys).where(eq(apiKeys.id, platformKey!.id)))[0]!.revokedAt).toBeNull();
    expect((await owner.select().from(apiKeys).where(eq(apiKeys.id, storeKey!.id)))[0]!.revokedAt).toBeNull();
  });
});
