import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/accounts";
import { auditLog, impersonations, stores, users } from "@/lib/db/schema";
import { idle } from "@/lib/actions/result";
import { addMember, makeStore, makeUser, snapshot } from "./auth-fixtures";
import { testDatabases } from "./db";

/*
 * The console's actions and the dashboard's access rules, through the real
 * action wrapper: only the session and the request's store host are stubbed.
 */
const ctx = vi.hoisted(() => ({ user: null as Actor | null, slug: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => ctx.user, sessionClaim: async () => (ctx.user ? { userId: ctx.user.id, sessionVersion: 0 } : null) }));
vi.mock("@/lib/tenancy/request-store", () => ({ requestStoreSlug: async () => ctx.slug }));

const { storeAction } = await import("@/lib/actions/action");
const { recordAudit } = await import("@/lib/audit/log");
const { db } = await import("@/lib/db/client");
const { withTenant } = await import("@/lib/db/tenant");
const { dashboardAccess } = await import("@/lib/access/store");
const { startImpersonation } = await import("@/lib/stores/impersonation");
const consoleStore = await import("@/app/admin/stores/[slug]/actions");
const consoleStores = await import("@/app/admin/stores/actions");

const { owner } = testDatabases();

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const actor = (u: { id: string; email: string; name: string; isPlatformAdmin: boolean }): Actor => ({ id: u.id, email: u.email, name: u.name, isPlatformAdmin: u.isPlatformAdmin });

// A dashboard write that audits itself, like every real store action.
const touch = storeAction("products:write", z.object({}), async (_input, { store, user }) => {
  await withTenant(db(), store.id, (tx) => recordAudit(tx, { storeId: store.id, actorUserId: user.id, action: "test.touched", targetType: "store", targetId: store.slug }));
  return { ok: true, message: "done" };
});

beforeEach(() => {
  ctx.user = null;
  ctx.slug = null;
});

describe("console actions refuse anyone but a platform admin", () => {
  it("lifecycle, plan change, import, support access and create store", async () => {
    const store = await makeStore(owner);
    const storeOwner = await makeUser(owner);
    await addMember(owner, store.id, storeOwner.id, "owner");
    const before = await snapshot(owner, store.id);
    const archive = new File([new Uint8Array([1, 2, 3])], "x.zip");
    const attempts = () => [
      consoleStore.lifecycleAction(idle, form({ op: "suspend", slug: store.slug, reason: "because" })),
      consoleStore.lifecycleAction(idle, form({ op: "delete", slug: store.slug, reason: "because" })),
      consoleStore.planChangeAction(idle, form({ slug: store.slug, plan: "enterprise", confirm: "yes" })),
      consoleStore.impersonateAction(idle, form({ slug: store.slug, reason: "curious" })),
      consoleStore.importAction(idle, (() => { const f = form({ slug: store.slug }); f.set("archive", archive); return f; })()),
      consoleStores.createStoreAction(idle, form({ name: "Sneaky", slug: `sneaky-${store.slug}`, plan: "basic", ownerEmail: "x@example.test" })),
    ];
    for (const who of [null, actor(storeOwner)]) {
      ctx.user = who;
      for (const result of await Promise.all(attempts())) expect(result).toMatchObject({ ok: false, error: expect.any(String) });
    }
    expect(await snapshot(owner, store.id)).toEqual(before);
    expect(await owner.select().from(stores).where(eq(stores.slug, `sneaky-${store.slug}`))).toEqual([]);
  });

  it("deleting a store takes its slug typed back: a missing or wrong one changes nothing", async () => {
    const store = await makeStore(owner);
    ctx.user = actor(await makeUser(owner, { admin: true }));
    const before = await snapshot(owner, store.id);
    for (const confirmText of [undefined, "", `${store.slug}x`, store.slug.toUpperCase() + "-"]) {
      const fields: Record<string, string> = { op: "delete", slug: store.slug, reason: "Owner asked" };
      if (confirmText !== undefined) fields.confirmText = confirmText;
      expect(await consoleStore.lifecycleAction(idle, form(fields))).toEqual({
        ok: false,
        fieldErrors: { confirmText: [`Type the store's address, ${store.slug}, to confirm the deletion.`] },
      });
    }
    expect(await snapshot(owner, store.id)).toEqual(before);
    const [untouched] = await owner.select({ purgeAfter: stores.purgeAfter }).from(stores).where(eq(stores.id, store.id));
    expect(untouched!.purgeAfter).toBeNull();

    expect(await consoleStore.lifecycleAction(idle, form({ op: "delete", slug: store.slug, reason: "Owner asked", confirmText: store.slug }))).toMatchObject({ ok: true });
    const [scheduled] = await owner.select({ purgeAfter: stores.purgeAfter }).from(stores).where(eq(stores.id, store.id));
    expect(scheduled!.purgeAfter).toBeInstanceOf(Date);
  });

  it("an admin's bad input gets field errors and changes nothing", async () => {
    const store = await makeStore(owner);
    ctx.user = actor(await makeUser(owner, { admin: true }));
    const before = await snapshot(owner, store.id);
    expect(await consoleStore.lifecycleAction(idle, form({ op: "suspend", slug: store.slug, reason: "" }))).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(Array) } });
    expect(await consoleStore.planChangeAction(idle, form({ slug: store.slug, plan: "gold" }))).toMatchObject({ ok: false, fieldErrors: { plan: expect.any(Array) } });
    expect(await consoleStores.createStoreAction(idle, form({ name: "", slug: "admin", plan: "basic", ownerEmail: "nope" }))).toMatchObject({
      ok: false,
      fieldErrors: { name: expect.any(Array), slug: expect.any(Array), ownerEmail: expect.any(Array) },
    });
    expect(await snapshot(owner, store.id)).toEqual(before);
  });
});

