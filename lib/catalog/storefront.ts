import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { cursorTimeSql, decodeCursor as decodeKeysetCursor, encodeCursor, type Cursor } from "@/lib/db/keyset";
import type { Database } from "@/lib/db/connect";
import { containsPattern } from "@/lib/db/like";
import { products } from "@/lib/db/schema";
import { readTenant } from "@/lib/db/tenant";
import { idSchema } from "@/lib/commerce/validation";

/*
 * The storefront catalog: active products only (a draft or archived product
 * is never shown to customers), newest first, with keyset pagination on
 * (created_at, id) so "Next page" stays fast and stable while products are
 * added — no OFFSET scans, no duplicates across pages.
 */

export const CATALOG_PAGE_SIZE = 12;

const storefrontColumns = {
  id: products.id,
  handle: products.handle,
  title: products.title,
  description: products.description,
  priceCents: products.priceCents,
  stock: products.stock,
  imagePath: products.imagePath,
};
export type StorefrontProduct = { [K in keyof typeof storefrontColumns]: (typeof products.$inferSelect)[K] };

/** The shared keyset codec (lib/db/keyset.ts); a tampered or stale cursor is not an error: the customer just gets page one. */
export function decodeCursor(raw: string | undefined | null): Cursor | null {
  const cursor = decodeKeysetCursor(raw);
  return cursor === "invalid" ? null : cursor;
}


export type CatalogPage = { items: StorefrontProduct[]; nextCursor: string | null };

export async function listCatalog(
  database: Database,
  storeId: string,
  options: { q?: string; after?: string | null; pageSize?: number } = {},
): Promise<CatalogPage> {
  const pageSize = Math.min(Math.max(options.pageSize ?? CATALOG_PAGE_SIZE, 1), 60);
  const q = options.q?.trim().slice(0, 100);
  const cursor = decodeCursor(options.after);
  const rows = q ? await searchCatalog(database, storeId, q, cursor, pageSize) : await browseCatalog(database, storeId, cursor, pageSize);
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  const nextCursor = rows.length > pageSize && last ? encodeCursor({ t: last.cursorTime, id: last.id }) : null;
  const items = page.map((p): StorefrontProduct => ({
    id: p.id,
    handle: p.handle,
    title: p.title,
    description: p.description,
    priceCents: p.priceCents,
    stock: p.stock,
    imagePath: p.imagePath,
  }));
  return { items, nextCursor };
}

type CatalogRow = StorefrontProduct & { cursorTime: string };

/** Newest first, on the (tenant_id, created_at, id) index: a page reads about a page of rows. */
function browseCatalog(database: Database, storeId: string, cursor: Cursor | null, pageSize: number): Promise<CatalogRow[]> {
  const conditions: SQL[] = [eq(products.tenantId, storeId), eq(products.status, "active")];
  if (cursor) conditions.push(sql`(${products.createdAt}, ${products.id}) < (${cursor.t}::timestamptz, ${cursor.id}::uuid)`);
  return readTenant(database, storeId, (tx) =>
    tx
      .select({ ...storefrontColumns, cursorTime: cursorTimeSql(products.createdAt) })
      .from(products)
      .where(and(...conditions))
      .orderBy(desc(products.createdAt), desc(products.id))
      .limit(pageSize + 1),
  );
}

const searchRowSchema = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  description: z.string(),
  price_cents: z.number(),
  stock: z.number(),
  image_path: z.string().nullable(),
  cursor_time: z.string(),
});

/*
 * Search: the same page, through plaza_catalog_search (migration 0022), a
 * SECURITY DEFINER function that filters this store explicitly and only when
 * it is the transaction's row-level security tenant, so the trigram index can
 * be used (under the policy ILIKE never can: it is not leakproof). Why that
 * is safe: the migration's comment and decision 0025.
 */
async function searchCatalog(database: Database, storeId: string, q: string, cursor: Cursor | null, pageSize: number): Promise<CatalogRow[]> {
  const res = await readTenant(database, storeId, (tx) =>
    tx.execute(
      sql`select * from plaza_catalog_search(${storeId}::uuid, ${containsPattern(q)}, ${cursor?.t ?? null}::timestamptz, ${cursor?.id ?? null}::uuid, ${pageSize + 1})`,
    ),
  );
  return z.array(searchRowSchema).parse(res.rows).map((r) => ({
    id: r.id,
    handle: r.handle,
    title: r.title,
    description: r.description,
    priceCents: r.price_cents,
    stock: r.stock,
    imagePath: r.image_path,
    cursorTime: r.cursor_time,
  }));
}

/** An active product of this store by its handle, or null (drafts are not for customers). */
export async function findProductByHandle(database: Database, storeId: string, handle: string): Promise<StorefrontProduct | null> {
  if (handle.length === 0 || handle.length > 200) return null;
  const [row] = await readTenant(database, storeId, (tx) =>
    tx
      .select(storefrontColumns)
      .from(products)
      .where(and(eq(products.tenantId, storeId), eq(products.handle, handle), eq(products.status, "active")))
      .limit(1),
  );
  return row ?? null;
}

/** An active product of this store by id; another store's id or a malformed one is null. */
export async function findProductById(database: Database, storeId: string, productId: string): Promise<StorefrontProduct | null> {
  if (!idSchema.safeParse(productId).success) return null;
  const [row] = await readTenant(database, storeId, (tx) =>
    tx
      .select(storefrontColumns)
      .from(products)
      .where(and(eq(products.tenantId, storeId), eq(products.id, productId), eq(products.status, "active")))
      .limit(1),
  );
  return row ?? null;
}
