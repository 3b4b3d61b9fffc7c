import { randomBytes } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { and, eq, inArray, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { MoveError, moveStore, syncDedicatedStores } from "@/lib/db/move";
import { moveStatus, type MoveStatus } from "@/lib/console/placement";
import { closeDedicatedPools } from "@/lib/db/placement";
import { dedicatedRoleName } from "@/lib/db/provision";
import { auditLog, storeMoves, stores } from "@/lib/db/schema";
import { todaysSales } from "@/lib/dashboard/overview";
import { GRACE_DAYS, purgeDueStores, requestStoreDeletion } from "@/lib/stores/lifecycle";
import { exportStoreToBuffer } from "@/lib/stores/transfer/export";
import { importStore } from "@/lib/stores/transfer/import";
import { cartWith, checkout, checkoutForm, createProduct, stockOf } from "./commerce-fixtures";
import { createTestStore as createStore, testDatabases } from "./db";
import { dedicatedUrl, dropDatabases, ownerClient, rowsOf } from "./placement-fixtures";

process.env.CONFIG_ENCRYPTION_KEYS = `k1:${randomBytes(32).toString("base64")}`;

/*
 * Issue 13, the rest of a dedicated store's life: export and import of a
 * store whose rows live on a dedicated database, and its deletion with
 * purge (nothing of it left in the pool, nothing but the empty schema left
 * in its database).
 */

const { app, appPool, owner } = testDatabases();
const ours: string[] = [];
const createTestStore: typeof createStore = async (...args) => {
  const s = await createStore(...args);
  ours.push(s.id);
  return s;
};
const made: string[] = [];
afterAll(async () => {
  await closeDedicatedPools();
  await owner.update(stores).set({ placement: "pool", placementSealed: null, placementLabel: null }).where(inArray(stores.id, ours));
  await dropDatabases(made);
});
const newDatabase = () => {
  const url = dedicatedUrl();
  made.push(url);
  return url;
};

const TABLES = ["products", "carts", "cart_items", "customers", "orders", "order_items", "order_counters"];

/** A store with a catalogue and a placed order, moved to a new dedicated database. */
async function dedicatedStore(prefix: string) {
  const store = await createTestStore(owner, prefix);
  await owner.update(stores).set({ plan: "premium", currency: "EUR" }).where(eq(stores.id, store.id));
  const url = newDatabase();
  await moveStore(app, store.id, { databaseUrl: url }, { actorUserId: null });
  const a = await createProduct(owner, store.id, { stock: 20, priceCents: 700 });
  await createProduct(owner, store.id, { stock: 5, priceCents: 1200, status: "draft" });
  const cart = await cartWith(app, store.id, [{ productId: a.id, quantity: 2 }]);
  const placed = await checkout(app, { ...store, currency: "EUR" }, cart, checkoutForm({ expectedTotalCents: 1400 }));
  expect(placed.ok).toBe(true);
  return { store, url, product: a };
}

/** Every table of a database with its row count, for "what is left". */
async function rowCounts(c: pg.ClientBase): Promise<Record<string, number>> {
  const { rows } = await c.query<{ name: string }>("select c.relname as name from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' order by 1");
  const out: Record<string, number> = {};
  for (const r of rows) out[r.name] = (await c.query<{ n: number }>(`select count(*)::int as n from ${pg.escapeIdentifier(r.name)}`)).rows[0]!.n;
  return out;
}

describe("export and import on a dedicated database", () => {
  it("exports the store's rows from its own database and imports them into another dedicated store, none landing in the pool", async () => {
    const source = await dedicatedStore("dexp");
    const there = await ownerClient(source.url);
    const pool = await ownerClient(inject("ownerUrl"));
    try {
      const archive = await exportStoreToBuffer(appPool, source.store.id);
      const files = unzipSync(archive);
      const manifest = JSON.parse(strFromU8(files["manifest.json"]!));
      expect(manifest.store).toMatchObject({ slug: source.store.slug, currency: "EUR" });
      // What the archive holds is what the dedicated database holds (the pool holds none of it).
      for (const t of ["products", "orders", "order_items"]) {
        const rows = (await rowsOf(there, t, source.store.id)).length;
        expect(rows).toBeGreaterThan(0);
        expect(manifest.tables).toContainEqual({ name: t, file: `tables/${t}.json`, rows });
        expect(await rowsOf(pool, t, source.store.id)).toEqual([]);
      }
      // The dashboard's overview reads the same database (and the store's copy of its row there).
      expect(await todaysSales(app, source.store.id)).toEqual({ orders: 1, revenueCents: 1400, currency: "EUR" });
      const exported = JSON.parse(strFromU8(files["tables/products.json"]!)) as { id: string; stock: number }[];
      expect(exported.find((p) => p.id === source.product.id)?.stock).toBe(18);

      // Into an empty store on a dedicated database of its own.
      const target = await createTestStore(owner, "dimp");
      await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, target.id));
      const targetUrl = newDatabase();
      await moveStore(app, target.id, { databaseUrl: targetUrl }, { actorUserId: null });
      const result = await importStore(appPool, target.id, archive, { userId: null, via: "test" });
      expect(result).toMatchObject({ ok: true, rows: { products: 2, orders: 1 } });

      const targetDb = await ownerClient(targetUrl);
      try {
        for (const t of TABLES) {
          const expected = (await rowsOf(there, t, source.store.id)).length;
          expect((await rowsOf(targetDb, t, target.id)).length, t).toBe(expected);
          expect(await rowsOf(pool, t, target.id), t).toEqual([]);
        }
        // No other store's rows in the target's database.
        expect((await targetDb.query("select 1 from products where tenant_id <> $1", [target.id])).rowCount).toBe(0);
        // The registry's row (control database) took the archive's settings, as did the copy there.
        const [reg] = await owner.select({ currency: stores.currency }).from(stores).where(eq(stores.id, target.id));
        expect(reg!.currency).toBe("EUR");
        expect((await targetDb.query("select currency from stores where id = $1", [target.id])).rows).toEqual([{ currency: "EUR" }]);
        // The import's audit entry was written with the rows, in the store's database; the jobs relay it to the control database.
        expect((await targetDb.query("select 1 from audit_log where store_id = $1 and action = 'store.imported'", [target.id])).rowCount).toBe(1);
        await syncDedicatedStores(app);
        const entries = await owner.select().from(auditLog).where(and(eq(auditLog.storeId, target.id), eq(auditLog.action, "store.imported")));
        expect(entries).toHaveLength(1);
        expect((await targetDb.query("select 1 from audit_log where store_id = $1", [target.id])).rowCount).toBe(0);
      } finally {
        await targetDb.end();
      }
      // The imported store serves from its database through the ordinary code path.
      expect(await stockOf(app, target.id, source.product.id)).toBe(18);

      // A second import is refused: the store (in its dedicated database) has data now; nothing changes.
      const again = await importStore(appPool, target.id, archive, { userId: null, via: "test" });
      expect(again).toEqual({ ok: false, error: "Import only works into an empty store: this store already has data." });
    } finally {
      await there.end();
      await pool.end();
    }
  });
});

