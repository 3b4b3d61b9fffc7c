import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { eq } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { products, stores } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { exportStoreToBuffer } from "@/lib/stores/transfer/export";
import { importStore } from "@/lib/stores/transfer/import";
import { tenantTables } from "@/lib/stores/transfer/tables";
import { createTestStore, testDatabases } from "./db";

const { app, appPool, owner, ownerPool } = testDatabases();
const actor = { userId: null, via: "test" };

/** Every tenant row of a store as PostgreSQL's own JSON, minus tenant_id, in a stable order. */
async function dump(storeId: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of await tenantTables(ownerPool)) {
    const { rows } = await ownerPool.query<{ r: string }>(
      `select (to_jsonb(x) - 'tenant_id')::text as r from ${pg.escapeIdentifier(t.name)} x where tenant_id = $1 order by 1`,
      [storeId],
    );
    out[t.name] = rows.map((r) => r.r);
  }
  return out;
}

async function storeWithProducts(n: number) {
  const store = await createTestStore(owner, "src");
  await owner.update(stores).set({ currency: "EUR", theme: { tagline: "Exported", primaryColor: "#123456" } }).where(eq(stores.id, store.id));
  await withTenant(owner, store.id, (tx) =>
    tx.insert(products).values(
      Array.from({ length: n }, (_, i) => ({
        tenantId: store.id,
        handle: `thing-${i}`,
        title: `Thing ${i} — “quoted” ☃`,
        description: "line one\nline two",
        priceCents: 100 + i,
        stock: i,
        status: i % 3 === 0 ? ("draft" as const) : ("active" as const),
        imagePath: i === 1 ? "0b7c1b7e-1111-4222-8333-944455556666.png" : null,
      })),
    ),
  );
  return store;
}

