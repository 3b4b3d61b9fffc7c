import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { stores } from "./platform";

/*
 * Tenant tables. Rules every table here keeps (tests/integration/rls.test.ts
 * walks the catalog and fails on any table that breaks them):
 *  - `tenant_id` is the first column of the primary key and of every foreign
 *    key, so one store's rows co-locate (Citus' distribution column) and a row
 *    can never point at another store's row;
 *  - unique constraints and indexes lead with `tenant_id`;
 *  - row-level security is ENABLED and FORCED with a policy on
 *    `app.tenant_id` (hand-written in drizzle/0001_row_level_security.sql).
 */

export const productStatus = pgEnum("product_status", ["draft", "active", "archived"]);

/** At or under this many in stock, an active product is low on stock: the `low_stock` column's line (migration 0032 wrote it as 5). */
export const LOW_STOCK = 5;

export const products = pgTable(
  "products",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    handle: text("handle").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    // Money in integer minor units of the store's currency.
    priceCents: integer("price_cents").notNull(),
    stock: integer("stock").notNull().default(0),
    // Whether the dashboard lists it as low on stock (LOW_STOCK above). A
    // flag and not an index on `stock`, so that a
    // checkout's stock take changes no indexed column and is a HOT update: no
    // new entry in any index, the search's trigram GIN included (migration
    // 0032, decision 0037). It changes only when the stock crosses the line.
    lowStock: boolean("low_stock").generatedAlwaysAs(sql.raw(`stock <= ${LOW_STOCK}`)),
    status: productStatus("status").notNull().default("draft"),
    imagePath: text("image_path"),
    // The master catalog product this was copied from (lib/catalog/master-opt-in.ts); no FK, see ./catalog.ts.
    masterProductId: uuid("master_product_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("products_tenant_handle_key").on(t.tenantId, t.handle),
    // A store opts into a master product once.
    uniqueIndex("products_tenant_master_key").on(t.tenantId, t.masterProductId).where(sql`master_product_id is not null`),
    // The catalog's order (newest first, keyset on created_at, id). Not led by
    // status: an enum comparison is not leakproof, so under row-level security
    // PostgreSQL never uses it as an index condition; the scan in this order
    // filters drafts and stops at the page size (EXPLAIN in decision 0016).
    index("products_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    // The overview's low-stock list: a partial index's predicate is proven from
    // the query, which row-level security does not prevent. Keyed by the store
    // alone: `stock` in an index would make every stock take a non-HOT update.
    index("products_tenant_low_stock_idx").on(t.tenantId).where(sql`status = 'active' and low_stock`),
    // The storefront's search (ILIKE '%q%'): a GIN index over the title's
    // trigrams, each prefixed with the store (plaza_tenant_trigrams, migration
    // 0027), active products only. A posting list then holds one store's
    // titles with that trigram, so a rare word reads a few pages in a store of
    // any size (the GiST led by the store before it read the whole store's
    // subtree once the store was large; decision 0029). ILIKE is not
    // leakproof, so under row-level security it can never be an index
    // condition: only the SECURITY DEFINER function plaza_catalog_search uses
    // it, filtering the store explicitly (decision 0025).
    index("products_tenant_trigram_idx").using("gin", sql`plaza_tenant_trigrams(${t.tenantId}, ${t.title})`).where(sql`status = 'active'`),
    check("products_price_nonnegative", sql`${t.priceCents} >= 0`),
    check("products_stock_nonnegative", sql`${t.stock} >= 0`),
  ],
);