describe("deletion with purge of a store on a dedicated database", () => {
  it("removes every row of the store from its database and from the pool, relays its audit and mail first, and drops its app role", async () => {
    const doomed = await dedicatedStore("dpurge");
    const kept = await dedicatedStore("dkept");
    const role = dedicatedRoleName(doomed.store.id);
    const there = await ownerClient(doomed.url);
    try {
      // Before: rows there, the order's mail queued there, nothing of it in the pool.
      expect((await rowsOf(there, "orders", doomed.store.id)).length).toBe(1);
      const mailSql = "select to_email, subject, created_at::text as at from mail_outbox where store_id = $1 order by 1, 2, 3";
      const queued = (await there.query(mailSql, [doomed.store.id])).rows;
      expect(queued.length).toBeGreaterThan(0);

      const long = new Date(Date.now() - (GRACE_DAYS + 1) * 24 * 3600 * 1000);
      expect(await requestStoreDeletion(app, doomed.store.id, "bye", { userId: null }, long)).toMatchObject({ ok: true });
      const purged = await purgeDueStores(app);
      expect(purged).toContain(doomed.store.slug);
      expect(purged).not.toContain(kept.store.slug);

      // The registry's row is gone; the pool holds nothing of it.
      expect(await owner.select().from(stores).where(eq(stores.id, doomed.store.id))).toEqual([]);
      const pool = await ownerClient(inject("ownerUrl"));
      try {
        for (const t of TABLES) expect(await rowsOf(pool, t, doomed.store.id), t).toEqual([]);
      } finally {
        await pool.end();
      }
      // Its database: every table empty (the schema and its migration history stay: the database is the operator's to drop).
      const left = await rowCounts(there);
      expect(Object.keys(left).length).toBeGreaterThan(10);
      expect(Object.entries(left).filter(([, n]) => n > 0)).toEqual([]);
      // The app role made for the store is dropped: its sealed password died with the registry's row.
      expect((await there.query("select 1 from pg_roles where rolname = $1", [role])).rowCount).toBe(0);
      // Its audit history and queued mail were relayed to the control database before the purge.
      const [entry] = await owner.select().from(auditLog).where(sql`${auditLog.action} = 'store.purged' and ${auditLog.targetId} = ${doomed.store.slug}`);
      expect(entry).toMatchObject({ storeId: null, data: { storeId: doomed.store.id } });
      const control = await ownerClient(inject("ownerUrl"));
      try {
        // Relayed rows keep what was written; the purge then unlinked them from the store (store_id set null).
        const relayed = await control.query(
          "select to_email, subject, created_at::text as at from mail_outbox where store_id is null and (to_email, subject, created_at::text) in (select * from unnest($1::text[], $2::text[], $3::text[])) order by 1, 2, 3",
          [queued.map((m) => m.to_email), queued.map((m) => m.subject), queued.map((m) => m.at)],
        );
        expect(relayed.rows).toEqual(queued);
      } finally {
        await control.end();
      }
    } finally {
      await there.end();
    }
    // The other dedicated store is untouched and serves.
    expect(await stockOf(app, kept.store.id, kept.product.id)).toBe(18);
  });
});

