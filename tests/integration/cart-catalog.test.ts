import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addToCart, getCart, setCartQuantity } from "@/lib/commerce/cart";
import { decodeCursor, listCatalog } from "@/lib/catalog/storefront";
import { products } from "@/lib/db/schema";
import { readTenant, withTenant } from "@/lib/db/tenant";
import { createTestStore, testDatabases } from "./db";
import { cartWith, count, createProduct } from "./commerce-fixtures";

const { app, owner } = testDatabases();
const usd = (cents: number) => `$${(cents / 100).toFixed(2)}`;

describe("the catalog", () => {
  it("pages with keyset cursors: every active product once, drafts never", async () => {
    const store = await createTestStore(owner, "cat");
    // Inserted in one statement: identical created_at, so the id breaks the tie.
    await withTenant(owner, store.id, (tx) =>
      tx.insert(products).values(
        Array.from({ length: 7 }, (_, i) => ({ tenantId: store.id, handle: `item-${i}`, title: `Item ${i}`, priceCents: 100, stock: 1, status: "active" as const })),
      ),
    );
    await createProduct(owner, store.id, { stock: 1, status: "draft", title: "Secret draft" });
    const seen: string[] = [];
    let after: string | null = null;
    for (let pageNo = 0; pageNo < 10; pageNo++) {
      const page = await listCatalog(app, store.id, { after, pageSize: 3 });
      seen.push(...page.items.map((p) => p.title));
      after = page.nextCursor;
      if (!after) break;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen).not.toContain("Secret draft");
  });

  it("searches titles, treating % and _ literally, and ignores a tampered cursor", async () => {
    const store = await createTestStore(owner, "search");
    await createProduct(owner, store.id, { stock: 1, title: "Red Lamp" });
    await createProduct(owner, store.id, { stock: 1, title: "Blue lamp" });
    await createProduct(owner, store.id, { stock: 1, title: "Chair" });
    expect((await listCatalog(app, store.id, { q: "LAMP" })).items.map((p) => p.title).sort()).toEqual(["Blue lamp", "Red Lamp"]);
    expect((await listCatalog(app, store.id, { q: "%" })).items).toEqual([]);
    expect(decodeCursor("garbage")).toBeNull();
    expect((await listCatalog(app, store.id, { after: "Jzsgc2VsZWN0IDE7LS0" })).items).toHaveLength(3);
  });
});