describe("store export and import", () => {
  it("round-trips a store's data exactly into an empty store", async () => {
    const source = await storeWithProducts(1203); // more than two export batches
    const archive = await exportStoreToBuffer(appPool, source.id);
    const files = unzipSync(archive);
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!));
    expect(manifest.store).toMatchObject({ slug: source.slug, currency: "EUR" });
    expect(manifest.tables).toContainEqual({ name: "products", file: "tables/products.json", rows: 1203 });

    const target = await createTestStore(owner, "dst");
    await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, target.id)); // room for 1,203 products
    const result = await importStore(appPool, target.id, archive, actor);
    expect(result).toMatchObject({ ok: true, rows: { products: 1203 } });
    expect(await dump(target.id)).toEqual(await dump(source.id));
    const [restored] = await owner.select().from(stores).where(eq(stores.id, target.id));
    expect(restored).toMatchObject({ currency: "EUR", theme: { tagline: "Exported", primaryColor: "#123456" } });
  });

  it("exports only the store's own rows", async () => {
    const mine = await storeWithProducts(2);
    const other = await storeWithProducts(3);
    const files = unzipSync(await exportStoreToBuffer(appPool, mine.id));
    const exported = JSON.parse(strFromU8(files["tables/products.json"]!)) as Array<{ tenant_id: string }>;
    expect(exported).toHaveLength(2);
    expect(exported.every((r) => r.tenant_id === mine.id)).toBe(true);
    expect(JSON.stringify(exported)).not.toContain(other.id);
  });

  it("writes every imported row into the target store, whatever tenant_id the archive claims", async () => {
    const victim = await createTestStore(owner, "victim");
    const attacker = await createTestStore(owner, "attacker");
    const row = { tenant_id: victim.id, id: crypto.randomUUID(), handle: "planted", title: "x", description: "", price_cents: 1, stock: 1, status: "active", image_path: null, created_at: "2026-01-01T00:00:00+00:00", updated_at: "2026-01-01T00:00:00+00:00" };
    const manifest = {
      format: "plaza-store-export",
      version: 1,
      exportedAt: new Date().toISOString(),
      store: { slug: "x", name: "x", currency: "USD", settings: {}, theme: {} },
      tables: [{ name: "products", file: "tables/products.json", rows: 1 }],
    };
    const archive = zipSync({ "manifest.json": strToU8(JSON.stringify(manifest)), "tables/products.json": strToU8(JSON.stringify([row])) });
    expect(await importStore(appPool, attacker.id, archive, actor)).toMatchObject({ ok: true });
    expect(await withTenant(app, victim.id, (tx) => tx.select().from(products).where(eq(products.tenantId, victim.id)))).toEqual([]);
    const planted = await withTenant(app, attacker.id, (tx) => tx.select().from(products).where(eq(products.tenantId, attacker.id)));
    expect(planted.map((p) => p.handle)).toEqual(["planted"]);
  });

  it("refuses to import into a store that has data, and leaves it unchanged", async () => {
    const source = await storeWithProducts(2);
    const target = await storeWithProducts(1);
    const before = await dump(target.id);
    const result = await importStore(appPool, target.id, await exportStoreToBuffer(appPool, source.id), actor);
    expect(result).toEqual({ ok: false, error: expect.stringContaining("empty store") });
    expect(await dump(target.id)).toEqual(before);
  });

  it.each([
    ["not a zip", strToU8("hello"), "That file is not a zip archive."],
    ["no manifest", zipSync({ "x.json": strToU8("[]") }), "The archive has no manifest.json: it is not a Plaza store export."],
    ["a foreign manifest", zipSync({ "manifest.json": strToU8(JSON.stringify({ format: "other" })) }), "The manifest is not a Plaza store export of a version this Plaza can read."],
  ] as const)("refuses %s with a clear message", async (_label, archive, expected) => {
    const target = await createTestStore(owner, "bad");
    const result = await importStore(appPool, target.id, archive, actor);
    expect(result).toEqual({ ok: false, error: expected });
    expect(await dump(target.id)).toEqual(Object.fromEntries(Object.keys(await dump(target.id)).map((k) => [k, []])));
  });

  it("refuses a zip bomb before inflating it, and never inflates unexpected entries", async () => {
    const target = await createTestStore(owner, "bomb");
    const archive = zipSync({ "manifest.json": strToU8("{}"), "tables/products.json": strToU8("[]") });
    // Make the central directory claim a 2 GB entry, as a bomb's does.
    const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
    for (let i = 0; i < archive.length - 4; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0x7ffffff0, true);
    }
    expect(await importStore(appPool, target.id, archive, actor)).toEqual({ ok: false, error: expect.stringContaining("expands to more") });
    const sneaky = zipSync({ "../../etc/passwd": strToU8("root"), "x.json": strToU8("[]") });
    expect(await importStore(appPool, target.id, sneaky, actor)).toEqual({ ok: false, error: expect.stringContaining("no manifest.json") });
  });

  it("applies the plan's product limit and validates the store's currency and theme", async () => {
    const source = await storeWithProducts(3);
    const files = unzipSync(await exportStoreToBuffer(appPool, source.id));
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!));
    const target = await createTestStore(owner, "small");

    const badCurrency = { ...files, "manifest.json": strToU8(JSON.stringify({ ...manifest, store: { ...manifest.store, currency: "ZZZ" } })) };
    expect(await importStore(appPool, target.id, zipSync(badCurrency), actor)).toEqual({ ok: false, error: expect.stringContaining("currency or theme") });
    const badTheme = { ...files, "manifest.json": strToU8(JSON.stringify({ ...manifest, store: { ...manifest.store, theme: { primaryColor: "red; background:url(x)" } } })) };
    expect((await importStore(appPool, target.id, zipSync(badTheme), actor))).toEqual({ ok: false, error: "The archive's store settings (currency or theme) are not valid." });

    // 101 active products into a basic store (limit 100).
    const many = Array.from({ length: 101 }, (_, i) => ({ ...JSON.parse(strFromU8(files["tables/products.json"]!))[0], id: crypto.randomUUID(), handle: `h-${i}`, status: "active" }));
    const tooMany = {
      ...files,
      "tables/products.json": strToU8(JSON.stringify(many)),
      "manifest.json": strToU8(JSON.stringify({ ...manifest, tables: manifest.tables.map((t: { name: string }) => (t.name === "products" ? { ...t, rows: 101 } : t)) })),
    };
    expect(await importStore(appPool, target.id, zipSync(tooMany), actor)).toEqual({ ok: false, error: expect.stringContaining("allows 100") });
    expect((await dump(target.id)).products).toEqual([]);
  });

  it("writes its audit entry in the same transaction", async () => {
    const source = await storeWithProducts(2);
    const target = await createTestStore(owner, "audited");
    expect((await importStore(appPool, target.id, await exportStoreToBuffer(appPool, source.id), { userId: null, via: "console" })).ok).toBe(true);
    const { rows } = await ownerPool.query<{ action: string; data: { via: string } }>("select action, data from audit_log where store_id = $1", [target.id]);
    expect(rows).toEqual([expect.objectContaining({ action: "store.imported", data: expect.objectContaining({ via: "console" }) })]);
  });

  it("rolls back a partly valid archive completely", async () => {
    const source = await storeWithProducts(3);
    const files = unzipSync(await exportStoreToBuffer(appPool, source.id));
    files["tables/products.json"] = strToU8("[{\"broken\": true}]"); // rows ≠ manifest
    const target = await createTestStore(owner, "partial");
    expect((await importStore(appPool, target.id, zipSync(files), actor))).toEqual({ ok: false, error: "tables/products.json does not match the manifest." });
    expect((await dump(target.id)).products).toEqual([]);
  });
});