describe("a move's progress, shared by every instance", () => {
  it("is readable from the control database while it runs (whoever started it), refuses a second move meanwhile, and is gone afterwards", async () => {
    const store = await createTestStore(owner, "dprog");
    await createProduct(owner, store.id, { stock: 4, title: "Lamp" });
    const url = newDatabase();
    // `owner` stands for another instance: a handle of its own on the control database.
    let seen: MoveStatus | null = null;
    let second: unknown = null;
    await moveStore(app, store.id, { databaseUrl: url }, {
      actorUserId: null,
      via: "cli",
      onProgress: async (p) => {
        if (p.step !== "copying" || seen) return;
        seen = await moveStatus(owner, store.id);
        second = await moveStore(app, store.id, { databaseUrl: newDatabase() }, { actorUserId: null, via: "console" }).catch((e) => e);
      },
    });
    expect(seen).toMatchObject({ running: true, step: "copying", via: "cli", target: expect.stringMatching(/^127\.0\.0\.1:\d+\/plaza_dedicated_/) });
    expect(second).toBeInstanceOf(MoveError);
    expect(String((second as Error).message)).toBe("A move of this store is already running; wait for it to finish (the store's page shows its progress).");
    // Nothing of the refused move happened: the first one finished as asked.
    const [row] = await owner.select({ placement: stores.placement }).from(stores).where(eq(stores.id, store.id));
    expect(row!.placement).toBe("dedicated");
    expect(await moveStatus(owner, store.id)).toMatchObject({ running: false, step: null });
    expect(await owner.select().from(storeMoves).where(eq(storeMoves.storeId, store.id))).toEqual([]);

    // A killed move's row (no heartbeat for longer than allowed) neither shows as running nor blocks the next move.
    await owner.insert(storeMoves).values({ storeId: store.id, step: "copying", via: "console", target: "pool", updatedAt: new Date(Date.now() - 10 * 60_000) });
    expect((await moveStatus(owner, store.id)).running).toBe(false);
    expect(await moveStore(app, store.id, { pool: true }, { actorUserId: null })).toMatchObject({ moved: true, placement: "pool" });
    expect(await owner.select().from(storeMoves).where(eq(storeMoves.storeId, store.id))).toEqual([]);
  });
});
