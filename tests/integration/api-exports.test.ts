import { randomUUID } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { createApiKey, type Scope } from "@/lib/api/keys";
import { downloadLink, getExport, runStoreExport, sweepExports } from "@/lib/api/exports";
import { auditLog, memberships, products, storeExports, stores, users } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { fileStore } from "@/lib/storage/file-store";
import { JOB_NAMES, type JobName } from "@/lib/jobs/queues";
import { REQUEST_TASKS } from "@/lib/jobs/run";
import { startJobWorker } from "@/lib/jobs/worker";
import { exportFileKey } from "@/lib/storage/keys";
import { apiClient, routeFetch } from "./support/api-client";
import { createProduct } from "./commerce-fixtures";
import { createTestStore, testDatabases } from "./db";

/*
 * Exports as asynchronous jobs and imports over /api/v1 (decision 0024),
 * through the client generated from the OpenAPI document. The job is queued
 * on pg-boss (the row names it); the test then runs the worker's own function
 * for that one export, so parallel files never pick up each other's jobs.
 */

const { app, owner } = testDatabases();

async function platformClient(scopes: Scope[] = ["stores:read", "stores:write"]) {
  const [admin] = await owner.insert(users).values({ email: `ops-${randomUUID().slice(0, 8)}@example.test`, name: "Ops", passwordHash: "x", isPlatformAdmin: true }).returning();
  const { token, key } = await createApiKey(app, { storeId: null, name: "ops", scopes, createdBy: admin!.id });
  return { api: apiClient(token), admin: admin!, key };
}

async function storeKey(storeId: string) {
  const [u] = await owner.insert(users).values({ email: `own-${randomUUID().slice(0, 8)}@example.test`, name: "Owner", passwordHash: "x" }).returning();
  await owner.insert(memberships).values({ storeId, userId: u!.id, role: "owner", status: "approved" });
  const all: Scope[] = ["products:read", "products:write", "orders:read", "config:read", "config:write"];
  return apiClient((await createApiKey(app, { storeId, name: "own", scopes: all, createdBy: u!.id })).token);
}

async function premiumStore(prefix: string) {
  const store = await createTestStore(owner, prefix);
  await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
  return store;
}

const productTitles = async (storeId: string) =>
  (await withTenant(owner, storeId, (tx) => tx.select({ title: products.title }).from(products).where(eq(products.tenantId, storeId)))).map((p) => p.title).sort();

const exportRows = (storeId: string) => withTenant(owner, storeId, (tx) => tx.select().from(storeExports).where(eq(storeExports.tenantId, storeId)));

async function download(url: string) {
  const res = await routeFetch(new Request(new URL(url, "http://localhost:3000")));
  return { res, bytes: res.ok ? new Uint8Array(await res.arrayBuffer()) : null };
}

function importArchive(api: ReturnType<typeof apiClient>, slug: string, archive: Uint8Array, headers: Record<string, string> = {}) {
  return api.POST("/api/v1/stores/{slug}/import", {
    params: { path: { slug } },
    body: archive as unknown as string,
    bodySerializer: (b: unknown) => b as BodyInit,
    headers: { "content-type": "application/zip", ...headers },
  });
}

/** Asks for an export, checks its job is on the queue, runs it; the poll's answer. */
async function exportNow(api: ReturnType<typeof apiClient>, store: { id: string; slug: string }, body: { tables?: string[]; files?: boolean }) {
  const asked = await api.POST("/api/v1/stores/{slug}/exports", { params: { path: { slug: store.slug } }, body });
  expect(asked.response.status).toBe(202);
  expect(asked.data).toMatchObject({ status: "pending", download: null });
  const id = asked.data!.id;
  const jobs = await owner.execute(sql`select state from pgboss.job where name = 'export-store' and data->>'exportId' = ${id}`);
  expect(jobs.rows).toHaveLength(1);
  expect(await runStoreExport(app, { storeId: store.id, exportId: id })).toMatch(/bytes/);
  // A second run of the same job (a retry after the first finished) does nothing.
  expect(await runStoreExport(app, { storeId: store.id, exportId: id })).toMatch(/nothing to do/);
  const polled = await api.GET("/api/v1/stores/{slug}/exports/{exportId}", { params: { path: { slug: store.slug, exportId: id } } });
  return polled.data!;
}