describe("a suspended store's dashboard is read-only", () => {
  it("members still see it (with readOnly) but every store action is refused; pending stays closed", async () => {
    const store = await makeStore(owner);
    const member = await makeUser(owner);
    await addMember(owner, store.id, member.id, "owner");
    ctx.user = actor(await makeUser(owner, { admin: true }));
    expect(await consoleStore.lifecycleAction(idle, form({ op: "suspend", slug: store.slug, reason: "Unpaid invoices" }))).toMatchObject({ ok: true });

    ctx.user = actor(member);
    ctx.slug = store.slug;
    expect(await dashboardAccess(store.slug)).toMatchObject({ kind: "member", role: "owner", readOnly: true, support: null });
    const before = await snapshot(owner, store.id);
    expect(await touch(idle, form({}))).toEqual({ ok: false, error: "This store is suspended: read-only." });
    expect(await snapshot(owner, store.id)).toEqual(before);

    const pending = await makeStore(owner, "pending");
    await addMember(owner, pending.id, member.id, "owner");
    expect(await dashboardAccess(pending.slug)).toMatchObject({ kind: "store-closed" });
  });
});

describe("support access (impersonation)", () => {
  it("acts as an admin member while live, audits every action with the admin, and ends at expiry", async () => {
    const store = await makeStore(owner);
    const admin = await makeUser(owner, { admin: true });
    ctx.user = actor(admin);
    ctx.slug = store.slug;
    expect(await dashboardAccess(store.slug)).toMatchObject({ kind: "denied" });
    expect(await touch(idle, form({}))).toMatchObject({ ok: false, error: "You are not a member of this store." });

    const started = await consoleStore.impersonateAction(idle, form({ slug: store.slug, reason: "Ticket 42" }));
    expect(started).toMatchObject({ ok: true, data: { url: expect.stringContaining(`/dashboard/hop?token=`) } });
    const access = await dashboardAccess(store.slug);
    expect(access).toMatchObject({ kind: "member", role: "admin", readOnly: false, support: { adminEmail: admin.email } });

    expect(await touch(idle, form({}))).toEqual({ ok: true, message: "done" });
    const log = await owner.select().from(auditLog).where(eq(auditLog.storeId, store.id)).orderBy(auditLog.id);
    // Reads under support access are audited too (support.viewed), not only writes.
    expect(log.map((l) => l.action)).toEqual(["impersonation.started", "support.viewed", "test.touched", "impersonation.action"]);
    expect(log[1]).toMatchObject({ actorUserId: admin.id, targetId: store.slug });
    for (const entry of log.slice(2)) expect(entry).toMatchObject({ actorUserId: admin.id, data: expect.objectContaining({ impersonatedBy: admin.email }) });

    // Expired (both times in the past, within the 30-minute cap): no access at once.
    await owner.execute(sql`update impersonations set started_at = now() - interval '40 minutes', expires_at = now() - interval '10 minutes' where store_id = ${store.id}`);
    expect(await dashboardAccess(store.slug)).toMatchObject({ kind: "denied" });
    expect(await touch(idle, form({}))).toMatchObject({ ok: false, error: "You are not a member of this store." });
  });

  it("a non-admin cannot start one, the window is capped at 30 minutes, and a demoted admin loses it", async () => {
    const store = await makeStore(owner);
    const user = await makeUser(owner);
    expect(await startImpersonation(db(), user.id, store.id, "x")).toEqual({ ok: false, error: "Only platform admins can open a store as support." });
    const admin = await makeUser(owner, { admin: true });
    const s = await startImpersonation(db(), admin.id, store.id, "Ticket 7", 120);
    if (!s.ok) throw new Error(s.error);
    const [row] = await owner.select().from(impersonations).where(eq(impersonations.id, s.id));
    expect(row!.expiresAt.getTime() - row!.startedAt.getTime()).toBe(30 * 60_000);
    // Demoted in the database (the dashboard reads the user from there, not from the session).
    await owner.update(users).set({ isPlatformAdmin: false }).where(eq(users.id, admin.id));
    ctx.user = actor({ ...admin, isPlatformAdmin: false });
    ctx.slug = store.slug;
    expect(await dashboardAccess(store.slug)).toMatchObject({ kind: "denied" });
  });
});

