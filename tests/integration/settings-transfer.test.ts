import { unzipSync } from "fflate";
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { auditLog, products } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { exportStoreToBuffer } from "@/lib/stores/transfer/export";
import { testDatabases } from "./db";
import { makeUser } from "./auth-fixtures";
import { actAs, settingsStore } from "./settings-fixtures";

// The session's user id is the mocked user's (the dashboard's cached lookup asks for it).
vi.mock("@/lib/auth/session", () => {
  const currentUser = vi.fn();
  return { currentUser, sessionClaim: async () => {
    const user = (await currentUser()) as { id: string } | null;
    return user ? { userId: user.id, sessionVersion: 0 } : null;
  } };
});
vi.mock("@/lib/tenancy/request-store", () => ({ requestStoreSlug: vi.fn() }));

const { GET } = await import("@/app/d/[store]/(app)/settings/export/download/route");
const { POST } = await import("@/app/d/[store]/(app)/settings/export/upload/route");

const { owner, appPool } = testDatabases();
const HOST = "shop.localhost:3000";

const download = (slug: string) => GET(new Request(`http://${HOST}/d/${slug}/settings/export/download`), { params: Promise.resolve({ store: slug }) });
const upload = (slug: string, body: Uint8Array, origin = `http://${HOST}`) =>
  POST(new Request(`http://${HOST}/d/${slug}/settings/export/upload`, { method: "POST", body: body as BodyInit, headers: { host: HOST, origin, "content-type": "application/zip" } }), {
    params: Promise.resolve({ store: slug }),
  });
const audits = (storeId: string, action: string) => owner.select().from(auditLog).where(and(eq(auditLog.storeId, storeId), eq(auditLog.action, action)));

async function withProduct(storeId: string) {
  await withTenant(owner, storeId, (tx) => tx.insert(products).values({ tenantId: storeId, handle: "one", title: "One", priceCents: 100, stock: 1, status: "active" }));
}

describe("settings: export download route", () => {
  it("streams the owner's store as a zip with row totals, audited", async () => {
    const a = await settingsStore(owner);
    await withProduct(a.store.id);
    actAs(a.owner, a.store.slug);
    const res = await download(a.store.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(Number(res.headers.get("x-plaza-export-rows"))).toBeGreaterThanOrEqual(1);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files)).toContain("manifest.json");
    expect(await audits(a.store.id, "store.exported")).toHaveLength(1);
  });

  it("refuses a non-member, another store's owner, admins and staff, and a path naming another store than the host", async () => {
    const a = await settingsStore(owner);
    const b = await settingsStore(owner);
    const stranger = await makeUser(owner);
    for (const who of [null, stranger, b.owner, a.admin, a.staff]) {
      actAs(who, a.store.slug);
      expect((await download(a.store.slug)).status).toBe(404);
    }
    // B's owner on B's host asking for A's path.
    actAs(b.owner, b.store.slug);
    expect((await download(a.store.slug)).status).toBe(404);
    expect(await audits(a.store.id, "store.exported")).toHaveLength(0);
  });
});

describe("settings: import upload route", () => {
  it("imports into an empty store, audited; refuses a store that has data", async () => {
    const source = await settingsStore(owner);
    await withProduct(source.store.id);
    const archive = await exportStoreToBuffer(appPool, source.store.id);

    const empty = await settingsStore(owner);
    actAs(empty.owner, empty.store.slug);
    const res = await upload(empty.store.slug, archive);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, rows: { products: 1 } });
    expect(await audits(empty.store.id, "store.imported")).toHaveLength(1);

    // Now it has data: a second import is refused and changes nothing.
    const again = await upload(empty.store.slug, archive);
    expect(again.status).toBe(422);
    expect(await again.json()).toMatchObject({ ok: false, error: expect.stringContaining("empty store") });
    expect(await audits(empty.store.id, "store.imported")).toHaveLength(1);
  });

  it("refuses other stores' owners, admins, cross-origin posts and a host/path mismatch", async () => {
    const source = await settingsStore(owner);
    await withProduct(source.store.id);
    const archive = await exportStoreToBuffer(appPool, source.store.id);
    const target = await settingsStore(owner);
    const count = async () => (await withTenant(owner, target.store.id, (tx) => tx.select().from(products).where(eq(products.tenantId, target.store.id)))).length;

    for (const who of [source.owner, target.admin, target.staff]) {
      actAs(who, target.store.slug);
      expect((await upload(target.store.slug, archive)).status).toBe(403);
    }
    actAs(source.owner, source.store.slug);
    expect((await upload(target.store.slug, archive)).status).toBe(403);
    actAs(target.owner, target.store.slug);
    expect((await upload(target.store.slug, archive, "http://evil.example")).status).toBe(403);
    expect(await count()).toBe(0);
    expect(await audits(target.store.id, "store.imported")).toHaveLength(0);
  });
});
