import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { stores } from "@/lib/db/schema";
import { createTestStore, testDatabases } from "./db";

// The request as the proxy leaves it: which store host/path it was routed to.
let routedTo: string | null = null;
vi.mock("next/headers", () => ({
  headers: async () => new Headers(routedTo ? { "x-plaza-store": routedTo } : {}),
}));

const { storefrontStore } = await import("@/lib/access/storefront");
const { owner } = testDatabases();

describe("storefrontStore (the store a storefront action acts on)", () => {
  beforeEach(() => {
    routedTo = null;
  });

  it("is the store the request was routed to", async () => {
    const store = await createTestStore(owner, "shop");
    routedTo = store.slug;
    expect((await storefrontStore(store.slug))?.id).toBe(store.id);
  });

  it("refuses a slug edited in the client to name another store", async () => {
    const here = await createTestStore(owner, "here");
    const there = await createTestStore(owner, "there");
    routedTo = here.slug;
    expect(await storefrontStore(there.slug)).toBeNull();
    routedTo = null; // root host: no store at all
    expect(await storefrontStore(there.slug)).toBeNull();
  });

  it("refuses stores that are suspended or scheduled for deletion", async () => {
    const store = await createTestStore(owner, "closing");
    routedTo = store.slug;
    await owner.update(stores).set({ deletionRequestedAt: new Date(), purgeAfter: new Date(Date.now() + 86400_000) }).where(eq(stores.id, store.id));
    expect(await storefrontStore(store.slug)).toBeNull();
    await owner.update(stores).set({ deletionRequestedAt: null, purgeAfter: null, status: "suspended" }).where(eq(stores.id, store.id));
    expect(await storefrontStore(store.slug)).toBeNull();
  });
});
