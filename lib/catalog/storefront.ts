import "server-only";
import { and, desc, eq, ilike, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { cursorTimeSchema, cursorTimeSql } from "@/lib/db/keyset";
import type { Database } from "@/lib/db/connect";
import { products } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
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

// The cursor carries created_at at full microsecond precision (a JS Date would
// round to milliseconds and skip or repeat rows that share a millisecond).
const cursorSchema = z.object({
  t: cursorTimeSchema,
  id: z.uuid(),
});
type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.t}|${c.id}`).toString("base64url");
}

/** A tampered or stale cursor is not an error: the customer just gets page one. */
export function decodeCursor(raw: string | undefined | null): Cursor | null {
  if (!raw || raw.length > 200) return null;
  const [t, id] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  const parsed = cursorSchema.safeParse({ t, id });
  return parsed.success ? parsed.data : null;
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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
  const conditions: SQL[] = [eq(products.tenantId, storeId), eq(products.status, "active")];
  if (q) conditions.push(ilike(products.title, likePattern(q)));
  if (cursor) conditions.push(sql`(${products.createdAt}, ${products.id}) < (${cursor.t}::timestamptz, ${cursor.id}::uuid)`);

  const rows = await withTenant(database, storeId, (tx) =>
    tx
      .select({
        ...storefrontColumns,
        cursorTime: cursorTimeSql(products.createdAt),
      })
      .from(products)
      .where(and(...conditions))
      .orderBy(desc(products.createdAt), desc(products.id))
      .limit(pageSize + 1),
  );
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

/** An active product of this store by its handle, or null (drafts are not for customers). */
export async function findProductByHandle(database: Database, storeId: string, handle: string): Promise<StorefrontProduct | null> {
  if (handle.length === 0 || handle.length > 200) return null;
  const [row] = await withTenant(database, storeId, (tx) =>
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
  const [row] = await withTenant(database, storeId, (tx) =>
    tx
      .select(storefrontColumns)
      .from(products)
      .where(and(eq(products.tenantId, storeId), eq(products.id, productId), eq(products.status, "active")))
      .limit(1),
  );
  return row ?? null;
}
