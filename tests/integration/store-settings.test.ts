import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/accounts";
import { stores } from "@/lib/db/schema";
import { effectiveTheme } from "@/lib/stores/theme";
import { testDatabases } from "./db";
import { addMember, auditFor, makeUser, storeWithOwner } from "./auth-fixtures";

// The actions run through the real wrapper; only "who is signed in" and "which
// host was asked" (Next request context) are supplied by the test.
const ctx = vi.hoisted(() => ({ user: null as Actor | null, slug: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => ctx.user, sessionClaim: async () => (ctx.user ? { userId: ctx.user.id, sessionVersion: 0 } : null) }));
vi.mock("@/lib/tenancy/request-store", () => ({ requestStoreSlug: async () => ctx.slug }));

const { saveGeneralSettingsAction, saveThemeAction } = await import("@/app/d/[store]/(app)/settings/actions");

const { owner } = testDatabases();
const idle = { ok: false } as const;
const form = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
};
const storeRow = async (id: string) => (await owner.select().from(stores).where(eq(stores.id, id)))[0]!;

async function premiumStore() {
  const { store, owner: o } = await storeWithOwner(owner);
  await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
  ctx.user = { id: o.id, email: o.email, name: o.name, isPlatformAdmin: false };
  ctx.slug = store.slug;
  return { store, ownerUser: o };
}

beforeEach(() => {
  ctx.user = null;
  ctx.slug = null;
});

describe("store settings", () => {
  it("an owner changes name and currency, audited", async () => {
    const { store } = await premiumStore();
    expect(await saveGeneralSettingsAction(idle, form({ name: "Renamed", currency: "eur" }))).toMatchObject({ ok: true });
    expect(await storeRow(store.id)).toMatchObject({ name: "Renamed", currency: "EUR" });
    expect((await auditFor(owner, store.id)).at(-1)).toMatchObject({ action: "store.settings_updated" });
  });

  it("an unknown currency is a field error and changes nothing", async () => {
    const { store } = await premiumStore();
    const result = await saveGeneralSettingsAction(idle, form({ name: "X store", currency: "ABC" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { currency: [expect.stringContaining("ISO 4217")] } });
    expect(await storeRow(store.id)).toMatchObject({ currency: "USD", name: store.name });
  });

  it("an owner sets the time zone; an unknown zone is a field error and changes nothing; leaving it out keeps it", async () => {
    const { store } = await premiumStore();
    expect(await storeRow(store.id)).toMatchObject({ timeZone: "UTC" });
    expect(await saveGeneralSettingsAction(idle, form({ name: store.name, currency: "USD", timeZone: "Asia/Tokyo" }))).toMatchObject({ ok: true });
    expect(await storeRow(store.id)).toMatchObject({ timeZone: "Asia/Tokyo" });
    expect((await auditFor(owner, store.id)).at(-1)).toMatchObject({ action: "store.settings_updated", data: { before: { timeZone: "UTC" }, after: { timeZone: "Asia/Tokyo" } } });
    for (const timeZone of ["Mars/Olympus", "'; drop table stores; --", "x".repeat(65)]) {
      const result = await saveGeneralSettingsAction(idle, form({ name: "Other name", currency: "USD", timeZone }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { timeZone: expect.any(Array) } });
    }
    expect(await storeRow(store.id)).toMatchObject({ timeZone: "Asia/Tokyo", name: store.name });
    expect(await saveGeneralSettingsAction(idle, form({ name: "Renamed", currency: "USD" }))).toMatchObject({ ok: true });
    expect(await storeRow(store.id)).toMatchObject({ timeZone: "Asia/Tokyo", name: "Renamed" });
  });

  it("an owner changes the theme; a bad colour is refused", async () => {
    const { store } = await premiumStore();
    expect(await saveThemeAction(idle, form({ tagline: "Fresh", primaryColor: "#FF0000" }))).toMatchObject({ ok: true });
    expect((await storeRow(store.id)).theme).toEqual({ tagline: "Fresh", primaryColor: "#ff0000" });
    expect((await auditFor(owner, store.id)).at(-1)).toMatchObject({ action: "store.theme_updated" });
    expect(await saveThemeAction(idle, form({ tagline: "x", primaryColor: "red; background:url(x)" }))).toMatchObject({ ok: false, fieldErrors: { primaryColor: expect.any(Array) } });
    expect((await storeRow(store.id)).theme).toEqual({ tagline: "Fresh", primaryColor: "#ff0000" });
  });

  it("a member without settings:write (admin, staff) cannot change the theme or name", async () => {
    const { store } = await premiumStore();
    for (const role of ["admin", "staff", "catalog"] as const) {
      const m = await makeUser(owner);
      await addMember(owner, store.id, m.id, role);
      ctx.user = { id: m.id, email: m.email, name: m.name, isPlatformAdmin: false };
      expect(await saveThemeAction(idle, form({ tagline: "Hacked", primaryColor: "#000000" }))).toMatchObject({ ok: false, error: expect.stringContaining("role") });
      expect(await saveGeneralSettingsAction(idle, form({ name: "Hacked", currency: "USD" }))).toEqual({ ok: false, error: "Your role does not allow this." });
    }
    expect(await storeRow(store.id)).toMatchObject({ name: store.name, theme: {} });
  });

  it("another store's owner changes only their own store (the store comes from the host)", async () => {
    const { store: a } = await premiumStore();
    const { store: b } = await premiumStore(); // signed in as b's owner, on b's host
    ctx.slug = a.slug; // …now posting on a's host
    expect(await saveThemeAction(idle, form({ tagline: "Hacked", primaryColor: "#000000" }))).toMatchObject({ ok: false, error: expect.stringContaining("not a member") });
    expect((await storeRow(a.id)).theme).toEqual({});
    expect((await storeRow(b.id)).theme).toEqual({});
  });

  it("a plan without advanced theming refuses a new tagline and changes nothing; the storefront shows no tagline", async () => {
    const { store } = await premiumStore();
    await saveThemeAction(idle, form({ tagline: "Premium look", primaryColor: "#123456" }));
    await owner.update(stores).set({ plan: "basic" }).where(eq(stores.id, store.id));
    expect(await saveThemeAction(idle, form({ tagline: "Basic look", primaryColor: "#654321" }))).toMatchObject({ ok: false, error: expect.stringContaining("the tagline is advanced theming") });
    const row = await storeRow(store.id);
    expect(row.theme).toEqual({ tagline: "Premium look", primaryColor: "#123456" });
    expect(effectiveTheme(row)).toEqual({ primaryColor: "#123456" });
    expect(effectiveTheme({ ...row, plan: "premium" })).toEqual(row.theme);
  });

  it("basic branding is on every plan: a Basic store sets its colour, and keeps its saved tagline for an upgrade", async () => {
    const { store } = await premiumStore();
    await saveThemeAction(idle, form({ tagline: "Premium look", primaryColor: "#123456" }));
    await owner.update(stores).set({ plan: "basic" }).where(eq(stores.id, store.id));
    // The form sends no tagline on Basic (the field is disabled).
    expect(await saveThemeAction(idle, form({ primaryColor: "#654321" }))).toMatchObject({ ok: true });
    const row = await storeRow(store.id);
    expect(row.theme).toEqual({ tagline: "Premium look", primaryColor: "#654321" });
    expect(effectiveTheme(row)).toEqual({ primaryColor: "#654321" });
  });
});
