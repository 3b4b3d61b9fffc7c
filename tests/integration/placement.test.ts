import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { getCart } from "@/lib/commerce/cart";
import { MoveError, moveStore, type MoveProgress } from "@/lib/db/move";
import { closeDedicatedPools } from "@/lib/db/placement";
import { provisionDedicated } from "@/lib/db/provision";
import { auditLog, stores, products, orders } from "@/lib/db/schema";
import { readTenant, withTenant } from "@/lib/db/tenant";
import { addMember, makeUser } from "./auth-fixtures";
import { cartWith, checkout, checkoutForm, createProduct, stockOf } from "./commerce-fixtures";
import { createTestStore as createStore, testDatabases } from "./db";
import { dedicatedUrl, dropDatabases, ownerClient, rowsOf } from "./placement-fixtures";

process.env.CONFIG_ENCRYPTION_KEYS = `k1:${randomBytes(32).toString("base64")}`;

/*
 * Issue 13: a store on a dedicated database, and moves between the pool and
 * a dedicated database in both directions. Dedicated databases are other
 * databases on the suite's embedded server.
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

const TABLES = ["products", "carts", "cart_items", "customers", "orders", "order_items", "order_counters", "checkout_requests"];

/** A store with a catalogue, a cart and a placed order. */
async function busyStore(prefix: string) {
  const store = await createTestStore(owner, prefix);
  const a = await createProduct(owner, store.id, { stock: 20, priceCents: 700 });
  await createProduct(owner, store.id, { stock: 5, priceCents: 1200, status: "draft" });
  const cart = await cartWith(app, store.id, [{ productId: a.id, quantity: 2 }]);
  const placed = await checkout(app, store, cart, checkoutForm({ expectedTotalCents: 1400 }));
  expect(placed.ok).toBe(true);
  await cartWith(app, store.id, [{ productId: a.id, quantity: 1 }]); // an open cart too
  return { store, product: a };
}

async function snapshot(c: Awaited<ReturnType<typeof ownerClient>>, storeId: string) {
  const out: Record<string, string[]> = {};
  for (const t of TABLES) out[t] = await rowsOf(c, t, storeId);
  return out;
}

