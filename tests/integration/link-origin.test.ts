import { describe, expect, it, vi } from "vitest";
import { storeDomains } from "@/lib/db/schema";
import { createTestStore, testDatabases } from "./db";
import { uid } from "./auth-fixtures";

// The request as the proxy leaves it: the Host the client sent and the base the proxy routed.
let request: { host: string; base: string } = { host: "", base: "" };
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: request.host, "x-plaza-base": request.base }),
}));

const { linkPrefix } = await import("@/lib/tenancy/link-origin");
const { owner } = testDatabases();
const ROOT = "localhost:3000"; // tests/integration/setup-env.ts

describe("links in a mail come back to where it was asked for (every routing mode)", () => {
  it("subdomain and path mode, storefront and dashboard", async () => {
    const store = await createTestStore(owner, "link");
    const s = store.slug;
    request = { host: `${s}.${ROOT}`, base: "" };
    expect(await linkPrefix(s, "storefront")).toBe(`http://${s}.${ROOT}`);
    request = { host: ROOT, base: `/stores/${s}/shop` };
    expect(await linkPrefix(s, "storefront")).toBe(`http://${ROOT}/stores/${s}/shop`);
    request = { host: `${s}.${ROOT}`, base: "/dashboard" };
    expect(await linkPrefix(s, "dashboard")).toBe(`http://${s}.${ROOT}/dashboard`);
    request = { host: ROOT, base: `/store/${s}` };
    expect(await linkPrefix(s, "dashboard")).toBe(`http://${ROOT}/store/${s}`);
    request = { host: ROOT, base: "" };
    expect(await linkPrefix(null, "root")).toBe(`http://${ROOT}`);
  });

  it("a verified custom domain of this store, not one of another store or an unverified one", async () => {
    const store = await createTestStore(owner, "link");
    const other = await createTestStore(owner, "link");
    const mine = `shop-${uid()}.example`;
    const theirs = `theirs-${uid()}.example`;
    const pending = `pending-${uid()}.example`;
    await owner.insert(storeDomains).values([
      { storeId: store.id, domain: mine, status: "verified", verificationToken: uid(), verifiedAt: new Date() },
      { storeId: other.id, domain: theirs, status: "verified", verificationToken: uid(), verifiedAt: new Date() },
      { storeId: store.id, domain: pending, status: "pending", verificationToken: uid() },
    ]);
    request = { host: mine, base: "" };
    expect(await linkPrefix(store.slug, "storefront")).toBe(`http://${mine}`);
    for (const host of [theirs, pending]) {
      request = { host, base: "" };
      expect(await linkPrefix(store.slug, "storefront")).toBe(`http://${store.slug}.${ROOT}`);
    }
  });

  it("a forged or foreign Host falls back to the canonical place", async () => {
    const store = await createTestStore(owner, "link");
    const other = await createTestStore(owner, "link");
    const canonical = `http://${store.slug}.${ROOT}`;
    for (const [host, base] of [
      [`${other.slug}.${ROOT}`, ""], // another store's host
      ["evil.example", ""], // not Plaza's
      [`${store.slug}.${ROOT}/@evil.example`, ""], // not a host at all
      [`${store.slug}.${ROOT}`, `/stores/${other.slug}/shop`], // a base that is not this store's
    ]) {
      request = { host: host!, base: base! };
      expect(await linkPrefix(store.slug, "storefront")).toBe(canonical);
    }
    request = { host: `admin.${ROOT}`, base: "" };
    expect(await linkPrefix(null, "root")).toBe(`http://${ROOT}`);
    request = { host: "evil.example", base: "/dashboard" };
    expect(await linkPrefix(store.slug, "dashboard")).toBe(`${canonical}/dashboard`);
  });
});
