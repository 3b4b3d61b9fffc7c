import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/*
 * The master catalog: products kept by platform admins that any store may
 * opt into. A platform table (no tenant_id, no row-level security, read by
 * every store, written only through the console). Opting in copies the row
 * into the store's own `products`, which keep `master_product_id` as a plain
 * reference: no foreign key, because a tenant table's keys lead with
 * tenant_id (tests/integration/rls.test.ts) and a master product may be
 * retired while stores keep selling their copy.
 */
export const masterProducts = pgTable(
  "master_products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    handle: text("handle").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    // What we suggest a store charges, in minor units; each store sets its own price.
    suggestedPriceCents: integer("suggested_price_cents").notNull(),
    // A generated file name under UPLOAD_DIR/catalogue (the stored spelling, decision 0014) (lib/catalog/master-images.ts), copied into the store's folder on opt-in.
    imagePath: text("image_path"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("master_products_handle_key").on(t.handle),
    index("master_products_created_idx").on(t.createdAt, t.id),
    check("master_products_price_nonnegative", sql`${t.suggestedPriceCents} >= 0`),
  ],
);