describe("exports as jobs", () => {
  it("exports the chosen tables (and what they depend on), downloads by the signed link, imports into an empty store", async () => {
    const { api, admin } = await platformClient();
    const source = await premiumStore("ex");
    await createProduct(owner, source.id, { stock: 3, title: "Alpha mug" });
    await createProduct(owner, source.id, { stock: 5, title: "Beta mug" });

    const done = await exportNow(api, source, { tables: ["products"], files: false });
    expect(done).toMatchObject({ status: "succeeded", requestedTables: ["products"], files: false, fileCount: 0, error: null });
    expect(done.tables).toEqual([{ name: "products", rows: 2 }]);
    expect(done.download!.url).toMatch(new RegExp(`^/api/v1/stores/${source.slug}/exports/${done.id}/archive\\?expires=\\d+&signature=`));
    expect(Date.parse(done.download!.expiresAt) - Date.now()).toBeLessThanOrEqual(3600_000);

    const { res, bytes } = await download(done.download!.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const entries = unzipSync(bytes!);
    expect(Object.keys(entries).sort()).toEqual(["manifest.json", "tables/products.json"]);
    expect(JSON.parse(strFromU8(entries["tables/products.json"]!))).toHaveLength(2);

    // The archive sits outside the store's files: it is not the store's storage.
    expect(await fileStore().size(exportFileKey(source.id, done.id))).toBe(bytes!.length);

    const target = await premiumStore("im");
    const imported = await importArchive(api, target.slug, bytes!);
    expect(imported.response.status).toBe(200);
    expect(imported.data).toMatchObject({ ok: true, rows: { products: 2 }, files: 0 });
    expect(await productTitles(target.id)).toEqual(["Alpha mug", "Beta mug"]);
    const audit = await owner.select().from(auditLog).where(and(eq(auditLog.storeId, target.id), eq(auditLog.action, "store.imported")));
    expect(audit.map((a) => [a.actorUserId, (a.data as { via: string }).via])).toEqual([[admin.id, "api"]]);
    const asked = await owner.select().from(auditLog).where(and(eq(auditLog.storeId, source.id), eq(auditLog.action, "store.export_requested")));
    expect(asked.map((a) => a.actorUserId)).toEqual([admin.id]);

    // A second import is refused (the store is no longer empty) and changes nothing.
    const again = await importArchive(api, target.slug, bytes!);
    expect(again.response.status).toBe(409);
    expect(again.error?.error.code).toBe("invalid_state");
    expect(await productTitles(target.id)).toEqual(["Alpha mug", "Beta mug"]);

    const list = await api.GET("/api/v1/stores/{slug}/exports", { params: { path: { slug: source.slug } } });
    expect(list.data?.data.map((e) => e.id)).toEqual([done.id]);
    expect(list.data?.tables).toEqual(expect.arrayContaining(["products", "orders", "customers"]));
    expect(list.data?.tables).not.toContain("store_exports");
  });

  it("refuses a changed, foreign or expired link: 404 not_found or 410 link_expired", async () => {
    const { api } = await platformClient();
    const store = await premiumStore("el");
    const other = await premiumStore("eo");
    const done = await exportNow(api, store, { files: false });
    const url = new URL(done.download!.url, "http://localhost:3000");

    const tampered = new URL(url);
    tampered.searchParams.set("expires", String(Number(url.searchParams.get("expires")) + 3600));
    const t = await download(tampered.toString());
    expect(t.res.status).toBe(404);
    expect((await t.res.json()).error.code).toBe("not_found");

    const foreign = await download(url.toString().replace(`/stores/${store.slug}/`, `/stores/${other.slug}/`));
    expect(foreign.res.status).toBe(404);
    const unsigned = await download(url.pathname);
    expect(unsigned.res.status).toBe(404);

    // A link signed an hour and a bit ago has lapsed, though the archive is still there.
    const row = (await getExport(app, store.id, done.id))!;
    const old = downloadLink(store.slug, row, new Date(Date.now() - 3700_000))!;
    const lapsed = await download(old.url);
    expect(lapsed.res.status).toBe(410);
    expect((await lapsed.res.json()).error.code).toBe("link_expired");

    // Past the archive's own expiry the sweep deletes the file and the row; the fresh link is gone too.
    expect(await sweepExports(app, store.id, new Date(Date.now() + 25 * 3600_000))).toBe(1);
    expect(await fileStore().size(exportFileKey(store.id, done.id))).toBeNull();
    expect((await download(url.toString())).res.status).toBe(404);
  });

  it("keeps each store's exports to itself: another store's slug is not_found, store keys and read-only keys are refused", async () => {
    const { api } = await platformClient();
    const store = await premiumStore("ei");
    const other = await premiumStore("ej");
    const asked = await api.POST("/api/v1/stores/{slug}/exports", { params: { path: { slug: store.slug } }, body: {} });
    const id = asked.data!.id;

    const cross = await api.GET("/api/v1/stores/{slug}/exports/{exportId}", { params: { path: { slug: other.slug, exportId: id } } });
    expect(cross.response.status).toBe(404);
    expect(cross.error?.error.code).toBe("not_found");
    // Row-level security as well: in the other store's transaction the row does not exist.
    expect(await withTenant(app, other.id, (tx) => tx.select().from(storeExports).where(eq(storeExports.id, id)))).toHaveLength(0);
    expect(await getExport(app, other.id, id)).toBeNull();

    for (const key of [await storeKey(store.id), await storeKey(other.id)]) {
      const refused = await key.POST("/api/v1/stores/{slug}/exports", { params: { path: { slug: store.slug } }, body: {} });
      expect(refused.response.status).toBe(403);
      expect(refused.error?.error.code).toBe("insufficient_scope");
      const poll = await key.GET("/api/v1/stores/{slug}/exports/{exportId}", { params: { path: { slug: store.slug, exportId: id } } });
      expect(poll.error?.error.code).toBe("insufficient_scope");
    }
    const reader = (await platformClient(["stores:read"])).api;
    const readOnly = await reader.POST("/api/v1/stores/{slug}/exports", { params: { path: { slug: store.slug } }, body: {} });
    expect(readOnly.error?.error.code).toBe("insufficient_scope");
    const importRefused = await importArchive(reader, other.slug, new Uint8Array([1, 2, 3]));
    expect(importRefused.error?.error.code).toBe("insufficient_scope");
    expect(await exportRows(store.id)).toHaveLength(1);
  });

  it("validates the tables asked for and the archive sent; nothing is queued or written", async () => {
    const { api } = await platformClient();
    const store = await premiumStore("ev");
    const bad = await api.POST("/api/v1/stores/{slug}/exports", { params: { path: { slug: store.slug } }, body: { tables: ["usage_counters"] } });
    expect(bad.response.status).toBe(400);
    expect(bad.error?.error.code).toBe("validation_failed");
    expect(bad.error?.error.message).toContain("usage_counters");
    expect(await exportRows(store.id)).toHaveLength(0);

    const notZip = await importArchive(api, store.slug, new TextEncoder().encode("not a zip"));
    expect(notZip.response.status).toBe(400);
    expect(notZip.error?.error).toMatchObject({ code: "validation_failed", message: "That file is not a zip archive." });
    const json = await api.POST("/api/v1/stores/{slug}/import", { params: { path: { slug: store.slug } }, body: "{}" as never, bodySerializer: (b: unknown) => b as BodyInit, headers: { "content-type": "application/json" } });
    expect(json.error?.error.code).toBe("validation_failed");
    expect(await productTitles(store.id)).toEqual([]);
  });

  it("a suspended store may be exported, not imported into", async () => {
    const { api } = await platformClient();
    const source = await premiumStore("es");
    await createProduct(owner, source.id, { stock: 1, title: "Gamma" });
    await owner.update(stores).set({ status: "suspended" }).where(eq(stores.id, source.id));
    const done = await exportNow(api, source, { files: false });
    expect(done.status).toBe("succeeded");
    const { bytes } = await download(done.download!.url);

    const target = await premiumStore("et");
    await owner.update(stores).set({ status: "suspended" }).where(eq(stores.id, target.id));
    const refused = await importArchive(api, target.slug, bytes!);
    expect(refused.response.status).toBe(409);
    expect(refused.error?.error.code).toBe("store_not_active");
    expect(await productTitles(target.id)).toEqual([]);
  });

  it("replays an Idempotency-Key: one export for two requests, one import, another body with the key is refused", async () => {
    const { api } = await platformClient();
    const store = await premiumStore("ek");
    await createProduct(owner, store.id, { stock: 1, title: "Delta" });
    const key = randomUUID();
    const first = await api.POST("/api/v1/stores/{slug}/exports", { params: { path: { slug: store.slug }, header: { "Idempotency-Key": key } }, body: { files: false } });
    const second = await api.POST("/api/v1/stores/{slug}/exports", { params: { path: { slug: store.slug }, header: { "Idempotency-Key": key } }, body: { files: false } });
    expect(second.response.headers.get("idempotent-replayed")).toBe("true");
    expect(second.data?.id).toBe(first.data?.id);
    expect(await exportRows(store.id)).toHaveLength(1);
    const reused = await api.POST("/api/v1/stores/{slug}/exports", { params: { path: { slug: store.slug }, header: { "Idempotency-Key": key } }, body: { files: true } });
    expect(reused.response.status).toBe(422);
    expect(reused.error?.error.code).toBe("idempotency_key_reused");

    await runStoreExport(app, { storeId: store.id, exportId: first.data!.id });
    const polled = await api.GET("/api/v1/stores/{slug}/exports/{exportId}", { params: { path: { slug: store.slug, exportId: first.data!.id } } });
    const { bytes } = await download(polled.data!.download!.url);
    const target = await premiumStore("eu");
    const importKey = randomUUID();
    const a = await importArchive(api, target.slug, bytes!, { "idempotency-key": importKey });
    const b = await importArchive(api, target.slug, bytes!, { "idempotency-key": importKey });
    expect(a.error ?? a.data).toMatchObject({ ok: true, rows: { products: 1 } });
    expect(b.response.headers.get("idempotent-replayed")).toBe("true");
    expect(b.data).toEqual(a.data);
    const other = await importArchive(api, target.slug, new TextEncoder().encode("other"), { "idempotency-key": importKey });
    expect(other.error?.error.code).toBe("idempotency_key_reused");
    expect(await productTitles(target.id)).toEqual(["Delta"]);
  });

  it("is run by the pg-boss worker: asked for, picked up, written, with nothing else but the queue in between", { timeout: 60_000 }, async () => {
    // The periodic jobs do nothing here (they are global); the export queue runs the app's own task.
    const idle = Object.fromEntries(JOB_NAMES.map((n) => [n, async () => "skipped"])) as Record<JobName, () => Promise<string>>;
    const worker = await startJobWorker({ url: inject("appUrl"), pollSeconds: 1, tasks: idle, requestTasks: { "export-store": (data) => REQUEST_TASKS["export-store"](app, data) }, log: () => {} });
    try {
      const { api } = await platformClient();
      const store = await premiumStore("ew");
      await createProduct(owner, store.id, { stock: 2, title: "Epsilon" });
      const asked = await api.POST("/api/v1/stores/{slug}/exports", { params: { path: { slug: store.slug } }, body: { tables: ["products"] } });
      let status = asked.data!.status;
      for (let i = 0; i < 100 && status !== "succeeded" && status !== "failed"; i++) {
        await new Promise((r) => setTimeout(r, 300));
        status = (await api.GET("/api/v1/stores/{slug}/exports/{exportId}", { params: { path: { slug: store.slug, exportId: asked.data!.id } } })).data!.status;
      }
      expect(status).toBe("succeeded");
    } finally {
      await worker.stop();
    }
  });
});
