import { describe, expect, it } from "vitest";
import { isPlazaHost, safeRedirect } from "@/lib/auth/hosts";
import { storeDomains, stores } from "@/lib/db/schema";
import { eq } from "drizzle-orm";
import { createTestStore, testDatabases } from "./db";

/*
 * Where next-auth may send a user after signing in or out (issue 10.3): the
 * redirect rule behind `callbacks.redirect`. ROOT_DOMAIN is localhost:3000 here.
 */
const { owner } = testDatabases();
const BASE = "http://localhost:3000";

describe("sign-in redirects go only to Plaza's hosts", () => {
  it("keeps relative paths on this host, and refuses protocol-relative and foreign URLs", async () => {
    expect(await safeRedirect("/pending", BASE)).toBe(`${BASE}/pending`);
    for (const url of ["//evil.example/x", "/\\evil.example", "http://evil.example/", "https://localhost.evil.example/", "javascript:alert(1)", "not a url"]) {
      expect(await safeRedirect(url, BASE), url).toBe(BASE);
    }
  });

  it("allows the root, admin and existing stores' hosts; not unknown or rejected stores", async () => {
    const store = await createTestStore(owner, "redir");
    const rejected = await createTestStore(owner, "rejd");
    await owner.update(stores).set({ status: "rejected" }).where(eq(stores.id, rejected.id));
    for (const url of [`${BASE}/login`, "http://admin.localhost:3000/", `http://${store.slug}.localhost:3000/dashboard`]) {
      expect(await safeRedirect(url, BASE), url).toBe(url);
    }
    for (const url of [`http://${rejected.slug}.localhost:3000/`, "http://no-such-store-x1.localhost:3000/"]) {
      expect(await safeRedirect(url, BASE), url).toBe(BASE);
    }
  });

  it("allows a custom domain only once it is verified", async () => {
    const store = await createTestStore(owner, "redird");
    const domain = `shop-${store.slug}.example.test`;
    const [row] = await owner.insert(storeDomains).values({ storeId: store.id, domain, verificationToken: "t" }).returning();
    expect(await isPlazaHost(domain)).toBe(false);
    await owner.update(storeDomains).set({ status: "verified", verifiedAt: new Date() }).where(eq(storeDomains.id, row!.id));
    expect(await isPlazaHost(domain)).toBe(true);
    expect(await safeRedirect(`https://${domain}/account`, BASE)).toBe(`https://${domain}/account`);
  });
});