describe("catalog search (plaza_catalog_search, a SECURITY DEFINER function)", () => {
  it("pages search results with keyset cursors: every match once, drafts never", async () => {
    const store = await createTestStore(owner, "spage");
    await withTenant(owner, store.id, (tx) =>
      tx.insert(products).values(
        Array.from({ length: 7 }, (_, i) => ({ tenantId: store.id, handle: `mug-${i}`, title: `Mug ${i}`, priceCents: 100, stock: 1, status: "active" as const })),
      ),
    );
    await createProduct(owner, store.id, { stock: 1, status: "draft", title: "Mug draft" });
    await createProduct(owner, store.id, { stock: 1, title: "Plate" });
    const seen: string[] = [];
    let after: string | null = null;
    for (let pageNo = 0; pageNo < 10; pageNo++) {
      const page = await listCatalog(app, store.id, { q: "mug", after, pageSize: 3 });
      seen.push(...page.items.map((p) => p.title));
      after = page.nextCursor;
      if (!after) break;
    }
    expect(seen.sort()).toEqual(Array.from({ length: 7 }, (_, i) => `Mug ${i}`));
  });

  it("finds exactly what ILIKE finds: inside words, any case, punctuation, accents, % and _ as characters, short words", async () => {
    const store = await createTestStore(owner, "strgm");
    const titles = [
      "Swords & Shields", "Crème brûlée torch", "ÉCLAIR pan", "Wi-Fi router", "50% off sign", "snake_case mug",
      "Ox", "Über-Kühlschrank", "naïve café", "Password123 safe", "a.b.c blocks", "Tea (green)",
    ];
    await withTenant(owner, store.id, (tx) =>
      tx.insert(products).values(titles.map((title, i) => ({ tenantId: store.id, handle: `t-${i}`, title, priceCents: 100, stock: 1, status: "active" as const }))),
    );
    const queries = [
      "word", "WORD", "ords & sh", "crème", "brûl", "éclair", "ÉCLAIR", "wi-fi", "i-fi r", "50%", "0% o", "_case", "e_c", "ox", "üh", "kühl", "ber-k",
      "ve ca", "ïve", "s & s", "lair pa", "word123", "rd123 s", ".b.", "a.b.c", "(green)", "n)", "zzz", "tea (g", "ea",
    ];
    for (const q of queries) {
      // The truth: ILIKE over the store's rows with no index in the way.
      const truth = await readTenant(owner, store.id, (tx) =>
        tx.select({ title: products.title }).from(products).where(and(eq(products.tenantId, store.id), sql`${products.title} ilike ${"%" + q.replace(/[\\%_]/g, (c) => `\\${c}`) + "%"}`)),
      );
      const found = (await listCatalog(app, store.id, { q, pageSize: 60 })).items.map((p) => p.title);
      expect(found.sort(), q).toEqual(truth.map((r) => r.title).sort());
    }
  });

  it("pages a search across the newest-products window and past it, every match once, newest first", async () => {
    // 1,100 products: the function reads the newest 1,000 first, then the older
    // ones through the trigram index; matches lie on both sides of that edge.
    const store = await createTestStore(owner, "swin");
    const now = Date.now();
    await withTenant(owner, store.id, (tx) =>
      tx.insert(products).values(
        Array.from({ length: 1100 }, (_, i) => ({
          tenantId: store.id, handle: `w-${i}`, title: i % 97 === 0 ? `Needle ${i}` : `Hay ${i}`, priceCents: 100, stock: 1,
          status: "active" as const, createdAt: new Date(now - i * 1000),
        })),
      ),
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let pageNo = 0; pageNo < 20; pageNo++) {
      const page = await listCatalog(app, store.id, { q: "needle", after, pageSize: 4 });
      seen.push(...page.items.map((p) => p.title));
      after = page.nextCursor;
      if (!after) break;
    }
    const expected = Array.from({ length: 1100 }, (_, i) => i).filter((i) => i % 97 === 0).map((i) => `Needle ${i}`);
    expect(seen).toEqual(expected); // newest first: the order of creation backwards
    expect((await listCatalog(app, store.id, { q: "needle 1067" })).items.map((p) => p.title)).toEqual(["Needle 1067"]);

    // The same with fresh statistics (the planner's view of the trigram index
    // changes), and a word in most titles paged across the edge too.
    await owner.execute(sql`analyze products`);
    const all = async (q: string, pageSize: number) => {
      const got: string[] = [];
      let cursor: string | null = null;
      for (let pageNo = 0; pageNo < 50; pageNo++) {
        const page = await listCatalog(app, store.id, { q, after: cursor, pageSize });
        got.push(...page.items.map((p) => p.title));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      return got;
    };
    expect(await all("needle", 4)).toEqual(expected);
    // "Hay 10", "Hay 100"–"Hay 109" inside the window, "Hay 1000"–"Hay 1099" past it (but 1067, a needle).
    const hay = ["Hay 10", ...Array.from({ length: 10 }, (_, i) => `Hay ${100 + i}`), ...Array.from({ length: 100 }, (_, i) => 1000 + i).filter((i) => i !== 1067).map((i) => `Hay ${i}`)];
    expect(await all("hay 10", 25)).toEqual(hay);
  });

  it("never returns another store's products, from the other store's side", async () => {
    const mine = await createTestStore(owner, "smine");
    const theirs = await createTestStore(owner, "stheirs");
    await createProduct(owner, mine.id, { stock: 1, title: "Walnut desk" });
    await createProduct(owner, theirs.id, { stock: 1, title: "Walnut shelf" });
    await createProduct(owner, theirs.id, { stock: 1, title: "Walnut lamp" });
    // Their storefront searching a word both stores use: only theirs.
    expect((await listCatalog(app, theirs.id, { q: "walnut" })).items.map((p) => p.title).sort()).toEqual(["Walnut lamp", "Walnut shelf"]);
    expect((await listCatalog(app, mine.id, { q: "walnut" })).items.map((p) => p.title)).toEqual(["Walnut desk"]);
    // Calling the function directly, as the app role, in their transaction but naming my store: nothing.
    const named = await readTenant(app, theirs.id, (tx) => tx.execute(sql`select title from plaza_catalog_search(${mine.id}::uuid, '%Walnut%', null, null, 60)`));
    expect(named.rows).toEqual([]);
    // With no tenant set at all (outside a tenant transaction): nothing, for either store.
    for (const id of [mine.id, theirs.id]) {
      const bare = await app.execute(sql`select title from plaza_catalog_search(${id}::uuid, '%Walnut%', null, null, 60)`);
      expect(bare.rows).toEqual([]);
    }
  });
});

describe("the cart", () => {
  it("shows a price change and a stock shortage since adding, and blocks checkout until fixed", async () => {
    const store = await createTestStore(owner, "notice");
    const p = await createProduct(owner, store.id, { stock: 5, priceCents: 1000, title: "Kettle" });
    const cartId = await cartWith(app, store.id, [{ productId: p.id, quantity: 4 }]);
    await withTenant(owner, store.id, (tx) =>
      tx.update(products).set({ priceCents: 1200, stock: 2 }).where(and(eq(products.tenantId, store.id), eq(products.id, p.id))),
    );
    const view = await getCart(app, store.id, cartId, usd);
    expect(view.lines[0]!.notices).toEqual([
      "Only 2 left in stock. Lower the quantity to check out.",
      "The price went up from $10.00 to $12.00 since you added it.",
    ]);
    expect(view.canCheckout).toBe(false);
    expect(view.subtotalCents).toBe(4800);
    expect(await setCartQuantity(app, store.id, cartId, { productId: p.id, quantity: 2 })).toMatchObject({ ok: true });
    expect((await getCart(app, store.id, cartId, usd)).canCheckout).toBe(true);
  });

  it("refuses negative, huge, fractional and non-numeric quantities and tampered ids, changing nothing", async () => {
    const store = await createTestStore(owner, "badqty");
    const p = await createProduct(owner, store.id, { stock: 500 });
    for (const quantity of [-1, 0, 100, 1e12, 1.5, "abc", "", null]) {
      expect(await addToCart(app, store.id, null, { productId: p.id, quantity }), String(quantity)).toMatchObject({ ok: false, code: "invalid" });
    }
    for (const productId of ["", "not-a-uuid", "00000000-0000-4000-8000-000000000000", `${p.id}' or '1'='1`]) {
      expect((await addToCart(app, store.id, null, { productId, quantity: 1 })).ok, productId).toBe(false);
    }
    expect(await count(owner, "carts", store.id)).toBe(0);
    const cartId = await cartWith(app, store.id, [{ productId: p.id, quantity: 98 }]);
    expect(await addToCart(app, store.id, cartId, { productId: p.id, quantity: 2 })).toMatchObject({ ok: false, code: "invalid" });
    for (const quantity of [-1, 100, "x"]) {
      expect(await setCartQuantity(app, store.id, cartId, { productId: p.id, quantity })).toMatchObject({ ok: false, code: "invalid" });
    }
    expect((await getCart(app, store.id, cartId, usd)).itemCount).toBe(98);
  });

  it("does not add more than is in stock, or a sold-out or draft product", async () => {
    const store = await createTestStore(owner, "stock");
    const few = await createProduct(owner, store.id, { stock: 2 });
    const none = await createProduct(owner, store.id, { stock: 0 });
    const draft = await createProduct(owner, store.id, { stock: 5, status: "draft" });
    expect(await addToCart(app, store.id, null, { productId: few.id, quantity: 3 })).toMatchObject({ ok: false, code: "out_of_stock" });
    expect(await addToCart(app, store.id, null, { productId: none.id, quantity: 1 })).toMatchObject({ ok: false, code: "out_of_stock" });
    expect(await addToCart(app, store.id, null, { productId: draft.id, quantity: 1 })).toMatchObject({ ok: false, code: "unavailable" });
    expect(await count(owner, "carts", store.id)).toBe(0);
  });
});
