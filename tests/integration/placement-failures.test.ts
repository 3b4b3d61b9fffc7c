import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { eq, inArray } from "drizzle-orm";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GET as listProductsRoute } from "@/app/api/v1/stores/[slug]/products/route";
import { createApiKey } from "@/lib/api/keys";
import { parseKeyring } from "@/lib/config/crypto";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrateDedicatedDatabases } from "@/lib/db/migrate-dedicated";
import { moveStore } from "@/lib/db/move";
import { closeDedicatedPools, sealPlacement } from "@/lib/db/placement";
import { memberships, products, stores, users } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { checkReadiness } from "@/lib/health/readiness";
import { freePort } from "../support/free-port";
import { createTestStore as createStore, testDatabases } from "./db";
import { dedicatedUrl, dropDatabases } from "./placement-fixtures";

const keyringSpec = `k1:${randomBytes(32).toString("base64")}`;
process.env.CONFIG_ENCRYPTION_KEYS = keyringSpec;

/*
 * Issue 13, failure isolation and migrations: a store whose dedicated
 * database lives on a second embedded PostgreSQL server, which the test
 * stops; and a dedicated database one migration behind.
 */

const { app, owner } = testDatabases();
// The stores this file made, put back in the registry's pool at the end (their
// dedicated databases are dropped), so no other file's readiness sees them.
const ours: string[] = [];
const createTestStore: typeof createStore = async (...args) => {
  const s = await createStore(...args);
  ours.push(s.id);
  return s;
};
let second: EmbeddedServer;
let dataDir: string;
const made: string[] = [];

beforeAll(async () => {
  dataDir = path.resolve(`.data/test/dedicated-${randomUUID().slice(0, 8)}/postgres`);
  second = await startEmbeddedPostgres({ dataDir, port: await freePort() });
}, 120_000);
afterAll(async () => {
  await closeDedicatedPools();
  await owner.update(stores).set({ placement: "pool", placementSealed: null, placementLabel: null }).where(inArray(stores.id, ours));
  await second.stop();
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  await dropDatabases(made);
});

async function storeWithKey(prefix: string) {
  const store = await createTestStore(owner, prefix);
  await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
  await withTenant(owner, store.id, (tx) => tx.insert(products).values({ tenantId: store.id, handle: `${prefix}-thing`, title: "Thing", priceCents: 250, status: "active" }));
  const [u] = await owner.insert(users).values({ email: `owner-${randomUUID().slice(0, 8)}@example.test`, name: "Owner", passwordHash: "x" }).returning();
  await owner.insert(memberships).values({ storeId: store.id, userId: u!.id, role: "owner", status: "approved" });
  const { token } = await createApiKey(app, { storeId: store.id, name: "sync", scopes: ["products:read"], createdBy: u!.id });
  return { store, token };
}

async function products_(slug: string, token: string) {
  const req = new Request(`http://localhost:3000/api/v1/stores/${slug}/products`, { headers: { authorization: `Bearer ${token}` } });
  const res = await listProductsRoute(req, { params: Promise.resolve({ slug }) });
  return { status: res.status, body: await res.json() };
}

describe("a dedicated database that is down", () => {
  it("takes only its store down (API 503), another store serves 200, and readiness names the failing placement but stays ready", async () => {
    const down = await storeWithKey("down");
    const fine = await storeWithKey("fine");
    const url = new URL(second.ownerUrl);
    url.pathname = `/store_${randomBytes(3).toString("hex")}`;
    await moveStore(app, down.store.id, { databaseUrl: url.toString() }, { actorUserId: null });

    const before = await products_(down.store.slug, down.token);
    expect(before.status).toBe(200);
    expect(before.body.data.map((p: { handle: string }) => p.handle)).toEqual(["down-thing"]);

    await second.stop();
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const failed = await products_(down.store.slug, down.token);
      expect(failed.status).toBe(503);
      expect(failed.body.error.code).toBe("unavailable");
      expect(JSON.stringify(failed.body)).not.toMatch(/postgres:|select |plaza-embedded/);
      const served = await products_(fine.store.slug, fine.token);
      expect(served.status).toBe(200);
      expect(served.body.data.map((p: { handle: string }) => p.handle)).toEqual(["fine-thing"]);

      const ready = await checkReadiness(app, undefined, { fresh: true });
      const mine = ready.placements.find((p) => p.slug === down.store.slug);
      expect(mine).toMatchObject({ ok: false, problem: "unreachable" });
      expect(mine!.label).toMatch(/^127\.0\.0\.1:\d+\/store_/);
      expect(ready.reasons.filter((r) => r.includes(down.store.slug))).toEqual([]);
    } finally {
      vi.restoreAllMocks();
      second = await startEmbeddedPostgres({ dataDir, port: Number(new URL(second.ownerUrl).port) });
    }
    // Back up: it serves again.
    expect((await products_(down.store.slug, down.token)).status).toBe(200);
  }, 120_000);
});

