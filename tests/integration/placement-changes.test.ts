import { randomBytes, randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedCatalog } from "@/lib/catalog/storefront-cache";
import { onChange } from "@/lib/changes/changes";
import { changeListenerStatus, dedicatedListening, startChangeListener, stopChangeListener } from "@/lib/changes/listener";
import { moveStore } from "@/lib/db/move";
import { closeDedicatedPools } from "@/lib/db/placement";
import { stores } from "@/lib/db/schema";
import { createProduct } from "./commerce-fixtures";
import { createTestStore as createStore, testDatabases } from "./db";
import { dedicatedUrl, dropDatabases, ownerClient } from "./placement-fixtures";

process.env.CONFIG_ENCRYPTION_KEYS = `k1:${randomBytes(32).toString("base64")}`;

/*
 * Issue 13: the storefront's catalogue cache of a store on a dedicated
 * database. Its product triggers announce inside that database, which no
 * instance would hear on the control database's channel; every instance
 * listens on each dedicated database too (lib/db/placement-announcements.ts).
 * The TTL is far longer than the test: only an announcement explains a
 * fresh page.
 */

const { app, owner } = testDatabases();
const ours: string[] = [];
const createTestStore: typeof createStore = async (...args) => {
  const s = await createStore(...args);
  ours.push(s.id);
  return s;
};
const made: string[] = [];
let ttlBefore: string | undefined;

beforeAll(async () => {
  ttlBefore = process.env.TENANT_CACHE_TTL_MS;
  process.env.TENANT_CACHE_TTL_MS = "60000";
  await startChangeListener(() => {});
  while (changeListenerStatus() !== "listening") await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 100));
});
afterAll(async () => {
  process.env.TENANT_CACHE_TTL_MS = ttlBefore;
  await stopChangeListener();
  await closeDedicatedPools();
  await owner.update(stores).set({ placement: "pool", placementSealed: null, placementLabel: null }).where(inArray(stores.id, ours));
  await dropDatabases(made);
});

async function until(check: () => boolean | Promise<boolean>, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Polls until `check` passes, for at most a second (far below the 60 s TTL). */
async function within1s(check: () => Promise<void>) {
  const deadline = Date.now() + 1_000;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

const titles = async (storeId: string) => (await cachedCatalog(app, storeId)).items.map((p) => p.title).sort();

describe("catalogue cache of a store on a dedicated database", () => {
  it("drops the cached page within a second when anyone writes a product in the dedicated database, and hears only that store from it", async () => {
    const store = await createTestStore(owner, "dcache");
    const neighbour = await createTestStore(owner, "dcachen");
    await createProduct(owner, store.id, { stock: 9, title: "Lamp" });
    const url = dedicatedUrl();
    made.push(url);
    await moveStore(app, store.id, { databaseUrl: url }, { actorUserId: null });
    // The move's "placement" announcement makes this instance listen there.
    await until(() => dedicatedListening().includes(store.id), 5_000, "listening on the new dedicated database");
    await new Promise((r) => setTimeout(r, 100)); // its first connect drops the store's catalogue: let it pass

    expect(await titles(store.id)).toEqual(["Lamp"]);
    const there = await ownerClient(url);
    try {
      // Written behind the cache's back without an announcement: the page stays cached (the cache is really used).
      await there.query("alter table products disable trigger products_announce_change");
      await there.query("update products set title = 'Quiet lamp' where tenant_id = $1", [store.id]);
      await there.query("alter table products enable trigger products_announce_change");
      expect(await titles(store.id)).toEqual(["Lamp"]);

      // Any writer in the dedicated database (here psql-like, not the app): heard at once.
      await there.query("insert into products (tenant_id, handle, title, price_cents, stock, status) values ($1, $2, 'Desk', 900, 3, 'active')", [store.id, `desk-${randomUUID().slice(0, 6)}`]);
      await within1s(async () => expect(await titles(store.id)).toEqual(["Desk", "Quiet lamp"]));

      // The dedicated database speaks only for its own store's catalogue.
      const heard: string[] = [];
      const off = onChange("catalog", (key) => void (key && heard.push(key)));
      const offStore = onChange("store", (key) => void (key && heard.push(`store:${key}`)));
      try {
        await there.query("select pg_notify('plaza_changes', $1)", [JSON.stringify({ topic: "catalog", key: neighbour.id })]);
        await there.query("select pg_notify('plaza_changes', $1)", [JSON.stringify({ topic: "store", key: neighbour.slug })]);
        await there.query("select pg_notify('plaza_changes', $1)", [JSON.stringify({ topic: "catalog", key: store.id })]);
        await until(() => heard.includes(store.id), 1_000, "the store's own announcement");
        expect(heard).toEqual([store.id]);
      } finally {
        off();
        offStore();
      }
    } finally {
      await there.end();
    }

    // Back in the pool: the listener on its old database is closed; the pool's own announcements serve it.
    await moveStore(app, store.id, { pool: true }, { actorUserId: null });
    await until(() => !dedicatedListening().includes(store.id), 5_000, "the old dedicated database no longer heard");
    expect(await titles(store.id)).toEqual(["Desk", "Quiet lamp"]);
    await createProduct(owner, store.id, { stock: 9, title: "Rug" });
    await within1s(async () => expect(await titles(store.id)).toEqual(["Desk", "Quiet lamp", "Rug"]));
  });
});