describe("console reads", () => {
  it("the export download is for platform admins only", async () => {
    const { GET } = await import("@/app/admin/stores/[slug]/export/route");
    const store = await makeStore(owner);
    const member = await makeUser(owner);
    await addMember(owner, store.id, member.id, "owner");
    const call = () => GET(new Request("http://x/"), { params: Promise.resolve({ slug: store.slug }) });
    ctx.user = actor(member);
    expect((await call()).status).toBe(404);
    ctx.user = actor(await makeUser(owner, { admin: true }));
    const res = await call();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK": a zip
    expect((await owner.select().from(auditLog).where(eq(auditLog.storeId, store.id))).map((a) => a.action)).toEqual(["store.exported"]);
  });

  it("a store's move progress is for platform admins only", async () => {
    const { GET } = await import("@/app/admin/stores/[slug]/placement/route");
    const store = await makeStore(owner);
    const member = await makeUser(owner);
    await addMember(owner, store.id, member.id, "owner");
    const call = () => GET(new Request("http://x/"), { params: Promise.resolve({ slug: store.slug }) });
    for (const who of [null, actor(member)]) {
      ctx.user = who;
      expect((await call()).status).toBe(404);
    }
    ctx.user = actor(await makeUser(owner, { admin: true }));
    expect((await call()).status).toBe(200);
  });

  it("an admin imports an export into an empty store, audited; a non-zip is a field error", async () => {
    const { exportStore } = await import("@/lib/stores/transfer/export");
    const source = await makeStore(owner);
    const target = await makeStore(owner);
    const chunks: Uint8Array[] = [];
    await exportStore(db().$client, source.id, (c) => chunks.push(c));
    ctx.user = actor(await makeUser(owner, { admin: true }));
    const upload = (parts: Uint8Array[]) => {
      const f = form({ slug: target.slug });
      f.set("archive", new File([Buffer.concat(parts)], "export.zip"));
      return f;
    };
    expect(await consoleStore.importAction(idle, upload([new Uint8Array([1, 2, 3])]))).toMatchObject({ ok: false, fieldErrors: { archive: ["That file is not a zip archive."] } });
    expect(await consoleStore.importAction(idle, upload(chunks))).toMatchObject({ ok: true });
    expect((await owner.select().from(auditLog).where(eq(auditLog.storeId, target.id))).map((a) => a.action)).toEqual(["store.imported"]);
  });

  it("search, status filter and the 24 h activity read through row-level security", async () => {
    const { listStores, storeActivity } = await import("@/lib/console/stores");
    const store = await makeStore(owner, "suspended");
    const found = await listStores(db(), { search: store.slug.toUpperCase(), page: 1, pageSize: 10 });
    expect(found.rows.map((r) => r.slug)).toEqual([store.slug]);
    expect((await listStores(db(), { search: store.slug, status: "active", page: 1, pageSize: 10 })).total).toBe(0);
    expect((await listStores(db(), { search: "%", page: 1, pageSize: 10 })).total).toBe(0);
    await owner.execute(sql`insert into usage_counters (tenant_id, hour, requests, checkouts) values
      (${store.id}, date_trunc('hour', now()), 7, 2), (${store.id}, date_trunc('hour', now()) - interval '30 hours', 99, 9)`);
    const points = await storeActivity(db(), store.id);
    expect(points).toHaveLength(24);
    expect(points.at(-1)).toMatchObject({ requests: 7, checkouts: 2 });
    expect(points.reduce((n, p) => n + p.requests, 0)).toBe(7);
  });
});