describe("placement: pool → dedicated → pool", () => {
  it("reproduces every row exactly, leaves none behind, and the store keeps working in each place", async () => {
    const { store, product } = await busyStore("mv");
    const other = await busyStore("mvother");
    const pool = await ownerClient(inject("ownerUrl"));
    const before = await snapshot(pool, store.id);
    expect(before.orders).toHaveLength(1);
    const url = newDatabase();

    const steps: MoveProgress["step"][] = [];
    const there = await moveStore(app, store.id, { databaseUrl: url }, { actorUserId: null, onProgress: (p) => void steps.push(p.step) });
    expect(there).toMatchObject({ moved: true, placement: "dedicated" });
    expect(there.label).toMatch(/^127\.0\.0\.1:\d+\/plaza_dedicated_[0-9a-f]{8}$/);
    expect(there.label).not.toMatch(/password|plaza_app/);
    expect(steps).toEqual(expect.arrayContaining(["provisioning", "locking", "copying", "verifying", "switching", "cleaning", "done"]));

    // The registry: dedicated, URL sealed (never in the clear).
    const [row] = await owner.select().from(stores).where(eq(stores.id, store.id));
    expect(row!.placement).toBe("dedicated");
    expect(row!.placementSealed).toMatch(/^v1:k1:/);
    expect(row!.placementSealed).not.toContain("postgres");

    // Its rows are in the dedicated database, exactly; none in the pool; no other store's rows there.
    const dedicated = await ownerClient(url);
    try {
      expect(await snapshot(dedicated, store.id)).toEqual(before);
      for (const t of TABLES) expect(await rowsOf(pool, t, store.id)).toEqual([]);
      const foreign = await dedicated.query("select id from stores where id <> $1", [store.id]);
      expect(foreign.rowCount).toBe(0);
      expect((await dedicated.query("select 1 from products where tenant_id <> $1", [store.id])).rowCount).toBe(0);
      // Forced RLS and a non-owner NOBYPASSRLS app role there too.
      const rls = await dedicated.query<{ relname: string; relforcerowsecurity: boolean }>(
        "select c.relname, c.relforcerowsecurity from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace",
      );
      expect(rls.rowCount).toBeGreaterThan(10);
      expect(rls.rows.filter((r) => !r.relforcerowsecurity)).toEqual([]);
      const role = await dedicated.query("select rolsuper, rolbypassrls from pg_roles where rolname like 'plaza_store_%'");
      expect(role.rows.every((r) => !r.rolsuper && !r.rolbypassrls)).toBe(true);
    } finally {
      await dedicated.end();
    }

    // The same code path serves it: reads, cart, checkout with its invariants.
    expect(await stockOf(app, store.id, product.id)).toBe(18);
    const cart = await cartWith(app, store.id, [{ productId: product.id, quantity: 3 }]);
    const view = await getCart(app, store.id, cart, (c) => `${c}`);
    expect(view.subtotalCents).toBe(2100);
    // Its owner is a platform row (the control database); the order's mails are written with the order, there (decision 0038).
    const boss = await makeUser(owner);
    await addMember(owner, store.id, boss.id, "owner");
    const second = await checkout(app, store, cart, checkoutForm({ expectedTotalCents: 2100, email: "far@example.test" }));
    expect(second).toMatchObject({ ok: true, number: 1002 });
    const mailThere = await ownerClient(url);
    try {
      const mail = await mailThere.query("select kind, to_email, subject from mail_outbox where store_id = $1 order by id", [store.id]);
      expect(mail.rows.map((m) => [m.kind, m.to_email])).toEqual([
        ["order.confirmation", "far@example.test"],
        ["order.new", boss.email],
      ]);
      expect(mail.rows.every((m) => m.subject.includes("#1002"))).toBe(true);
    } finally {
      await mailThere.end();
    }
    expect(await stockOf(app, store.id, product.id)).toBe(15);
    // The other store, in the pool, is untouched and serves.
    expect(await stockOf(app, other.store.id, other.product.id)).toBe(18);
    // A tenant transaction on the dedicated store cannot see the pool store's rows and vice versa.
    const seen = await readTenant(app, store.id, (tx) => tx.select({ id: products.id }).from(products).where(eq(products.tenantId, other.store.id)));
    expect(seen).toEqual([]);

    const there2 = await ownerClient(url);
    const mid = await snapshot(there2, store.id);
    await there2.end();
    const back = await moveStore(app, store.id, { pool: true }, { actorUserId: null });
    expect(back).toMatchObject({ moved: true, placement: "pool", label: null });
    expect(await snapshot(pool, store.id)).toEqual(mid);
    const gone = await ownerClient(url);
    try {
      expect((await gone.query("select 1 from stores")).rowCount).toBe(0);
      expect((await gone.query("select 1 from orders")).rowCount).toBe(0);
    } finally {
      await gone.end();
    }
    const [after] = await owner.select().from(stores).where(eq(stores.id, store.id));
    expect(after).toMatchObject({ placement: "pool", placementSealed: null, placementLabel: null });
    expect(await stockOf(app, store.id, product.id)).toBe(15);

    // Both moves are audited.
    const audit = await owner.select().from(auditLog).where(and(eq(auditLog.storeId, store.id), eq(auditLog.action, "store.placement_changed")));
    expect(audit.length).toBe(2);
    await pool.end();
  });

  it("refuses a target that already holds other stores (the pool itself), and nothing changes", async () => {
    const store = await createTestStore(owner, "mvself");
    const err = await moveStore(app, store.id, { databaseUrl: inject("ownerUrl") }, { actorUserId: null }).catch((e) => e);
    expect(err).toBeInstanceOf(MoveError);
    expect(String(err.message)).toMatch(/already holds other stores/);
    const [row] = await owner.select().from(stores).where(eq(stores.id, store.id));
    expect(row!.placement).toBe("pool");
  });

  it("refuses writes while the copy runs (store maintenance) and loses nothing; reads keep working", async () => {
    const { store, product } = await busyStore("mvw");
    const url = newDatabase();
    let refusal: unknown = null;
    let readDuring: number | null = null;
    await moveStore(app, store.id, { databaseUrl: url }, {
      actorUserId: null,
      onProgress: async (p) => {
        if (p.step !== "copying" || refusal) return;
        refusal = await withTenant(app, store.id, (tx) => tx.update(products).set({ stock: 999 }).where(eq(products.id, product.id))).catch((e) => e);
        // A read (readTenant, what storefront pages use) is served from the source meanwhile.
        const [p0] = await readTenant(app, store.id, (tx) => tx.select({ stock: products.stock }).from(products).where(eq(products.id, product.id)));
        readDuring = p0?.stock ?? -1;
      },
    });
    expect(refusal).toMatchObject({ name: "StoreMaintenanceError", message: "store maintenance, back in a moment" });
    expect(readDuring).toBe(18);
    // The refused write never landed anywhere; the store serves from its new place.
    expect(await stockOf(app, store.id, product.id)).toBe(18);
    const [o] = await readTenant(app, store.id, (tx) => tx.select({ n: orders.number }).from(orders).where(eq(orders.tenantId, store.id)));
    expect(o!.n).toBe(1001);
  });

  it("a move that fails part-way leaves the store where it was, whole, and can be retried", async () => {
    const { store, product } = await busyStore("mvkill");
    const pool = await ownerClient(inject("ownerUrl"));
    const before = await snapshot(pool, store.id);
    const url = newDatabase();
    const err = await moveStore(app, store.id, { databaseUrl: url }, {
      actorUserId: null,
      batchSize: 1,
      onProgress: (p) => {
        if (p.step === "copying" && p.table === "orders") throw new Error("killed mid-copy");
      },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(MoveError);
    expect(String(err.message)).toMatch(/undone; the store is where it was/);
    const [row] = await owner.select().from(stores).where(eq(stores.id, store.id));
    expect(row!.placement).toBe("pool");
    expect(await snapshot(pool, store.id)).toEqual(before);
    // Writes work again at once (the move's lock died with its session).
    await withTenant(app, store.id, (tx) => tx.update(products).set({ stock: 17 }).where(eq(products.id, product.id)));
    before.products = await rowsOf(pool, "products", store.id);

    const retried = await moveStore(app, store.id, { databaseUrl: url }, { actorUserId: null });
    expect(retried.moved).toBe(true);
    const dedicated = await ownerClient(url);
    try {
      expect(await snapshot(dedicated, store.id)).toEqual(before);
    } finally {
      await dedicated.end();
      await pool.end();
    }
  });

  it("refuses to switch when the copy does not match the source (a target that alters rows), and the store stays whole in the pool", async () => {
    const { store } = await busyStore("mvbad");
    const pool = await ownerClient(inject("ownerUrl"));
    const before = await snapshot(pool, store.id);
    const url = newDatabase();
    // The target is prepared first, then made to corrupt what it receives.
    await provisionDedicated(url, store.id);
    const target = await ownerClient(url);
    await target.query(`create function corrupt() returns trigger language plpgsql as $$ begin new.title := new.title || ' (changed)'; return new; end $$`);
    await target.query("create trigger corrupt before insert on products for each row execute function corrupt()");
    await target.end();

    const err = await moveStore(app, store.id, { databaseUrl: url }, { actorUserId: null }).catch((e) => e);
    expect(err).toBeInstanceOf(MoveError);
    expect(String(err.message)).toMatch(/The copy of products does not match.*nothing was switched/);
    const [row] = await owner.select().from(stores).where(eq(stores.id, store.id));
    expect(row!.placement).toBe("pool");
    expect(await snapshot(pool, store.id)).toEqual(before);
    const check = await ownerClient(url);
    expect((await check.query("select 1 from products")).rowCount).toBe(0);
    await check.end();
    await pool.end();
  });

  it("an instance that has not heard of a move (the CLI moved it from another process) still reads and writes the store's new database", async () => {
    const { store, product } = await busyStore("mvcli");
    // This process caches the store's route (the pool) and, in tests, hears no announcements.
    expect(await stockOf(app, store.id, product.id)).toBe(18);
    const url = newDatabase();
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_APP_URL: inject("appUrl") };
    delete env.DATABASE_URL;
    const cli = spawnSync("node_modules/.bin/tsx", ["--import", "./scripts/loader/server-only.mjs", "scripts/stores-place.ts", store.slug, "--database", url], { encoding: "utf8", env, timeout: 60_000 });
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(`${store.slug} now lives in a dedicated database (127.0.0.1:`);
    expect(cli.stdout).toMatch(/products\s+2 rows\s+checksum [0-9a-f]{12}/);
    expect(cli.stdout).not.toContain("plaza_app");

    // The stale route is corrected by the database itself: the pool no longer holds the store.
    await withTenant(app, store.id, (tx) => tx.update(products).set({ stock: 11 }).where(eq(products.id, product.id)));
    const dedicated = await ownerClient(url);
    const { rows } = await dedicated.query<{ stock: number }>("select stock from products where id = $1", [product.id]);
    await dedicated.end();
    expect(rows).toEqual([{ stock: 11 }]);
    expect(await stockOf(app, store.id, product.id)).toBe(11);

    const usage = spawnSync("node_modules/.bin/tsx", ["--import", "./scripts/loader/server-only.mjs", "scripts/stores-place.ts", store.slug, "--somewhere"], { encoding: "utf8", env });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("usage: npm run stores:place");
  });
});