describe("npm run db:migrate over dedicated databases", () => {
  it("brings a dedicated database that is one migration behind up to date; readiness fails until then; a broken one is reported and the rest still migrate", async () => {
    // A dedicated database migrated with this build's migrations less the last one.
    const folder = mkdtempSync(path.join(os.tmpdir(), "plaza-migrations-"));
    cpSync(path.resolve("drizzle"), folder, { recursive: true });
    const journalPath = path.join(folder, "meta/_journal.json");
    const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
    const last = journal.entries.pop()!;
    writeFileSync(journalPath, JSON.stringify(journal));
    const ownerUrl = dedicatedUrl("plaza_behind");
    made.push(ownerUrl);
    const admin = new pg.Client({ connectionString: inject("ownerUrl") });
    await admin.connect();
    await admin.query(`create database ${pg.escapeIdentifier(new URL(ownerUrl).pathname.slice(1))}`);
    await admin.end();
    const c = new pg.Client({ connectionString: ownerUrl });
    await c.connect();
    await migrate(drizzle(c), { migrationsFolder: folder });
    const store = await createTestStore(owner, "behind");
    const role = `plaza_store_${store.id.replace(/-/g, "").slice(0, 16)}`;
    await c.query(`create role ${role} login password 'behind-pass' nosuperuser nobypassrls`);
    await c.query(`grant usage on schema drizzle to ${role}; grant select on drizzle.__drizzle_migrations to ${role}`);
    // What migrateDatabase grants an app role: a lookup refreshes the store's mirrored row as this role.
    await c.query(`grant select, insert, update, delete on all tables in schema public to ${role}`);
    await c.end();
    const appUrl = new URL(ownerUrl);
    appUrl.username = role;
    appUrl.password = "behind-pass";
    await owner
      .update(stores)
      .set({ placement: "dedicated", placementSealed: sealPlacement(parseKeyring(keyringSpec), store.id, { ownerUrl, appUrl: appUrl.toString() }), placementLabel: "behind" })
      .where(eq(stores.id, store.id));
    // And one whose sealed details cannot be opened (another keyring): reported, not fatal.
    const broken = await createTestStore(owner, "broken");
    const otherRing = parseKeyring(`k9:${randomBytes(32).toString("base64")}`);
    await owner
      .update(stores)
      .set({ placement: "dedicated", placementSealed: sealPlacement(otherRing, broken.id, { ownerUrl: "postgres://x@127.0.0.1:1/x", appUrl: "postgres://x@127.0.0.1:1/x" }), placementLabel: "broken" })
      .where(eq(stores.id, broken.id));

    try {
      const before = await checkReadiness(app, undefined, { fresh: true });
      expect(before.ready).toBe(false);
      expect(before.reasons).toContain(`migrations behind in the dedicated database of ${store.slug} (behind): ${last.tag} not applied`);

      const lines: string[] = [];
      const results = await migrateDedicatedDatabases(inject("ownerUrl"), parseKeyring(keyringSpec), (l) => lines.push(l));
      const mine = results.find((r) => r.store === store.slug);
      expect(mine).toMatchObject({ ok: true, message: "up to date" });
      const bad = results.find((r) => r.store === broken.slug);
      expect(bad).toMatchObject({ ok: false });
      expect(bad!.message).toMatch(/not in the keyring/);
      expect(lines.some((l) => l.includes(`${store.slug} (behind): up to date`))).toBe(true);
      expect(lines.some((l) => l.includes(`${broken.slug} (broken): FAILED`))).toBe(true);

      const after = await checkReadiness(app, undefined, { fresh: true });
      expect(after.reasons.filter((r) => r.includes(store.slug))).toEqual([]);
    } finally {
      // Leave the shared database's registry as it was for other files: these stores go back to "pool" with no rows.
      await owner.update(stores).set({ placement: "pool", placementSealed: null, placementLabel: null }).where(eq(stores.id, broken.id));
      await owner.update(stores).set({ placement: "pool", placementSealed: null, placementLabel: null }).where(eq(stores.id, store.id));
    }
  }, 120_000);
});
